#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/pend/index.js
var require_pend = __commonJS({
  "node_modules/pend/index.js"(exports, module) {
    module.exports = Pend;
    function Pend() {
      this.pending = 0;
      this.max = Infinity;
      this.listeners = [];
      this.waiting = [];
      this.error = null;
    }
    Pend.prototype.go = function(fn) {
      if (this.pending < this.max) {
        pendGo(this, fn);
      } else {
        this.waiting.push(fn);
      }
    };
    Pend.prototype.wait = function(cb) {
      if (this.pending === 0) {
        cb(this.error);
      } else {
        this.listeners.push(cb);
      }
    };
    Pend.prototype.hold = function() {
      return pendHold(this);
    };
    function pendHold(self) {
      self.pending += 1;
      var called = false;
      return onCb;
      function onCb(err) {
        if (called) throw new Error("callback called twice");
        called = true;
        self.error = self.error || err;
        self.pending -= 1;
        if (self.waiting.length > 0 && self.pending < self.max) {
          pendGo(self, self.waiting.shift());
        } else if (self.pending === 0) {
          var listeners = self.listeners;
          self.listeners = [];
          listeners.forEach(cbListener);
        }
      }
      function cbListener(listener) {
        listener(self.error);
      }
    }
    function pendGo(self, fn) {
      fn(pendHold(self));
    }
  }
});

// node_modules/yauzl/fd-slicer.js
var require_fd_slicer = __commonJS({
  "node_modules/yauzl/fd-slicer.js"(exports) {
    var fs = __require("fs");
    var util = __require("util");
    var stream = __require("stream");
    var Readable = stream.Readable;
    var PassThrough = stream.PassThrough;
    var Pend = require_pend();
    var EventEmitter = __require("events").EventEmitter;
    exports.BufferSlicer = BufferSlicer;
    exports.FdSlicer = FdSlicer;
    util.inherits(FdSlicer, EventEmitter);
    function FdSlicer(fd) {
      EventEmitter.call(this);
      this.fd = fd;
      this.pend = new Pend();
      this.pend.max = 1;
      this.refCount = 0;
    }
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback(err, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.createReadStream = function(options2) {
      return new ReadStream(this, options2);
    };
    FdSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    FdSlicer.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount < 0) throw new Error("invalid unref");
      if (self.refCount > 0) return;
      fs.close(self.fd, onCloseDone);
      function onCloseDone(err) {
        if (err) {
          self.emit("error", err);
        } else {
          self.emit("close");
        }
      }
    };
    util.inherits(ReadStream, Readable);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end;
      this.pos = this.start;
    }
    ReadStream.prototype._read = function(n) {
      var self = this;
      var toRead = Math.min(self._readableState.highWaterMark, n);
      if (self.endOffset != null) {
        toRead = Math.min(toRead, self.endOffset - self.pos);
      }
      if (toRead <= 0) {
        self.push(null);
        this._cleanup();
        return;
      }
      self.context.pend.go(function(cb) {
        var buffer = Buffer.allocUnsafe(toRead);
        fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
          if (err) {
            self.destroy(err);
          } else if (bytesRead === 0) {
            self.push(null);
            self._cleanup();
          } else {
            self.pos += bytesRead;
            self.push(buffer.slice(0, bytesRead));
          }
          cb();
        });
      });
    };
    ReadStream.prototype._destroy = function(err, cb) {
      this._cleanup();
      cb(err);
    };
    ReadStream.prototype._cleanup = function() {
      if (this.context != null) {
        this.context.unref();
        this.context = null;
      }
    };
    util.inherits(BufferSlicer, EventEmitter);
    function BufferSlicer(buffer) {
      EventEmitter.call(this);
      this.refCount = 0;
      this.buffer = buffer;
    }
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
      if (position < 0) throw new RangeError("position is negative: " + position);
      if (offset + length > buffer.length) {
        length = buffer.length - offset;
      }
      if (position + length > this.buffer.length) {
        length = this.buffer.length - position;
      }
      if (length <= 0) {
        setImmediate(function() {
          callback(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback(null, length);
      });
    };
    BufferSlicer.prototype.createReadStream = function(options2) {
      options2 = options2 || {};
      var readStream = new PassThrough(options2);
      readStream.start = options2.start || 0;
      readStream.endOffset = options2.end;
      readStream.pos = readStream.endOffset || this.buffer.length;
      var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
      var maxChunkSize = 65536;
      var offset = 0;
      while (true) {
        var nextOffset = offset + maxChunkSize;
        if (nextOffset >= entireSlice.length) {
          if (offset < entireSlice.length) {
            readStream.write(entireSlice.slice(offset, entireSlice.length));
          }
          break;
        }
        readStream.write(entireSlice.slice(offset, nextOffset));
        offset = nextOffset;
      }
      readStream.end();
      return readStream;
    };
    BufferSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    BufferSlicer.prototype.unref = function() {
      this.refCount -= 1;
      if (this.refCount < 0) {
        throw new Error("invalid unref");
      }
    };
  }
});

// node_modules/yauzl/crc32.js
var require_crc32 = __commonJS({
  "node_modules/yauzl/crc32.js"(exports, module) {
    var CRC_TABLE = new Int32Array([
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ]);
    function crc32(buf) {
      let crc = -1;
      for (let x of buf) {
        crc = CRC_TABLE[(crc ^ x) & 255] ^ crc >>> 8;
      }
      return (crc ^ -1) >>> 0;
    }
    module.exports = crc32;
  }
});

// node_modules/yauzl/index.js
var require_yauzl = __commonJS({
  "node_modules/yauzl/index.js"(exports) {
    var fs = __require("fs");
    var zlib = __require("zlib");
    var fd_slicer = require_fd_slicer();
    var util = __require("util");
    var EventEmitter = __require("events").EventEmitter;
    var Transform = __require("stream").Transform;
    var PassThrough = __require("stream").PassThrough;
    var Writable = __require("stream").Writable;
    var crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : require_crc32();
    exports.open = open;
    exports.fromFd = fromFd;
    exports.fromBuffer = fromBuffer;
    exports.fromRandomAccessReader = fromRandomAccessReader;
    exports.openPromise = openPromise;
    exports.fromFdPromise = fromFdPromise;
    exports.fromBufferPromise = fromBufferPromise;
    exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;
    exports.dosDateTimeToDate = dosDateTimeToDate;
    exports.getFileNameLowLevel = getFileNameLowLevel;
    exports.validateFileName = validateFileName;
    exports.parseExtraFields = parseExtraFields;
    exports.ZipFile = ZipFile;
    exports.Entry = Entry;
    exports.LocalFileHeader = LocalFileHeader;
    exports.RandomAccessReader = RandomAccessReader;
    function openPromise(path, options2) {
      return new Promise((resolve, reject) => {
        open(path, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromFdPromise(fd, options2) {
      return new Promise((resolve, reject) => {
        fromFd(fd, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromBufferPromise(buffer, options2) {
      return new Promise((resolve, reject) => {
        fromBuffer(buffer, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function fromRandomAccessReaderPromise(reader, totalSize, options2) {
      return new Promise((resolve, reject) => {
        fromRandomAccessReader(reader, totalSize, { ...options2, lazyEntries: true }, function(err, zipfile) {
          if (err) return reject(err);
          resolve(zipfile);
        });
      });
    }
    function open(path, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.open(path, "r", function(err, fd) {
        if (err) return callback(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs.close(fd, defaultCallback);
          callback(err2, zipfile);
        });
      });
    }
    function fromFd(fd, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.fstat(fd, function(err, stats) {
        if (err) return callback(err);
        var reader = new fd_slicer.FdSlicer(fd);
        fromRandomAccessReader(reader, stats.size, options2, callback);
      });
    }
    function fromBuffer(buffer, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = new fd_slicer.BufferSlicer(buffer);
      fromRandomAccessReader(reader, buffer.length, options2, callback);
    }
    function fromRandomAccessReader(reader, totalSize, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
      if (totalSize > Number.MAX_SAFE_INTEGER) {
        throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
      }
      reader.ref();
      var eocdrWithoutCommentSize = 22;
      var zip64EocdlSize = 20;
      var maxCommentSize = 65535;
      var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
      var buffer = newBuffer(bufferSize);
      var bufferReadStart = totalSize - buffer.length;
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
        if (err) return callback(err);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263A\u263B` in the comment?"));
          }
          var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback(err2);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
      });
    }
    util.inherits(ZipFile, EventEmitter);
    function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
      var self = this;
      EventEmitter.call(self);
      self.reader = reader;
      self.reader.on("error", function(err) {
        emitError(self, err);
      });
      self.reader.once("close", function() {
        self.emit("close");
      });
      self.readEntryCursor = centralDirectoryOffset;
      self.fileSize = fileSize;
      self.entryCount = entryCount;
      self.comment = comment;
      self.entriesRead = 0;
      self.autoClose = !!autoClose;
      self.lazyEntries = !!lazyEntries;
      self.decodeStrings = !!decodeStrings;
      self.validateEntrySizes = !!validateEntrySizes;
      self.strictFileNames = !!strictFileNames;
      self.isOpen = true;
      self.emittedError = false;
      self.hasEachEntryBeenCalled = false;
      if (!self.lazyEntries) self._readEntry();
    }
    ZipFile.prototype.close = function() {
      if (!this.isOpen) return;
      this.isOpen = false;
      this.reader.unref();
    };
    function emitErrorAndAutoClose(self, err) {
      if (self.autoClose) self.close();
      emitError(self, err);
    }
    function emitError(self, err) {
      if (self.emittedError) return;
      self.emittedError = true;
      self.emit("error", err);
    }
    ZipFile.prototype.readEntry = function() {
      if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
      this._readEntry();
    };
    ZipFile.prototype._readEntry = function() {
      var self = this;
      if (self.entryCount === self.entriesRead) {
        setImmediate(function() {
          if (self.autoClose) self.close();
          if (self.emittedError) return;
          self.emit("end");
        });
        return;
      }
      if (self.emittedError) return;
      var buffer = newBuffer(46);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
        if (err) return emitErrorAndAutoClose(self, err);
        if (self.emittedError) return;
        var entry = new Entry();
        var signature = buffer.readUInt32LE(0);
        if (signature !== 33639248) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
        entry.versionMadeBy = buffer.readUInt16LE(4);
        entry.versionNeededToExtract = buffer.readUInt16LE(6);
        entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
        entry.compressionMethod = buffer.readUInt16LE(10);
        entry.lastModFileTime = buffer.readUInt16LE(12);
        entry.lastModFileDate = buffer.readUInt16LE(14);
        entry.crc32 = buffer.readUInt32LE(16);
        entry.compressedSize = buffer.readUInt32LE(20);
        entry.uncompressedSize = buffer.readUInt32LE(24);
        entry.fileNameLength = buffer.readUInt16LE(28);
        entry.extraFieldLength = buffer.readUInt16LE(30);
        entry.fileCommentLength = buffer.readUInt16LE(32);
        entry.internalFileAttributes = buffer.readUInt16LE(36);
        entry.externalFileAttributes = buffer.readUInt32LE(38);
        entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
        if (entry.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));
        self.readEntryCursor += 46;
        buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err2) {
          if (err2) return emitErrorAndAutoClose(self, err2);
          if (self.emittedError) return;
          entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
          var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
          entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
          entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
          try {
            entry.extraFields = parseExtraFields(entry.extraFieldRaw);
          } catch (err3) {
            return emitErrorAndAutoClose(self, err3);
          }
          if (self.decodeStrings) {
            var isUtf8 = (entry.generalPurposeBitFlag & 2048) !== 0;
            entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
            entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
            var errorMessage = validateFileName(entry.fileName);
            if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
          } else {
            entry.fileComment = entry.fileCommentRaw;
            entry.fileName = entry.fileNameRaw;
          }
          entry.comment = entry.fileComment;
          self.readEntryCursor += buffer.length;
          self.entriesRead += 1;
          for (var i = 0; i < entry.extraFields.length; i++) {
            var extraField = entry.extraFields[i];
            if (extraField.id !== 1) continue;
            var zip64EiefBuffer = extraField.data;
            var index = 0;
            if (entry.uncompressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
              }
              entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.compressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
              }
              entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.relativeOffsetOfLocalHeader === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
              }
              entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            break;
          }
          if (self.validateEntrySizes && entry.compressionMethod === 0) {
            var expectedCompressedSize = entry.uncompressedSize;
            if (entry.isEncrypted()) {
              expectedCompressedSize += 12;
            }
            if (entry.compressedSize !== expectedCompressedSize) {
              var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
              return emitErrorAndAutoClose(self, new Error(msg));
            }
          }
          self.emit("entry", entry);
          if (!self.lazyEntries) self._readEntry();
        });
      });
    };
    ZipFile.prototype.eachEntry = function() {
      const self = this;
      if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
      if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
      self.hasEachEntryBeenCalled = true;
      let pendingResolveReject = null;
      self.on("entry", onEntry);
      self.on("end", onEnd);
      self.on("error", onError);
      function cleanup() {
        self.removeListener("entry", onEntry);
        self.removeListener("end", onEnd);
        self.removeListener("error", onError);
        if (self.autoClose) self.close();
      }
      function onEntry(entry) {
        let { resolve } = pendingResolveReject;
        pendingResolveReject = null;
        resolve({ value: entry });
      }
      function onEnd() {
        let { resolve } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        resolve({ done: true });
      }
      function onError(err) {
        let { reject } = pendingResolveReject;
        pendingResolveReject = null;
        cleanup();
        reject(err);
      }
      return {
        [Symbol.asyncIterator]() {
          return this;
        },
        next() {
          const promise = new Promise((resolve, reject) => {
            if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
            pendingResolveReject = { resolve, reject };
          });
          self.readEntry();
          return promise;
        },
        return(value) {
          cleanup();
          return Promise.resolve({ done: true, value });
        },
        throw(value) {
          cleanup();
          return Promise.reject(value);
        }
      };
    };
    ZipFile.prototype.openReadStream = function(entry, options2, callback) {
      var self = this;
      var relativeStart = 0;
      var relativeEnd = entry.compressedSize;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) {
        options2 = {};
      } else {
        if (options2.decodeFileData === false) {
          if (options2.decrypt != null) {
            throw new Error("cannot use options.decrypt when options.decodeFileData === false");
          }
          if (options2.decompress != null) {
            throw new Error("cannot use options.decompress when options.decodeFileData === false");
          }
        } else {
          if (options2.decrypt != null) {
            if (!entry.isEncrypted()) {
              throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
            }
            if (options2.decrypt !== false) throw new Error("invalid options.decrypt value: " + options2.decrypt);
            if (entry.isCompressed()) {
              if (options2.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
            }
          }
          if (options2.decompress != null) {
            if (!entry.isCompressed()) {
              throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
            }
            if (!(options2.decompress === false || options2.decompress === true)) {
              throw new Error("invalid options.decompress value: " + options2.decompress);
            }
            decompress = options2.decompress;
          }
        }
        if (options2.start != null) {
          relativeStart = options2.start;
          if (relativeStart < 0) throw new Error("options.start < 0");
          if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
        }
        if (options2.end != null) {
          relativeEnd = options2.end;
          if (relativeEnd < 0) throw new Error("options.end < 0");
          if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
          if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
        }
      }
      var rawMode = options2.decodeFileData === false || // Explicitly requested raw.
      (entry.compressionMethod === 0 || // Naturally without compression.
      entry.compressionMethod === 8 && options2.decompress === false) && (!entry.isEncrypted() || // Naturally without encryption.
      options2.decrypt === false);
      if (options2.start != null || options2.end != null) {
        if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
      }
      if (!self.isOpen) return callback(new Error("closed"));
      if (entry.isEncrypted() && !rawMode) {
        if (options2.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
      }
      var decompress;
      if (rawMode) {
        decompress = false;
      } else if (entry.compressionMethod === 8) {
        decompress = options2.decodeFileData !== true;
      } else {
        return callback(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self.readLocalFileHeader(entry, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback(err);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry.uncompressedSize,
          callback
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
      var self = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress) {
        var destroyed = false;
        var inflateFilter = zlib.createInflateRaw();
        readStream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err);
          });
        });
        readStream.pipe(inflateFilter);
        if (self.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err);
            });
          });
          inflateFilter.pipe(endpointStream);
        } else {
          endpointStream = inflateFilter;
        }
        installDestroyFn(endpointStream, function() {
          destroyed = true;
          if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
          readStream.unpipe(inflateFilter);
          readStream.destroy();
        });
      }
      callback(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry, options2, callback) {
      var self = this;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback(err);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry.compressedSize > self.fileSize) {
            return callback(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
          }
          if (options2.minimal) {
            return callback(null, { fileDataStart });
          }
          var localFileHeader = new LocalFileHeader();
          localFileHeader.fileDataStart = fileDataStart;
          localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
          localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
          localFileHeader.compressionMethod = buffer.readUInt16LE(8);
          localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
          localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
          localFileHeader.crc32 = buffer.readUInt32LE(14);
          localFileHeader.compressedSize = buffer.readUInt32LE(18);
          localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
          localFileHeader.fileNameLength = fileNameLength;
          localFileHeader.extraFieldLength = extraFieldLength;
          buffer = newBuffer(fileNameLength + extraFieldLength);
          self.reader.ref();
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err2) {
            try {
              if (err2) return callback(err2);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback(null, localFileHeader);
            } finally {
              self.reader.unref();
            }
          });
        } finally {
          self.reader.unref();
        }
      });
    };
    ZipFile.prototype.openReadStreamPromise = function(entry, options2) {
      return new Promise((resolve, reject) => {
        this.openReadStream(entry, options2, function(err, readStream) {
          if (err) return reject(err);
          resolve(readStream);
        });
      });
    };
    ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
      return new Promise((resolve, reject) => {
        this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
          if (err) return reject(err);
          resolve(readStream);
        });
      });
    };
    ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options2) {
      return new Promise((resolve, reject) => {
        this.readLocalFileHeader(entry, options2, function(err, localFileHeader) {
          if (err) return reject(err);
          resolve(localFileHeader);
        });
      });
    };
    function Entry() {
    }
    Entry.prototype.getLastModDate = function(options2) {
      if (options2 == null) options2 = {};
      if (!options2.forceDosFormat) {
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            var data = extraField.data;
            if (data.length < 5) continue;
            var flags = data[0];
            var HAS_MTIME = 1;
            if (!(flags & HAS_MTIME)) continue;
            var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            var data = extraField.data;
            if (data.length !== 32) continue;
            if (data.readUInt16LE(4) !== 1) continue;
            if (data.readUInt16LE(6) !== 24) continue;
            var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
            var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
            return new Date(millisecondsSince1970);
          }
        }
      }
      return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options2.timezone);
    };
    Entry.prototype.canDecodeFileData = function() {
      return !this.isEncrypted() && (this.compressionMethod === 0 || this.compressionMethod === 8);
    };
    Entry.prototype.isEncrypted = function() {
      return (this.generalPurposeBitFlag & 1) !== 0;
    };
    Entry.prototype.isCompressed = function() {
      return this.compressionMethod === 8;
    };
    function LocalFileHeader() {
    }
    function dosDateTimeToDate(date, time, timezone) {
      var day = date & 31;
      var month = (date >> 5 & 15) - 1;
      var year = (date >> 9 & 127) + 1980;
      var millisecond = 0;
      var second = (time & 31) * 2;
      var minute = time >> 5 & 63;
      var hour = time >> 11 & 31;
      if (timezone == null || timezone === "local") {
        return new Date(year, month, day, hour, minute, second, millisecond);
      } else if (timezone === "UTC") {
        return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
      } else {
        throw new Error("unrecognized options.timezone: " + options.timezone);
      }
    }
    function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
      var fileName = null;
      for (var i = 0; i < extraFields.length; i++) {
        var extraField = extraFields[i];
        if (extraField.id === 28789) {
          if (extraField.data.length < 6) {
            continue;
          }
          if (extraField.data.readUInt8(0) !== 1) {
            continue;
          }
          var oldNameCrc32 = extraField.data.readUInt32LE(1);
          if (crc32(fileNameBuffer) !== oldNameCrc32) {
            continue;
          }
          fileName = decodeBuffer(extraField.data.subarray(5), true);
          break;
        }
      }
      if (fileName == null) {
        var isUtf8 = (generalPurposeBitFlag & 2048) !== 0;
        fileName = decodeBuffer(fileNameBuffer, isUtf8);
      }
      if (!strictFileNames) {
        fileName = fileName.replace(/\\/g, "/");
      }
      return fileName;
    }
    function validateFileName(fileName) {
      if (fileName.indexOf("\\") !== -1) {
        return "invalid characters in fileName: " + fileName;
      }
      if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
        return "absolute path: " + fileName;
      }
      if (fileName.split("/").indexOf("..") !== -1) {
        return "invalid relative path: " + fileName;
      }
      return null;
    }
    function parseExtraFields(extraFieldBuffer) {
      var extraFields = [];
      var i = 0;
      while (i < extraFieldBuffer.length - 3) {
        var headerId = extraFieldBuffer.readUInt16LE(i + 0);
        var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
        var dataStart = i + 4;
        var dataEnd = dataStart + dataSize;
        if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
        var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
        extraFields.push({
          id: headerId,
          data: dataBuffer
        });
        i = dataEnd;
      }
      return extraFields;
    }
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
      if (length === 0) {
        return setImmediate(function() {
          callback(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback(err);
        if (bytesRead < length) {
          return callback(new Error("unexpected EOF"));
        }
        callback();
      });
    }
    util.inherits(AssertByteCountStream, Transform);
    function AssertByteCountStream(byteCount) {
      Transform.call(this);
      this.actualByteCount = 0;
      this.expectedByteCount = byteCount;
    }
    AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
      this.actualByteCount += chunk.length;
      if (this.actualByteCount > this.expectedByteCount) {
        var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb(null, chunk);
    };
    AssertByteCountStream.prototype._flush = function(cb) {
      if (this.actualByteCount < this.expectedByteCount) {
        var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb();
    };
    util.inherits(RandomAccessReader, EventEmitter);
    function RandomAccessReader() {
      EventEmitter.call(this);
      this.refCount = 0;
    }
    RandomAccessReader.prototype.ref = function() {
      this.refCount += 1;
    };
    RandomAccessReader.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      self.close(onCloseDone);
      function onCloseDone(err) {
        if (err) return self.emit("error", err);
        self.emit("close");
      }
    };
    RandomAccessReader.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err);
        });
      });
      installDestroyFn(byteCounter, function() {
        destroyed = true;
        refUnrefFilter.unpipe(byteCounter);
        refUnrefFilter.destroy();
      });
      return stream.pipe(refUnrefFilter).pipe(byteCounter);
    };
    RandomAccessReader.prototype._readStreamForRange = function(start, end) {
      throw new Error("not implemented");
    };
    RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback);
      readStream.on("error", function(error) {
        callback(error);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader.prototype.close = function(callback) {
      setImmediate(callback);
    };
    util.inherits(RefUnrefFilter, PassThrough);
    function RefUnrefFilter(context) {
      PassThrough.call(this);
      this.context = context;
      this.context.ref();
      this.unreffedYet = false;
    }
    RefUnrefFilter.prototype._flush = function(cb) {
      this.unref();
      cb();
    };
    RefUnrefFilter.prototype.unref = function(cb) {
      if (this.unreffedYet) return;
      this.unreffedYet = true;
      this.context.unref();
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    function decodeBuffer(buffer, isUtf8) {
      if (isUtf8) {
        return buffer.toString("utf8");
      } else {
        var result = "";
        for (var i = 0; i < buffer.length; i++) {
          result += cp437[buffer[i]];
        }
        return result;
      }
    }
    function readUInt64LE(buffer, offset) {
      var lower32 = buffer.readUInt32LE(offset);
      var upper32 = buffer.readUInt32LE(offset + 4);
      return upper32 * 4294967296 + lower32;
    }
    var newBuffer;
    if (typeof Buffer.allocUnsafe === "function") {
      newBuffer = function(len) {
        return Buffer.allocUnsafe(len);
      };
    } else {
      newBuffer = function(len) {
        return new Buffer(len);
      };
    }
    function installDestroyFn(stream, fn) {
      if (typeof stream.destroy === "function") {
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        };
      } else {
        stream.destroy = fn;
      }
    }
    function defaultCallback(err) {
      if (err) throw err;
    }
  }
});

// node_modules/modern-tar/dist/packer-By1HVV7Z.js
function writeString(view, offset, size, value) {
  if (!value) return;
  for (let i = 0; i < value.length && i < size; i++) {
    const charCode = value.charCodeAt(i);
    if (charCode > 127) {
      encoder.encodeInto(value, view.subarray(offset, offset + size));
      return;
    }
    view[offset + i] = charCode;
  }
}
function writeOctal(view, offset, size, value) {
  if (value === void 0) return;
  let remaining = value;
  for (let i = offset + size - 2; i >= offset; i--) {
    view[i] = 48 + remaining % 8;
    remaining = Math.floor(remaining / 8);
  }
  if (remaining === 0 && value % 1 === 0) return;
  encoder.encodeInto(value.toString(8).padStart(size - 1, "0"), view.subarray(offset, offset + size - 1));
}
function readString(view, offset, size) {
  if (view[offset] === 0) return "";
  const end = view.indexOf(0, offset);
  const sliceEnd = end === -1 || end > offset + size ? offset + size : end;
  return decoder.decode(view.subarray(offset, sliceEnd));
}
function readOctal(view, offset, size) {
  let value = 0;
  const end = offset + size;
  for (let i = offset; i < end; i++) {
    const charCode = view[i];
    if (charCode === 0) break;
    if (charCode === 32) continue;
    if (charCode < 48 || charCode > 55) throw new Error("Invalid tar number.");
    value = value * 8 + (charCode - 48);
  }
  return value;
}
function readNumeric(view, offset, size) {
  if (view[offset] & 128) {
    let result = 0;
    result = view[offset] & 127;
    for (let i = 1; i < size; i++) result = result * 256 + view[offset + i];
    if (!Number.isSafeInteger(result)) throw new Error("TAR number too large");
    return result;
  }
  return readOctal(view, offset, size);
}
async function normalizeBody(body) {
  if (body === null || body === void 0) return EMPTY;
  if (body instanceof Uint8Array) return body;
  if (typeof body === "string") return encoder.encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  throw new TypeError("Unsupported content type for entry body.");
}
function transformHeader(header, options2) {
  const { strip, filter, map } = options2;
  if (!strip && !filter && !map) return header;
  const h = { ...header };
  if (strip && strip > 0) {
    const newName = stripPath(h.name, strip);
    if (!newName) return null;
    h.name = h.type === "directory" && !newName.endsWith("/") ? `${newName}/` : newName;
    if (h.linkname) {
      const isAbsolute = h.linkname.startsWith("/");
      if (isAbsolute || h.type === "link") {
        const stripped = stripPath(h.linkname, strip);
        h.linkname = isAbsolute ? `/${stripped}` || "/" : stripped;
      }
    }
  }
  if (filter?.(h) === false) return null;
  const result = map ? map(h) : h;
  if (result && (!result.name?.trim() || result.name === "." || result.name === "/")) return null;
  return result;
}
function createChunkQueue() {
  let chunks = new Array(INITIAL_CAPACITY);
  let capacityMask = chunks.length - 1;
  let head = 0;
  let tail = 0;
  let totalAvailable = 0;
  const consumeFromHead = (count) => {
    const chunk = chunks[head];
    if (count === chunk.length) {
      chunks[head] = EMPTY;
      head = head + 1 & capacityMask;
    } else chunks[head] = chunk.subarray(count);
    totalAvailable -= count;
    if (totalAvailable === 0 && chunks.length > INITIAL_CAPACITY) {
      chunks = new Array(INITIAL_CAPACITY);
      capacityMask = 255;
      head = 0;
      tail = 0;
    }
  };
  function pull(bytes, callback) {
    if (callback) {
      let fed = 0;
      let remaining2 = Math.min(bytes, totalAvailable);
      while (remaining2 > 0) {
        const chunk = chunks[head];
        const toFeed = Math.min(remaining2, chunk.length);
        const segment = toFeed === chunk.length ? chunk : chunk.subarray(0, toFeed);
        consumeFromHead(toFeed);
        remaining2 -= toFeed;
        fed += toFeed;
        if (!callback(segment)) break;
      }
      return fed;
    }
    if (totalAvailable < bytes) return null;
    if (bytes === 0) return EMPTY;
    const firstChunk = chunks[head];
    if (firstChunk.length >= bytes) {
      const view = firstChunk.length === bytes ? firstChunk : firstChunk.subarray(0, bytes);
      consumeFromHead(bytes);
      return view;
    }
    const result = new Uint8Array(bytes);
    let copied = 0;
    let remaining = bytes;
    while (remaining > 0) {
      const chunk = chunks[head];
      const toCopy = Math.min(remaining, chunk.length);
      result.set(toCopy === chunk.length ? chunk : chunk.subarray(0, toCopy), copied);
      copied += toCopy;
      remaining -= toCopy;
      consumeFromHead(toCopy);
    }
    return result;
  }
  return {
    push: (chunk) => {
      if (chunk.length === 0) return;
      let nextTail = tail + 1 & capacityMask;
      if (nextTail === head) {
        const oldLen = chunks.length;
        const newLen = oldLen * 2;
        const newChunks = new Array(newLen);
        const count = tail - head + oldLen & oldLen - 1;
        if (head < tail) for (let i = 0; i < count; i++) newChunks[i] = chunks[head + i];
        else {
          const firstPart = oldLen - head;
          for (let i = 0; i < firstPart; i++) newChunks[i] = chunks[head + i];
          for (let i = 0; i < tail; i++) newChunks[firstPart + i] = chunks[i];
        }
        chunks = newChunks;
        capacityMask = newLen - 1;
        head = 0;
        tail = count;
        nextTail = tail + 1 & capacityMask;
      }
      chunks[tail] = chunk;
      tail = nextTail;
      totalAvailable += chunk.length;
    },
    available: () => totalAvailable,
    peek: (bytes) => {
      if (totalAvailable < bytes) return null;
      if (bytes === 0) return EMPTY;
      const firstChunk = chunks[head];
      if (firstChunk.length >= bytes) return firstChunk.length === bytes ? firstChunk : firstChunk.subarray(0, bytes);
      const result = new Uint8Array(bytes);
      let copied = 0;
      let index = head;
      while (copied < bytes) {
        const chunk = chunks[index];
        const toCopy = Math.min(bytes - copied, chunk.length);
        if (toCopy === chunk.length) result.set(chunk, copied);
        else result.set(chunk.subarray(0, toCopy), copied);
        copied += toCopy;
        index = index + 1 & capacityMask;
      }
      return result;
    },
    discard: (bytes) => {
      if (bytes > totalAvailable) throw new Error("Too many bytes consumed");
      if (bytes === 0) return;
      let remaining = bytes;
      while (remaining > 0) {
        const chunk = chunks[head];
        const toConsume = Math.min(remaining, chunk.length);
        consumeFromHead(toConsume);
        remaining -= toConsume;
      }
    },
    pull
  };
}
function validateChecksum(block) {
  const stored = readOctal(block, 148, 8);
  let sum = 0;
  for (let i = 0; i < block.length; i++) if (i >= 148 && i < 156) sum += CHECKSUM_SPACE;
  else sum += block[i];
  return stored === sum;
}
function writeChecksum(block) {
  block.fill(CHECKSUM_SPACE, 148, 156);
  let checksum = 0;
  for (let i = block.length; i > 0; ) checksum += block[--i];
  for (let i = 153; i >= 148; i--) {
    block[i] = (checksum & 7) + ASCII_ZERO;
    checksum >>= 3;
  }
  block[154] = 0;
  block[155] = CHECKSUM_SPACE;
}
function isUtf8TooLong(value, limit) {
  if (value.length * 3 <= limit) return false;
  if (value.length > limit) return true;
  if (!NON_ASCII.test(value)) return false;
  return encoder.encode(value).length > limit;
}
function generatePax(header) {
  const paxRecords = {};
  if (isUtf8TooLong(header.name, 100)) {
    if (findUstarSplit(header.name) === null) paxRecords.path = header.name;
  }
  if (header.linkname && isUtf8TooLong(header.linkname, 100)) paxRecords.linkpath = header.linkname;
  if (header.uname && isUtf8TooLong(header.uname, 32)) paxRecords.uname = header.uname;
  if (header.gname && isUtf8TooLong(header.gname, 32)) paxRecords.gname = header.gname;
  if (header.uid != null && header.uid > 2097151) paxRecords.uid = String(header.uid);
  if (header.gid != null && header.gid > 2097151) paxRecords.gid = String(header.gid);
  if (header.pax) Object.assign(paxRecords, header.pax);
  if (header.size > 8589934591 || "size" in paxRecords) paxRecords.size = String(header.size);
  const paxEntries = Object.entries(paxRecords);
  if (paxEntries.length === 0) return null;
  const paxBody = encoder.encode(paxEntries.map(([key, value]) => {
    const record = `${key}=${value}
`;
    const partLength = encoder.encode(record).length + 1;
    let totalLength = partLength + String(partLength).length;
    totalLength = partLength + String(totalLength).length;
    return `${totalLength} ${record}`;
  }).join(""));
  return {
    paxHeader: createTarHeader({
      name: decoder.decode(encoder.encode(`PaxHeader/${header.name}`).slice(0, 100)),
      size: paxBody.length,
      type: "pax-header",
      mode: 420,
      mtime: header.mtime,
      uname: header.uname,
      gname: header.gname,
      uid: header.uid,
      gid: header.gid
    }),
    paxBody
  };
}
function findUstarSplit(path) {
  if (!isUtf8TooLong(path, 100) || isUtf8TooLong(path, USTAR_SPLIT_MAX_SIZE)) return null;
  for (let i = path.length - 1; i > 0; i--) {
    if (path[i] !== "/") continue;
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (!isUtf8TooLong(prefix, 155) && !isUtf8TooLong(name, 100)) return {
      prefix,
      name
    };
  }
  return null;
}
function createTarHeader(header) {
  const view = /* @__PURE__ */ new Uint8Array(512);
  const size = isBodyless(header) ? 0 : header.size ?? 0;
  let name = header.name;
  let prefix = "";
  if (!header.pax?.path) {
    const split = findUstarSplit(name);
    if (split) {
      name = split.name;
      prefix = split.prefix;
    }
  }
  writeString(view, 0, 100, name);
  writeOctal(view, 100, 8, header.mode ?? (header.type === "directory" ? 493 : 420));
  writeOctal(view, 108, 8, header.uid ?? 0);
  writeOctal(view, 116, 8, header.gid ?? 0);
  writeOctal(view, 124, 12, size);
  writeOctal(view, 136, 12, Math.floor((header.mtime?.getTime() ?? Date.now()) / 1e3));
  writeString(view, 156, 1, TYPEFLAG[header.type ?? "file"]);
  writeString(view, 157, 100, header.linkname);
  writeString(view, 257, 6, "ustar\0");
  writeString(view, 263, 2, "00");
  writeString(view, 265, 32, header.uname);
  writeString(view, 297, 32, header.gname);
  writeString(view, 345, 155, prefix);
  writeChecksum(view);
  return view;
}
function parseUstarHeader(block, strict) {
  if (strict && !validateChecksum(block)) throw new Error("Invalid tar header checksum.");
  const header = {
    name: readString(block, 0, 100),
    mode: readOctal(block, 100, 8),
    uid: readNumeric(block, 108, 8),
    gid: readNumeric(block, 116, 8),
    size: readNumeric(block, 124, 12),
    mtime: /* @__PURE__ */ new Date(readNumeric(block, 136, 12) * 1e3),
    type: FLAGTYPE[block[156]] || "file",
    linkname: readString(block, 157, 100)
  };
  const magic = readString(block, 257, 6);
  if (magic.trim() === "ustar") {
    header.uname = readString(block, 265, 32);
    header.gname = readString(block, 297, 32);
  }
  if (magic === "ustar") header.prefix = readString(block, 345, 155);
  return header;
}
function parsePax(buffer) {
  const overrides = /* @__PURE__ */ Object.create(null);
  const pax = /* @__PURE__ */ Object.create(null);
  let isPax = false;
  let offset = 0;
  while (offset < buffer.length) {
    const spaceIndex = buffer.indexOf(32, offset);
    if (spaceIndex === -1) break;
    const length = parseInt(decoder.decode(buffer.subarray(offset, spaceIndex)), 10);
    if (!(length > 0)) break;
    const recordEnd = offset + length;
    const recordStr = decoder.decode(buffer.subarray(spaceIndex + 1, recordEnd - 1));
    const equalsIndex = recordStr.indexOf("=");
    if (equalsIndex > 0) {
      const key = recordStr.slice(0, equalsIndex);
      const value = recordStr.slice(equalsIndex + 1);
      pax[key] = value;
      isPax = true;
      if (Object.hasOwn(PAX_MAPPING, key)) {
        const [targetKey, parser] = PAX_MAPPING[key];
        const parsedValue = parser(value);
        if (typeof parsedValue === "string" || !Number.isNaN(parsedValue)) overrides[targetKey] = parsedValue;
      }
    }
    offset = recordEnd;
  }
  if (isPax) overrides.pax = pax;
  return overrides;
}
function applyOverrides(header, overrides) {
  if (overrides.name !== void 0) header.name = overrides.name;
  if (overrides.linkname !== void 0) header.linkname = overrides.linkname;
  if (overrides.size !== void 0) header.size = overrides.size;
  if (overrides.mtime !== void 0) header.mtime = /* @__PURE__ */ new Date(overrides.mtime * 1e3);
  if (overrides.uid !== void 0) header.uid = overrides.uid;
  if (overrides.gid !== void 0) header.gid = overrides.gid;
  if (overrides.uname !== void 0) header.uname = overrides.uname;
  if (overrides.gname !== void 0) header.gname = overrides.gname;
  if (overrides.pax) header.pax = Object.assign({}, header.pax ?? {}, overrides.pax);
}
function getMetaParser(type) {
  switch (type) {
    case "pax-global-header":
    case "pax-header":
      return parsePax;
    case "gnu-long-name":
      return (data) => ({ name: readString(data, 0, data.length) });
    case "gnu-long-link-name":
      return (data) => ({ linkname: readString(data, 0, data.length) });
    default:
      return;
  }
}
function getHeaderBlocks(header) {
  const base = createTarHeader(header);
  const pax = generatePax(header);
  if (!pax) return [base];
  const paxPadding = -pax.paxBody.length & 511;
  const paddingBlocks = paxPadding > 0 ? [ZERO_BLOCK.subarray(0, paxPadding)] : [];
  return [
    pax.paxHeader,
    pax.paxBody,
    ...paddingBlocks,
    base
  ];
}
function createUnpacker(options2 = {}) {
  const strict = options2.strict ?? false;
  const { available, peek, push, discard, pull } = createChunkQueue();
  let state = STATE_HEADER;
  let ended = false;
  let done = false;
  let eof = false;
  let currentEntry = null;
  const paxGlobals = {};
  let nextEntryOverrides = {};
  const unpacker = {
    isEntryActive: () => state === STATE_BODY,
    isBodyComplete: () => !currentEntry || currentEntry.remaining === 0,
    canFinish: () => !currentEntry || available() >= currentEntry.remaining + currentEntry.padding,
    bodyBytes: () => currentEntry && currentEntry.remaining > 0 ? Math.min(currentEntry.remaining, available()) : 0,
    available,
    write(chunk) {
      if (ended) throw new Error("Archive already ended.");
      if (eof) {
        if (strict) checkPadding(chunk);
        return;
      }
      push(chunk);
    },
    end() {
      ended = true;
    },
    readHeader() {
      if (state !== STATE_HEADER) throw new Error("Cannot read header while an entry is active");
      if (done) return void 0;
      while (!done) {
        if (available() < 512) {
          if (ended) {
            if (available() > 0 && strict) throw truncateErr;
            done = true;
            return;
          }
          return null;
        }
        const headerBlock = peek(512);
        if (isZeroBlock(headerBlock)) {
          if (available() < 1024) {
            if (ended) {
              if (strict) throw truncateErr;
              done = true;
              return;
            }
            return null;
          }
          if (isZeroBlock(peek(1024).subarray(512))) {
            discard(1024);
            done = true;
            eof = true;
            if (strict) pull(available(), checkPadding);
            else discard(available());
            return;
          }
          if (strict) throw new Error("Invalid tar header.");
          discard(512);
          continue;
        }
        let internalHeader;
        try {
          internalHeader = parseUstarHeader(headerBlock, strict);
        } catch (err) {
          if (strict) throw err;
          discard(512);
          continue;
        }
        const metaParser = getMetaParser(internalHeader.type);
        if (metaParser) {
          if (internalHeader.size > MAX_META_SIZE) throw new Error("Tar metadata entry exceeds maximum size.");
          const paddedSize = internalHeader.size + (-internalHeader.size & 511);
          if (available() < 512 + paddedSize) {
            if (ended && strict) throw truncateErr;
            return null;
          }
          discard(512);
          const overrides = metaParser(pull(paddedSize).subarray(0, internalHeader.size));
          if (nextEntryOverrides.pax) nextEntryOverrides = {};
          const target = internalHeader.type === "pax-global-header" ? paxGlobals : nextEntryOverrides;
          if (target === paxGlobals && overrides.pax && Object.keys(overrides.pax).length > MAX_GLOBAL_PAX_KEYS) throw new Error("Too many global attributes.");
          for (const key in overrides) target[key] = overrides[key];
          continue;
        }
        discard(512);
        const header = internalHeader;
        if (internalHeader.prefix) header.name = `${internalHeader.prefix}/${header.name}`;
        applyOverrides(header, paxGlobals);
        applyOverrides(header, nextEntryOverrides);
        let archiveSize = header.size;
        if (isBodyless(header)) {
          archiveSize = 0;
          header.size = 0;
        } else if (header.name.endsWith("/") && header.type === "file") {
          header.type = DIRECTORY;
          header.size = 0;
        }
        nextEntryOverrides = {};
        currentEntry = {
          header,
          remaining: archiveSize,
          padding: -archiveSize & 511
        };
        state = STATE_BODY;
        return header;
      }
    },
    streamBody(callback) {
      if (state !== STATE_BODY || !currentEntry || currentEntry.remaining === 0) return 0;
      const bytesToFeed = Math.min(currentEntry.remaining, available());
      if (bytesToFeed === 0) return 0;
      const fed = pull(bytesToFeed, callback);
      currentEntry.remaining -= fed;
      return fed;
    },
    skipPadding() {
      if (state !== STATE_BODY || !currentEntry) return true;
      if (currentEntry.remaining > 0) throw new Error("Body not fully consumed");
      if (available() < currentEntry.padding) return false;
      discard(currentEntry.padding);
      currentEntry = null;
      state = STATE_HEADER;
      return true;
    },
    skipEntry() {
      if (state !== STATE_BODY || !currentEntry) return true;
      const toDiscard = Math.min(currentEntry.remaining, available());
      if (toDiscard > 0) {
        discard(toDiscard);
        currentEntry.remaining -= toDiscard;
      }
      if (currentEntry.remaining > 0) return false;
      return unpacker.skipPadding();
    },
    finish() {
      if (strict && !eof) throw truncateErr;
    }
  };
  return unpacker;
}
function isZeroBlock(block) {
  if (block.length === 0) return true;
  if (block[0] !== 0) return false;
  if (block.byteOffset % 8 === 0 && block.length % 8 === 0) {
    const view = new BigUint64Array(block.buffer, block.byteOffset, block.length / 8);
    for (let i = 0; i < view.length; i++) if (view[i] !== 0n) return false;
    return true;
  }
  for (let i = 0; i < block.length; i++) if (block[i] !== 0) return false;
  return true;
}
function checkPadding(chunk) {
  if (!isZeroBlock(chunk)) throw new Error("Invalid EOF.");
  return true;
}
function createTarPacker(onData) {
  let currentHeader = null;
  let bytesWritten = 0;
  let finalized = false;
  const fail = (message) => {
    throw new Error(message);
  };
  return {
    add(header) {
      if (finalized) fail("No new tar entries after finalize.");
      if (currentHeader !== null) fail("Previous entry must be completed before adding a new one");
      const size = isBodyless(header) ? 0 : header.size;
      if (!Number.isSafeInteger(size) || size < 0) fail("Invalid tar entry size.");
      const headerBlocks = getHeaderBlocks({
        ...header,
        size
      });
      for (const block of headerBlocks) onData(block);
      currentHeader = {
        ...header,
        size
      };
      bytesWritten = 0;
    },
    write(chunk) {
      if (!currentHeader) fail("No active tar entry.");
      if (finalized) fail("Cannot write data after finalize.");
      const newTotal = bytesWritten + chunk.length;
      if (newTotal > currentHeader.size) fail(`"${currentHeader.name}" exceeds given size of ${currentHeader.size} bytes.`);
      bytesWritten = newTotal;
      onData(chunk);
    },
    endEntry() {
      if (!currentHeader) fail("No active entry to end.");
      if (finalized) fail("Cannot end entry after finalize.");
      if (bytesWritten !== currentHeader.size) fail(`Size mismatch for "${currentHeader.name}".`);
      const paddingSize = -currentHeader.size & 511;
      if (paddingSize > 0) onData(new Uint8Array(paddingSize));
      currentHeader = null;
      bytesWritten = 0;
    },
    finalize() {
      if (finalized) fail("Archive has already been finalized");
      if (currentHeader !== null) fail("Cannot finalize while an entry is still active");
      onData(EOF_BUFFER);
      finalized = true;
    }
  };
}
var FILE, LINK, SYMLINK, DIRECTORY, TYPEFLAG, FLAGTYPE, ZERO_BLOCK, EMPTY, encoder, decoder, isBodyless, stripPath, INITIAL_CAPACITY, CHECKSUM_SPACE, ASCII_ZERO, USTAR_SPLIT_MAX_SIZE, NON_ASCII, PAX_MAPPING, STATE_HEADER, STATE_BODY, MAX_META_SIZE, MAX_GLOBAL_PAX_KEYS, truncateErr, EOF_BUFFER;
var init_packer_By1HVV7Z = __esm({
  "node_modules/modern-tar/dist/packer-By1HVV7Z.js"() {
    FILE = "file";
    LINK = "link";
    SYMLINK = "symlink";
    DIRECTORY = "directory";
    TYPEFLAG = {
      file: "0",
      link: "1",
      symlink: "2",
      "character-device": "3",
      "block-device": "4",
      directory: "5",
      fifo: "6",
      "pax-header": "x",
      "pax-global-header": "g",
      "gnu-long-name": "L",
      "gnu-long-link-name": "K"
    };
    FLAGTYPE = {
      48: FILE,
      49: LINK,
      50: SYMLINK,
      51: "character-device",
      52: "block-device",
      53: DIRECTORY,
      54: "fifo",
      120: "pax-header",
      103: "pax-global-header",
      76: "gnu-long-name",
      75: "gnu-long-link-name"
    };
    ZERO_BLOCK = /* @__PURE__ */ new Uint8Array(512);
    EMPTY = /* @__PURE__ */ new Uint8Array(0);
    encoder = new TextEncoder();
    decoder = new TextDecoder();
    isBodyless = (header) => header.type === "directory" || header.type === "symlink" || header.type === "link" || header.type === "character-device" || header.type === "block-device" || header.type === "fifo";
    stripPath = (p, n) => {
      const parts = p.split("/").filter(Boolean);
      return n >= parts.length ? "" : parts.slice(n).join("/");
    };
    INITIAL_CAPACITY = 256;
    CHECKSUM_SPACE = 32;
    ASCII_ZERO = 48;
    USTAR_SPLIT_MAX_SIZE = 256;
    NON_ASCII = /[^\x00-\x7f]/;
    PAX_MAPPING = {
      path: ["name", (v) => v],
      linkpath: ["linkname", (v) => v],
      size: ["size", (v) => /^\d+$/.test(v) && Number.isSafeInteger(+v) ? +v : NaN],
      mtime: ["mtime", parseFloat],
      uid: ["uid", (v) => parseInt(v, 10)],
      gid: ["gid", (v) => parseInt(v, 10)],
      uname: ["uname", (v) => v],
      gname: ["gname", (v) => v]
    };
    STATE_HEADER = 0;
    STATE_BODY = 1;
    MAX_META_SIZE = 8388608;
    MAX_GLOBAL_PAX_KEYS = 512;
    truncateErr = /* @__PURE__ */ new Error("Tar archive is truncated.");
    EOF_BUFFER = /* @__PURE__ */ new Uint8Array(1024);
  }
});

// node_modules/modern-tar/dist/web/index.js
var web_exports = {};
__export(web_exports, {
  createTarDecoder: () => createTarDecoder,
  createTarPacker: () => createTarPacker2,
  packTar: () => packTar,
  unpackTar: () => unpackTar
});
function createTarPacker2() {
  let streamController;
  let packer;
  let bodyController = null;
  let resume = null;
  let drain2 = null;
  let stopped = false;
  let stopReason;
  const unblock = () => {
    resume?.();
    resume = null;
    drain2 = null;
  };
  const stop = (reason) => {
    if (stopped) return;
    stopped = true;
    stopReason = reason;
    bodyController?.error(reason);
    bodyController = null;
    streamController.error(reason);
    unblock();
  };
  const abortBody = (reason = AbortSignal.abort().reason) => {
    bodyController = null;
    stop(reason);
  };
  const checkStopped = () => {
    if (stopped) throw stopReason;
  };
  const emit = (operation) => {
    checkStopped();
    try {
      operation();
    } catch (error) {
      stop(error);
      throw error;
    }
    const pending = drain2;
    if (!pending) return;
    const signal = bodyController?.signal;
    if (!signal) return;
    if (signal.aborted) abortBody(signal.reason);
    else signal.onabort = () => abortBody(signal.reason);
    return pending.then(checkStopped);
  };
  return {
    readable: new ReadableStream({
      start(controller) {
        streamController = controller;
        packer = createTarPacker((chunk) => {
          const buffer = chunk.buffer;
          controller.enqueue(buffer instanceof ArrayBuffer && !Reflect.get(buffer, "resizable") ? chunk : new Uint8Array(chunk));
          if ((controller.desiredSize ?? 1) <= 0) drain2 ||= new Promise((resolve) => {
            resume = resolve;
          });
        });
      },
      pull: unblock,
      cancel(reason = AbortSignal.abort().reason) {
        stop(reason);
      }
    }, new ByteLengthQueuingStrategy({ highWaterMark: 8388608 })),
    controller: {
      add(header) {
        try {
          checkStopped();
          if (bodyController) throw new Error("Previous entry must be completed before adding a new one");
          packer.add(header);
        } catch (error) {
          stop(error);
          throw error;
        }
        return new WritableStream({
          start(controller) {
            bodyController = controller;
          },
          write(chunk) {
            return emit(() => {
              if (!ArrayBuffer.isView(chunk) || chunk[Symbol.toStringTag] !== "Uint8Array") throw new TypeError("Expected a Uint8Array body chunk");
              packer.write(chunk);
            });
          },
          close() {
            const result = emit(() => packer.endEntry());
            if (!result) {
              bodyController = null;
              return;
            }
            return result.then(() => {
              bodyController = null;
            });
          },
          abort: abortBody
        });
      },
      finalize() {
        try {
          checkStopped();
          if (bodyController) throw new Error("Cannot finalize while an entry is still active");
          packer.finalize();
          streamController.close();
        } catch (error) {
          stop(error);
          throw error;
        }
      },
      error(err) {
        stop(err);
      }
    }
  };
}
async function streamToBuffer(stream) {
  const chunks = [];
  const reader = stream.getReader();
  let totalLength = 0;
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      totalLength += value.length;
    }
    const result = new Uint8Array(totalLength);
    let offset = 0;
    for (const chunk of chunks) {
      result.set(chunk, offset);
      offset += chunk.length;
    }
    return result;
  } finally {
    reader.releaseLock();
  }
}
function createTarDecoder(options2 = {}) {
  const unpacker = createUnpacker(options2);
  const strict = options2.strict ?? false;
  let controller = null;
  let bodyController = null;
  let pumping = false;
  let blocked = false;
  let resume = null;
  let abortHooked = false;
  let eofReached = false;
  let sourceEnded = false;
  let closed = false;
  const unblock = () => {
    resume?.();
    resume = null;
  };
  const closeBody = () => {
    try {
      bodyController?.close();
    } catch {
    }
    bodyController = null;
  };
  const fail = (reason) => {
    if (closed) return;
    closed = true;
    try {
      bodyController?.error(reason);
    } catch {
    }
    bodyController = null;
    try {
      controller.error(reason);
    } catch {
    }
    controller = null;
    unblock();
  };
  const finish = () => {
    if (closed) return;
    closed = true;
    closeBody();
    try {
      controller.close();
    } catch {
    }
    controller = null;
    unblock();
  };
  const truncateOrFinish = () => {
    if (strict) throw new Error("Tar archive is truncated.");
    finish();
  };
  const pump = () => {
    if (pumping || closed || !controller) return;
    blocked = false;
    pumping = true;
    try {
      while (true) {
        if (eofReached) {
          if (sourceEnded) finish();
          break;
        }
        if (unpacker.isEntryActive()) {
          if (sourceEnded && !unpacker.canFinish()) {
            truncateOrFinish();
            break;
          }
          if (bodyController) {
            if ((bodyController.desiredSize ?? 1) <= 0) {
              blocked = true;
              break;
            }
            if (unpacker.streamBody((c) => (bodyController.enqueue(c), (bodyController.desiredSize ?? 1) > 0)) === 0 && !unpacker.isBodyComplete()) {
              if (sourceEnded) truncateOrFinish();
              break;
            }
          } else if (!unpacker.skipEntry()) {
            if (sourceEnded) truncateOrFinish();
            break;
          }
          if (unpacker.isBodyComplete()) {
            closeBody();
            if (!unpacker.skipPadding()) {
              if (sourceEnded) truncateOrFinish();
              break;
            }
          }
        } else {
          if ((controller.desiredSize ?? 0) < 0) {
            blocked = true;
            break;
          }
          const header = unpacker.readHeader();
          if (header === null) {
            if (sourceEnded) finish();
            break;
          }
          if (header === void 0) {
            if (sourceEnded) {
              unpacker.finish();
              finish();
              break;
            }
            eofReached = true;
            break;
          }
          controller.enqueue({
            header,
            body: new ReadableStream({
              start(c) {
                if (header.size === 0) c.close();
                else bodyController = c;
              },
              pull: pump,
              cancel() {
                bodyController = null;
                pump();
              }
            })
          });
        }
      }
    } catch (error) {
      fail(error);
      throw error;
    } finally {
      pumping = false;
    }
    if (resume && (!blocked || unpacker.available() < RESUME_LIMIT)) unblock();
  };
  return {
    readable: new ReadableStream({
      start(c) {
        controller = c;
      },
      pull: pump,
      cancel(reason) {
        unpacker.end();
        if (reason !== void 0) fail(reason);
        else finish();
      }
    }, { highWaterMark: 2 }),
    writable: new WritableStream({
      write(chunk, controller2) {
        try {
          unpacker.write(chunk);
          pump();
          if (blocked && unpacker.available() >= BUFFER_LIMIT) {
            if (!abortHooked) {
              controller2.signal.onabort = unblock;
              abortHooked = true;
            }
            return new Promise((resolve) => resume = resolve);
          }
        } catch (error) {
          fail(error);
          throw error;
        }
      },
      close() {
        try {
          sourceEnded = true;
          unpacker.end();
          pump();
        } catch (error) {
          fail(error);
          throw error;
        }
      },
      abort(reason) {
        fail(reason);
      }
    })
  };
}
async function packTar(entries) {
  const { readable, controller } = createTarPacker2();
  const archive = streamToBuffer(readable);
  try {
    for (const entry of entries) {
      const entryStream = controller.add(entry.header);
      const body = "body" in entry ? entry.body : entry.data;
      if (!body) {
        await entryStream.close();
        continue;
      }
      if (body instanceof ReadableStream) await body.pipeTo(entryStream);
      else if (body instanceof Blob) await body.stream().pipeTo(entryStream);
      else try {
        const chunk = await normalizeBody(body);
        if (chunk.length > 0) {
          const writer = entryStream.getWriter();
          await writer.write(chunk);
          await writer.close();
        } else await entryStream.close();
      } catch {
        throw new TypeError(`Unsupported content type for entry "${entry.header.name}".`);
      }
    }
    controller.finalize();
  } catch (error) {
    controller.error(error);
  }
  return archive;
}
async function unpackTar(archive, options2 = {}) {
  if (!(archive instanceof ReadableStream)) return unpackTarBuffer(archive instanceof Uint8Array ? archive : new Uint8Array(archive), options2);
  const results = [];
  const reader = archive.pipeThrough(createTarDecoder(options2)).getReader();
  try {
    while (true) {
      const { done, value: entry } = await reader.read();
      if (done) break;
      let processedHeader;
      try {
        processedHeader = transformHeader(entry.header, options2);
      } catch (error) {
        await entry.body.cancel();
        throw error;
      }
      if (processedHeader === null) {
        await drain(entry.body);
        continue;
      }
      if (isBodyless(processedHeader)) {
        await drain(entry.body);
        results.push({ header: processedHeader });
      } else results.push({
        header: processedHeader,
        data: await streamToBuffer(entry.body)
      });
    }
  } catch (error) {
    await reader.cancel(error).catch(() => {
    });
    throw error;
  } finally {
    reader.releaseLock();
  }
  return results;
}
function unpackTarBuffer(archive, options2) {
  const unpacker = createUnpacker(options2);
  const strict = options2.strict ?? false;
  const results = [];
  unpacker.write(archive);
  unpacker.end();
  while (true) {
    const header = unpacker.readHeader();
    if (header === void 0) break;
    if (header === null) {
      if (strict) throw new Error("Tar archive is truncated.");
      break;
    }
    const processedHeader = transformHeader(header, options2);
    if (processedHeader === null) {
      const skipped = unpacker.skipEntry();
      if (!skipped && strict) throw new Error("Tar archive is truncated.");
      if (!skipped) break;
      continue;
    }
    if (isBodyless(processedHeader)) {
      const skipped = unpacker.skipEntry();
      if (!skipped && strict) throw new Error("Tar archive is truncated.");
      results.push({ header: processedHeader });
      if (!skipped) break;
      continue;
    }
    let size = header.size;
    if (size < 0 || !unpacker.canFinish()) {
      if (strict) throw new Error("Tar archive is truncated.");
      size = unpacker.bodyBytes();
    }
    const data = new Uint8Array(size);
    let offset = 0;
    unpacker.streamBody((chunk) => {
      data.set(chunk, offset);
      offset += chunk.length;
      return true;
    });
    const bodyComplete = unpacker.isBodyComplete();
    let paddingComplete = true;
    if (bodyComplete) {
      paddingComplete = unpacker.skipPadding();
      if (!paddingComplete && strict) throw new Error("Tar archive is truncated.");
    }
    results.push({
      header: processedHeader,
      data
    });
    if (!bodyComplete || !paddingComplete) break;
  }
  unpacker.finish();
  return results;
}
var drain, BUFFER_LIMIT, RESUME_LIMIT;
var init_web = __esm({
  "node_modules/modern-tar/dist/web/index.js"() {
    init_packer_By1HVV7Z();
    drain = (stream) => stream.pipeTo(new WritableStream());
    BUFFER_LIMIT = 1048576;
    RESUME_LIMIT = BUFFER_LIMIT / 2;
  }
});

// src/sources/archives/open.ts
import { constants as zlibConstants, gunzipSync } from "node:zlib";

// src/sources/archives/asar.ts
function asarMembers(content, max) {
  const members = [];
  if (content.length < 16) return { members, problem: "shorter than an asar header" };
  const headerPickle = content.readUInt32LE(4);
  const jsonLength = content.readUInt32LE(12);
  const dataStart = 8 + headerPickle;
  if (16 + jsonLength > content.length || dataStart > content.length) return { members, problem: "header longer than the file" };
  let root;
  try {
    root = JSON.parse(content.toString("utf8", 16, 16 + jsonLength));
  } catch (e) {
    return { members, problem: `unreadable header (${e.message})` };
  }
  const stack = [["", root]];
  let problem;
  while (stack.length) {
    const [dir, node] = stack.pop();
    if (!node || typeof node !== "object") continue;
    if (node.files && typeof node.files === "object") {
      for (const [name, child] of Object.entries(node.files).reverse()) stack.push([dir ? `${dir}/${name}` : name, child]);
      continue;
    }
    if (node.unpacked || node.link !== void 0 || node.offset === void 0) continue;
    const start = dataStart + Number(node.offset);
    const size = Number(node.size);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(size) || size < 0 || start + size > content.length) {
      problem ??= `${dir}: outside the archive`;
      continue;
    }
    if (members.length >= max) return { members, problem: `more than ${max} members` };
    members.push({ name: dir, content: content.subarray(start, start + size) });
  }
  return { members, problem };
}

// src/sources/archives/kind.ts
var DEFAULT_ARCHIVE_LIMITS = { maxDepth: 2, maxBytes: 256 * 1024 * 1024 };
var ASAR = /\.asar$/i;
function archiveKind(name, head) {
  const b = head;
  if (b.length < 4) return void 0;
  if (b[0] === 80 && b[1] === 75 && (b[2] === 3 && b[3] === 4 || b[2] === 5 && b[3] === 6)) return "zip";
  if (b[0] === 67 && b[1] === 114 && b[2] === 50 && b[3] === 52) return "crx";
  if (b[0] === 31 && b[1] === 139) return "gzip";
  if (b.length >= 262 && b[257] === 117 && b[258] === 115 && b[259] === 116 && b[260] === 97 && b[261] === 114) return "tar";
  if (b[0] === 4 && b[1] === 0 && b[2] === 0 && b[3] === 0 && ASAR.test(name)) return "asar";
  return void 0;
}

// src/sources/archives/open.ts
var MAX_RATIO = 1e3;
var RATIO_FROM = 1024 * 1024;
var MAX_MEMBERS = 1e5;
var Budget = class {
  constructor(max, input) {
    this.max = max;
    this.input = input;
  }
  max;
  input;
  used = 0;
  members = 0;
  /** Why `more` decompressed bytes may not be read, or undefined when they may. */
  refuse(more) {
    const total = this.used + more;
    if (total > this.max) return "size";
    if (total > RATIO_FROM && total / Math.max(1, this.input) > MAX_RATIO) return "ratio";
    return void 0;
  }
};
var WHY = {
  depth: "nested deeper than --max-archive-depth: not opened, its raw bytes are scanned",
  size: "decompressed size over --max-archive-size: the rest of the archive is not read",
  ratio: `decompresses more than ${MAX_RATIO} times its size (a zip bomb?): the rest of the archive is not read`,
  members: `more than ${MAX_MEMBERS} members: the rest are not read`,
  corrupt: "corrupt or truncated archive",
  encrypted: "encrypted member: not read (an encrypted archive cannot be checked for keys)",
  unsupported: "compressed with a method this scanner does not read",
  unsafeName: "member named with ../ or an absolute path (read, but extracting this archive is unsafe)"
};
function unsafeName(name) {
  const n = name.replace(/\\/g, "/");
  return n.startsWith("/") || /^[A-Za-z]:/.test(n) || n.split("/").includes("..");
}
var Opener = class {
  constructor(limits, sink, emit, budget) {
    this.limits = limits;
    this.sink = sink;
    this.emit = emit;
    this.budget = budget;
  }
  limits;
  sink;
  emit;
  budget;
  note(reason, file, detail) {
    this.sink.archive?.(reason, file, detail ? `${WHY[reason]} (${detail})` : WHY[reason]);
  }
  /** One member: opened when it is an archive and depth allows, else handed on as a fragment. */
  async member(container, name, content, depth) {
    const path = `${container}!${name}`;
    if (unsafeName(name)) this.note("unsafeName", path);
    this.budget.members++;
    this.sink.archive?.("member", path);
    const kind = archiveKind(name, content);
    if (kind) {
      if (depth < this.limits.maxDepth) return this.open(path, content, kind, depth + 1);
      this.note("depth", path);
    }
    this.emit(path, content);
  }
  /**
   * Open `content` (an archive of `kind`) found at `path`, at nesting `depth` (1: a file of the tree).
   * An archive that cannot be opened at all is scanned as raw bytes: stored members still show.
   */
  async open(path, content, kind, depth) {
    this.sink.archive?.("opened", path);
    const before = this.budget.members;
    let failed;
    try {
      if (kind === "zip" || kind === "crx") failed = await this.zip(path, kind === "crx" ? crxZip(content) : content, depth);
      else if (kind === "gzip") failed = await this.gzip(path, content, depth);
      else if (kind === "tar") failed = await this.tar(path, content, depth);
      else failed = await this.asar(path, content, depth);
    } catch (e) {
      failed = e instanceof Error ? e.message : String(e);
    }
    if (failed === void 0) return;
    this.note("corrupt", path, failed);
    if (this.budget.members === before) this.emit(path, content);
  }
  /** Stop reading this archive (returns true) when `more` bytes would break the budget. */
  over(path, more) {
    const why = this.budget.refuse(more);
    if (!why) return false;
    this.note(why, path);
    return true;
  }
  tooMany(path) {
    if (this.budget.members < MAX_MEMBERS) return false;
    this.note("members", path);
    return true;
  }
  async zip(path, content, depth) {
    const { default: yauzl } = await Promise.resolve().then(() => __toESM(require_yauzl(), 1));
    const zip = await new Promise(
      (resolve) => yauzl.fromBuffer(content, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (err, z) => resolve(err ? err.message : z))
    );
    if (typeof zip === "string") return zip;
    return new Promise((resolve) => {
      let done = false;
      const finish = (why) => {
        if (done) return;
        done = true;
        zip.close();
        resolve(why);
      };
      zip.on("error", (e) => finish(e.message));
      zip.on("end", () => finish());
      zip.on("entry", (entry) => {
        if (done) return;
        const name = entry.fileName.toString("utf8");
        const where = `${path}!${name}`;
        if (name.endsWith("/")) return zip.readEntry();
        if (this.tooMany(path)) return finish();
        if (entry.isEncrypted()) {
          this.note("encrypted", where);
          return zip.readEntry();
        }
        if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
          this.note("unsupported", where, `method ${entry.compressionMethod}`);
          return zip.readEntry();
        }
        if (this.over(path, entry.uncompressedSize)) return finish();
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) {
            this.note("corrupt", where, err?.message);
            return zip.readEntry();
          }
          const parts = [];
          let got = 0;
          let ended = false;
          stream.on("data", (chunk) => {
            got += chunk.length;
            parts.push(chunk);
          });
          stream.on("error", (e) => {
            if (ended) return;
            ended = true;
            this.note("corrupt", where, e.message);
            zip.readEntry();
          });
          stream.on("end", () => {
            if (ended) return;
            ended = true;
            this.budget.used += got;
            this.member(path, name, parts.length === 1 ? parts[0] : Buffer.concat(parts, got), depth).then(
              () => zip.readEntry(),
              (e) => finish(e instanceof Error ? e.message : String(e))
            );
          });
        });
      });
      zip.readEntry();
    });
  }
  async gzip(path, content, depth) {
    const room = this.budget.max - this.budget.used;
    if (room <= 0) return void this.note("size", path);
    let data;
    let truncated;
    try {
      data = gunzipSync(content, { maxOutputLength: room });
    } catch (e) {
      if (e.code === "ERR_BUFFER_TOO_LARGE") return void this.note("size", path);
      truncated = e.message;
      try {
        data = gunzipSync(content, { maxOutputLength: room, finishFlush: zlibConstants.Z_SYNC_FLUSH });
      } catch {
        return truncated;
      }
    }
    if (truncated) this.note("corrupt", path, truncated);
    if (this.over(path, data.length)) return void 0;
    this.budget.used += data.length;
    const inner = path.replace(/^.*[/!]/, "");
    if (archiveKind(inner, data) === "tar") return this.tar(path, data, depth);
    await this.member(path, inner.replace(/\.t?gz$/i, (ext) => ext.toLowerCase() === ".tgz" ? ".tar" : "") || "data", data, depth);
    return void 0;
  }
  async tar(path, content, depth) {
    const { unpackTar: unpackTar2 } = await Promise.resolve().then(() => (init_web(), web_exports));
    let stopped = false;
    let kept = 0;
    const filter = (h) => {
      if (stopped || h.type !== void 0 && h.type !== "file") return false;
      if (this.budget.members + kept >= MAX_MEMBERS) {
        stopped = true;
        return false;
      }
      kept++;
      return true;
    };
    let broken;
    let entries;
    try {
      entries = await unpackTar2(content, { strict: true, filter });
    } catch (e) {
      broken = e instanceof Error ? e.message : String(e);
      stopped = false;
      kept = 0;
      entries = await unpackTar2(content, { strict: false, filter });
      if (!entries.length) return broken;
    }
    if (broken) this.note("corrupt", path, broken);
    for (const entry of entries) {
      if (!entry.data) continue;
      await this.member(path, entry.header.name, Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.length), depth);
    }
    if (stopped) this.note("members", path);
    return void 0;
  }
  async asar(path, content, depth) {
    const { members, problem } = asarMembers(content, MAX_MEMBERS);
    for (const m of members) await this.member(path, m.name, m.content, depth);
    return problem;
  }
};
function crxZip(content) {
  const version = content.readUInt32LE(4);
  const start = version === 2 ? 16 + content.readUInt32LE(8) + content.readUInt32LE(12) : 12 + content.readUInt32LE(8);
  if (start > content.length) throw new Error("crx header longer than the file");
  return content.subarray(start);
}
async function openArchive(path, content, kind, limits, sink, emit) {
  const opener = new Opener(limits, sink, emit, new Budget(limits.maxBytes, content.length));
  await opener.open(path, content, kind, 1);
}
export {
  MAX_MEMBERS,
  MAX_RATIO,
  openArchive
};
