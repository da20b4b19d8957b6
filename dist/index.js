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
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
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

// src/rules/keys.ts
var MARKER, SERVICE_NAME, NOT_A_NAME, KEY_RULES;
var init_keys = __esm({
  "src/rules/keys.ts"() {
    "use strict";
    MARKER = "T3BlbkFJ";
    SERVICE_NAME = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,40}[A-Za-z0-9])?";
    NOT_A_NAME = "(?!(?:proj|svcacct|admin|None)-)(?!ant-|ant$|or-|lf-|live-|test-)";
    KEY_RULES = [
      {
        id: "openai-project-key",
        kind: "key",
        title: "OpenAI project key",
        severity: "high",
        description: "A project-scoped OpenAI secret key (`sk-proj-`): anyone who holds it can call the API as the project and bill its owner.",
        docs: "openai-project-key",
        verifyPath: "/v1/models",
        shapes: [{ prefix: /^sk-proj-$/, text: "sk-proj-", seen: [20, 58, 74], alphabet: "base64url" }],
        literals: [MARKER],
        samples: {
          match: [
            "OPENAI_API_KEY={{key:proj:74}}",
            'const client = new OpenAI({ apiKey: "{{key:proj:74}}" });',
            "key = '{{key:proj:58}}'",
            "sk={{key:proj:20}}",
            "f({{key:proj:74}}), g()",
            "https://example.test/?key={{key:proj:74}}&a=1",
            "<key>{{key:proj:74}}</key>",
            '{"k": "{{key:proj:74}}"}',
            "openai_key: {{key:proj:33}}",
            "openai_key: {{key:proj:100}}",
            // Encodings and contexts (detect/decoders): each is a key people committed without seeing it.
            "{{enc:wrapped76:proj:74}}",
            '{"k": "{{enc:dashes-u:proj:74}}"}',
            '<input value="{{enc:dashes-entity:proj:58}}">',
            "<key>{{enc:entities:proj:74}}</key>",
            "https://example.test/?key={{enc:percent:proj:74}}&a=1",
            "secret: {{enc:hex:proj:74}}",
            "Content-Transfer-Encoding: quoted-printable\n\nkey: {{enc:qp:proj:74}}",
            '"traceback": ["{{enc:ansi:proj:74}}"]',
            "const key = {{enc:split:proj:74}};",
            "KEY = ({{enc:split-implicit:proj:74}})"
          ],
          noMatch: [
            "OPENAI_API_KEY=sk-proj-...",
            "OPENAI_API_KEY=sk-proj-your-key-here",
            "x{{key:proj:74}}",
            "{{key:proj:74}}x_",
            "{{unequal:proj:74:58}}",
            "{{key:proj:19}}",
            "{{key:proj:101}}",
            "{{placeholder:proj:28:EXAMPLE}}",
            "{{placeholder:proj:74:EXAMPLE}}",
            "{{placeholder:proj:58:XXXX}}",
            "{{run:proj:74:X}}",
            "<p>Caf&#233; &#8212; &#84;&#51; is not a key</p>",
            "https://example.test/?q=T3BlbkFJ%20and%20sk-proj-%2E%2E%2E",
            '"sk\\u002dproj\\u002d{{run:proj:74:X}}"',
            'x = "{{run:proj:37:X}}" + "{{run:proj:37:X}}"'
          ]
        }
      },
      {
        id: "openai-service-account-key",
        kind: "key",
        title: "OpenAI service account key",
        severity: "high",
        description: "An OpenAI service account key (`sk-svcacct-`, or a named `sk-<name>-` service key): a key that belongs to a project's service account, not a person, and often runs in production.",
        docs: "openai-service-account-key",
        verifyPath: "/v1/models",
        shapes: [
          { prefix: /^sk-svcacct-$/, text: "sk-svcacct-", seen: [46, 74], alphabet: "base64url" },
          { prefix: new RegExp(`^sk-${NOT_A_NAME}${SERVICE_NAME}-$`), text: "sk-<name>-", seen: [20], alphabet: "base64url" }
        ],
        literals: [MARKER],
        samples: {
          match: [
            'OPENAI_API_KEY="{{key:svcacct:74}}"',
            'OPENAI_API_KEY="{{key:svcacct:46}}"',
            "api_key: {{key:name=my-service-account:20}}",
            "api_key: {{key:name=batch2:20}}"
          ],
          noMatch: [
            "OPENAI_API_KEY=sk-svcacct-***",
            "{{unequal:svcacct:74:73}}",
            "{{fake:anthropic}}",
            "{{fake:openrouter}}"
          ]
        }
      },
      {
        id: "openai-admin-key",
        kind: "key",
        title: "OpenAI admin key",
        severity: "critical",
        description: "An OpenAI Admin API key (`sk-admin-`): it manages the whole organisation (members, projects, keys, billing), so a leak is worse than any other key's.",
        docs: "openai-admin-key",
        verifyPath: "/v1/organization/admin_api_keys?limit=1",
        shapes: [{ prefix: /^sk-admin-$/, text: "sk-admin-", seen: [58], alphabet: "base64url" }],
        literals: [MARKER],
        samples: {
          match: ["OPENAI_ADMIN_KEY={{key:admin:58}}", "headers: { Authorization: 'Bearer {{key:admin:58}}' }"],
          noMatch: ["OPENAI_ADMIN_KEY=sk-admin-<your admin key>", "{{unequal:admin:58:57}}"]
        }
      },
      {
        id: "openai-user-key",
        kind: "key",
        title: "OpenAI user key",
        severity: "high",
        description: "A legacy user key (`sk-` + 20 + marker + 20 alphanumerics) or an `sk-None-` key: keys tied to a user rather than a project, still accepted by the API.",
        docs: "openai-user-key",
        verifyPath: "/v1/models",
        shapes: [
          { prefix: /^sk-$/, text: "sk-", seen: [20], alphabet: "alnum" },
          { prefix: /^sk-None-$/, text: "sk-None-", seen: [20, 74], alphabet: "base64url" }
        ],
        literals: [MARKER],
        samples: {
          match: [
            'openai.api_key = "{{key:legacy:20}}"',
            "OPENAI_API_KEY={{key:legacy:20}}\r",
            "OPENAI_API_KEY={{key:none:74}}",
            "OPENAI_API_KEY={{key:none:20}}"
          ],
          noMatch: [
            "OPENAI_API_KEY=sk-...",
            "{{run:legacy:20:a}}",
            "{{digits:legacy:20}}",
            "{{placeholder:legacy:20:your}}",
            "{{fake:sk48}}",
            "{{fake:hex32}}",
            "{{fake:stripe}}",
            "{{fake:marker-in-blob}}",
            "{{unequal:legacy:20:21}}",
            "{{legacy-with-dash}}"
          ]
        }
      }
    ];
  }
});

// src/detect/alphabet.ts
function table(chars3) {
  const t = new Uint8Array(256);
  for (const c of chars3) t[c.charCodeAt(0)] = 1;
  return t;
}
var ALNUM_CHARS, KEY_CHAR, ALNUM, NAME_CHAR, HEX, BASE64_CHAR, HEX_VALUE;
var init_alphabet = __esm({
  "src/detect/alphabet.ts"() {
    "use strict";
    ALNUM_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    KEY_CHAR = table(ALNUM_CHARS + "_-");
    ALNUM = table(ALNUM_CHARS);
    NAME_CHAR = table(ALNUM_CHARS + "-");
    HEX = table("0123456789abcdefABCDEF");
    BASE64_CHAR = table(ALNUM_CHARS + "+/_-");
    HEX_VALUE = new Int8Array(256).fill(-1);
    for (let i = 0; i < 16; i++) {
      HEX_VALUE["0123456789abcdef".charCodeAt(i)] = i;
      HEX_VALUE["0123456789ABCDEF".charCodeAt(i)] = i;
    }
  }
});

// src/detect/prefilter.ts
function bytesOf(chars3) {
  if (chars3 === ANY_BYTE) return void 0;
  const out = [];
  for (let i = 0; i < chars3.length; i++) {
    const c = chars3.charCodeAt(i);
    if (c > 255) throw new Error("prefilter: literals are bytes (latin1)");
    out.push(c);
  }
  return out;
}
function tableOf(bytes) {
  if (!bytes) return void 0;
  const t = new Uint8Array(256);
  for (const b of bytes) t[b] = 1;
  return t;
}
var ANY_BYTE, ALL_BYTES, Hits, Prefilter;
var init_prefilter = __esm({
  "src/detect/prefilter.ts"() {
    "use strict";
    ANY_BYTE = "";
    ALL_BYTES = Array.from({ length: 256 }, (_, b) => b);
    Hits = class {
      offsets = new Int32Array(64);
      literals = new Uint16Array(64);
      count = 0;
      reset() {
        this.count = 0;
        return this;
      }
      push(offset, literal) {
        if (this.count === this.offsets.length) {
          const o = new Int32Array(this.count * 2);
          o.set(this.offsets);
          this.offsets = o;
          const l = new Uint16Array(this.count * 2);
          l.set(this.literals);
          this.literals = l;
        }
        this.offsets[this.count] = offset;
        this.literals[this.count++] = literal;
      }
    };
    Prefilter = class _Prefilter {
      /** Per literal: its bytes (a string literal), or one class table per position (a pattern; undefined: any byte). */
      fixed;
      classes;
      lengths;
      /** Length of the shortest literal: the window size. */
      m;
      shift;
      /** For a block that ends a window (shift 0): the literals whose window ends with it. */
      heads = new Array(65536);
      /** Reused by every scan: a scan's hits are read before the next scan starts (one thread, no reentry). */
      hits = new Hits();
      /** The second half's hits, appended to `hits` at the end of a scan. */
      second = new Hits();
      constructor(literals) {
        this.fixed = literals.map((l) => typeof l === "string" ? Buffer.from(l, "latin1") : void 0);
        const bytes = literals.map((l) => typeof l === "string" ? Array.from(l, (c) => [c.charCodeAt(0) & 255]) : l.map(bytesOf));
        const tables = /* @__PURE__ */ new Map();
        this.classes = literals.map(
          (l, i) => typeof l === "string" ? void 0 : l.map((chars3, j) => {
            if (!tables.has(chars3)) tables.set(chars3, tableOf(bytes[i][j]));
            return tables.get(chars3);
          })
        );
        this.lengths = literals.map((l) => l.length);
        this.m = Math.min(...this.lengths);
        if (this.m < 2 || literals.length > 65535) throw new Error("prefilter: literals need 2+ bytes, at most 65535 of them");
        const m = this.m;
        this.shift = new Uint8Array(65536).fill(Math.min(255, m - 1));
        for (let index = 0; index < literals.length; index++) {
          const at = bytes[index];
          for (let j = 1; j < m; j++) {
            const s = m - 1 - j;
            const first = at[j - 1] ?? ALL_BYTES;
            const second = at[j] ?? ALL_BYTES;
            for (let x = 0; x < first.length; x++) {
              for (let y = 0; y < second.length; y++) {
                const block = first[x] << 8 | second[y];
                if (s < this.shift[block]) this.shift[block] = s;
                if (s === 0) (this.heads[block] ??= []).push(index);
              }
            }
          }
        }
        const lit = this.fixed.find((l) => l !== void 0);
        if (lit) {
          const sample = Buffer.alloc(2 * _Prefilter.SPLIT_FROM, 32);
          lit.copy(sample, 1);
          lit.copy(sample, sample.length - lit.length - 1);
          this.scan(sample);
          this.scan(sample.subarray(0, 64));
        }
      }
      /** Below this size a buffer is scanned by one window: splitting it would cost more than it saves. */
      static SPLIT_FROM = 4096;
      /**
       * All hits in `buf`, in increasing offset order (windows only move forward); valid until the next scan.
       * Two windows move at once, one through each half of the buffer. Each step's next position waits on
       * two loads (the bytes, then the shift table), so one window leaves the CPU idle most of the time;
       * two independent ones run in the same time (1.75x the throughput on npm packages).
       */
      scan(buf) {
        const hits = this.hits.reset();
        const to = buf.length;
        const m = this.m;
        if (to < _Prefilter.SPLIT_FROM) {
          this.run(buf, m - 1, to, hits);
          return hits;
        }
        const split = (to >> 1) + m;
        const second = this.second.reset();
        const { shift } = this;
        let i = m - 1;
        let j = split;
        while (i < split && j < to) {
          const si = shift[buf[i - 1] << 8 | buf[i]];
          const sj = shift[buf[j - 1] << 8 | buf[j]];
          if (si === 0) this.verify(buf, i++, hits);
          else i += si;
          if (sj === 0) this.verify(buf, j++, second);
          else j += sj;
        }
        if (i < split) this.run(buf, i, split, hits);
        if (j < to) this.run(buf, j, to, second);
        for (let k = 0; k < second.count; k++) hits.push(second.offsets[k], second.literals[k]);
        return hits;
      }
      /** One window over the window ends [i, to). */
      run(buf, i, to, hits) {
        const { shift } = this;
        while (i < to) {
          const s = shift[buf[i - 1] << 8 | buf[i]];
          if (s !== 0) i += s;
          else this.verify(buf, i++, hits);
        }
      }
      /** The literals whose window ends at `i` (a block with shift 0), compared in full. */
      verify(buf, i, hits) {
        const { m, heads: heads2, fixed, classes, lengths } = this;
        const start = i - m + 1;
        for (const index of heads2[buf[i - 1] << 8 | buf[i]]) {
          const length = lengths[index];
          if (start + length > buf.length) continue;
          let k = 0;
          const lit = fixed[index];
          if (lit) {
            while (k < length && buf[start + k] === lit[k]) k++;
          } else {
            const cls = classes[index];
            while (k < length && (cls[k] === void 0 || cls[k][buf[start + k]] === 1)) k++;
          }
          if (k === length) hits.push(start, index);
        }
      }
    };
  }
});

// src/detect/decoders/base64.ts
function isIndent(c) {
  return c === 32 || c === 9;
}
function isMark(c) {
  return c === 35 || c === 62 || c === 59 || c === 42;
}
function leadEnd(text, j) {
  const from = j;
  while (j - from < MAX_INDENT && isIndent(text[j])) j++;
  for (let n = 0; n < 2 && isMark(text[j]); n++) j++;
  const mid = j;
  while (j - mid < MAX_INDENT && isIndent(text[j])) j++;
  return j;
}
function wrapAt(text, i) {
  const br = text[i] === 10 ? 1 : text[i] === 13 && text[i + 1] === 10 ? 2 : 0;
  if (!br || i === 0 || !BASE64_CHAR[text[i - 1]]) return 0;
  const j = leadEnd(text, i + br);
  return BASE64_CHAR[text[j]] ? j - i : 0;
}
function runStart(text, hit, lo) {
  let i = hit;
  let wrapped = false;
  while (i > lo) {
    if (BASE64_CHAR[text[i - 1]]) {
      i--;
      continue;
    }
    let j = i;
    while (i - j < MAX_INDENT && j > lo && isIndent(text[j - 1])) j--;
    for (let n = 0; n < 2 && j > lo && isMark(text[j - 1]); n++) j--;
    const mid = j;
    while (mid - j < MAX_INDENT && j > lo && isIndent(text[j - 1])) j--;
    const br = text[j - 1] === 10 ? text[j - 2] === 13 ? 2 : 1 : 0;
    if (br && j - br >= lo && wrapAt(text, j - br) === i - j + br) {
      i = j - br;
      wrapped = true;
      continue;
    }
    break;
  }
  return [i, wrapped];
}
function runEnd(text, hit, hi) {
  let i = hit;
  let wrapped = false;
  while (i < hi) {
    if (BASE64_CHAR[text[i]]) {
      i++;
      continue;
    }
    const br = wrapAt(text, i);
    if (br) {
      i += br;
      wrapped = true;
      continue;
    }
    break;
  }
  return [i, wrapped];
}
function decode(chars3) {
  return Buffer.from(Buffer.from(chars3.buffer, chars3.byteOffset, chars3.length).toString("latin1"), "base64");
}
function alignedAt(chars3, from) {
  let best = -1;
  for (const piece of ALIGNED) {
    const i = chars3.indexOf(piece, from);
    if (i !== -1 && (best === -1 || i < best)) best = i;
  }
  if (best !== -1) return best;
  for (const piece of ALIGNED) best = Math.max(best, chars3.lastIndexOf(piece, from));
  return best;
}
function emptyWindow(start, end) {
  return { bytes: Buffer.alloc(0), start, end, toParent: () => start, toParentEnd: () => start };
}
var RUNS, ALIGNED, chars, MARKS, LEAD, LITERALS, LINE_LITERALS, REACH, MAX_INDENT, base64Decoder;
var init_base64 = __esm({
  "src/detect/decoders/base64.ts"() {
    "use strict";
    init_alphabet();
    init_prefilter();
    RUNS = [
      { run: "VDNCbGJrRk", before: "", next: "op", aligned: 0 },
      { run: "QzQmxia0ZK", before: "1FVl", next: "", aligned: 2 },
      { run: "UM0JsYmtGS", before: "", next: "ijklmn", aligned: 1 }
    ];
    ALIGNED = RUNS.map(({ run, aligned }) => Buffer.from(run.slice(aligned, aligned + 8), "latin1"));
    chars = (s) => [...s];
    MARKS = "#>;*";
    LEAD = `
 	${MARKS}`;
    LITERALS = RUNS.flatMap(({ run, before: before2, next }) => [
      run.slice(0, 8),
      // Broken after 1 to 5 characters: the line break, indentation or a line's mark, then the rest of
      // the run. The first two end where the run's first 8 characters end: dense base64 stops the scan
      // once a run, not thrice.
      [LEAD, ...chars(run.slice(1))],
      [`${run[1]}\r${LEAD}`, LEAD, ...chars(run.slice(2, 8))],
      [LEAD, ...chars(run.slice(3))],
      next ? [LEAD, ...chars(run.slice(4)), next] : [`${run[3]}\r${LEAD}`, LEAD, ...chars(run.slice(4))],
      // After 5: when no few characters can follow the run, the one before it and the first piece.
      next ? [`${run[4]}\r${LEAD}`, LEAD, ...chars(run.slice(5)), next] : [ANY_BYTE, before2, ...chars(run.slice(0, 5)), "\n\r"],
      // Broken after 6 or 7: the first piece and the line break (CR of CRLF, or LF).
      [ANY_BYTE, ...chars(run.slice(0, 6)), "\n\r"],
      [...chars(run.slice(0, 7)), "\n\r"]
    ]);
    LINE_LITERALS = RUNS.flatMap(({ run }) => [run.slice(0, 5), run.slice(5)]);
    REACH = 16 * 1024;
    MAX_INDENT = 64;
    base64Decoder = {
      encoding: "base64",
      literals: LITERALS,
      lineLiterals: LINE_LITERALS,
      overlap: 512,
      decodeAt(text, hit, notBefore) {
        let at = hit;
        while (at < text.length && at < hit + 8 && !BASE64_CHAR[text[at]]) at++;
        if (!BASE64_CHAR[text[at]]) return void 0;
        const [s0, wrappedLeft] = runStart(text, at, Math.max(0, at - REACH, notBefore));
        const [end, wrappedRight] = runEnd(text, at, Math.min(text.length, at + REACH));
        if (!wrappedLeft && !wrappedRight) {
          const run = Buffer.from(text.buffer, text.byteOffset + s0, end - s0);
          const piece2 = alignedAt(run, Math.max(0, at - s0 - 12));
          if (piece2 === -1) return emptyWindow(s0, end);
          const start = s0 + piece2 % 4;
          if (end - start < 8) return void 0;
          const bytes = decode(text.subarray(start, end));
          return {
            bytes,
            start,
            end,
            toParent: (d) => Math.min(end - 1, start + Math.floor(d / 3) * 4),
            toParentEnd: (d) => Math.min(end, start + Math.ceil(d / 3) * 4)
          };
        }
        const positions = [];
        for (let i = s0; i < end; i++) if (BASE64_CHAR[text[i]]) positions.push(i);
        const joined = Buffer.alloc(positions.length);
        positions.forEach((p, k) => joined[k] = text[p]);
        const piece = alignedAt(joined, Math.max(0, positions.indexOf(at) - 12));
        if (piece === -1) return emptyWindow(s0, end);
        const skip = piece % 4;
        positions.splice(0, skip);
        if (positions.length < 8) return void 0;
        return {
          bytes: decode(joined.subarray(skip)),
          start: positions[0],
          end,
          toParent: (d) => positions[Math.min(positions.length - 1, Math.floor(d / 3) * 4)],
          toParentEnd: (d) => positions[Math.min(positions.length - 1, Math.ceil(d / 3) * 4 - 1)] + 1
        };
      }
    };
  }
});

// src/detect/decoders/escapes.ts
function hexAt(text, i, n) {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = i + k < text.length ? HEX_VALUE[text[i + k]] : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}
function entityAt(text, i) {
  if (text[i] !== 38 || text[i + 1] !== 35) return [0, 0];
  const hex = text[i + 2] === 120 || text[i + 2] === 88;
  let j = i + (hex ? 3 : 2);
  let v = 0;
  const from = j;
  for (; j < text.length && j - from < 6; j++) {
    const c = text[j];
    const d = hex ? HEX_VALUE[c] : c >= 48 && c <= 57 ? c - 48 : -1;
    if (d < 0) break;
    v = v * (hex ? 16 : 10) + d;
  }
  if (j === from || text[j] !== 59 || v > 255) return [0, 0];
  return [j + 1 - i, v];
}
function unit(length, value, kind) {
  unitLength = length;
  unitValue = value;
  unitKind = kind;
  return length;
}
function readUnit(text, i) {
  const c = text[i];
  if (c === void 0) return unit(0, 0, 0);
  if (KEY_CHAR[c]) return unit(1, c, PLAIN);
  if (c === 92) {
    if (text[i + 1] === 120) {
      const v = hexAt(text, i + 2, 2);
      return v < 0 ? unit(0, 0, 0) : unit(4, v, ESCAPE);
    }
    if (text[i + 1] === 117) {
      const v = hexAt(text, i + 2, 4);
      return v < 0 || v > 255 ? unit(0, 0, 0) : unit(6, v, ESCAPE);
    }
    return unit(0, 0, 0);
  }
  if (c === 38) {
    const [n, v] = entityAt(text, i);
    return n ? unit(n, v, ENTITY) : unit(0, 0, 0);
  }
  if (c === 37) {
    const v = hexAt(text, i + 1, 2);
    return v < 0 ? unit(0, 0, 0) : unit(3, v, PERCENT);
  }
  if (c === 61) {
    if (text[i + 1] === 10) return unit(2, -1, SOFT_BREAK);
    if (text[i + 1] === 13 && text[i + 2] === 10) return unit(3, -1, SOFT_BREAK);
    const v = hexAt(text, i + 1, 2);
    return v < 0 ? unit(0, 0, 0) : unit(3, v, QP);
  }
  return unit(0, 0, 0);
}
function unitOf(text, i, n) {
  return readUnit(text, i) === n;
}
function unitEndingAt(text, end, lo) {
  if (end - 1 < lo) return 0;
  const last = text[end - 1];
  if (KEY_CHAR[last]) {
    if (HEX_VALUE[last] >= 0) {
      for (const n of [6, 4, 3]) if (end - n >= lo && unitOf(text, end - n, n)) return n;
    }
    return 1;
  }
  if (last === 10) {
    if (end - 2 >= lo && text[end - 2] === 61) return 2;
    if (end - 3 >= lo && text[end - 2] === 13 && text[end - 3] === 61) return 3;
    return 0;
  }
  if (last === 59) {
    for (let n = 4; n <= 10 && end - n >= lo; n++) {
      if (text[end - n] === 38) return entityAt(text, end - n)[0] === n ? n : 0;
    }
  }
  return 0;
}
var MARKER2, SOFT_BREAKS, LITERALS2, REACH2, PLAIN, ESCAPE, ENTITY, PERCENT, QP, SOFT_BREAK, ENCODING, unitLength, unitValue, unitKind, escapeDecoder;
var init_escapes = __esm({
  "src/detect/decoders/escapes.ts"() {
    "use strict";
    init_alphabet();
    MARKER2 = "T3BlbkFJ";
    SOFT_BREAKS = [1, 2, 3, 4, 5, 6, 7].flatMap((k) => ["=\n", "=\r\n"].map((br) => MARKER2.slice(0, k) + br + MARKER2.slice(k)));
    LITERALS2 = ["\\x54\\x33", "\\u0054\\u0033", "&#84;&#51;", "&#x54;&#x33;", "&#X54;&#X33;", "%54%33%42", ...SOFT_BREAKS];
    REACH2 = 4096;
    PLAIN = 0;
    ESCAPE = 1;
    ENTITY = 2;
    PERCENT = 3;
    QP = 4;
    SOFT_BREAK = 5;
    ENCODING = ["plain", "escaped", "entity", "url", "quoted-printable", "quoted-printable"];
    unitLength = 0;
    unitValue = 0;
    unitKind = 0;
    escapeDecoder = {
      encoding: "escaped",
      literals: LITERALS2,
      atUnmatchedMarkers: true,
      // A 164-character key is 984 characters as \u escapes, about 1,100 as `&#x..;` references.
      overlap: 1200,
      decodeAt(text, hit, notBefore) {
        let start = hit;
        const lo = Math.max(0, hit - REACH2, notBefore);
        for (let n = unitEndingAt(text, start, lo); n > 0; n = unitEndingAt(text, start, lo)) start -= n;
        let escaped = false;
        let count = 0;
        let i = start;
        let hi = Math.min(text.length, hit + REACH2);
        while (escaped ? i < hi : i < text.length) {
          if (!readUnit(text, i)) break;
          if (unitKind !== PLAIN) {
            if (!escaped && i >= hi) break;
            escaped = true;
          }
          if (unitValue >= 0) count++;
          i += unitLength;
        }
        if (!escaped || count < 8) return { bytes: Buffer.alloc(0), start, end: i, toParent: () => start, toParentEnd: () => start };
        hi = i;
        const bytes = Buffer.alloc(count);
        const from = new Int32Array(count + 1);
        const kinds = new Uint8Array(count);
        let d = 0;
        for (i = start; i < hi; i += unitLength) {
          readUnit(text, i);
          if (unitValue < 0) continue;
          bytes[d] = unitValue;
          from[d] = i;
          kinds[d++] = unitKind;
        }
        from[d] = hi;
        return {
          bytes,
          start,
          end: hi,
          toParent: (k) => from[k],
          toParentEnd: (k) => from[k],
          encodingOf: (s, e) => {
            let best = PLAIN;
            for (let k = s; k < e; k++) if (kinds[k] > best) best = kinds[k];
            return ENCODING[best === PLAIN ? QP : best];
          }
        };
      }
    };
  }
});

// src/detect/decoders/hex.ts
function isHex(c) {
  return c !== void 0 && HEX_VALUE[c] >= 0;
}
var LITERALS3, REACH3, hexDecoder;
var init_hex = __esm({
  "src/detect/decoders/hex.ts"() {
    "use strict";
    init_alphabet();
    LITERALS3 = ["5433426c626b", "5433426C626B"];
    REACH3 = 2048;
    hexDecoder = {
      encoding: "hex",
      literals: LITERALS3,
      // A 164-character key is 328 hex digits.
      overlap: 512,
      decodeAt(text, hit, notBefore) {
        let start = hit;
        const lo = Math.max(0, hit - REACH3, notBefore);
        while (start - 2 >= lo && isHex(text[start - 1]) && isHex(text[start - 2])) start -= 2;
        let end = hit;
        const hi = Math.min(text.length, hit + REACH3);
        while (end + 2 <= hi && isHex(text[end]) && isHex(text[end + 1])) end += 2;
        const n = (end - start) / 2;
        if (n < 8) return void 0;
        const bytes = Buffer.alloc(n);
        for (let k = 0; k < n; k++) bytes[k] = HEX_VALUE[text[start + 2 * k]] * 16 + HEX_VALUE[text[start + 2 * k + 1]];
        return { bytes, start, end, toParent: (d) => start + 2 * d, toParentEnd: (d) => start + 2 * d };
      }
    };
  }
});

// src/detect/decoders/splice.ts
function isQuote(c) {
  return c === 34 || c === 39 || c === 96;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function continuationAt(text, i) {
  if (text[i] !== 92) return 0;
  if (text[i + 1] === 10) return 2;
  if (text[i + 1] === 13 && text[i + 2] === 10) return 3;
  return 0;
}
function operatorAt(text, i) {
  const c = text[i];
  if (c === 43 || c === 38) return 1;
  if (c === 46) return text[i + 1] === 46 ? 2 : 1;
  if (c === 124 && text[i + 1] === 124) return 2;
  return 0;
}
function isPrefix(c) {
  return c !== void 0 && PREFIX.includes(String.fromCharCode(c));
}
function skipComment(text, i, stop) {
  if (text[i] === 47 && text[i + 1] === 42) {
    for (let j = i + 2; j + 1 < stop; j++) if (text[j] === 42 && text[j + 1] === 47) return j + 2;
    return i;
  }
  if (text[i] === 35 || text[i] === 47 && text[i + 1] === 47) {
    for (let j = i + 1; j < stop; j++) if (text[j] === 10) return j;
    return i;
  }
  return i;
}
function nextPiece(text, i, hi) {
  const stop = Math.min(hi, i + MAX_GAP);
  let op = false;
  for (; ; ) {
    while (i < stop && isSpace(text[i])) i++;
    const after = skipComment(text, i, stop);
    if (after > i) {
      i = after;
      continue;
    }
    const n = op ? 0 : operatorAt(text, i);
    if (!n) break;
    op = true;
    i += n;
  }
  for (let n = 0; n < 2 && i < stop && isPrefix(text[i]) && !isQuote(text[i]); n++) i++;
  return i < stop && isQuote(text[i]) ? i : -1;
}
function quoteBeforeLineComment(text, eol, lf, lo) {
  let start = eol;
  while (start > lo && eol - start < MAX_GAP && text[start - 1] !== 10) start--;
  for (let i = start; i < eol; i++) {
    if (!isQuote(text[i])) continue;
    let j = i + 1;
    while (j < eol && (text[j] === 32 || text[j] === 9)) j++;
    j += operatorAt(text, j);
    while (j < eol && (text[j] === 32 || text[j] === 9)) j++;
    if (j < eol && skipComment(text, j, lf + 1) === lf) return i;
  }
  return -1;
}
function previousPiece(text, i, lo) {
  const stop = Math.max(lo, i - MAX_GAP);
  let j = i;
  for (let n = 0; n < 2 && j > stop && isPrefix(text[j - 1]); n++) j--;
  let op = false;
  for (; ; ) {
    while (j > stop && isSpace(text[j - 1])) j--;
    if (j - 2 > stop && text[j - 1] === 47 && text[j - 2] === 42) {
      let k = j - 3;
      while (k > stop && !(text[k - 1] === 47 && text[k] === 42)) k--;
      if (k > stop) {
        j = k - 1;
        continue;
      }
      return -1;
    }
    if (isQuote(text[j - 1])) return j - 1;
    let eol = j;
    while (eol < i && text[eol] !== 10 && text[eol] !== 13) eol++;
    if (eol < i) {
      const q = quoteBeforeLineComment(text, eol, text[eol] === 13 ? eol + 1 : eol, stop);
      if (q !== -1) return q;
    }
    if (op) return -1;
    let n = 0;
    for (const m of [2, 1]) {
      if (j - m >= stop && operatorAt(text, j - m) === m) {
        n = m;
        break;
      }
    }
    if (!n) return -1;
    op = true;
    j -= n;
  }
}
function pieceStart(text, at, lo) {
  let i = at;
  while (i > lo) {
    if (KEY_CHAR[text[i - 1]]) i--;
    else if (text[i - 1] === 10 && continuationAt(text, i - 2) === 2) i -= 2;
    else if (text[i - 1] === 10 && continuationAt(text, i - 3) === 3) i -= 3;
    else break;
  }
  return i > lo && isQuote(text[i - 1]) ? i : -1;
}
var QUOTES, GAP, GAP_END, PREFIX, AFTER, chars2, LITERALS4, LINE_LITERALS2, MARKER_LENGTH, MAX_PIECES, MAX_KEY_TEXT, MAX_GAP, spliceDecoder;
var init_splice = __esm({
  "src/detect/decoders/splice.ts"() {
    "use strict";
    init_alphabet();
    init_prefilter();
    QUOTES = "\"'`";
    GAP = " 	\n\r+.&|";
    GAP_END = " 	\n+.&|";
    PREFIX = "fFrRbBuUL@$";
    AFTER = GAP + QUOTES + PREFIX + "/#";
    chars2 = (s) => [...s];
    LITERALS4 = [
      [QUOTES + "\n", ...chars2("3BlbkFJ")],
      // Before the opening quote: the gap's last byte(s); with a one-byte gap or none, the closing quote
      // and the marker's character before the cut.
      [GAP_END + QUOTES + PREFIX + "/", QUOTES, ...chars2("BlbkFJ")],
      [GAP + QUOTES + PREFIX + "*/B", GAP_END + QUOTES + PREFIX + "/", QUOTES, ...chars2("lbkFJ")],
      [GAP + QUOTES + PREFIX + "*/l", GAP_END + QUOTES + PREFIX + "/", QUOTES, ...chars2("bkFJ"), ANY_BYTE],
      [ANY_BYTE, ...chars2("T3Blb"), QUOTES, AFTER],
      [ANY_BYTE, ...chars2("T3Blbk"), QUOTES + "\\"],
      [...chars2("T3BlbkF"), QUOTES + "\\"],
      // Backslash-newline (LF or CRLF) after 2 to 5 characters of the marker.
      ["\\\r", "\n", ...chars2("BlbkFJ")],
      ["B\\", "\\\r", "\n", ...chars2("lbkFJ")],
      ["Bl", "l\\", "\\\r", "\n", ...chars2("bkFJ")],
      ["Bl", "lb", "b\\", "\\\r", "\n", ...chars2("kFJ")]
    ];
    LINE_LITERALS2 = ["T3B", "kFJ"];
    MARKER_LENGTH = 8;
    MAX_PIECES = 12;
    MAX_KEY_TEXT = 600;
    MAX_GAP = 160;
    spliceDecoder = {
      encoding: "split",
      literals: LITERALS4,
      lineLiterals: LINE_LITERALS2,
      atUnmatchedMarkers: true,
      overlap: MAX_KEY_TEXT,
      decodeAt(text, at, notBefore) {
        const lo = Math.max(0, at - MAX_KEY_TEXT, notBefore);
        let hit = -1;
        let first = -1;
        for (let i2 = at; i2 < at + 8 && i2 < text.length; i2++) {
          if (!KEY_CHAR[text[i2]]) continue;
          const startsPrefix = !KEY_CHAR[text[i2 - 1]] || isPrefix(text[i2 - 1]) && !KEY_CHAR[text[i2 - 2]];
          if (isPrefix(text[i2]) && startsPrefix && (isQuote(text[i2 + 1]) || isPrefix(text[i2 + 1]) && isQuote(text[i2 + 2]))) {
            i2 += isQuote(text[i2 + 1]) ? 0 : 1;
            continue;
          }
          if (hit === -1) hit = i2;
          first = pieceStart(text, i2, lo);
          if (first !== -1) {
            hit = i2;
            break;
          }
          while (i2 + 1 < at + 8 && KEY_CHAR[text[i2 + 1]]) i2++;
        }
        if (hit === -1) hit = at;
        const hi = Math.min(text.length, hit + MAX_KEY_TEXT);
        if (first === -1) {
          let end = hit;
          for (let n = 0; end < hi; end += n) {
            n = KEY_CHAR[text[end]] ? 1 : continuationAt(text, end);
            if (!n) break;
          }
          return { bytes: Buffer.alloc(0), start: hit, end, toParent: () => hit, toParentEnd: () => hit };
        }
        let before2 = 0;
        for (; before2 < MAX_PIECES; before2++) {
          const close = previousPiece(text, first - 1, lo);
          if (close === -1) break;
          const start = pieceStart(text, close, lo);
          if (start === -1 || text[start - 1] !== text[close]) break;
          first = start;
        }
        let quote = text[first - 1];
        const bytes = [];
        const from = [];
        let pieces = 0;
        let joined = false;
        let i = first;
        while (pieces <= before2 + MAX_PIECES && i < hi) {
          pieces++;
          while (i < hi) {
            const cont = continuationAt(text, i);
            if (cont) {
              joined = true;
              i += cont;
              continue;
            }
            if (!KEY_CHAR[text[i]]) break;
            bytes.push(text[i]);
            from.push(i);
            i++;
          }
          if (text[i] !== quote) break;
          const next = nextPiece(text, i + 1, hi);
          if (next === -1) break;
          joined = true;
          quote = text[next];
          i = next + 1;
        }
        from.push(i);
        if (!joined || bytes.length < MARKER_LENGTH) return { bytes: Buffer.alloc(0), start: first, end: i, toParent: () => first, toParentEnd: () => first };
        return {
          bytes: Buffer.from(bytes),
          start: first,
          end: i,
          toParent: (d) => from[d],
          // The end of the key's last character, not the start of the next piece.
          toParentEnd: (d) => d > 0 ? from[d - 1] + 1 : from[0]
        };
      }
    };
  }
});

// src/detect/filters.ts
function entropy(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
function hasRun(s, n) {
  let same = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    same = d === 0 ? same + 1 : 1;
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (same >= n || up >= n || down >= n) return true;
  }
  return false;
}
function placeholderReason(left, right) {
  if (WORDS.test(left) || WORDS.test(right) || SHORT_WORDS.test(left) && SHORT_WORDS.test(right)) return "placeholder text";
  const random = left + right;
  if (hasRun(left, 6) || hasRun(right, 6)) return "repeated or sequential characters";
  if (entropy(random) < 3.5) return "low entropy";
  return void 0;
}
var WORDS, SHORT_WORDS;
var init_filters = __esm({
  "src/detect/filters.ts"() {
    "use strict";
    WORDS = /EXAMPLE|[Ee]xample|PLACEHOLDER|[Pp]laceholder|REPLACE|[Rr]eplace|REDACTED|[Rr]edacted|DUMMY|[Dd]ummy|SAMPLE|[Ss]ample/;
    SHORT_WORDS = /YOUR|[Yy]our|XXXX|xxxx/;
  }
});

// src/detect/work.ts
var work;
var init_work = __esm({
  "src/detect/work.ts"() {
    "use strict";
    work = { around: 0, lines: 0 };
  }
});

// src/detect/match.ts
function classify(prefix) {
  for (const rule of KEY_RULES) {
    for (const shape of rule.shapes) if (shape.prefix.test(prefix)) return [rule, shape];
  }
  return void 0;
}
function oddBackslashesEndingAt(text, i) {
  let n = 0;
  while (i - n >= 0 && text[i - n] === 92 && n < 64) n++;
  return n % 2 === 1;
}
function hexRun(text, from, n) {
  for (let k = 0; k < n; k++) if (!HEX[text[from + k]]) return false;
  return true;
}
function leftBoundary(text, q) {
  if (q === 0 || !KEY_CHAR[text[q - 1]]) return "plain";
  if (q >= 2 && text[q - 2] === 92 && oddBackslashesEndingAt(text, q - 2)) return "escaped";
  if (q >= 6 && text[q - 6] === 92 && text[q - 5] === 117 && hexRun(text, q - 4, 4) && oddBackslashesEndingAt(text, q - 6)) return "escaped";
  if (q >= 4 && text[q - 4] === 92 && text[q - 3] === 120 && hexRun(text, q - 2, 2) && oddBackslashesEndingAt(text, q - 4)) return "escaped";
  if (q >= 3 && text[q - 3] === 37 && hexRun(text, q - 2, 2)) return "url";
  if (q >= 5 && text[q - 5] === 37 && text[q - 4] === 50 && text[q - 3] === 53 && hexRun(text, q - 2, 2)) return "url";
  if (q >= 3 && text[q - 3] === 61 && hexRun(text, q - 2, 2)) return "quoted-printable";
  return colourCodeBoundary(text, q);
}
function colourCodeBoundary(text, q) {
  if (text[q - 1] !== 109) return void 0;
  let i = q - 2;
  const stop = Math.max(0, q - 34);
  while (i >= stop && (text[i] >= 48 && text[i] <= 57 || text[i] === 59)) i--;
  if (i < 1 || text[i] !== 91) return void 0;
  const esc = i - 1;
  if (text[esc] === 27) return "plain";
  const ends = (s) => esc - s.length + 1 >= 0 && latin1(text, esc - s.length + 1, esc + 1).toLowerCase() === s && oddBackslashesEndingAt(text, esc - s.length + 1);
  if (ends("\\u001b") || ends("\\x1b") || ends("\\033") || ends("\\e")) return "escaped";
  return void 0;
}
function all(table2, text, from, to) {
  for (let k = from; k < to; k++) if (!table2[text[k]]) return false;
  return true;
}
function latin1(text, from, to) {
  return Buffer.from(text.buffer, text.byteOffset + from, to - from).toString("latin1");
}
function matchAtMarkers(text, markers, rejected) {
  const found = [];
  let runFrom = -1;
  let runEnd2 = -1;
  for (const m of markers) {
    const rs = m + MARKER_LENGTH2;
    if (!(rs >= runFrom && rs <= runEnd2)) {
      runFrom = rs;
      runEnd2 = rs;
      while (runEnd2 < text.length && KEY_CHAR[text[runEnd2]]) runEnd2++;
      work.around += runEnd2 - rs;
    }
    const e = runEnd2;
    const r = e - rs;
    if (r < MIN_SEGMENT || r > MAX_SEGMENT) continue;
    const s1 = m - r;
    if (s1 < 3 || text[s1 - 1] !== 45 || !all(KEY_CHAR, text, s1, m)) continue;
    let j = s1 - 1;
    const lo = Math.max(0, s1 - MAX_PREFIX);
    while (j - 1 >= lo && NAME_CHAR[text[j - 1]]) j--;
    work.around += m - j;
    for (let q = s1 - 3; q >= j; q--) {
      if (text[q] !== 115 || text[q + 1] !== 107 || text[q + 2] !== 45) continue;
      const boundary = leftBoundary(text, q);
      if (!boundary) continue;
      const prefix = latin1(text, q, s1);
      const hit = classify(prefix);
      if (!hit) continue;
      const [rule, shape] = hit;
      if (shape.alphabet === "alnum" && !(all(ALNUM, text, s1, m) && all(ALNUM, text, rs, e))) continue;
      const reason = placeholderReason(latin1(text, s1, m), latin1(text, rs, e));
      if (reason) {
        rejected?.push({ start: q, end: e, reason });
        break;
      }
      found.push({ start: q, end: e, prefix, rule, boundary });
      break;
    }
  }
  return found;
}
function markerOffsets(bytes, marker) {
  const out = [];
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let i = buf.indexOf(marker);
  while (i !== -1) {
    out.push(i);
    i = buf.indexOf(marker, i + 1);
  }
  return out;
}
var MIN_SEGMENT, MAX_SEGMENT, MAX_PREFIX, MARKER_LENGTH2;
var init_match = __esm({
  "src/detect/match.ts"() {
    "use strict";
    init_keys();
    init_alphabet();
    init_filters();
    init_work();
    MIN_SEGMENT = 20;
    MAX_SEGMENT = 100;
    MAX_PREFIX = 3 + 42 + 1;
    MARKER_LENGTH2 = 8;
  }
});

// src/detect/positions.ts
var Positions;
var init_positions = __esm({
  "src/detect/positions.ts"() {
    "use strict";
    init_work();
    Positions = class {
      /**
       * `base` places a window of a large file: its first byte is on line index `base.line` of the file,
       * `base.column` code units after that line began.
       */
      constructor(view, base = { line: 0, column: 0 }) {
        this.view = view;
        this.base = base;
      }
      view;
      base;
      newlines;
      /** The start of the span located last, its line index and column. */
      last = { index: -1, offset: 0, column: 0 };
      has = /* @__PURE__ */ new Map();
      lines() {
        if (!this.newlines) {
          const nl = [];
          const buf = Buffer.from(this.view.bytes.buffer, this.view.bytes.byteOffset, this.view.bytes.length);
          let i = buf.indexOf(10);
          while (i !== -1) {
            nl.push(i);
            i = buf.indexOf(10, i + 1);
          }
          this.newlines = nl;
        }
        return this.newlines;
      }
      /** Index of the line holding `offset` (0-based) by binary search over newline offsets. */
      lineIndex(offset) {
        const nl = this.lines();
        let lo = 0;
        let hi = nl.length;
        while (lo < hi) {
          const mid = lo + hi >> 1;
          if (nl[mid] < offset) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      }
      lineStart(index) {
        return index === 0 ? this.view.bom : this.lines()[index - 1] + 1;
      }
      lineEnd(index) {
        const nl = this.lines();
        let end = index < nl.length ? nl[index] : this.view.bytes.length;
        if (end > 0 && this.view.bytes[end - 1] === 13) end--;
        return end;
      }
      /** Width in code units of view bytes [from, to). */
      width(from, to) {
        const bytes = this.view.bytes;
        if (this.view.utf16) return to - from;
        work.lines += to - from;
        let ascii = true;
        for (let i = from; i < to; i++) {
          if (bytes[i] >= 128) {
            ascii = false;
            break;
          }
        }
        if (ascii) return to - from;
        return Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString("utf8").length;
      }
      /** Line, column and exclusive end column of the span [start, end); a span over several lines ends with its first line. */
      locate(start, end) {
        const index = this.lineIndex(start);
        const ls = this.lineStart(index);
        const last = this.last;
        const column = last.index === index && last.offset <= start && this.view.bytes[last.offset] < 128 ? last.column + this.width(last.offset, start) : (index === 0 ? this.base.column : 0) + this.width(ls, start) + 1;
        this.last = { index, offset: start, column };
        const stop = Math.min(end, this.lineEnd(index));
        return { lineIndex: index, line: this.base.line + index + 1, column, endColumn: column + this.width(start, Math.max(start, stop)) };
      }
      /** Whether a line holds `needle` (ASCII bytes), without decoding the line; searched once per line. */
      lineHas(index, needle) {
        let known = this.has.get(needle);
        if (!known) this.has.set(needle, known = /* @__PURE__ */ new Map());
        let yes = known.get(index);
        if (yes === void 0) {
          const from = this.lineStart(index);
          const to = this.lineEnd(index);
          const bytes = this.view.bytes;
          work.lines += to - from;
          yes = Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).indexOf(needle) !== -1;
          known.set(index, yes);
        }
        return yes;
      }
      /** The text of a line, decoded for display. */
      lineText(index) {
        const from = this.lineStart(index);
        const to = this.lineEnd(index);
        work.lines += to - from;
        const bytes = this.view.bytes;
        const slice = Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from);
        return this.view.utf16 ? slice.toString("latin1") : slice.toString("utf8");
      }
    };
  }
});

// src/report/text.ts
function styler(color) {
  return (style, s) => color ? `\x1B[${CODES[style][0]}m${s}\x1B[${CODES[style][1]}m` : s;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function printable(s) {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/g, (ch) => {
    if (ch === "##[") return "##\\x5b";
    if (ch === "\n") return "\\n";
    if (ch === "\r") return "\\r";
    const code = ch.charCodeAt(0);
    return code > 255 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\x${code.toString(16).padStart(2, "0")}`;
  });
}
function commandSafe(line) {
  return line.replace(/^([\s\u0085\u001c-\u001f]*):(?=:)/, "$1\\x3a");
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
function statsLine(stats) {
  const skipped = Object.entries(stats.skipped).filter(([, n]) => n > 0).map(([k, n]) => k === "symlink" ? plural(n, "symlink") : k === "special" ? plural(n, "special file") : `${n} ${k === "tooLarge" ? "too large" : k}`);
  return `scanned ${plural(stats.files, "file")} (${formatBytes(stats.bytes)}) in ${(stats.durationMs / 1e3).toFixed(2)} s` + (skipped.length ? `; skipped ${skipped.join(", ")}` : "");
}
function verificationLine(v) {
  const ids = [v.organization && `organization ${v.organization}`, v.project && `project ${v.project}`].filter(Boolean).join(", ");
  return printable(`verification: ${STATUS_TEXT[v.status]}${v.detail && v.status === "error" ? ` (${v.detail})` : ""}${ids ? `; ${ids}` : ""}`);
}
function suppressionText(f) {
  const s = f.suppressed;
  const by = s.by === "inline" ? "an openai-key-scan:allow comment" : s.by === "config" ? "the config" : "the baseline";
  return `suppressed by ${by}${s.reason ? ` (${printable(s.reason)})` : ""}`;
}
function suppressedLines(report, opts, c) {
  const all2 = report.suppressed ?? [];
  const inChange = all2.filter((f) => f.suppressed?.inChange);
  const shown = opts.explain ? all2 : inChange;
  const out = [];
  if (shown.length) {
    out.push(c("bold", opts.explain ? `Suppressed (${all2.length}):` : `Suppressed in this change (${inChange.length}): the same change that adds these keys also allows them; review both`));
    for (const f of shown) {
      const commit = f.commit ? ` in ${f.commit.slice(0, 12)}` : "";
      out.push(`  ${printable(f.file)}:${f.line}:${f.column}  ${f.ruleId}  ${printable(f.redacted)}${commit}  ${c("dim", suppressionText(f))}${f.suppressed?.inChange ? c("yellow", "  [added in this change]") : ""}`);
    }
    out.push("");
  }
  if (all2.length > shown.length) out.push(c("dim", `${all2.length - shown.length} finding(s) suppressed by allow lists (--explain lists them).`), "");
  const stale = report.stale ?? [];
  for (const s of stale.slice(0, MAX_STALE_LINES)) out.push(c("yellow", `stale: ${printable(s)}`));
  if (stale.length > MAX_STALE_LINES) out.push(c("yellow", `stale: ${stale.length - MAX_STALE_LINES} more (the JSON report lists all ${stale.length})`));
  if (report.stale?.length) out.push("");
  return out;
}
function toText(report, opts) {
  const c = styler(opts.color);
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [file, findings] of byFile) {
    out.push(c("bold", printable(file)));
    for (const f of findings) {
      const where = `${f.line}:${f.column}`.padEnd(9);
      const commit = f.commit ? c("dim", ` in ${printable(f.commit.slice(0, 12))}${f.author ? ` by ${printable(f.author)}` : ""}`) : "";
      out.push(`  ${where}${c(SEVERITY_STYLE[f.severity], f.severity.padEnd(9))}${f.ruleId}  ${c("bold", f.secret ?? printable(f.redacted))}${commit}`);
      out.push(`           ${printable(f.message)}`);
      if (f.verification) out.push(`           ${c(f.verification.status === "live" ? "magenta" : "dim", verificationLine(f.verification))}`);
      if (f.excerpt) out.push(c("dim", `           \u2502 ${printable(f.excerpt)}`));
    }
    out.push("");
  }
  for (const line of suppressedLines(report, opts, c)) out.push(line);
  const keys = report.findings.filter((f) => f.kind === "key");
  const risks = report.findings.length - keys.length;
  if (report.findings.length === 0) {
    out.push(`${c("bold", "No OpenAI keys found.")} ${c("dim", statsLine(report.stats))}`);
    return out.map(commandSafe).join("\n") + "\n";
  }
  const files = new Set(report.findings.map((f) => f.file)).size;
  const parts = [keys.length ? plural(keys.length, "OpenAI key") : "", risks ? plural(risks, "risk") : ""].filter(Boolean);
  out.push(`${c("bold", `${parts.join(" and ")} found in ${plural(files, "file")}.`)} ${c("dim", statsLine(report.stats))}`);
  if (keys.length && report.mode === "staged") {
    out.push("", c("bold", "This commit was stopped. Three ways out:"));
    const noComments = keys.every((f) => /\.(?:json|ipynb|map)$/i.test(f.file));
    const ways = noComments ? STAGED_WAYS_OUT.map((w, i) => i === 1 ? `Not a real key (a test fixture, an already revoked key)? ${keys[0].file.split("/").pop()} cannot hold a comment: add { "fingerprint": "${keys[0].fingerprint}", "comment": "why" } to allowFingerprints in .openai-key-scan.json, stage it, and commit.` : w) : STAGED_WAYS_OUT;
    ways.forEach((s, i) => out.push(`  ${i + 1}. ${printable(s)}`));
    out.push("  If the key was ever pushed, shared or pasted anywhere, revoke it as well: https://platform.openai.com/api-keys");
  } else if (keys.length) {
    out.push("", c("bold", "What to do:"));
    KEY_STEPS.forEach((s, i) => out.push(`  ${i + 1}. ${s}`));
  }
  return out.map(commandSafe).join("\n") + "\n";
}
var CODES, SEVERITY_STYLE, KEY_STEPS, STATUS_TEXT, STAGED_WAYS_OUT, MAX_STALE_LINES;
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    CODES = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], dim: [2, 22], bold: [1, 22], magenta: [35, 39] };
    SEVERITY_STYLE = { critical: "magenta", high: "red", medium: "yellow", low: "cyan" };
    KEY_STEPS = [
      "Revoke each key now at https://platform.openai.com/api-keys (admin keys: Organization settings > Admin keys) and create a new one. A key that was committed, pushed or shared is compromised, even if you delete it later.",
      'Load the new key from the environment (process.env.OPENAI_API_KEY, os.environ["OPENAI_API_KEY"]) or a secret manager; keep .env files out of git.',
      "If the key reached git history, revoking is what protects you; rewriting history (git filter-repo, BFG) only cleans up, and every clone and fork keeps the old copy."
    ];
    STATUS_TEXT = {
      live: "LIVE: the key works",
      quota: "works, but the account has no credit",
      forbidden: "works, restricted to some scopes",
      invalid: "invalid: revoked or never valid",
      error: "could not verify",
      unchecked: "not checked"
    };
    STAGED_WAYS_OUT = [
      "Remove the key from the file (read it from process.env.OPENAI_API_KEY instead), then `git add` the file again: the staged copy is what is checked.",
      "Not a real key (a test fixture, an already revoked key)? Add the comment `openai-key-scan:allow` on that line, stage it, and commit.",
      "Bypass the check once with `git commit --no-verify`. The key then enters history: every push, clone and fork carries it, and only revoking it protects you."
    ];
    MAX_STALE_LINES = 50;
  }
});

// src/report/redact.ts
function redact(secret, prefix) {
  const safePrefix = prefix.length < secret.length - 4 ? prefix : "";
  return `${safePrefix}\u2026${secret.slice(-4)}`;
}
function maskText(text) {
  const hits = [];
  for (const m of MARKER_FORMS) for (let i = text.indexOf(m); i !== -1; i = text.indexOf(m, i + m.length)) hits.push([i, i + m.length]);
  if (!hits.length) return text;
  hits.sort((a, b) => a[0] - b[0]);
  let out = "";
  let done = 0;
  for (const [start, end] of hits) {
    if (start < done) continue;
    let from = start;
    while (from > done && TOKEN_CHAR.test(text[from - 1])) from--;
    let to = end;
    while (to < text.length && TOKEN_CHAR.test(text[to])) to++;
    out += `${text.slice(done, from)}[redacted]`;
    done = to;
  }
  return out + text.slice(done);
}
function fromOutside(text, max = 500) {
  const masked = maskText(text.length > 4 * max ? text.slice(0, 4 * max) : text).replace(KEY_START, "[redacted]");
  return printable(masked.length > max ? `${masked.slice(0, max)}\u2026` : masked);
}
function pathFromOutside(file) {
  return printable(maskText(file));
}
function excerpt(line, spans, focus) {
  const from = Math.max(0, focus.column - 1 - CONTEXT * 2);
  const to = Math.min(line.length, focus.endColumn - 1 + CONTEXT * 2);
  let text = line.slice(from, to);
  let lo = 0;
  for (let hi = spans.length; lo < hi; ) {
    const mid = lo + hi >> 1;
    if (spans[mid].endColumn - 1 > from) hi = mid;
    else lo = mid + 1;
  }
  const inWindow = [];
  for (let i = lo; i < spans.length && spans[i].column - 1 < to; i++) if (spans[i].endColumn - 1 > from) inWindow.push(spans[i]);
  inWindow.sort((a, b) => b.column - a.column);
  let focusAt = focus.column - 1 - from;
  for (const s of inWindow) {
    const a = Math.max(0, s.column - 1 - from);
    const b = Math.min(text.length, s.endColumn - 1 - from);
    text = text.slice(0, a) + s.replacement + text.slice(b);
    if (s === focus) focusAt = a;
  }
  const focusEnd = focusAt + focus.replacement.length;
  const start = Math.max(0, focusAt - CONTEXT);
  const end = Math.min(text.length, focusEnd + CONTEXT);
  const body = text.slice(start, end).replace(/\s+/g, " ").trim();
  return maskText((start > 0 || from > 0 ? "\u2026" : "") + body + (end < text.length || to < line.length ? "\u2026" : ""));
}
var MARKER_FORMS, TOKEN_CHAR, KEY_START, CONTEXT;
var init_redact = __esm({
  "src/report/redact.ts"() {
    "use strict";
    init_text();
    MARKER_FORMS = ["T3BlbkFJ", "VDNCbGJr", "Qmxia0ZK", "M0JsYmtG", "\\x54\\x33", "\\u0054\\u0033"];
    TOKEN_CHAR = /[A-Za-z0-9+/_\\%-]/;
    KEY_START = /sk-[A-Za-z0-9_-]{16,}/g;
    CONTEXT = 40;
  }
});

// src/config/inline.ts
function parse(line, nextLine) {
  if (line === void 0) return void 0;
  const at = line.indexOf("openai-key-scan:allow");
  if (at === -1) return void 0;
  const m = DIRECTIVE.exec(line.slice(at, at + 400));
  if (!m || Boolean(m[1]) !== nextLine) return void 0;
  const reason = m[2].replace(/\s*(\*\/|-->|%>|#}|\}\}).*$/, "").replace(/^\s*[:\-\u2013\u2014]?\s*/, "").trim();
  return { where: nextLine ? "previous-line" : "same-line", ...reason ? { reason: fromOutside(reason, 200) } : {} };
}
function inlineAllow(line, previousLine) {
  return parse(line, false) ?? parse(previousLine, true);
}
var DIRECTIVE;
var init_inline = __esm({
  "src/config/inline.ts"() {
    "use strict";
    init_redact();
    DIRECTIVE = /openai-key-scan:allow(-next-line)?(?![\w-])(.*)$/;
  }
});

// src/detect/fingerprint.ts
import { createRequire } from "node:module";
function sha256Hex(data, encoding = "utf8") {
  crypto ??= createRequire(import.meta.url)("node:crypto");
  return crypto.createHash("sha256").update(data, encoding).digest("hex");
}
function fingerprint(secret) {
  return sha256Hex(secret, "latin1").slice(0, 16);
}
function normalizeFingerprint(value) {
  const m = /^(?:v1:)?([0-9a-f]{16})$/.exec(value);
  return m ? m[1] : void 0;
}
var crypto;
var init_fingerprint = __esm({
  "src/detect/fingerprint.ts"() {
    "use strict";
  }
});

// src/rules/project.ts
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
function parent(p) {
  const i = p.lastIndexOf("/");
  return i === -1 ? "" : p.slice(0, i);
}
function join(dir, name) {
  return dir ? `${dir}/${name}` : name;
}
function readSmall(file) {
  let fd;
  try {
    fd = openSync(file, "r");
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_BYTES) return null;
    const buf = Buffer.alloc(st.size);
    let at = 0;
    while (at < st.size) {
      const n = readSync(fd, buf, at, st.size - at, at);
      if (n === 0) break;
      at += n;
    }
    return buf.toString("utf8", 0, at);
  } catch {
    return null;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function parsePackage(dir, text) {
  if (text === void 0) return null;
  try {
    const json = JSON.parse(text);
    if (!json || typeof json !== "object") return null;
    const deps = /* @__PURE__ */ new Set();
    for (const field of ["dependencies", "devDependencies", "peerDependencies"]) {
      const d = json[field];
      if (d && typeof d === "object") for (const k of Object.keys(d)) deps.add(k);
    }
    const scripts = json.scripts && typeof json.scripts === "object" ? Object.values(json.scripts).filter((v) => typeof v === "string").join("\n") : "";
    return { dir, name: typeof json.name === "string" ? json.name : void 0, deps, scripts };
  } catch {
    return null;
  }
}
function rootFromCwd() {
  const cwd = process.cwd();
  if (defaultRoot?.cwd === cwd) return defaultRoot.root;
  let root = cwd;
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (readSmall(path.join(dir, ".git")) !== null || isDir(path.join(dir, ".git"))) {
      root = dir;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  defaultRoot = { cwd, root };
  return root;
}
function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function projectFacts(root) {
  const r = root ?? rootFromCwd();
  let facts = byRoot.get(r);
  if (!facts) {
    facts = new ProjectFacts(r);
    byRoot.set(r, facts);
  }
  return facts;
}
function factsFor(file, root) {
  if (path.isAbsolute(file)) return { facts: projectFacts("/"), file: file.replace(/^\/+/, "") };
  return { facts: projectFacts(root), file };
}
var MAX_BYTES, ProjectFacts, byRoot, defaultRoot;
var init_project = __esm({
  "src/rules/project.ts"() {
    "use strict";
    MAX_BYTES = 1024 * 1024;
    ProjectFacts = class {
      constructor(root) {
        this.root = root;
      }
      root;
      files = /* @__PURE__ */ new Map();
      packages = /* @__PURE__ */ new Map();
      /** A regular file's text (relative path), or undefined; cached. */
      read(rel) {
        let text = this.files.get(rel);
        if (text === void 0) {
          text = readSmall(path.join(this.root, rel));
          this.files.set(rel, text);
        }
        return text ?? void 0;
      }
      exists(rel) {
        return this.read(rel) !== void 0;
      }
      /** The nearest package.json above a file (relative path), parsed; cached per folder. */
      packageOf(file) {
        for (let dir = parent(file); ; dir = parent(dir)) {
          const facts = this.packageIn(dir);
          if (facts) return facts;
          if (dir === "") return void 0;
        }
      }
      packageIn(dir) {
        let facts = this.packages.get(dir);
        if (facts === void 0) {
          facts = parsePackage(dir, this.read(join(dir, "package.json")));
          this.packages.set(dir, facts);
        }
        return facts ?? void 0;
      }
      /** Folders from a file's own folder up to the root, nearest first. */
      *folders(file) {
        for (let dir = parent(file); ; dir = parent(dir)) {
          yield dir;
          if (dir === "") return;
        }
      }
    };
    byRoot = /* @__PURE__ */ new Map();
  }
});

// src/rules/risks.ts
function isDotenv(path11) {
  return /(?:^|\/)\.env(?:\.[^/]*)?$/.test(path11);
}
function isDotenvTemplate(path11) {
  const name = path11.slice(path11.lastIndexOf("/") + 1);
  return name.split(".").some((part) => TEMPLATE_PARTS.has(part.toLowerCase()));
}
function isSecretName(name) {
  return name.split("_").some((s) => SECRET_SEGMENT.test(s));
}
function isPlaceholderValue(raw) {
  let v = raw.trim();
  const q = v[0];
  if (q === '"' || q === "'" || q === "`") {
    const end = v.indexOf(q, 1);
    v = end === -1 ? v.slice(1) : v.slice(1, end);
  } else {
    v = v.replace(/\s+#.*$/, "");
  }
  v = v.trim();
  if (v.length < 8) return true;
  if (v.includes("T3BlbkFJ")) return false;
  if (/^\$\{?[A-Za-z_]\w*\}?$|^%[A-Za-z_]\w*%$|^\$?\{\{.*\}\}$/.test(v)) return true;
  return PLACEHOLDER_WORDS.test(v);
}
function inStringLiteral(lineBefore) {
  let open = "";
  for (let i = 0; i < lineBefore.length; i++) {
    const c = lineBefore[i];
    if (open) {
      if (c === "\\") i++;
      else if (c === open) open = "";
    } else if (c === '"' || c === "'" || c === "`") open = c;
  }
  return open !== "";
}
function isOpenaiSdkSource(path11) {
  if (/(?:^|\/)node_modules\/openai\//.test(path11)) return true;
  const { facts, file } = factsFor(path11);
  return facts.packageOf(file)?.name === "openai";
}
function committedOrOutsideGit(origin) {
  return origin.kind !== "tree" || origin.git !== "untracked";
}
var TEMPLATE_PARTS, DOCS, SOURCE_MAP, SECRET_SEGMENT, PLACEHOLDER_WORDS, PUBLIC_PREFIXES, PREFIX_ALTERNATION, MARKER3, PIECES, ASSEMBLY, RISK_RULES;
var init_risks = __esm({
  "src/rules/risks.ts"() {
    "use strict";
    init_project();
    TEMPLATE_PARTS = /* @__PURE__ */ new Set(["example", "sample", "template", "dist"]);
    DOCS = /\.(?:md|mdx|markdown|rst|adoc|txt)$/i;
    SOURCE_MAP = /\.map$/i;
    SECRET_SEGMENT = /^(?:KEY|APIKEY|SECRET|TOKEN|PASSWORD|PASS|CREDENTIAL|CREDENTIALS|AUTH)$/;
    PLACEHOLDER_WORDS = /your|xxx|\.\.\.|\u2026|<[^>]*>|\*\*\*|change.?me|replace|placeholder|example|dummy|insert|todo|redacted|^sk-?$|^null$|^none$|^undefined$/i;
    PUBLIC_PREFIXES = {
      NEXT_PUBLIC_: "Next.js",
      VITE_: "Vite",
      REACT_APP_: "Create React App",
      EXPO_PUBLIC_: "Expo",
      NUXT_PUBLIC_: "Nuxt",
      PUBLIC_: "SvelteKit and Astro",
      GATSBY_: "Gatsby",
      VUE_APP_: "Vue CLI",
      STORYBOOK_: "Storybook"
    };
    PREFIX_ALTERNATION = Object.keys(PUBLIC_PREFIXES).join("|");
    MARKER3 = ["T3Bl", "bkFJ"].join("");
    PIECES = [MARKER3, [...MARKER3].reverse().join(""), ...["proj", "svcacct", "admin"].map((t) => `sk-${t}-`)];
    ASSEMBLY = /\+|\bjoin\s*\(|\.concat\s*\(|\breverse\s*\(|\breversed\s*\(|\[::-1\]|\bstrrev\s*\(/;
    RISK_RULES = [
      {
        id: "committed-dotenv",
        kind: "risk",
        title: "Committed .env file",
        severity: "medium",
        description: "A `.env` file that git tracks (or that a commit adds) and that sets an OpenAI credential: every clone and fork gets the key.",
        docs: "committed-dotenv",
        fix: "Untrack the file (`git rm --cached .env`), add it to `.gitignore`, keep a `.env.example` with placeholders, and rotate the key if it was ever pushed.",
        literals: ["OPENAI_"],
        regex: /^[ \t]*(?:export[ \t]+)?(?<name>[A-Z0-9_]*OPENAI_[A-Z0-9_]*)[ \t]*[=:][ \t]*(?<value>[^\r\n]*)/gm,
        appliesTo: (path11, origin) => isDotenv(path11) && !isDotenvTemplate(path11) && committedOrOutsideGit(origin),
        keep: ({ name = "", value = "" }) => (isSecretName(name) || /^["'`]?sk-/.test(value.trim())) && !isPlaceholderValue(value),
        message: ({ name }, path11) => {
          const file = path11.slice(path11.lastIndexOf("/") + 1);
          return `${path11} sets ${name} and is committed (or about to be): untrack it (git rm --cached ${file}), add ${file} to .gitignore, and rotate the key if it was ever pushed`;
        }
      },
      {
        id: "public-env-var",
        kind: "risk",
        title: "OpenAI key in a client-side environment variable",
        severity: "high",
        description: "An OpenAI credential behind a prefix that a build tool inlines into client code (`NEXT_PUBLIC_`, `VITE_`, `REACT_APP_`\u2026): the key ships to everyone who loads the page.",
        docs: "public-env-var",
        fix: "Keep the key in a server-only variable (`OPENAI_API_KEY`) and call OpenAI from a server route; rotate any key that was ever built into a bundle.",
        // Every prefix ends in `_`: eight bytes ride along in the key detector's prefilter pass.
        literals: ["_OPENAI_"],
        // The look-behind makes `NEXT_PUBLIC_` win over the `PUBLIC_` inside it: one finding per place.
        regex: new RegExp(
          `(?<![A-Za-z0-9_$])(?<name>(?<prefix>${PREFIX_ALTERNATION})[A-Z0-9_]*?OPENAI_[A-Z0-9_]*)(?:[ \\t]*(?:=(?!=)|:)[ \\t]*(?<value>[^\\s;,]*))?`,
          "g"
        ),
        appliesTo: (path11) => !DOCS.test(path11) && !SOURCE_MAP.test(path11),
        skipComments: true,
        keep: ({ name = "", prefix = "" }) => isSecretName(name.slice(prefix.length)),
        message: ({ name, prefix = "" }) => `${name}: ${PUBLIC_PREFIXES[prefix]} inlines ${prefix}* variables into the client bundle, so this key ships to everyone who loads the page; keep it in a server-only variable (OPENAI_API_KEY) and call OpenAI from a server route`
      },
      {
        id: "browser-sdk",
        kind: "risk",
        title: "OpenAI SDK allowed in the browser",
        severity: "high",
        description: "The OpenAI SDK told to run in the browser (its dangerouslyAllowBrowser option set to true): whatever key it is given runs in, and ships to, the browser.",
        docs: "browser-sdk",
        fix: "Call OpenAI from a server route that holds the key; for Realtime in the browser, mint ephemeral session tokens on the server.",
        // The prefilter looks at a literal's first eight bytes: `AllowBro` is rarer than `dangerou`.
        literals: ["AllowBrowser"],
        regex: /(?<name>["']?dangerouslyAllowBrowser["']?[ \t]*(?::|=(?!=))[ \t]*(?:true|!0))(?![\w$])/g,
        appliesTo: (path11) => !DOCS.test(path11) && !SOURCE_MAP.test(path11),
        skipComments: true,
        inFile: /openai/i,
        // Anthropic's SDK has the same option; the nearest constructor before the option decides.
        // Not in a string (an error message that names the option), nor in the SDK's own source.
        keep: (_groups, path11, before2 = "") => !/\bnew\s+(?:Anthropic|AnthropicBedrock|AnthropicVertex)\s*\([^()]*$/.test(before2) && !inStringLiteral(before2.slice(before2.lastIndexOf("\n") + 1)) && !isOpenaiSdkSource(path11),
        message: () => "The OpenAI SDK is allowed to run in the browser (dangerouslyAllowBrowser set to true): the key it is given ships to everyone who loads the page. Call OpenAI from a server route that holds the key (for Realtime in the browser, mint ephemeral session tokens there)"
      },
      {
        id: "assembled-key",
        kind: "risk",
        title: "OpenAI key assembled from pieces",
        severity: "high",
        description: "A string literal holding a lone key marker, its reverse, or a typed key prefix next to concatenation or a join: a key split into pieces to get past scanners is still a key, and still ships.",
        docs: "assembled-key",
        fix: "Revoke the key the pieces make up, and load the new one from the environment or a secret manager on a server.",
        // All 8+ bytes: found in the key detector's one prefilter pass.
        literals: PIECES,
        // A string literal holding nothing but the marker, its reverse or a typed prefix; what follows on
        // the line is read (not matched) to see whether it is being joined.
        regex: new RegExp(`(?<q>["'\`])(?<name>${PIECES.join("|")})\\k<q>(?=(?<after>[^\\r\\n]{0,200}))`, "g"),
        appliesTo: (path11) => !DOCS.test(path11) && !SOURCE_MAP.test(path11),
        skipComments: true,
        inFile: /\+|join|concat|reverse|\[::-1\]|strrev/,
        keep: ({ after = "" }, _path, before2 = "") => {
          const line = before2.slice(before2.lastIndexOf("\n") + 1);
          if (inStringLiteral(line)) return false;
          if (ASSEMBLY.test(line.slice(-40)) || ASSEMBLY.test(after.slice(0, 80))) return true;
          return /^\s*$/.test(line) && /^\s*[,\]]/.test(after);
        },
        message: ({ name = "" }) => `A string literal holds ${name.startsWith("sk-") ? `the key prefix ${name} alone` : "the OpenAI key marker alone (or reversed)"}, next to concatenation or a join: a key assembled at run time from pieces is still a key, and obfuscation is not protection (whoever runs or reads the code can join the pieces). Revoke the key, and read it from the server's environment or a secret manager instead`
      }
    ];
  }
});

// src/detect/risks.ts
function risksFor(path11, origin, enabled, prefiltered) {
  const candidates = prefiltered?.size === 0 ? OWN_SEARCH_RULES : RISK_RULES;
  return candidates.filter((r) => enabled?.[r.id] !== false && (!r.appliesTo || r.appliesTo(path11, origin)));
}
function inComment(before2) {
  const t = before2.trimStart();
  if (/^(?:\/\/|#|\*|\/\*|<!--)/.test(t)) return true;
  if (/(?:^|[\s;,(){}])\/\//.test(before2)) return true;
  if (/\s#(?:\s|$)/.test(before2)) return true;
  const open = before2.lastIndexOf("/*");
  if (open !== -1 && before2.indexOf("*/", open) === -1) return true;
  const html = before2.lastIndexOf("<!--");
  return html !== -1 && before2.indexOf("-->", html) === -1;
}
function lineStartNear(bytes, at) {
  const stop = Math.max(0, at - AROUND);
  for (let i = at - 1; i >= stop; i--) if (bytes[i] === 10) return i + 1;
  return stop;
}
function lineEndNear(bytes, at) {
  const stop = Math.min(bytes.length, at + AROUND);
  for (let i = at; i < stop; i++) {
    if (bytes[i] === 10) return i > 0 && bytes[i - 1] === 13 ? i - 1 : i;
  }
  return stop;
}
function allOffsets(buf, needle) {
  const out = [];
  for (let at = buf.indexOf(needle); at !== -1; at = buf.indexOf(needle, at + 1)) out.push(at);
  return out;
}
function detectRisks(view, path11, rules, window2, positions, prefiltered) {
  if (!rules.length) return [];
  if (prefiltered && prefiltered.size === 0 && rules.every((r) => PREFILTERED_RULES.has(r))) return [];
  const bytes = view.bytes;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const decode2 = (from, to) => buf.toString(view.utf16 ? "latin1" : "utf8", from, to);
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  const inFile = /* @__PURE__ */ new Map();
  const allowed = /* @__PURE__ */ new Map();
  const count = /* @__PURE__ */ new Map();
  const literals = [...new Set(rules.flatMap((r) => r.literals))];
  for (const literal of literals) {
    const needle = Buffer.from(literal, "latin1");
    const users = rules.filter((r) => r.literals.includes(literal));
    const offsets = prefiltered && PREFILTERED_RISK_LITERALS.includes(literal) ? prefiltered.get(literal) ?? [] : allOffsets(buf, needle);
    for (let i = 0; i < offsets.length; ) {
      const from = lineStartNear(bytes, offsets[i]);
      let to = lineEndNear(bytes, offsets[i] + needle.length);
      for (i++; i < offsets.length && offsets[i] < to; i++) to = Math.max(to, lineEndNear(bytes, offsets[i] + needle.length));
      const text = buf.toString("latin1", from, to);
      work.around += (to - from) * users.length;
      for (const rule of users) {
        rule.regex.lastIndex = 0;
        for (let m = rule.regex.exec(text); m; m = rule.regex.exec(text)) {
          if (m[0].length === 0) rule.regex.lastIndex++;
          const start = from + m.index;
          const end = start + m[0].length;
          if ((count.get(rule) ?? 0) >= MAX_PER_RULE) break;
          const id = `${rule.id}:${start}`;
          if (seen.has(id)) continue;
          seen.add(id);
          if (window2 && (start < window2.acceptFrom || start >= window2.acceptTo)) continue;
          if (rule.inFile) {
            if (!inFile.has(rule)) inFile.set(rule, rule.inFile.test(buf.toString("latin1")));
            if (!inFile.get(rule)) break;
          }
          const groups = { ...m.groups };
          const before2 = buf.toString("latin1", Math.max(0, start - AROUND), start);
          if (rule.skipComments && inComment(before2.slice(before2.lastIndexOf("\n") + 1))) continue;
          if (rule.keep && !rule.keep(groups, path11, before2)) continue;
          positions ??= new Positions(view, window2);
          const at = positions.locate(start, end);
          let allow = allowed.get(at.lineIndex);
          if (!allow) {
            const here = positions.lineText(at.lineIndex);
            const above = at.lineIndex > 0 ? positions.lineText(at.lineIndex - 1) : void 0;
            allow = { here: inlineAllow(here), above: above === void 0 ? void 0 : inlineAllow("", above) };
            allowed.set(at.lineIndex, allow);
          }
          const lineFrom = from + text.lastIndexOf("\n", m.index) + 1;
          const nl = text.indexOf("\n", m.index);
          const lineTo = nl === -1 ? to : from + nl - (text[nl - 1] === "\r" ? 1 : 0);
          const valueAt = groups.value ? end - Buffer.byteLength(groups.value, "latin1") : end;
          const cut = valueAt < end ? "\u2026" : "";
          const shown = decode2(start, valueAt) + cut;
          const pre = decode2(Math.max(lineFrom, start - EXCERPT), start);
          const post = cut ? "" : decode2(end, Math.min(lineTo, end + EXCERPT));
          const excerpt2 = maskText(`${start - EXCERPT > lineFrom ? "\u2026" : ""}${pre}${shown}${post}${!cut && end + EXCERPT < lineTo ? "\u2026" : ""}`.replace(/\s+/g, " ").trim());
          count.set(rule, (count.get(rule) ?? 0) + 1);
          found.push({
            rule,
            message: rule.message(groups, path11),
            shown: maskText(shown),
            excerpt: excerpt2,
            ...allow.here ? { allowHere: allow.here } : {},
            ...allow.above ? { allowAbove: allow.above } : {},
            line: at.line,
            column: at.column,
            endColumn: at.endColumn,
            lineIndex: at.lineIndex,
            start,
            end
          });
        }
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
function riskFindings(fragment, risks, noInlineAllow = false) {
  const { origin, lineMap } = fragment;
  const allowOf2 = (r) => {
    if (noInlineAllow) return void 0;
    const adjacent = !lineMap || lineMap[r.lineIndex - 1] === lineMap[r.lineIndex] - 1;
    return r.allowHere ?? (adjacent ? r.allowAbove : void 0);
  };
  return risks.map((r) => ({
    ruleId: r.rule.id,
    kind: "risk",
    severity: r.rule.severity,
    file: fragment.path,
    line: fragment.lineMap ? fragment.lineMap[r.line - 1] ?? r.line : r.line,
    column: r.column,
    endColumn: r.endColumn,
    ...origin.commit ? { commit: origin.commit } : {},
    ...origin.author ? { author: origin.author } : {},
    ...origin.date ? { date: origin.date } : {},
    redacted: r.shown,
    fingerprint: fingerprint(`${r.rule.id}\0${fragment.path}\0${r.shown}`),
    encoding: "plain",
    message: r.message,
    excerpt: r.excerpt,
    ...allowOf2(r) ? { suppressed: { by: "inline", ...allowOf2(r).reason ? { reason: allowOf2(r).reason } : {} } } : {}
  }));
}
var AROUND, EXCERPT, MAX_PER_RULE, RISK_LITERALS, PREFILTERED_RISK_LITERALS, PREFILTERED_RULES, OWN_SEARCH_RULES;
var init_risks2 = __esm({
  "src/detect/risks.ts"() {
    "use strict";
    init_inline();
    init_redact();
    init_fingerprint();
    init_risks();
    init_positions();
    init_work();
    AROUND = 256;
    EXCERPT = 60;
    MAX_PER_RULE = 100;
    RISK_LITERALS = [...new Set(RISK_RULES.flatMap((r) => r.literals))];
    PREFILTERED_RISK_LITERALS = RISK_LITERALS.filter((l) => l.length >= 8);
    PREFILTERED_RULES = new Set(RISK_RULES.filter((r) => r.literals.every((l) => PREFILTERED_RISK_LITERALS.includes(l))));
    OWN_SEARCH_RULES = RISK_RULES.filter((r) => !PREFILTERED_RULES.has(r));
  }
});

// src/detect/text.ts
function transcode(content, start, littleEndian) {
  const n = content.length - start >> 1;
  const out = new Uint8Array(n);
  for (let i = 0, p = start; i < n; i++, p += 2) {
    const unit2 = littleEndian ? content[p] | content[p + 1] << 8 : content[p] << 8 | content[p + 1];
    out[i] = unit2 > 255 ? 1 : unit2;
  }
  return out;
}
function windowView(content, encoding, bom) {
  if (encoding === "utf8") return { bytes: content, utf16: false, bom };
  return { bytes: transcode(content, bom, encoding === "utf16le"), utf16: true, bom: 0 };
}
function viewEncoding(content, view) {
  if (!view.utf16) return { encoding: "utf8", bom: view.bom };
  const b0 = content[0];
  const b1 = content[1];
  if (b0 === 255 && b1 === 254) return { encoding: "utf16le", bom: 2 };
  if (b0 === 254 && b1 === 255) return { encoding: "utf16be", bom: 2 };
  return { encoding: zerosAt(content, 1) >= zerosAt(content, 0) ? "utf16le" : "utf16be", bom: 0 };
}
function zerosAt(content, parity) {
  let n = 0;
  const end = Math.min(content.length, SNIFF);
  for (let i = parity; i < end; i += 2) if (content[i] === 0) n++;
  return n;
}
function textView(content) {
  const b0 = content[0];
  const b1 = content[1];
  if (b0 === 255 && b1 === 254) return { bytes: transcode(content, 2, true), utf16: true, bom: 0 };
  if (b0 === 254 && b1 === 255) return { bytes: transcode(content, 2, false), utf16: true, bom: 0 };
  const nul = (content.length > SNIFF ? content.subarray(0, SNIFF) : content).indexOf(0);
  if (nul !== -1) {
    const littleEndian = zerosAt(content, 1) >= zerosAt(content, 0);
    const marker = littleEndian ? MARKER_LE : MARKER_BE;
    for (let at = content.indexOf(marker); at !== -1; at = content.indexOf(marker, at + 1)) {
      if (at % 2 === 0) return { bytes: transcode(content, 0, littleEndian), utf16: true, bom: 0 };
    }
    return void 0;
  }
  const bom = b0 === 239 && b1 === 187 && content[2] === 191 ? 3 : 0;
  return { bytes: content, utf16: false, bom };
}
var SNIFF, MARKER_LE, MARKER_BE;
var init_text2 = __esm({
  "src/detect/text.ts"() {
    "use strict";
    SNIFF = 8e3;
    MARKER_LE = Buffer.from("T3BlbkFJ", "utf16le");
    MARKER_BE = Buffer.from(MARKER_LE).swap16();
  }
});

// src/detect/index.ts
function encodingOf(m, view, decoder, window2) {
  if (view.binary) return "binary";
  if (decoder) return window2?.encodingOf?.(m.start, m.end) ?? decoder.encoding;
  if (view.utf16) return "utf16";
  return m.boundary;
}
function detectKeys(content, window2, forced) {
  const view = forced ?? (window2 && window2.encoding !== "binary" ? windowView(content, window2.encoding, window2.bom) : textView(content));
  if (!view) return { view, positions: void 0, keys: [], rejected: [] };
  const text = view.bytes;
  const rejected = [];
  const hits = prefilter.scan(text);
  if (hits.count === 0) return { view, positions: void 0, keys: [], rejected };
  const spans = [];
  const plain = new Int32Array(hits.count);
  let plainCount = 0;
  let riskHits;
  const decodeAround = (decoder, offsets) => {
    let until = -1;
    for (const offset of offsets) {
      if (offset < until) continue;
      const window3 = decoder.decodeAt(text, offset, Math.max(0, until - decoder.overlap));
      if (!window3) continue;
      until = window3.end;
      work.around += window3.end - window3.start;
      const inner = [];
      for (const match of matchAtMarkers(window3.bytes, markerOffsets(window3.bytes, MARKER_BYTES), inner)) {
        spans.push({
          match,
          decoder,
          window: window3,
          start: window3.toParent(match.start),
          end: window3.toParentEnd(match.end),
          secret: window3.bytes.toString("latin1", match.start, match.end)
        });
      }
      for (const r of inner) rejected.push({ start: window3.toParent(r.start), end: window3.toParentEnd(r.end), reason: r.reason });
    }
  };
  const immediate = /* @__PURE__ */ new Map();
  for (let h = 0; h < hits.count; h++) {
    const offset = hits.offsets[h];
    if (hits.literals[h] >= RISK_FROM) {
      const literal = LITERALS5[hits.literals[h]];
      riskHits ??= /* @__PURE__ */ new Map();
      const list2 = riskHits.get(literal);
      if (list2) list2.push(offset);
      else riskHits.set(literal, [offset]);
      continue;
    }
    const decoder = DECODER_OF[hits.literals[h]];
    if (!decoder) {
      plain[plainCount++] = offset;
      continue;
    }
    const list = immediate.get(decoder);
    if (list) list.push(offset);
    else immediate.set(decoder, [offset]);
  }
  for (const [decoder, offsets] of immediate) decodeAround(decoder, offsets);
  const plainRejected = [];
  const plainMatches = matchAtMarkers(text, plain.subarray(0, plainCount), plainRejected);
  for (const match of plainMatches) {
    spans.push({ match, start: match.start, end: match.end, secret: Buffer.from(text.buffer, text.byteOffset + match.start, match.end - match.start).toString("latin1") });
  }
  rejected.push(...plainRejected);
  if (plainCount > plainMatches.length + plainRejected.length) {
    const explained = [...plainMatches, ...plainRejected].sort((a, b) => a.start - b.start);
    const markers = [];
    let k = 0;
    for (const o of plain.subarray(0, plainCount)) {
      while (k < explained.length && explained[k].end <= o) k++;
      if (!(k < explained.length && explained[k].start <= o)) markers.push(o);
      if (markers.length === MAX_UNEXPLAINED) break;
    }
    if (markers.length) for (const decoder of AT_UNMATCHED) decodeAround(decoder, markers);
  }
  if (window2) {
    const inside2 = spans.filter((s) => s.start >= window2.acceptFrom && s.start < window2.acceptTo);
    spans.length = 0;
    spans.push(...inside2);
  }
  if (spans.length === 0) return { view, positions: void 0, keys: [], rejected, riskHits };
  spans.sort((a, b) => a.start - b.start);
  let kept = 0;
  for (const s of spans) if (kept === 0 || s.start >= spans[kept - 1].end) spans[kept++] = s;
  spans.length = kept;
  const positions = new Positions(view, window2);
  const keys = spans.map((s) => {
    const at = positions.locate(s.start, s.end);
    return {
      rule: s.match.rule,
      secret: s.secret,
      prefix: s.match.prefix,
      encoding: encodingOf(s.match, view, s.decoder, s.window),
      line: at.line,
      column: at.column,
      endColumn: at.endColumn,
      lineIndex: at.lineIndex,
      start: s.start,
      end: s.end
    };
  });
  return { view, positions, keys, rejected, riskHits };
}
var DECODERS, AT_UNMATCHED, MAX_UNEXPLAINED, MARKER_BYTES, LITERALS5, LINE_LITERALS3, DECODER_OF, RISK_FROM, prefilter;
var init_detect = __esm({
  "src/detect/index.ts"() {
    "use strict";
    init_keys();
    init_base64();
    init_escapes();
    init_hex();
    init_splice();
    init_match();
    init_positions();
    init_prefilter();
    init_risks2();
    init_text2();
    init_work();
    DECODERS = [base64Decoder, escapeDecoder, hexDecoder, spliceDecoder];
    AT_UNMATCHED = DECODERS.filter((d) => d.atUnmatchedMarkers);
    MAX_UNEXPLAINED = 256;
    MARKER_BYTES = Buffer.from(MARKER, "latin1");
    LITERALS5 = [MARKER, ...DECODERS.flatMap((d) => d.literals)];
    LINE_LITERALS3 = [
      MARKER,
      ...DECODERS.flatMap((d) => {
        if (d.lineLiterals) return d.lineLiterals;
        if (d.literals.some((l) => typeof l !== "string")) throw new Error(`decoder ${d.encoding}: patterns need lineLiterals`);
        return d.literals;
      }),
      ...RISK_LITERALS
    ];
    DECODER_OF = [void 0, ...DECODERS.flatMap((d) => d.literals.map(() => d))];
    RISK_FROM = LITERALS5.length;
    LITERALS5.push(...PREFILTERED_RISK_LITERALS);
    prefilter = new Prefilter(LITERALS5);
  }
});

// src/sources/names.ts
import { isUtf8 } from "node:buffer";
function nameFromBytes(bytes) {
  if (isUtf8(bytes)) return bytes.toString("utf8");
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    const seq = n ? bytes.subarray(i, i + n) : void 0;
    if (seq && seq.length === n && isUtf8(seq)) {
      out += seq.toString("utf8");
      i += n;
    } else {
      out += `\\x${b.toString(16).padStart(2, "0")}`;
      i++;
    }
  }
  return out;
}
var mayBeLossy;
var init_names = __esm({
  "src/sources/names.ts"() {
    "use strict";
    mayBeLossy = (name) => name.includes("\uFFFD");
  }
});

// src/types.ts
var types_exports = {};
__export(types_exports, {
  SEVERITIES: () => SEVERITIES,
  UsageError: () => UsageError,
  comparePlaces: () => comparePlaces,
  emptySkipCounts: () => emptySkipCounts
});
function comparePlaces(a, b) {
  return a.time < b.time ? -1 : a.time > b.time ? 1 : a.order - b.order;
}
function emptySkipCounts() {
  return { binary: 0, tooLarge: 0, unreadable: 0, symlink: 0, special: 0, archive: 0 };
}
var SEVERITIES, UsageError;
var init_types = __esm({
  "src/types.ts"() {
    "use strict";
    SEVERITIES = ["critical", "high", "medium", "low"];
    UsageError = class extends Error {
      name = "UsageError";
    };
  }
});

// src/sources/git-spawn.ts
import { spawn } from "node:child_process";
function spawnFailure(e) {
  return e.code === "ENOENT" ? new GitError(GIT_MISSING) : e;
}
function spawnGit(args, cwd) {
  return spawn("git", [...PINNED, ...args], { cwd, env: { ...process.env, ...ENV_PINS }, stdio: ["pipe", "pipe", "pipe"] });
}
async function runGit(args, cwd, input) {
  return settled(await collectGit(args, cwd, input));
}
function collectGit(args, cwd, input) {
  return new Promise((resolve) => {
    const child = spawnGit(args, cwd);
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (error) => resolve({ error }));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.on("error", () => {
    });
    child.stdin.end(input);
  });
}
function settled(outcome) {
  if ("error" in outcome) throw spawnFailure(outcome.error);
  return outcome;
}
function stagedDiffArgs(files) {
  const spec = files.length ? ["--", ...files.map((f) => `:(literal)${f}`)] : [];
  return ["diff", "--cached", "--raw", "--numstat", "-p", "-U0", "-z", "--no-abbrev", "--src-prefix=a/", "--dst-prefix=b/", ...STAGED_FLAGS, ...spec];
}
function startBlobReader(cwd) {
  const child = spawnGit(["cat-file", "--batch"], cwd);
  const ended = new Promise((resolve) => {
    child.on("close", () => resolve(void 0));
    child.on("error", (e) => resolve(e));
  });
  child.stdin.on("error", () => {
  });
  child.stderr.resume();
  return { child, ended };
}
var PINNED, ENV_PINS, GitError, GIT_MISSING, ROOT_ARGS, STAGED_FLAGS;
var init_git_spawn = __esm({
  "src/sources/git-spawn.ts"() {
    "use strict";
    init_types();
    PINNED = [
      "-c",
      "core.quotePath=false",
      "-c",
      "color.ui=false",
      "-c",
      "submodule.recurse=false",
      "-c",
      "diff.noprefix=false",
      "-c",
      "diff.external=",
      "-c",
      "core.fsmonitor=false",
      "-c",
      "core.untrackedCache=false",
      "-c",
      "core.attributesFile=/dev/null",
      "-c",
      "protocol.ext.allow=never",
      "-c",
      "core.sshCommand=ssh",
      "-c",
      "core.gitProxy=",
      "--no-replace-objects"
    ];
    ENV_PINS = { GIT_ATTR_NOSYSTEM: "1", GIT_NO_REPLACE_OBJECTS: "1", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
    GitError = class extends UsageError {
    };
    GIT_MISSING = "git is not installed or not on PATH: install git, or scan a folder outside a repository";
    ROOT_ARGS = ["rev-parse", "--show-toplevel"];
    STAGED_FLAGS = ["--no-color", "--no-ext-diff", "--no-textconv", "--ignore-submodules=all", "-M", "--diff-filter=ACMRT"];
  }
});

// src/sources/git.ts
import { isUtf8 as isUtf82 } from "node:buffer";
function gitFailure(what, code, stderr) {
  const why = stderr.split("\n").find((l) => l.trim()) ?? `exit code ${code}`;
  return new GitError(`${what} failed: ${why.replace(/^(fatal|error): /, "")}`);
}
async function git(args, cwd, input) {
  const r = await runGit(args, cwd, input);
  if (r.code !== 0) throw gitFailure(`git ${args[0]}`, r.code, r.stderr);
  return r.stdout;
}
async function repoRoot(dir, optional = false) {
  if (gitMissing && optional) return void 0;
  return rootFrom(collectGit(ROOT_ARGS, dir), optional);
}
async function rootFrom(running, optional = false) {
  try {
    const r = settled(await running);
    if (r.code !== 0) return void 0;
    return r.stdout.toString("utf8").replace(/\n$/, "");
  } catch (e) {
    if (e instanceof GitError && optional) {
      gitMissing = true;
      return void 0;
    }
    throw e;
  }
}
async function repoDir(dir) {
  const r = await runGit(["rev-parse", "--is-bare-repository", "--absolute-git-dir"], dir);
  if (r.code !== 0) return void 0;
  const [bare, gitDir] = r.stdout.toString("utf8").split("\n");
  if (bare === "true") return gitDir;
  return repoRoot(dir);
}
function isGitMissing() {
  return gitMissing === true;
}
async function listFilesTracked(root, pathspec) {
  const out = await git(
    ["ls-files", "-z", "-t", "--cached", "--others", "--exclude-standard", "--deduplicate", "--", `:(literal)${pathspec}`],
    root
  );
  return namesOf(out, 2).map(({ tag, ...name }) => ({ ...name, untracked: tag === "?" }));
}
async function listIgnored(root, pathspec) {
  const out = await git(["ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory", "--", `:(literal)${pathspec}`], root);
  return namesOf(out, 0).map(({ tag: _, ...name }) => name);
}
function namesOf(out, tagged) {
  if (isUtf82(out)) return splitNul(out).map((entry) => ({ file: entry.slice(tagged), tag: entry.slice(0, tagged).trim() }));
  const names = [];
  for (let from = 0, nul = out.indexOf(0); nul !== -1; from = nul + 1, nul = out.indexOf(0, from)) {
    if (nul - from <= tagged) continue;
    const raw = out.subarray(from + tagged, nul);
    names.push({ file: nameFromBytes(raw), tag: out.toString("latin1", from, from + tagged).trim(), ...isUtf82(raw) ? {} : { raw: Buffer.from(raw) } });
  }
  return names;
}
async function isTracked(root, file) {
  return (await git(["ls-files", "-z", "--cached", "--", `:(literal)${file}`], root)).length > 0;
}
function splitNul(out) {
  const s = out.toString("utf8");
  return s ? s.split("\0").filter(Boolean) : [];
}
async function showAt(root, rev, repoPath) {
  const r = await runGit(["show", "--no-textconv", `${rev}:${repoPath}`], root);
  return r.code === 0 ? r.stdout.toString("utf8") : void 0;
}
async function hasCommit(root, rev) {
  return (await runGit(["cat-file", "-e", `${rev}^{commit}`], root)).code === 0;
}
async function resolveCommit(root, rev) {
  const r = await runGit(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], root);
  return r.code === 0 ? r.stdout.toString("utf8").trim() : void 0;
}
async function isShallow(root) {
  return (await runGit(["rev-parse", "--is-shallow-repository"], root)).stdout.toString().trim() === "true";
}
async function haveMergeBase(root, a, b) {
  return (await runGit(["merge-base", "--end-of-options", a, b], root)).code === 0;
}
async function hasAnyCommit(root) {
  const [head2, refs] = await Promise.all([runGit(["rev-parse", "--verify", "--quiet", "HEAD"], root), runGit(["for-each-ref", "--count=1"], root)]);
  return head2.code === 0 || refs.stdout.length > 0;
}
async function fetchShallow(root, refs, depth) {
  const r = await runGit(["-c", "core.hooksPath=/dev/null", "fetch", UPLOAD_PACK, "--no-tags", "--quiet", "--no-write-fetch-head", `--depth=${depth}`, "origin", "--", ...refs], root);
  return r.code === 0;
}
function revList(root, args, merges) {
  const list = { commits: [], times: [], merges: [] };
  const child = spawnGit(["rev-list", "--format=%at %P", ...merges ? [] : ["--no-merges"], ...args, "--"], root);
  const err = [];
  let carry;
  const line = (buf, from, to) => {
    if (buf.toString("latin1", from, Math.min(to, from + 7)) === "commit ") list.commits.push(buf.toString("latin1", from + 7, to));
    else if (list.times.length < list.commits.length) {
      const [time = "", ...parents] = buf.toString("latin1", from, to).trim().split(" ");
      list.times.push(Number(time));
      list.merges.push(parents.length > 1);
    }
  };
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
      let from = 0;
      for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10, from)) {
        line(buf, from, nl);
        from = nl + 1;
      }
      carry = from < buf.length ? buf.subarray(from) : void 0;
    });
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (e) => reject(spawnFailure(e)));
    child.on("close", (code) => {
      if (carry) line(carry, 0, carry.length);
      if (code !== 0) reject(gitFailure("git rev-list", code ?? 1, Buffer.concat(err).toString("utf8")));
      else if (list.times.length !== list.commits.length) reject(new GitError("git rev-list: could not read an author time for every commit"));
      else resolve(list);
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end();
  });
}
function unquote(s) {
  if (!s.startsWith('"')) return s;
  const bytes = [];
  const simple = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '"': 34, "\\": 92 };
  for (let i = 1; i < s.length - 1; i++) {
    const ch = s[i];
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = s[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(simple[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString("utf8");
}
function hunkHeader(line) {
  const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
  if (!m) return void 0;
  return { oldCount: m[1] === void 0 ? 1 : Number(m[1]), newStart: Number(m[2]), newCount: m[3] === void 0 ? 1 : Number(m[3]) };
}
function newPathOf(line) {
  const name = line.slice(4).replace(/\t$/, "");
  return name === "/dev/null" ? void 0 : unquote(name).replace(/^b\//, "");
}
async function* readBlobs(root, ids, started) {
  if (!ids.length) {
    started?.child.stdin.end();
    return;
  }
  const { child, ended } = started ?? startBlobReader(root);
  child.stdin.end(ids.map((id) => `${id}
`).join(""));
  let next = 0;
  let pending = [];
  let have = 0;
  let body;
  for await (const chunk of child.stdout) {
    pending.push(chunk);
    have += chunk.length;
    for (; ; ) {
      if (!body) {
        const joined2 = pending.length > 1 ? Buffer.concat(pending, have) : pending[0];
        pending = [joined2];
        const nl = joined2.indexOf(10);
        if (nl === -1) break;
        const m = /^(\S+) (\S+) (\d+)$/.exec(joined2.toString("utf8", 0, nl));
        const rest2 = joined2.subarray(nl + 1);
        pending = [rest2];
        have = rest2.length;
        if (!m) yield { id: ids[next++], content: void 0 };
        else body = { size: Number(m[3]), blob: m[2] === "blob" };
        continue;
      }
      if (have < body.size + 1) break;
      const joined = pending.length > 1 ? Buffer.concat(pending, have) : pending[0];
      const content = Buffer.from(joined.subarray(0, body.size));
      const rest = joined.subarray(body.size + 1);
      pending = [rest];
      have = rest.length;
      const wasBlob = body.blob;
      body = void 0;
      yield { id: ids[next++], content: wasBlob ? content : void 0 };
    }
  }
  while (next < ids.length) yield { id: ids[next++], content: void 0 };
  const error = await ended;
  if (error) throw spawnFailure(error);
}
function stagedDiff(cwd, files) {
  return runGit(stagedDiffArgs(files), cwd);
}
function spawnLog(root, flags) {
  return spawnGit(["log", ...flags, "--no-walk=unsorted", "--stdin"], root);
}
function addedBlobs(root, revs, wanted) {
  if (!revs.length) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawnGit(["log", "--no-walk=unsorted", "--stdin", "--root", "--raw", "-z", "--no-abbrev", "-M", "--diff-filter=AMRTC", "--format=%x01%H %at %aI %ae"], root);
    const out = [];
    const err = [];
    let head2;
    let entry;
    let carry = "";
    const token = (raw) => {
      if (entry) {
        if (--entry.paths === 0) {
          if (head2 && !/^0+$/.test(entry.blob) && wanted(raw)) out.push({ ...head2, path: raw, blob: entry.blob });
          entry = void 0;
        }
        return;
      }
      const t = raw.replace(/^\n/, "");
      if (t.startsWith("")) {
        const [commit, time, date, author = ""] = t.slice(1).split(" ");
        head2 = commit && /^[0-9a-f]{40,64}$/.test(commit) ? { commit, time: Number(time), date: date ?? "", author } : void 0;
      } else if (t.startsWith(":")) {
        const fields = t.split(" ");
        entry = { blob: fields[3] ?? "", paths: /^[RC]/.test(fields[4] ?? "") ? 2 : 1 };
      }
    };
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d) => {
      const tokens = (carry + d).split("\0");
      carry = tokens.pop() ?? "";
      for (const t of tokens) token(t);
    });
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (e) => reject(spawnFailure(e)));
    child.on("close", (code) => {
      if (code !== 0) reject(gitFailure("git log --raw", code ?? 1, Buffer.concat(err).toString("utf8")));
      else resolve(out);
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(revs.join("\n") + "\n");
  });
}
var gitMissing, UPLOAD_PACK;
var init_git = __esm({
  "src/sources/git.ts"() {
    "use strict";
    init_names();
    init_git_spawn();
    UPLOAD_PACK = "--upload-pack=git-upload-pack";
  }
});

// src/sources/archives/kind.ts
function archiveKind(name, head2) {
  const b = head2;
  if (b.length < 4) return void 0;
  if (b[0] === 80 && b[1] === 75 && (b[2] === 3 && b[3] === 4 || b[2] === 5 && b[3] === 6)) return "zip";
  if (b[0] === 67 && b[1] === 114 && b[2] === 50 && b[3] === 52) return "crx";
  if (b[0] === 31 && b[1] === 139) return "gzip";
  if (b.length >= 262 && b[257] === 117 && b[258] === 115 && b[259] === 116 && b[260] === 97 && b[261] === 114) return "tar";
  if (b[0] === 4 && b[1] === 0 && b[2] === 0 && b[3] === 0 && ASAR.test(name)) return "asar";
  return void 0;
}
function loadReaders() {
  const here = import.meta.url;
  return import(new URL(here.endsWith(".ts") ? "./open.ts" : "./archives.js", here).href);
}
async function readArchive(path11, origin, kind, content, limits, sink, each) {
  try {
    const { openArchive } = await loadReaders();
    await openArchive(path11, content, kind, limits, sink, (member, bytes) => each({ path: member, content: bytes, origin }));
  } catch (e) {
    sink.archive?.("corrupt", path11, `cannot read archive (${e instanceof Error ? e.message : String(e)})`);
  }
}
var DEFAULT_ARCHIVE_LIMITS, ASAR, ARCHIVE_EXTENSIONS;
var init_kind = __esm({
  "src/sources/archives/kind.ts"() {
    "use strict";
    DEFAULT_ARCHIVE_LIMITS = { maxDepth: 2, maxBytes: 256 * 1024 * 1024 };
    ASAR = /\.asar$/i;
    ARCHIVE_EXTENSIONS = [
      "zip",
      "jar",
      "war",
      "ear",
      "aar",
      "whl",
      "egg",
      "nupkg",
      "apk",
      "aab",
      "ipa",
      "vsix",
      "crx",
      "xpi",
      "docx",
      "xlsx",
      "pptx",
      "odt",
      "ods",
      "gz",
      "tgz",
      "tar",
      "asar"
    ];
  }
});

// src/sources/commit-log.ts
import { availableParallelism } from "node:os";
function escapeEre(literal) {
  return literal.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}
function pickaxe(literals, wide) {
  const terms = lineTerms(literals).map(escapeEre).concat(lineTerms(wide).map((l) => [...l].map(escapeEre).join("[^[:alnum:]]")));
  return `-G${terms.join("|")}`;
}
function lineTerms(literals) {
  const pieces = [...new Set(literals.flatMap((l) => l.includes("\n") ? l.split(/\r?\n/).map((p) => p.replace(/[=\s]+$/, "").replace(/^\s+/, "")).filter((p) => p.length >= 3) : [l]))];
  return pieces.filter((p) => !pieces.some((q) => q !== p && p.includes(q)));
}
function parseHeader(line) {
  const fields = line.subarray(HEADER.length).toString("utf8").split("\0");
  const [commit, time, date, author] = fields;
  if (!commit || !/^[0-9a-f]{40,64}$/.test(commit) || !time || !/^\d+$/.test(time) || date === void 0 || author === void 0) return void 0;
  return { commit, time: Number(time), date, author };
}
async function streamLog(root, flags, revs, parser, backpressure) {
  const child = spawnLog(root, flags);
  const stderr = [];
  child.stderr.on("data", (d) => stderr.push(d));
  const closed = new Promise((resolve, reject) => {
    child.on("error", (e) => reject(spawnFailure(e)));
    child.on("close", (code2) => resolve(code2 ?? 1));
  });
  closed.catch(() => {
  });
  child.stdin.on("error", () => {
  });
  child.stdin.end(`${revs.join("\n")}
`);
  for await (const chunk of child.stdout) {
    parser.push(chunk);
    const wait = backpressure.paused();
    if (wait) await wait;
  }
  parser.end();
  const code = await closed;
  if (code !== 0) throw gitFailure("git log", code, Buffer.concat(stderr).toString("utf8"));
}
function heads(file) {
  const out = [file];
  for (let i = file.indexOf("!"); i !== -1; i = file.indexOf("!", i + 1)) out.push(file.slice(0, i));
  return out;
}
async function commitSource(options) {
  const { root } = options;
  const { commits: revs, times, merges: isMerge } = await revList(root, options.revs, options.includeMerges === true);
  const n = revs.length;
  const placeOfRev = (i) => ({ time: times[i], order: i });
  const lower = (i, j) => times[i] - times[j] || i - j;
  const merges = [];
  const reading = [];
  for (let i = 0; i < n; i++) (isMerge[i] ? merges : reading).push(i);
  reading.sort(lower);
  const position = new Int32Array(n);
  const flags = [
    "-p",
    "-U0",
    "-M",
    "--text",
    "--full-index",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    pickaxe(options.literals, options.wideLiterals),
    LOG_FORMAT,
    ...options.includeMerges ? ["--diff-merges=remerge"] : []
  ];
  const parsers = [];
  const readers = [];
  const blobs = [];
  const blobPaths = /* @__PURE__ */ new Set();
  let seenBlobs = 0;
  const archivePaths = /* @__PURE__ */ new Set();
  let archivesListed = options.archives === false;
  let phase = "log";
  let toRead = [];
  let nextBlob = 0;
  const placeOf2 = (o) => ({ time: o.time ?? 0, order: o.order ?? 0 });
  return {
    mode: options.mode,
    async *items(sink) {
      const queue = [];
      let wake;
      let resume;
      let resumed;
      let queued = 0;
      const backpressure = {
        paused: () => {
          if (queue.length < 64 && queued < 2 * WINDOW) return void 0;
          resumed ??= new Promise((r) => resume = r);
          return resumed;
        }
      };
      const archives = options.archives !== false ? addedBlobs(root, revs, isArchiveName) : void 0;
      archives?.then((list) => {
        for (const a of list) archivePaths.add(a.path);
        archivesListed = true;
      }, () => {
      });
      const jobs = n >= PARALLEL_FROM ? Math.min(MAX_PROCESSES, availableParallelism()) : 1;
      const shares = Array.from({ length: jobs }, () => []);
      merges.forEach((rev, i) => shares[i % jobs].push(rev));
      reading.forEach((rev, i) => shares[i % jobs].push(rev));
      let failure;
      let running = 0;
      for (const feed of shares) {
        if (!feed.length) continue;
        const lowest = new Int32Array(feed.length);
        for (let i = feed.length - 1; i >= 0; i--) {
          position[feed[i]] = i;
          lowest[i] = i + 1 < feed.length && lower(lowest[i + 1], feed[i]) < 0 ? lowest[i + 1] : feed[i];
        }
        const reader = { lowest, bound: placeOfRev(lowest[0]), queued: 0, done: false };
        readers.push(reader);
        let cursor = 0;
        const orderOf = (commit) => {
          for (let j = cursor; j < feed.length; j++) {
            if (revs[feed[j]] === commit) {
              cursor = j;
              return feed[j];
            }
          }
          return void 0;
        };
        const parser = new LogParser(
          (fragment) => {
            queue.push({ fragment, reader });
            reader.queued++;
            queued += fragment.content.length;
            wake?.();
          },
          blobs,
          orderOf
        );
        parsers.push(parser);
        running++;
        streamLog(root, flags, feed.map((i) => revs[i]), parser, backpressure).catch((e) => failure ??= e).finally(() => {
          reader.done = true;
          running--;
          wake?.();
        });
      }
      for (; ; ) {
        while (queue.length) {
          const { fragment, reader } = queue.shift();
          queued -= fragment.content.length;
          reader.queued--;
          const { order } = fragment.origin;
          if (order !== void 0) reader.bound = placeOfRev(reader.lowest[position[order]]);
          yield fragment;
          if (queue.length < 16 && queued < WINDOW && resume) {
            const r = resume;
            resume = void 0;
            resumed = void 0;
            r();
          }
        }
        if (failure) throw failure;
        if (!running) break;
        await new Promise((r) => wake = r);
        wake = void 0;
      }
      if (failure) throw failure;
      toRead = blobs.map((b) => ({ ...b, origin: { ...b.origin, order: n + (b.origin.order ?? 0) } }));
      if (options.archives !== false) {
        const queued2 = new Set(blobs.map((b) => b.id));
        const listed = await archives;
        const wanted = new Set(listed.map((a) => a.commit));
        const orders = /* @__PURE__ */ new Map();
        revs.forEach((commit, i) => wanted.has(commit) && orders.set(commit, i));
        for (const a of listed) {
          if (queued2.has(a.blob)) continue;
          queued2.add(a.blob);
          toRead.push({ id: a.blob, path: a.path, origin: { kind: "commit", commit: a.commit, author: a.author, date: a.date, time: a.time, order: 2 * n + (orders.get(a.commit) ?? 0) } });
        }
      }
      toRead.sort((a, b) => comparePlaces(placeOf2(a.origin), placeOf2(b.origin)));
      phase = "blobs";
      for await (const { content } of readBlobs(root, toRead.map((b) => b.id))) {
        const blob = toRead[nextBlob++];
        if (!content) sink.skip("unreadable", blob.path, `git cat-file could not read blob ${blob.id.slice(0, 12)}`);
        else if (content.length > options.maxFileSize) sink.skip("tooLarge", blob.path, `${content.length} bytes`);
        else yield { path: blob.path, content, origin: blob.origin };
      }
      phase = "done";
    },
    floor() {
      if (phase === "blobs") return nextBlob < toRead.length ? placeOf2(toRead[nextBlob].origin) : NOWHERE;
      if (phase === "done") return NOWHERE;
      let floor = NOWHERE;
      for (const r of readers) if (!(r.done && r.queued === 0) && comparePlaces(r.bound, floor) < 0) floor = r.bound;
      return floor;
    },
    waits(file) {
      if (phase !== "log") return false;
      for (; seenBlobs < blobs.length; seenBlobs++) blobPaths.add(blobs[seenBlobs].path);
      return heads(file).some((h) => blobPaths.has(h) || archivePaths.has(h) || !archivesListed && isArchiveName(h));
    },
    finish(report) {
      report.commits = n;
      report.stats.bytes = parsers.reduce((n2, p) => n2 + p.bytes, 0);
      const unparsed = parsers.reduce((n2, p) => n2 + p.unparsed, 0);
      if (unparsed) throw new GitError(`could not read ${unparsed} commit header(s) from git log: the scan is incomplete (run git fsck)`);
    }
  };
}
var LOG_FORMAT, HEADER, WINDOW, OVERLAP, LogParser, NEWLINE, ARCHIVE_NAME, isArchiveName, PARALLEL_FROM, MAX_PROCESSES, NOWHERE;
var init_commit_log = __esm({
  "src/sources/commit-log.ts"() {
    "use strict";
    init_git();
    init_kind();
    init_types();
    LOG_FORMAT = "--format=%x01oks%x00%H%x00%at%x00%aI%x00%ae%x00";
    HEADER = Buffer.from("oks\0");
    WINDOW = 8 * 1024 * 1024;
    OVERLAP = 64 * 1024;
    LogParser = class {
      constructor(emit, blobs, orderOf) {
        this.emit = emit;
        this.blobs = blobs;
        this.orderOf = orderOf;
      }
      emit;
      blobs;
      orderOf;
      unparsed = 0;
      bytes = 0;
      carry = [];
      carryLength = 0;
      origin;
      file;
      blobId;
      parts = [];
      numbers = [];
      held = 0;
      binary = false;
      oldLeft = 0;
      newLeft = 0;
      newLine = 0;
      push(chunk) {
        this.bytes += chunk.length;
        let from = 0;
        for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, from)) {
          let line = chunk.subarray(from, nl);
          if (this.carryLength) {
            line = Buffer.concat([...this.carry, line], this.carryLength + line.length);
            this.carry = [];
            this.carryLength = 0;
          }
          this.line(line);
          from = nl + 1;
        }
        if (from < chunk.length) {
          this.carry.push(chunk.subarray(from));
          this.carryLength += chunk.length - from;
          if (this.carryLength > WINDOW && this.inBody()) this.splitLongLine();
        }
      }
      end() {
        if (this.carryLength) this.line(Buffer.concat(this.carry, this.carryLength));
        this.carry = [];
        this.carryLength = 0;
        this.flush();
      }
      inBody() {
        return this.oldLeft > 0 || this.newLeft > 0;
      }
      splitLongLine() {
        const joined = Buffer.concat(this.carry, this.carryLength);
        if (joined[0] !== 43 || this.binary || !this.file) return;
        this.add(joined.subarray(1, joined.length - OVERLAP), this.newLine);
        this.flush(true);
        const rest = Buffer.concat([Buffer.from("+"), joined.subarray(joined.length - OVERLAP)]);
        this.carry = [rest];
        this.carryLength = rest.length;
      }
      add(content, lineNumber) {
        if (this.binary) return;
        if (content.includes(0)) {
          this.binary = true;
          this.parts = [];
          this.numbers = [];
          this.held = 0;
          if (this.blobId && this.origin && this.file) this.blobs.push({ id: this.blobId, path: this.file, origin: this.origin });
          return;
        }
        this.parts.push(Buffer.from(content));
        this.numbers.push(lineNumber);
        this.held += content.length + 1;
        if (this.held > WINDOW) this.flush(true);
      }
      /** Emit the held lines as a fragment; `keepTail` starts the next window with the last lines (a key cut by the window edge is seen whole). */
      flush(keepTail = false) {
        if (this.file && this.origin && this.parts.length) {
          const content = Buffer.concat(this.parts.flatMap((p, i) => i ? [NEWLINE, p] : [p]));
          this.emit({ path: this.file, content, origin: this.origin, lineMap: this.numbers });
        }
        if (keepTail) {
          const parts = [];
          const numbers = [];
          let held = 0;
          for (let i = this.parts.length - 1; i >= 0 && held < OVERLAP; i--) {
            const part = this.parts[i].length > OVERLAP ? this.parts[i].subarray(-OVERLAP) : this.parts[i];
            parts.unshift(part);
            numbers.unshift(this.numbers[i]);
            held += part.length + 1;
          }
          this.parts = parts;
          this.numbers = numbers;
          this.held = held;
        } else {
          this.parts = [];
          this.numbers = [];
          this.held = 0;
        }
      }
      line(line) {
        if (this.inBody()) {
          const c = line[0];
          if (c === 43) {
            this.add(line.subarray(1), this.newLine++);
            this.newLeft--;
          } else if (c === 45) this.oldLeft--;
          else if (c === 32) {
            this.oldLeft--;
            this.newLeft--;
            this.newLine++;
          }
          return;
        }
        if (line[0] === 1 && line.subarray(0, HEADER.length).equals(HEADER)) {
          this.flush();
          this.file = void 0;
          const info = parseHeader(line);
          if (!info) {
            this.unparsed++;
            this.origin = void 0;
            return;
          }
          const order = this.orderOf?.(info.commit);
          this.origin = { kind: "commit", commit: info.commit, author: info.author, date: info.date, time: info.time, ...order !== void 0 ? { order } : {} };
          return;
        }
        const text = line.toString("utf8");
        if (text.startsWith("diff --git ")) {
          this.flush();
          this.file = void 0;
          this.blobId = void 0;
          this.binary = false;
        } else if (text.startsWith("index ")) {
          const m = /^index [0-9a-f]+\.\.([0-9a-f]+)/.exec(text);
          this.blobId = m?.[1];
        } else if (text.startsWith("+++ ")) {
          this.file = newPathOf(text);
        } else if (text.startsWith("@@ ")) {
          const h = hunkHeader(text);
          if (!h) return;
          this.oldLeft = h.oldCount;
          this.newLine = h.newStart;
          this.newLeft = h.newCount;
        }
      }
    };
    NEWLINE = Buffer.from("\n");
    ARCHIVE_NAME = new RegExp(`\\.(?:${ARCHIVE_EXTENSIONS.join("|")})$`, "i");
    isArchiveName = (path11) => ARCHIVE_NAME.test(path11);
    PARALLEL_FROM = 400;
    MAX_PROCESSES = 4;
    NOWHERE = { time: Infinity, order: 0 };
  }
});

// src/config/files.ts
var files_exports = {};
__export(files_exports, {
  BASELINE_CAP: () => BASELINE_CAP,
  CONFIG_CAP: () => CONFIG_CAP,
  readRegularFile: () => readRegularFile,
  writeFileAtomic: () => writeFileAtomic
});
import { closeSync as closeSync2, constants, fstatSync as fstatSync2, lstatSync, openSync as openSync2, readSync as readSync2, realpathSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path2 from "node:path";
function inside(root, abs) {
  const rel = path2.relative(root, abs);
  return rel === "" || !rel.startsWith("..") && !path2.isAbsolute(rel);
}
function realRoot(root) {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}
function readRegularFile(abs, what, cap, root) {
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    return void 0;
  }
  if (st.isSymbolicLink()) {
    let real;
    try {
      real = realpathSync(abs);
    } catch {
      throw new UsageError(`${what}: a link to nothing (${path2.basename(abs)}): remove it or point it at a file`);
    }
    if (root && !inside(realRoot(root), real)) throw new UsageError(`${what}: a link out of the repository is not read: make it a regular file`);
  }
  const { O_RDONLY: O_RDONLY2, O_NONBLOCK: O_NONBLOCK2 } = constants;
  let fd;
  try {
    fd = openSync2(abs, O_RDONLY2 | O_NONBLOCK2);
  } catch (e) {
    throw new UsageError(`${what}: cannot read it (${e.code ?? e.message})`);
  }
  try {
    const info = fstatSync2(fd);
    if (!info.isFile()) throw new UsageError(`${what}: not a regular file: give a JSON file`);
    if (info.size > cap) throw new UsageError(`${what}: ${info.size} bytes is more than the ${Math.round(cap / 1024)} KB a file of this kind may have`);
    const buf = Buffer.alloc(Math.min(info.size, cap) + 1);
    let have = 0;
    for (let n = 1; n > 0 && have < buf.length; have += n) n = readSync2(fd, buf, have, buf.length - have, null);
    if (have > cap) throw new UsageError(`${what}: more than the ${Math.round(cap / 1024)} KB a file of this kind may have`);
    return buf.toString("utf8", 0, have);
  } finally {
    closeSync2(fd);
  }
}
function writeFileAtomic(abs, text, what, root) {
  let target = abs;
  try {
    if (lstatSync(abs).isSymbolicLink()) {
      const real = realpathSync(abs);
      if (!root || !inside(realRoot(root), real)) throw new UsageError(`${what}: ${abs} is a link that leads out of the repository: not written through (remove the link)`);
      target = real;
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
  }
  const tmp = path2.join(path2.dirname(target), `.${path2.basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: "wx" });
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
    }
    throw new UsageError(`cannot write ${what} to ${abs}: ${e.code ?? e.message}`);
  }
}
var CONFIG_CAP, BASELINE_CAP;
var init_files = __esm({
  "src/config/files.ts"() {
    "use strict";
    init_types();
    CONFIG_CAP = 1024 * 1024;
    BASELINE_CAP = 32 * 1024 * 1024;
  }
});

// src/run/policy.ts
function parseFailOn(value, where = "--fail-on") {
  if (FAIL_ON_VALUES.includes(value)) return value;
  throw new UsageError(`${where}: unknown value "${value}" (use one of ${FAIL_ON_VALUES.join(", ")})`);
}
function atOrAbove(severity, floor) {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(floor);
}
function fails(finding, failOn) {
  switch (failOn) {
    case "none":
      return false;
    case "any":
      return true;
    case "key":
      return finding.kind === "key";
    case "live":
      return WORKS.has(finding.verification?.status ?? "unchecked");
    default:
      return atOrAbove(finding.severity, failOn);
  }
}
function exitCodeFor(findings, failOn) {
  return findings.some((f) => fails(f, failOn)) ? 1 : 0;
}
var FAIL_ON_VALUES, WORKS;
var init_policy = __esm({
  "src/run/policy.ts"() {
    "use strict";
    init_types();
    init_types();
    FAIL_ON_VALUES = ["key", "live", "any", "none", ...SEVERITIES];
    WORKS = /* @__PURE__ */ new Set(["live", "quota", "forbidden"]);
  }
});

// src/config/file.ts
import path3 from "node:path";
function fail(file, key, what) {
  throw new UsageError(`${file}: "${key}" ${what}`);
}
function validateConfig(raw, file) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new UsageError(`${file}: the config must be a JSON object`);
  const obj = raw;
  for (const key of Object.keys(obj)) {
    if (CONFIG_KEYS.has(key)) continue;
    if (URL_KEYS.test(key)) fail(file, key, "is not allowed: a config file can never set where keys are sent for verification (use --verify-base-url or OPENAI_KEY_SCAN_BASE_URL)");
    fail(file, key, `is not a config key (known: ${[...CONFIG_KEYS].filter((k) => !k.startsWith("$") && k !== "comment").join(", ")})`);
  }
  const config = {};
  if (obj.$schema !== void 0 && typeof obj.$schema !== "string") fail(file, "$schema", "must be a string (the path or URL of config.schema.json)");
  if (obj.comment !== void 0 && typeof obj.comment !== "string") fail(file, "comment", "must be a string");
  if (obj.ignorePaths !== void 0) {
    if (!Array.isArray(obj.ignorePaths) || !obj.ignorePaths.every((g) => typeof g === "string" && g.length > 0)) fail(file, "ignorePaths", "must be an array of glob strings");
    if (obj.ignorePaths.length > MAX_IGNORE_PATHS) fail(file, "ignorePaths", `has ${obj.ignorePaths.length} entries, more than the ${MAX_IGNORE_PATHS} allowed: use folder globs (\`vendor/\`, \`**/*.min.js\`)`);
    const long = obj.ignorePaths.findIndex((g) => g.length > MAX_GLOB_LENGTH);
    if (long !== -1) fail(`${file}`, `ignorePaths[${long}]`, `is longer than ${MAX_GLOB_LENGTH} characters`);
    config.ignorePaths = obj.ignorePaths;
  }
  if (obj.allowFingerprints !== void 0) {
    if (!Array.isArray(obj.allowFingerprints)) fail(file, "allowFingerprints", 'must be an array of { "fingerprint": "\u2026", "comment": "why" }');
    if (obj.allowFingerprints.length > MAX_ALLOW_FINGERPRINTS) fail(file, "allowFingerprints", `has ${obj.allowFingerprints.length} entries, more than the ${MAX_ALLOW_FINGERPRINTS} allowed`);
    config.allowFingerprints = obj.allowFingerprints.map((e, i) => {
      if (!e || typeof e !== "object" || Array.isArray(e)) fail(file, `allowFingerprints[${i}]`, 'must be an object { "fingerprint": "\u2026", "comment": "why" }');
      const { fingerprint: fingerprint2, comment, ...rest } = e;
      const extra = Object.keys(rest)[0];
      if (extra !== void 0) fail(file, `allowFingerprints[${i}].${extra}`, "is not a key of an allowFingerprints entry (fingerprint, comment)");
      const normal = typeof fingerprint2 === "string" ? normalizeFingerprint(fingerprint2) : void 0;
      if (normal === void 0) fail(file, `allowFingerprints[${i}].fingerprint`, "must be a 16-character hex fingerprint, as reports show (or v1:<that>)");
      if (comment !== void 0 && typeof comment !== "string") fail(file, `allowFingerprints[${i}].comment`, "must be a string");
      return { fingerprint: normal, ...comment ? { comment: fromOutside(comment, 200) } : {} };
    });
  }
  if (obj.failOn !== void 0) {
    if (typeof obj.failOn !== "string" || !FAIL_ON_VALUES.includes(obj.failOn)) fail(file, "failOn", `must be one of ${FAIL_ON_VALUES.join(", ")}`);
    config.failOn = obj.failOn;
  }
  if (obj.risks !== void 0) {
    if (!obj.risks || typeof obj.risks !== "object" || Array.isArray(obj.risks) || !Object.values(obj.risks).every((v) => typeof v === "boolean")) {
      fail(file, "risks", 'must be an object of rule ids to true/false, e.g. { "committed-dotenv": false }');
    }
    const known = RISK_RULES.map((r) => r.id);
    const unknown = Object.keys(obj.risks).find((id) => !known.includes(id));
    if (unknown !== void 0) fail(file, `risks.${unknown}`, `is not a risk rule (known: ${known.join(", ")})`);
    config.risks = obj.risks;
  }
  if (obj.maxFileSize !== void 0) {
    const size = obj.maxFileSize;
    if (!(typeof size === "string" && SIZE.test(size)) && !(typeof size === "number" && Number.isFinite(size) && size > 0)) fail(file, "maxFileSize", `cannot read ${JSON.stringify(size)} as a size (examples: "50MB", "512KB", 1048576)`);
    config.maxFileSize = size;
  }
  return config;
}
function parseJson(text, file) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not valid JSON (${e.message.split("\n")[0]})`);
  }
}
function locateConfig(root, cwd, explicit) {
  const rel = (p) => path3.relative(root, p).split(path3.sep).join("/");
  if (explicit) {
    const abs = path3.resolve(cwd, explicit);
    const inRepo = !rel(abs).startsWith("..");
    return { abs, loaded: { file: explicit, ...inRepo ? { repoPath: rel(abs) } : {} } };
  }
  const own = path3.join(root, CONFIG_FILE);
  if (readRegularFile(own, CONFIG_FILE, CONFIG_CAP, root) !== void 0) return { abs: own, loaded: { file: CONFIG_FILE, repoPath: CONFIG_FILE } };
  const pkg = path3.join(root, "package.json");
  const text = readRegularFile(pkg, "package.json", 16 * CONFIG_CAP, root);
  if (text !== void 0) {
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      return void 0;
    }
    if (json && typeof json === "object" && json["openai-key-scan"] !== void 0) {
      return { abs: pkg, loaded: { file: "package.json", repoPath: "package.json", field: true } };
    }
  }
  return void 0;
}
function loadConfig(root, cwd, explicit, from = "--config") {
  const where = locateConfig(root, cwd, explicit);
  if (!where) return { config: {} };
  const { abs, loaded } = where;
  const what = explicit ? `${from} ${explicit}` : loaded.file;
  const text = readRegularFile(abs, what, loaded.field ? 16 * CONFIG_CAP : CONFIG_CAP, explicit ? void 0 : root);
  if (text === void 0) throw new UsageError(`${from}: no such file: ${explicit}`);
  const json = parseJson(text, loaded.file);
  if (loaded.field) return { config: validateConfig(json["openai-key-scan"], 'package.json "openai-key-scan"'), ...loaded };
  return { config: validateConfig(json, loaded.file), ...loaded };
}
function configFromText(text, loaded) {
  if (text === void 0) return {};
  try {
    const json = JSON.parse(text);
    return validateConfig(loaded.field ? json["openai-key-scan"] ?? {} : json, loaded.file ?? "config");
  } catch {
    return {};
  }
}
var CONFIG_FILE, MAX_IGNORE_PATHS, MAX_GLOB_LENGTH, MAX_ALLOW_FINGERPRINTS, CONFIG_KEYS, URL_KEYS, SIZE;
var init_file = __esm({
  "src/config/file.ts"() {
    "use strict";
    init_files();
    init_types();
    init_policy();
    init_risks();
    init_fingerprint();
    init_redact();
    CONFIG_FILE = ".openai-key-scan.json";
    MAX_IGNORE_PATHS = 1e3;
    MAX_GLOB_LENGTH = 1e3;
    MAX_ALLOW_FINGERPRINTS = 1e5;
    CONFIG_KEYS = /* @__PURE__ */ new Set(["ignorePaths", "allowFingerprints", "failOn", "risks", "maxFileSize", "$schema", "comment"]);
    URL_KEYS = /url|endpoint|host|base/i;
    SIZE = /^\s*\d+(?:\.\d+)?\s*(?:b|[kmg]b?)?\s*$/i;
  }
});

// src/detect/binary.ts
function rawView(content) {
  return { bytes: content, utf16: false, bom: 0, binary: true };
}
function utf16Keys(content) {
  const out = [];
  for (const [marker, littleEndian] of [[MARKER_LE2, true], [MARKER_BE2, false]]) {
    const hits = markerOffsets(content, marker);
    for (const parity of [0, 1]) {
      const here = hits.filter((h) => h % 2 === parity).map((h) => h - parity >> 1);
      if (!here.length) continue;
      const units = transcode(content, parity, littleEndian);
      for (const m of matchAtMarkers(units, here)) {
        out.push({
          key: { rule: m.rule, prefix: m.prefix, secret: Buffer.from(units.buffer, units.byteOffset + m.start, m.end - m.start).toString("latin1") },
          offset: parity + 2 * m.start,
          end: parity + 2 * m.end,
          utf16: true
        });
      }
    }
  }
  return out;
}
function detectBinaryKeys(content, window2) {
  const base = window2?.offset ?? 0;
  const found = detectKeys(content, void 0, rawView(content)).keys.map((k) => ({ key: k, offset: k.start, end: k.end, utf16: false }));
  found.push(...utf16Keys(content));
  const kept = window2 ? found.filter((k) => k.offset >= window2.acceptFrom && k.offset < window2.acceptTo) : found;
  for (const k of kept) {
    k.offset += base;
    k.end += base;
  }
  return kept.sort((a, b) => a.offset - b.offset);
}
function binaryExcerpt(content, from, to, shown, showSecrets) {
  const printable2 = (a, b) => {
    let s = "";
    for (let i = Math.max(0, a); i < Math.min(content.length, b); i++) {
      const c = content[i];
      s += c >= 32 && c < 127 ? String.fromCharCode(c) : ".";
    }
    return s;
  };
  const before2 = printable2(from - CONTEXT2, from).replace(/^\.+/, "");
  const after = printable2(to, to + CONTEXT2).replace(/\.+$/, "");
  const text = `${before2}${shown}${after}`;
  return showSecrets ? text : maskText(text);
}
function binaryKeyFindings(fragment, keys, options = {}) {
  const { origin, window: window2 } = fragment;
  const base = window2?.offset ?? 0;
  return keys.map(({ key, offset, end, utf16 }) => {
    const shown = options.showSecrets ? key.secret : redact(key.secret, key.prefix);
    const finding = {
      ruleId: key.rule.id,
      kind: "key",
      severity: key.rule.severity,
      file: fragment.path,
      line: 1,
      column: offset + 1,
      endColumn: end + 1,
      offset,
      ...origin.commit ? { commit: origin.commit } : {},
      ...origin.author ? { author: origin.author } : {},
      ...origin.date ? { date: origin.date } : {},
      redacted: redact(key.secret, key.prefix),
      fingerprint: fingerprint(key.secret),
      encoding: "binary",
      message: `${key.rule.title} in a binary file${utf16 ? " (stored as UTF-16)" : ""} at byte ${offset}: anyone who can read this file can use it`,
      excerpt: binaryExcerpt(fragment.content, offset - base, end - base, shown, options.showSecrets === true)
    };
    if (options.showSecrets || options.keepSecrets) finding.secret = key.secret;
    return finding;
  });
}
var MARKER_LE2, MARKER_BE2, CONTEXT2;
var init_binary = __esm({
  "src/detect/binary.ts"() {
    "use strict";
    init_keys();
    init_fingerprint();
    init_detect();
    init_match();
    init_redact();
    init_text2();
    MARKER_LE2 = Buffer.from(MARKER, "utf16le");
    MARKER_BE2 = Buffer.from(MARKER_LE2).swap16();
    CONTEXT2 = 40;
  }
});

// src/rules/exposure.ts
function pathExposure(path11) {
  const out = [];
  if (BUILT.test(path11) && BUILD_DIRS.test(path11) || BUNDLE_NAME.test(path11)) out.push("client-bundle");
  if (isDotenv(path11)) out.push("dotenv");
  if (NOTEBOOK.test(path11)) out.push("notebook");
  if (LOG.test(path11)) out.push("log");
  return out;
}
function inScript(buf, offset) {
  const open = Math.max(buf.lastIndexOf("<script", offset, "latin1"), buf.lastIndexOf("<SCRIPT", offset, "latin1"));
  if (open === -1) return false;
  const close = Math.max(buf.lastIndexOf("</script", offset, "latin1"), buf.lastIndexOf("</SCRIPT", offset, "latin1"));
  return close < open;
}
function inSourcesContent(buf, offset, window2) {
  const at = buf.indexOf('"sourcesContent"', 0, "latin1");
  if (at !== -1) return at < offset;
  return window2 !== void 0 && !window2.first;
}
function head(text, n = 2048) {
  return Buffer.from(text.buffer, text.byteOffset, Math.min(n, text.length)).toString("latin1");
}
function clientSignal(path11, text, facts) {
  const lower = path11.toLowerCase();
  if (lower.endsWith(".swift") && /^\s*import\s+(?:SwiftUI|UIKit)\b/m.test(head(text, 8192)) && !/(?:^|\/)(?:tests?|\w+Tests)\//.test(path11)) {
    return { exposure: "mobile-app", signal: "an iOS app (Swift importing SwiftUI or UIKit)" };
  }
  if (/\.(?:kt|java)$/.test(lower)) {
    const module = /^(.*?)(?:^|\/)src\/main\/(?:java|kotlin)\//.exec(path11);
    if (module && facts.exists(join(module[1], "src/main/AndroidManifest.xml"))) return { exposure: "mobile-app", signal: "an Android app module (src/main/AndroidManifest.xml)" };
    return void 0;
  }
  if (lower.endsWith(".dart")) {
    const lib = /^(.*?)(?:^|\/)lib\//.exec(path11);
    if (lib && /sdk:\s*flutter/.test(facts.read(join(lib[1].replace(/\/$/, ""), "pubspec.yaml")) ?? "")) return { exposure: "mobile-app", signal: "a Flutter app (lib/)" };
    return void 0;
  }
  const component = /\.(?:vue|svelte)$/i.test(path11);
  if (!SCRIPT.test(path11) && !component && !/\.(?:html?|astro)$/i.test(path11)) return void 0;
  if (NOT_SHIPPED.test(path11)) return void 0;
  for (const dir of facts.folders(path11)) {
    const manifest = facts.read(join(dir, "manifest.json"));
    if (manifest && /"manifest_version"\s*:/.test(manifest)) return { exposure: "browser-extension", signal: `a browser extension (${join(dir, "manifest.json")})` };
  }
  const pkg = facts.packageOf(path11);
  const inPackage = (p) => pkg?.dir ? p.slice(pkg.dir.length + 1) : p;
  if (pkg && (pkg.deps.has("react-native") || pkg.deps.has("expo")) && !/\.(?:html?|astro)$/i.test(path11)) {
    return { exposure: "mobile-app", signal: pkg.deps.has("expo") ? "an Expo app" : "a React Native app" };
  }
  if (pkg?.deps.has("electron")) {
    return /(?:^|\/)renderer\//.test(inPackage(path11)) ? { exposure: "client-source", signal: "Electron renderer code (renderer/)" } : void 0;
  }
  if (SCRIPT.test(path11) && USE_CLIENT.test(head(text))) {
    return { exposure: "client-source", signal: `a ${pkg?.deps.has("next") ? "Next.js" : "React"} client component ("use client")` };
  }
  if (pkg?.deps.has("next") && SCRIPT.test(path11) && /^(?:src\/)?pages\/(?!api\/)(?!_document\.|_middleware\.)/.test(inPackage(path11))) {
    return { exposure: "client-source", signal: "a Next.js page (pages/)" };
  }
  if (component) return { exposure: "client-source", signal: lower.endsWith(".vue") ? "a Vue single-file component" : "a Svelte component" };
  if (ASTRO.test(path11)) return { exposure: "client-source", signal: "an Astro component's <script> block" };
  if (!pkg || !SCRIPT.test(path11) || !/^src\//.test(inPackage(path11))) return void 0;
  const build = CLIENT_BUILDS.find(([dep]) => pkg.deps.has(dep) || new RegExp(`\\b${dep.replace(/^@.*\//, "")}\\b`).test(pkg.scripts));
  if (!build || SERVER_FRAMEWORKS.some((d) => pkg.deps.has(d)) || /\bnext\b|\bnuxt\b/.test(pkg.scripts)) return void 0;
  const entry = ["index.html", "public/index.html", "src/main.ts", "src/main.tsx", "src/main.js", "src/main.jsx", "src/index.tsx", "src/index.jsx", "src/index.js"].some((f) => facts.exists(join(pkg.dir, f)));
  return entry ? { exposure: "client-source", signal: `the source of a client-only ${build[1]} app (${join(pkg.dir, "package.json")})` } : void 0;
}
function inAstroScript(buf, offset) {
  return inScript(buf, offset);
}
function keyExposure(path11, base, text, offset, window2) {
  const buf = Buffer.from(text.buffer, text.byteOffset, text.length);
  const out = [...base];
  if (HTML.test(path11) && !out.includes("client-bundle") && inScript(buf, offset)) out.push("client-bundle");
  if (SOURCE_MAP2.test(path11) && inSourcesContent(buf, offset, window2)) out.push("source-map");
  return out;
}
function clientExposed(exposure) {
  return exposure.some((e) => CLIENT.includes(e));
}
function applyExposure(finding, title, exposure, signal) {
  if (!exposure.length) return;
  finding.exposure = exposure;
  const client = clientExposed(exposure);
  const main = CLIENT.find((e) => exposure.includes(e)) ?? exposure[0];
  const where = `${WHERE[main]}${signal && !["client-bundle", "source-map"].includes(main) ? ` (${signal})` : ""}`;
  const rest = finding.message.startsWith(title) ? finding.message.slice(title.length).trim() : finding.message;
  const how = rest.slice(0, rest.indexOf(": ") === -1 ? rest.length : rest.indexOf(": "));
  const why = rest.slice(how.length + 2);
  if (client) {
    finding.severity = "critical";
    finding.message = `${title} ${where}, ${how}: ${READER[main] ?? "anyone who loads the page can read it"}. Revoke it; the fix is a server-side proxy that holds the key and calls OpenAI, not a better hiding place (obfuscated, split or build-time keys are just as public)`;
    return;
  }
  finding.message = `${title} ${where}, ${how}: ${why}`;
}
function exposeKeys(fragment, detection, findings, root) {
  const base = pathExposure(fragment.path);
  const byOffset = HTML.test(fragment.path) || SOURCE_MAP2.test(fragment.path) || ASTRO.test(fragment.path);
  let client;
  if (!base.includes("client-bundle") && !SOURCE_MAP2.test(fragment.path)) {
    const { facts, file } = factsFor(fragment.path, root);
    client = clientSignal(file, detection.view.bytes, facts);
  }
  if (!base.length && !byOffset && !client) return;
  const buf = Buffer.from(detection.view.bytes.buffer, detection.view.bytes.byteOffset, detection.view.bytes.length);
  let k = 0;
  for (const finding of findings) {
    while (k < detection.keys.length && (detection.keys[k].column !== finding.column || detection.keys[k].endColumn !== finding.endColumn)) k++;
    const key = detection.keys[k++];
    if (!key) return;
    const exposure = byOffset ? keyExposure(fragment.path, base, detection.view.bytes, key.start, fragment.window) : [...base];
    const shipped = client && (!ASTRO.test(fragment.path) || inAstroScript(buf, key.start)) ? client : void 0;
    if (shipped && !exposure.includes(shipped.exposure)) exposure.push(shipped.exposure);
    applyExposure(finding, key.rule.title, exposure, shipped?.signal);
  }
}
function packageExposure(path11) {
  const parts = path11.split("!");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (APP_PACKAGE.test(part)) return "app-package";
    if (WHEEL.test(part)) return "published-package";
    if (TARBALL.test(part) && parts[i + 1]?.startsWith("package/")) return "published-package";
  }
  return void 0;
}
function exposePackagedKeys(path11, findings) {
  const exposure = packageExposure(path11);
  if (!exposure) return;
  for (const finding of findings) {
    const title = KEY_RULES.find((r) => r.id === finding.ruleId)?.title ?? finding.ruleId;
    const rest = finding.message.startsWith(title) ? finding.message.slice(title.length).trim() : finding.message;
    const how = rest.slice(0, rest.indexOf(": ") === -1 ? rest.length : rest.indexOf(": ")).replace(/^in an? [^,]*, /, "");
    finding.exposure = [...(finding.exposure ?? []).filter((e) => e !== exposure), exposure];
    finding.severity = "critical";
    const who = exposure === "app-package" ? "everyone who installs the app or extension" : "everyone who installs the package";
    finding.message = `${title} ${WHERE[exposure]}, ${how}: ${who} can unpack it and read the key. Revoke it; a key cannot be hidden inside a package: have your server call OpenAI, or have each user bring their own key`;
  }
}
var BUILD_DIRS, BUILT, BUNDLE_NAME, HTML, ASTRO, SOURCE_MAP2, NOTEBOOK, LOG, SCRIPT, NOT_SHIPPED, SERVER_FRAMEWORKS, CLIENT_BUILDS, USE_CLIENT, WHERE, CLIENT, READER, APP_PACKAGE, TARBALL, WHEEL;
var init_exposure = __esm({
  "src/rules/exposure.ts"() {
    "use strict";
    init_keys();
    init_risks();
    init_project();
    BUILD_DIRS = /(?:^|\/)(?:dist|build|out|public|static|www)\//;
    BUILT = /\.(?:m?js|cjs|css|html?)$/i;
    BUNDLE_NAME = /\.(?:min|bundle|chunk)\.js$/i;
    HTML = /\.html?$/i;
    ASTRO = /\.astro$/i;
    SOURCE_MAP2 = /\.map$/i;
    NOTEBOOK = /\.ipynb$/i;
    LOG = /\.log(?:\.\d+)?$|(?:^|\/)logs?\/|(?:^|\/)nohup\.out$/i;
    SCRIPT = /\.(?:[cm]?[jt]sx?)$/i;
    NOT_SHIPPED = /(?:^|\/)(?:node_modules|__tests__|__mocks__|tests?|spec|e2e|cypress|scripts|server|api|functions|supabase|prisma)\/|\.(?:test|spec|stories|config|d)\.[^/]*$|(?:^|\/)[^/]*\.config\.[^/]*$|\+api\.[jt]sx?$/i;
    SERVER_FRAMEWORKS = ["next", "nuxt", "@sveltejs/kit", "astro", "@remix-run/node", "@remix-run/react", "express", "fastify", "koa", "@nestjs/core", "hono", "@hapi/hapi", "@solidjs/start", "gatsby", "electron", "@builder.io/qwik-city", "react-router"];
    CLIENT_BUILDS = [
      ["vite", "Vite"],
      ["react-scripts", "Create React App"],
      ["parcel", "Parcel"],
      ["@vue/cli-service", "Vue CLI"]
    ];
    USE_CLIENT = /^(?:\uFEFF)?(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1/;
    WHERE = {
      "client-bundle": "in a client bundle",
      "source-map": "in a source map",
      dotenv: "in a .env file",
      notebook: "in a notebook (cell source or saved output)",
      log: "in a log file",
      "client-source": "in client-side source",
      "mobile-app": "in a mobile app",
      "browser-extension": "in a browser extension",
      "app-package": "in an app or extension package",
      "published-package": "in a package published to a registry"
    };
    CLIENT = ["client-bundle", "source-map", "client-source", "mobile-app", "browser-extension"];
    READER = {
      "mobile-app": "anyone who installs the app can extract it from the package in minutes",
      "browser-extension": "anyone who installs the extension can read it"
    };
    APP_PACKAGE = /\.(?:apk|aab|ipa|crx|xpi|vsix|asar)$/i;
    TARBALL = /\.(?:tgz|tar\.gz)$/i;
    WHEEL = /\.whl$/i;
  }
});

// src/run/fragment.ts
function keyMessage(key) {
  return `${key.rule.title} ${HOW_ENCODED[key.encoding]}: anyone who can read this file can use it`;
}
function keyFindings(fragment, detection, options = {}) {
  const { showSecrets = false, keepSecrets = false } = options;
  const { positions } = detection;
  if (!detection.keys.length || !positions) return [];
  const keys = detection.keys;
  const allowOf2 = (k) => {
    if (options.noInlineAllow) return void 0;
    const adjacent = k.lineIndex > 0 && (!fragment.lineMap || fragment.lineMap[k.lineIndex - 1] === fragment.lineMap[k.lineIndex] - 1);
    const here = positions.lineHas(k.lineIndex, ALLOW_BYTES);
    const above = adjacent && positions.lineHas(k.lineIndex - 1, ALLOW_BYTES);
    if (!here && !above) return void 0;
    return inlineAllow(here ? lineText(k.lineIndex) : "", above ? lineText(k.lineIndex - 1) : void 0);
  };
  const lines = /* @__PURE__ */ new Map();
  const lineText = (i) => {
    let t = lines.get(i);
    if (t === void 0) lines.set(i, t = positions.lineText(i));
    return t;
  };
  const spans = /* @__PURE__ */ new Map();
  for (const k of keys) {
    const shown = showSecrets ? k.secret : redact(k.secret, k.prefix);
    spans.set(k, { column: k.column, endColumn: k.endColumn, replacement: k.encoding === "base64" || k.encoding === "escaped" ? `[${k.encoding}: ${shown}]` : shown });
  }
  const byLine = /* @__PURE__ */ new Map();
  for (const k of keys) {
    const list = byLine.get(k.lineIndex);
    if (list) list.push(spans.get(k));
    else byLine.set(k.lineIndex, [spans.get(k)]);
  }
  const { origin } = fragment;
  return keys.map((k) => {
    const sameLine = byLine.get(k.lineIndex);
    const line = fragment.lineMap ? fragment.lineMap[k.line - 1] ?? k.line : k.line;
    const finding = {
      ruleId: k.rule.id,
      kind: "key",
      severity: k.rule.severity,
      file: fragment.path,
      line,
      column: k.column,
      endColumn: k.endColumn,
      ...origin.commit ? { commit: origin.commit } : {},
      ...origin.author ? { author: origin.author } : {},
      ...origin.date ? { date: origin.date } : {},
      redacted: redact(k.secret, k.prefix),
      fingerprint: fingerprint(k.secret),
      encoding: k.encoding,
      message: keyMessage(k),
      excerpt: showSecrets ? lineText(k.lineIndex).slice(Math.max(0, k.column - 41), k.endColumn + 39) : excerpt(lineText(k.lineIndex), sameLine, spans.get(k))
    };
    if (showSecrets || keepSecrets) finding.secret = k.secret;
    const allow = allowOf2(k);
    if (allow) finding.suppressed = { by: "inline", ...allow.reason ? { reason: allow.reason } : {} };
    return finding;
  });
}
function rawKeyFindings(fragment, options) {
  const w = fragment.window;
  if (w) {
    const bytes = (units) => units === Infinity ? Infinity : units * 2 + w.bom;
    return binaryKeyFindings(fragment, detectBinaryKeys(fragment.content, { ...w, encoding: "binary", bom: 0, acceptFrom: bytes(w.acceptFrom), acceptTo: bytes(w.acceptTo) }), options);
  }
  const raw = { first: true, encoding: "utf8", bom: 0, acceptFrom: 0, acceptTo: Infinity, line: 0, column: 0, bytes: fragment.content.length };
  return keyFindings({ ...fragment, window: raw }, detectKeys(fragment.content, raw), options);
}
function processFragment(fragment, options, tally) {
  const { window: window2 } = fragment;
  const detection = window2?.encoding === "binary" ? void 0 : detectKeys(fragment.content, window2);
  if (!window2 || window2.first) tally.stats.files++;
  tally.stats.bytes += window2 ? window2.bytes : fragment.content.length;
  if (!detection?.view) {
    const keys2 = binaryKeyFindings(fragment, detectBinaryKeys(fragment.content, window2), options);
    if (keys2.length) exposePackagedKeys(fragment.path, keys2);
    for (const f of keys2) tally.findings.push(f);
    return;
  }
  const keys = keyFindings(fragment, detection, options);
  if (detection.view.utf16 && fragment.content.includes(MARKER_BYTES2)) {
    const seen = new Set(keys.map((k) => k.fingerprint));
    for (const f of rawKeyFindings(fragment, options)) if (!seen.has(f.fingerprint)) keys.push(f);
  }
  if (keys.length) {
    exposeKeys(fragment, detection, keys, options.root);
    exposePackagedKeys(fragment.path, keys);
  }
  for (const f of keys) tally.findings.push(f);
  const riskHits = detection.riskHits ?? NO_HITS;
  const rules = risksFor(fragment.path, fragment.origin, options.risks, riskHits);
  if (rules.length) for (const f of riskFindings(fragment, detectRisks(detection.view, fragment.path, rules, window2, detection.positions, riskHits), options.noInlineAllow)) tally.findings.push(f);
}
var DEFAULT_MAX_FILE_SIZE, HOW_ENCODED, ALLOW_BYTES, NO_HITS, MARKER_BYTES2;
var init_fragment = __esm({
  "src/run/fragment.ts"() {
    "use strict";
    init_inline();
    init_binary();
    init_detect();
    init_fingerprint();
    init_risks2();
    init_exposure();
    init_redact();
    init_keys();
    DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;
    HOW_ENCODED = {
      plain: "in plain text",
      utf16: "in a UTF-16 file",
      base64: "base64-encoded (encoding hides nothing)",
      url: "in URL-encoded text",
      escaped: "written as string escapes (escaping hides nothing)",
      entity: "written as HTML character references (escaping hides nothing)",
      "quoted-printable": "in quoted-printable text (encoding hides nothing)",
      hex: "hex-encoded (encoding hides nothing)",
      split: "split across string literals (splitting hides nothing)",
      binary: "in a binary file"
    };
    ALLOW_BYTES = Buffer.from("openai-key-scan:allow");
    NO_HITS = /* @__PURE__ */ new Map();
    MARKER_BYTES2 = Buffer.from(MARKER);
  }
});

// src/run/context.ts
import path4 from "node:path";
function parseSize(value, where) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(String(value));
  const unit2 = m ? UNITS[m[2].toLowerCase()] : void 0;
  if (!m || unit2 === void 0) throw new UsageError(`${where}: cannot read "${value}" as a size (examples: 50MB, 512KB, 1048576)`);
  const bytes = Math.floor(Number(m[1]) * unit2);
  if (bytes < 1) throw new UsageError(`${where}: a size of 0 would skip every file: give 1 or more (examples: 50MB, 512KB)`);
  return bytes;
}
async function configAtBase(root, cwd, explicit, base) {
  const candidates = explicit ? [explicit] : [".openai-key-scan.json", "package.json"];
  for (const name of candidates) {
    const repoPath = path4.relative(root, path4.resolve(explicit ? cwd : root, name)).split(path4.sep).join("/");
    if (repoPath.startsWith("..")) continue;
    const text = await showAt(root, base, repoPath);
    if (text === void 0) continue;
    const field = repoPath === "package.json" && !explicit;
    const loaded = { config: {}, file: explicit ?? repoPath, repoPath, ...field ? { field: true } : {} };
    if (field && !/"openai-key-scan"\s*:/.test(text)) continue;
    loaded.config = configFromText(text, loaded);
    return loaded;
  }
  const where = locateConfig(root, cwd, explicit);
  return { config: {}, ...where ? { ...where.loaded } : {} };
}
async function resolveContext(options, top) {
  const cwd = path4.resolve(options.cwd ?? process.cwd());
  const root = await (top ?? repoRoot(cwd, true)) ?? cwd;
  const loaded = options.trustBase ? await configAtBase(root, cwd, options.config, options.trustBase) : loadConfig(root, cwd, options.config, options.configSource);
  const { config } = loaded;
  const failOn = parseFailOn(String(options.failOn ?? config.failOn ?? "key"), options.failOn !== void 0 ? options.failOnSource ?? "--fail-on" : `${loaded.file}: failOn`);
  const maxFileSize = options.maxFileSize !== void 0 ? parseSize(options.maxFileSize, "--max-file-size") : config.maxFileSize !== void 0 ? parseSize(config.maxFileSize, `${loaded.file}: maxFileSize`) : DEFAULT_MAX_FILE_SIZE;
  return { root, cwd, loaded, maxFileSize, failOn, ...options.trustBase ? { trustBase: options.trustBase } : {} };
}
var UNITS;
var init_context = __esm({
  "src/run/context.ts"() {
    "use strict";
    init_file();
    init_git();
    init_types();
    init_fragment();
    init_policy();
    UNITS = { "": 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP2 = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP: SEP2
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars3) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars3.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path11, { windows } = {}) => {
      const segs = path11.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance2 = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance2();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance2();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance2())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance2()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance2())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance2();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance2())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance2())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance2();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars3) => {
      const source = chars3.length === 1 ? utils.escapeRegex(chars3[0]) : `[${chars3.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars3 = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars3.push(branch);
        index += match.end + 1;
      }
      if (chars3.length < 1) {
        return;
      }
      return chars3;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars3 = getStarExtglobSequenceChars(branch);
        if (chars3) {
          sawStarSequence = true;
          safeChars.push(...chars3);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance2 = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance2();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance2(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars3, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars3.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars3.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance2();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance2();
          } else {
            value += advance2();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance2();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before2 = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before2 && (before2.type === "star" || before2.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance2());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance2());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants3;
    module.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch, pico);
    module.exports = picomatch;
  }
});

// src/config/globs.ts
async function globMatcher(globs) {
  if (!globs?.length) return void 0;
  const { default: picomatch } = await Promise.resolve().then(() => __toESM(require_picomatch2(), 1));
  const expanded = globs.flatMap((g) => {
    const p = g.replace(/^\.\//, "").replace(/\/$/, "");
    const base = p.includes("/") ? [p] : [p, `**/${p}`];
    return base.flatMap((b) => [b, `${b}/**`]);
  });
  return picomatch(expanded, { dot: true });
}
var init_globs = __esm({
  "src/config/globs.ts"() {
    "use strict";
  }
});

// src/config/baseline.ts
function sortEntries(entries) {
  const seen = /* @__PURE__ */ new Map();
  for (const e of entries) seen.set(entryKey(e), { fingerprint: e.fingerprint, file: e.file, ruleId: e.ruleId });
  return [...seen.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
}
function baselineText(entries) {
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: "openai-key-scan", findings: sortEntries(entries) }, null, 2)}
`;
}
function entriesOf(findings) {
  return findings.map((f) => ({ fingerprint: f.fingerprint, file: pathFromOutside(f.file), ruleId: f.ruleId }));
}
function parseBaseline(text, file) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not valid JSON (${e.message.split("\n")[0]}): write it with \`openai-key-scan baseline\``);
  }
  const obj = json;
  if (!obj || typeof obj !== "object" || obj.version !== BASELINE_VERSION || !Array.isArray(obj.findings)) {
    throw new UsageError(`${file}: not a version ${BASELINE_VERSION} baseline: write it with \`openai-key-scan baseline\``);
  }
  return obj.findings.map((e, i) => {
    const r = e;
    if (!r || typeof r.fingerprint !== "string" || typeof r.file !== "string" || typeof r.ruleId !== "string") {
      throw new UsageError(`${file}: findings[${i}] needs fingerprint, file and ruleId strings`);
    }
    const fingerprint2 = normalizeFingerprint(r.fingerprint);
    if (fingerprint2 === void 0) throw new UsageError(`${file}: findings[${i}].fingerprint is not a fingerprint as reports show it`);
    return { fingerprint: fingerprint2, file: r.file, ruleId: r.ruleId };
  });
}
function readBaseline(file, root) {
  const text = readRegularFile(file, `--baseline ${file}`, BASELINE_CAP, root);
  if (text === void 0) throw new UsageError(`--baseline: no such file: ${file} (write one with \`openai-key-scan baseline\`)`);
  return parseBaseline(text, file);
}
function writeBaseline(file, entries, root) {
  writeFileAtomic(file, baselineText(entries), "the baseline", root);
}
var BASELINE_VERSION, entryKey;
var init_baseline = __esm({
  "src/config/baseline.ts"() {
    "use strict";
    init_files();
    init_types();
    init_fingerprint();
    init_redact();
    BASELINE_VERSION = 1;
    entryKey = (e) => `${e.fingerprint}\0${pathFromOutside(e.file)}\0${e.ruleId}`;
  }
});

// src/config/suppress.ts
var suppress_exports = {};
__export(suppress_exports, {
  applySuppressions: () => applySuppressions,
  baselineFromText: () => baselineFromText,
  configFromText: () => configFromText,
  entriesOf: () => entriesOf,
  suppressor: () => suppressor
});
import path5 from "node:path";
function baselineFromText(text, file) {
  if (text === void 0) return void 0;
  try {
    return parseBaseline(text, file);
  } catch {
    return void 0;
  }
}
async function suppressor(input) {
  const { config } = input;
  const diff = input.mode === "diff";
  if (input.update) {
    if (!input.baselineFile) throw new UsageError("--update needs --baseline FILE (the baseline to prune)");
    if (!input.complete) throw new UsageError("--update prunes the baseline after a full scan: use it with a tree scan of the whole repository or history, not a range or some paths");
  }
  const ignore = await globMatcher(config.ignorePaths);
  const allow = new Map((config.allowFingerprints ?? []).map((e) => [e.fingerprint, e]));
  const baseline = input.baselineEntries ?? (input.baselineFile ? readBaseline(input.baselineFile, input.root) : void 0);
  const baselineKeys = new Map((baseline ?? []).map((e) => [entryKey(e), e]));
  const baseAllow = new Set((input.atBase?.config.allowFingerprints ?? []).map((e) => e.fingerprint));
  const baseIgnore = await globMatcher(input.atBase?.config.ignorePaths);
  const baseBaseline = new Set((input.atBase?.baseline ?? []).map(entryKey));
  const usedAllow = /* @__PURE__ */ new Set();
  const usedBaseline = /* @__PURE__ */ new Set();
  return {
    judge(f) {
      const key = baselineKeys.size ? entryKey(f) : "";
      if (allow.has(f.fingerprint)) usedAllow.add(f.fingerprint);
      if (baselineKeys.has(key)) usedBaseline.add(key);
      if (f.suppressed) {
        if (diff && f.suppressed.by === "inline") f.suppressed.inChange = true;
        return f;
      }
      let s;
      if (ignore?.(f.file)) s = { by: "config", reason: `ignorePaths in ${input.configFile}`, ...diff ? { inChange: !baseIgnore?.(f.file) } : {} };
      else if (allow.has(f.fingerprint)) {
        const e = allow.get(f.fingerprint);
        s = { by: "config", reason: `allowFingerprints in ${input.configFile}${e.comment ? `: ${e.comment}` : ""}`, ...diff ? { inChange: !baseAllow.has(f.fingerprint) } : {} };
      } else if (baselineKeys.has(key)) {
        s = { by: "baseline", reason: path5.relative(input.cwd, input.baselineFile) || input.baselineFile, ...diff ? { inChange: !baseBaseline.has(key) } : {} };
      }
      return s ? { ...f, suppressed: s } : f;
    },
    finish() {
      const stale = [];
      if (input.complete) {
        for (const e of config.allowFingerprints ?? []) {
          if (!usedAllow.has(e.fingerprint)) stale.push(fromOutside(`${input.configFile}: allowFingerprints entry ${e.fingerprint}${e.comment ? ` (${e.comment})` : ""} matches nothing any more: remove it`));
        }
        for (const e of baseline ?? []) {
          if (!usedBaseline.has(entryKey(e))) stale.push(fromOutside(`${input.baselineFile}: entry ${e.fingerprint} ${e.file} (${e.ruleId}) matches nothing any more${input.update ? ": removed" : ": remove it with --update"}`, 2e3));
        }
      }
      if (input.update) writeBaseline(input.baselineFile, (baseline ?? []).filter((e) => usedBaseline.has(entryKey(e))), input.root);
      const warnings = stale.slice(0, MAX_STALE_WARNINGS).map((s) => ({ code: "stale-allow", message: `stale: ${s}` }));
      if (stale.length > MAX_STALE_WARNINGS) warnings.push({ code: "stale-allow", message: `stale: ${stale.length - MAX_STALE_WARNINGS} more stale entries (the JSON report lists all ${stale.length})` });
      return { stale, warnings };
    }
  };
}
async function applySuppressions(report, input) {
  const stage = await suppressor({ ...input, mode: report.mode });
  const kept = [];
  const suppressed = [];
  for (const f of report.suppressed ?? []) suppressed.push(stage.judge(f));
  for (const f of report.findings) {
    const judged = stage.judge(f);
    (judged.suppressed ? suppressed : kept).push(judged);
  }
  const { stale, warnings } = stage.finish();
  return { ...report, findings: kept, suppressed, stale, warnings: [...report.warnings, ...warnings] };
}
var MAX_STALE_WARNINGS;
var init_suppress = __esm({
  "src/config/suppress.ts"() {
    "use strict";
    init_types();
    init_globs();
    init_baseline();
    init_file();
    init_redact();
    MAX_STALE_WARNINGS = 50;
  }
});

// src/run/allow.ts
import path6 from "node:path";
async function workTreeText(abs, root) {
  const { readRegularFile: readRegularFile2, BASELINE_CAP: BASELINE_CAP2 } = await Promise.resolve().then(() => (init_files(), files_exports));
  try {
    return readRegularFile2(abs, abs, BASELINE_CAP2, root);
  } catch {
    return "\0unreadable";
  }
}
async function allowLists(ctx, input, mode) {
  const { suppressor: suppressor2, baselineFromText: baselineFromText2 } = await Promise.resolve().then(() => (init_suppress(), suppress_exports));
  const warnings = [];
  const baselineFile = input.baseline !== void 0 ? path6.resolve(ctx.cwd, input.baseline) : void 0;
  const inRepo = baselineFile && !path6.relative(ctx.root, baselineFile).startsWith("..");
  const baselineRepoPath = inRepo ? path6.relative(ctx.root, baselineFile).split(path6.sep).join("/") : void 0;
  let baselineEntries;
  if (ctx.trustBase && baselineFile) {
    const atBase2 = baselineRepoPath ? await showAt(ctx.root, ctx.trustBase, baselineRepoPath) : void 0;
    baselineEntries = baselineFromText2(atBase2, String(input.baseline)) ?? [];
    if (await workTreeText(baselineFile, ctx.root) !== atBase2) warnings.push({ code: "changed-in-pull-request", message: `${input.baseline} was changed in this pull request: on pull_request_target the base branch's version is used, and the change is yours to review` });
  }
  if (ctx.trustBase && ctx.loaded.repoPath) {
    const now = await workTreeText(path6.join(ctx.root, ctx.loaded.repoPath), ctx.root);
    if (now !== await showAt(ctx.root, ctx.trustBase, ctx.loaded.repoPath)) {
      warnings.push({ code: "changed-in-pull-request", message: `${ctx.loaded.file} was changed in this pull request: on pull_request_target the base branch's version is used, and the change is yours to review` });
    }
  }
  let atBase;
  if (mode === "diff" && input.range) {
    const config = ctx.loaded.repoPath ? configFromText(await showAt(ctx.root, input.range.base, ctx.loaded.repoPath), ctx.loaded) : {};
    const baseline = baselineRepoPath ? baselineFromText2(await showAt(ctx.root, input.range.base, baselineRepoPath), String(input.baseline)) : void 0;
    atBase = { config, baseline };
  }
  const stage = await suppressor2({
    mode,
    config: ctx.loaded.config,
    ...ctx.loaded.file ? { configFile: ctx.loaded.file } : {},
    ...baselineFile ? { baselineFile } : {},
    ...baselineEntries ? { baselineEntries } : {},
    cwd: ctx.cwd,
    root: ctx.root,
    ...atBase ? { atBase } : {},
    update: input.updateBaseline === true,
    complete: input.complete
  });
  return { stage, warnings };
}
var init_allow = __esm({
  "src/run/allow.ts"() {
    "use strict";
    init_file();
    init_git();
  }
});

// src/run/settle.ts
function idOf(f) {
  return [f.fingerprint, f.kind, f.ruleId, f.file, f.suppressed ? "suppressed" : ""].join("\0");
}
var before, HeldHeap, HANDED_ON, EarliestCommit;
var init_settle = __esm({
  "src/run/settle.ts"() {
    "use strict";
    init_types();
    before = (a, b) => comparePlaces(a.place, b.place) < 0 || comparePlaces(a.place, b.place) === 0 && a.seq < b.seq;
    HeldHeap = class {
      items = [];
      peek() {
        return this.items[0];
      }
      push(h) {
        const a = this.items;
        a.push(h);
        for (let i = a.length - 1; i > 0; ) {
          const parent2 = i - 1 >> 1;
          if (!before(a[i], a[parent2])) break;
          [a[i], a[parent2]] = [a[parent2], a[i]];
          i = parent2;
        }
      }
      pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length && last) {
          a[0] = last;
          for (let i = 0; ; ) {
            const l = 2 * i + 1;
            const r = l + 1;
            let m = i;
            if (l < a.length && before(a[l], a[m])) m = l;
            if (r < a.length && before(a[r], a[m])) m = r;
            if (m === i) break;
            [a[i], a[m]] = [a[m], a[i]];
            i = m;
          }
        }
        return top;
      }
    };
    HANDED_ON = 0;
    EarliestCommit = class {
      constructor(handOn) {
        this.handOn = handOn;
      }
      handOn;
      /** Per finding id: the sighting held, or HANDED_ON once it was settled (only the id stays in memory). */
      seen = /* @__PURE__ */ new Map();
      heap = new HeldHeap();
      /** Below the floor, but a blob still to be read may hold an earlier sighting of their file. */
      parked = new HeldHeap();
      seq = 0;
      held = 0;
      /** Findings held now (not yet settled): what this stage keeps in memory besides the ids. */
      get holding() {
        return this.held;
      }
      /** The findings of one fragment, read at `place`. */
      take(findings, place) {
        for (const finding of findings) {
          const id = idOf(finding);
          const seen = this.seen.get(id);
          if (seen === HANDED_ON || seen && comparePlaces(place, seen.place) >= 0) continue;
          if (!seen) this.held++;
          const h = { id, finding, place, seq: this.seq++ };
          this.seen.set(id, h);
          this.heap.push(h);
        }
      }
      /** Hand on every held finding the source can no longer undercut. */
      settle(floor, waits) {
        for (let h = this.heap.peek(); h && comparePlaces(h.place, floor) <= 0; h = this.heap.peek()) {
          this.heap.pop();
          if (this.seen.get(h.id) !== h) continue;
          if (waits?.(h.finding.file)) this.parked.push(h);
          else this.give(h);
        }
        for (let h = this.parked.peek(); h; h = this.parked.peek()) {
          if (this.seen.get(h.id) !== h) {
            this.parked.pop();
            continue;
          }
          if (comparePlaces(h.place, floor) > 0 || waits?.(h.finding.file)) break;
          this.parked.pop();
          this.give(h);
        }
      }
      /** The source has ended: hand on everything still held, lowest place first. */
      end() {
        for (let h = this.parked.pop(); h; h = this.parked.pop()) this.heap.push(h);
        for (let h = this.heap.pop(); h; h = this.heap.pop()) if (this.seen.get(h.id) === h) this.give(h);
      }
      give(h) {
        this.seen.set(h.id, HANDED_ON);
        this.held--;
        this.handOn(h.finding);
      }
    };
  }
});

// src/version.ts
var VERSION, TOOL_NAME;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    VERSION = true ? "0.1.0" : "0.0.0-dev";
    TOOL_NAME = "openai-key-scan";
  }
});

// src/run/tally.ts
function newTally() {
  return { stats: { files: 0, bytes: 0, durationMs: 0, skipped: emptySkipCounts() }, skips: [], findings: [], warnings: [] };
}
function mergeTally(into, from) {
  into.stats.files += from.stats.files;
  into.stats.bytes += from.stats.bytes;
  for (const k of Object.keys(from.stats.skipped)) into.stats.skipped[k] += from.stats.skipped[k];
  for (const s of from.skips) if (into.skips.length < SKIPS_LISTED) into.skips.push(s);
  if (from.stats.archives) {
    const a = into.stats.archives ??= { opened: 0, members: 0, reasons: {} };
    a.opened += from.stats.archives.opened;
    a.members += from.stats.archives.members;
    for (const [r, n] of Object.entries(from.stats.archives.reasons)) a.reasons[r] = (a.reasons[r] ?? 0) + n;
  }
  for (const f of from.findings) into.findings.push(f);
  for (const w of from.warnings) into.warnings.push(w);
}
function tallySink(tally) {
  return {
    skip(kind, file, why) {
      tally.stats.skipped[kind]++;
      if (tally.skips.length < SKIPS_LISTED) tally.skips.push({ kind, file, ...why ? { why } : {} });
      if (kind === "unreadable") tally.warnings.push({ code: "unreadable", message: `cannot read ${file}${why ? ` (${why})` : ""}: skipped` });
    },
    warn(message, code = "notice") {
      tally.warnings.push({ code, message });
    },
    archive(event, file, detail) {
      const a = tally.stats.archives ??= { opened: 0, members: 0, reasons: {} };
      if (event === "opened") a.opened++;
      else if (event === "member") a.members++;
      else {
        a.reasons[event] = (a.reasons[event] ?? 0) + 1;
        if (event !== "unsafeName") tally.stats.skipped.archive++;
        tally.warnings.push({ code: "archive", message: `${file}: ${detail ?? event}` });
      }
    }
  };
}
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.commit ?? "").localeCompare(b.commit ?? "");
}
function finishReport(mode, tally, started) {
  tally.findings.sort(compareFindings);
  tally.stats.durationMs = Math.round(performance.now() - started);
  const findings = tally.findings.filter((f) => !f.suppressed);
  const suppressed = tally.findings.filter((f) => f.suppressed);
  return { tool: { name: TOOL_NAME, version: VERSION }, mode, findings, stats: tally.stats, warnings: tally.warnings, suppressed, skippedFiles: tally.skips };
}
var SKIPS_LISTED;
var init_tally = __esm({
  "src/run/tally.ts"() {
    "use strict";
    init_version();
    init_types();
    SKIPS_LISTED = 1e3;
  }
});

// src/run/batch.ts
function encodeBatch(index, entries) {
  if (entries.some((e) => typeof e.abs !== "string")) return { index, entries: [...entries] };
  let flags = "";
  for (const e of entries) flags += String.fromCharCode(48 + (e.untracked ? 1 : 0) + (e.follow ? 2 : 0));
  return { index, abs: entries.map((e) => e.abs).join(SEP), files: entries.map((e) => e.file).join(SEP), flags };
}
var SEP;
var init_batch = __esm({
  "src/run/batch.ts"() {
    "use strict";
    SEP = "\0";
  }
});

// src/sources/tree/read.ts
var read_exports = {};
__export(read_exports, {
  OVERLAP: () => OVERLAP2,
  Scratch: () => Scratch,
  WINDOW: () => WINDOW2,
  advance: () => advance,
  nextWindow: () => nextWindow,
  readFragments: () => readFragments,
  windowAt: () => windowAt
});
import { closeSync as closeSync3, constants as constants2, fstatSync as fstatSync3, openSync as openSync3, readSync as readSync3 } from "node:fs";
import { isAscii } from "node:buffer";
function readAll(fd, size, max, scratch) {
  let buf;
  if (scratch && size > 0 && size <= SCRATCH_MAX) {
    if (scratch.buf.length < size) scratch.buf = Buffer.allocUnsafeSlow(Math.min(SCRATCH_MAX, Math.max(size, scratch.buf.length * 2)));
    buf = scratch.buf.subarray(0, size);
  } else {
    buf = Buffer.allocUnsafe(size || CHUNK);
  }
  let n = 0;
  for (; ; ) {
    if (n === buf.length) {
      if (n >= max) break;
      const bigger = Buffer.allocUnsafe(Math.min(max, buf.length * 2));
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
    }
    const r = readSync3(fd, buf, n, buf.length - n, n);
    if (r === 0) break;
    n += r;
    if (size && n === size) break;
  }
  return n === buf.length ? buf : buf.subarray(0, n);
}
function treeOrigin(entry) {
  return entry.untracked ? UNTRACKED : TRACKED_OR_NO_GIT;
}
function openEntry(entry, sink) {
  try {
    const abs = typeof entry.abs === "string" ? entry.abs : Buffer.from(entry.abs.buffer, entry.abs.byteOffset, entry.abs.length);
    return openSync3(abs, O_RDONLY | O_NONBLOCK | (entry.follow ? 0 : O_NOFOLLOW));
  } catch (e) {
    const code = e.code;
    if (code === "ELOOP") sink.skip("symlink", entry.file);
    else if (code !== "ENOENT") sink.skip("unreadable", entry.file, code ?? String(e));
    return void 0;
  }
}
function sizeOf(fd, entry, maxFileSize, sink) {
  const st = fstatSync3(fd);
  if (st.isDirectory()) return void 0;
  if (!st.isFile()) sink.skip("special", entry.file);
  else if (st.size > maxFileSize) sink.skip("tooLarge", entry.file, `${st.size} bytes`);
  else return st.size;
  return void 0;
}
function readSmall2(fd, scratch, maxFileSize) {
  const buf = scratch.buf;
  const limit = Math.min(buf.length, maxFileSize + 1);
  let n = 0;
  for (; ; ) {
    const r = readSync3(fd, buf, n, limit - n, n);
    if (r === 0) return buf.subarray(0, n);
    n += r;
    if (n === limit) return void 0;
  }
}
function readFragments(entry, maxFileSize, sink, scratch, each, archives) {
  const fd = openEntry(entry, sink);
  if (fd === void 0) return;
  let fragment;
  let archive;
  try {
    const small = scratch && !entry.follow ? readSmall2(fd, scratch, maxFileSize) : void 0;
    const size = small ? small.length : sizeOf(fd, entry, maxFileSize, sink);
    if (size === void 0) return;
    if (size <= WINDOW2 + 2 * OVERLAP2) {
      const content = small ?? readAll(fd, size, maxFileSize, scratch);
      const kind = archives && archives.maxDepth > 0 ? archiveKind(entry.file, content) : void 0;
      if (kind) archive = { kind, content: Buffer.from(content) };
      else fragment = { path: entry.file, content, origin: treeOrigin(entry) };
    } else archive = readWindows(fd, size, entry, sink, each, scratch, archives);
  } catch (e) {
    const code = e.code;
    if (code !== "EISDIR") sink.skip("unreadable", entry.file, code ?? String(e));
  } finally {
    closeSync3(fd);
  }
  if (fragment) each(fragment);
  if (archive) return readArchive(entry.file, treeOrigin(entry), archive.kind, archive.content, archives, sink, each);
}
function readRange(fd, buf, length, position) {
  let n = 0;
  while (n < length) {
    const r = readSync3(fd, buf, n, length - n, position + n);
    if (r === 0) break;
    n += r;
  }
  return n;
}
function advance(bytes, from, to, utf16, at) {
  let start = from;
  if (utf16) {
    const lf = utf16 === "utf16le" ? Buffer.from([10, 0]) : Buffer.from([0, 10]);
    for (let i = bytes.indexOf(lf, from); i !== -1 && i < to; i = bytes.indexOf(lf, i + 1)) {
      if ((i - from) % 2) continue;
      at.line++;
      start = i + 2;
    }
    at.column = (start === from ? at.column : 0) + (to - start >> 1);
    return;
  }
  for (let i = bytes.indexOf(10, from); i !== -1 && i < to; i = bytes.indexOf(10, i + 1)) {
    at.line++;
    start = i + 1;
  }
  let units = 0;
  if (isAscii(bytes.subarray(start, to))) units = to - start;
  else {
    for (let i = start; i < to; i++) {
      const c = bytes[i];
      if ((c & 192) !== 128) units += c >= 240 ? 2 : 1;
    }
  }
  at.column = (start === from ? at.column : 0) + units;
}
function readWindows(fd, size, entry, sink, each, scratch, archives) {
  const file = entry.file;
  if (scratch && scratch.buf.length < SCRATCH_MAX) scratch.buf = Buffer.allocUnsafeSlow(SCRATCH_MAX);
  const buf = scratch?.buf ?? Buffer.allocUnsafe(SCRATCH_MAX);
  const at = { line: 0, column: 0 };
  let encoding = "utf8";
  let fileBom = 0;
  for (let k = 0; k * WINDOW2 < size; k++) {
    const from = Math.max(0, k * WINDOW2 - OVERLAP2);
    const to = Math.min(size, (k + 1) * WINDOW2 + OVERLAP2);
    const content = buf.subarray(0, readRange(fd, buf, to - from, from));
    if (k === 0) {
      const kind = archives && archives.maxDepth > 0 ? archiveKind(file, content) : void 0;
      if (kind) {
        const whole = Buffer.allocUnsafe(size);
        return { kind, content: whole.subarray(0, readRange(fd, whole, size, 0)) };
      }
      const view = textView(content);
      if (!view) encoding = "binary";
      else ({ encoding, bom: fileBom } = viewEncoding(content, view));
    }
    const window2 = windowAt(k, from, size, k === 0 ? fileBom : 0, encoding, at);
    each({ path: file, content, origin: treeOrigin(entry), window: window2 });
    if (window2.acceptTo === Infinity) break;
    nextWindow(content, window2, k, from, at);
  }
  return void 0;
}
function windowAt(k, from, size, bom, encoding, at) {
  const unit2 = encoding === "utf8" || encoding === "binary" ? 1 : 2;
  const acceptEnd = Math.min(size, (k + 1) * WINDOW2);
  const last = acceptEnd >= size;
  return {
    first: k === 0,
    encoding,
    bom,
    acceptFrom: Math.max(0, (k * WINDOW2 - from - bom) / unit2),
    acceptTo: last ? Infinity : (acceptEnd - from - bom) / unit2,
    line: at.line,
    column: at.column,
    bytes: acceptEnd - k * WINDOW2,
    offset: from
  };
}
function nextWindow(content, window2, k, from, at) {
  if (window2.encoding === "binary") return;
  advance(content, window2.bom, (k + 1) * WINDOW2 - OVERLAP2 - from, window2.encoding === "utf8" ? void 0 : window2.encoding, at);
}
var O_RDONLY, O_NOFOLLOW, O_NONBLOCK, CHUNK, WINDOW2, OVERLAP2, Scratch, SCRATCH_MAX, TRACKED_OR_NO_GIT, UNTRACKED;
var init_read = __esm({
  "src/sources/tree/read.ts"() {
    "use strict";
    init_text2();
    init_kind();
    ({ O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = constants2);
    CHUNK = 64 * 1024;
    WINDOW2 = 16 * 1024 * 1024;
    OVERLAP2 = 64 * 1024;
    Scratch = class {
      buf = Buffer.allocUnsafeSlow(256 * 1024);
    };
    SCRATCH_MAX = WINDOW2 + 2 * OVERLAP2;
    TRACKED_OR_NO_GIT = { kind: "tree" };
    UNTRACKED = { kind: "tree", git: "untracked" };
  }
});

// src/run/pool.ts
var pool_exports = {};
__export(pool_exports, {
  FilePool: () => FilePool,
  threadCount: () => threadCount,
  worthWorkers: () => worthWorkers
});
import { existsSync } from "node:fs";
import { availableParallelism as availableParallelism2 } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function worthWorkers(files, bytesPerFile = 0) {
  return files * (MS_PER_FILE + bytesPerFile / 1e6 * MS_PER_MB) >= PARALLEL_FROM_MS;
}
function threadCount(requested) {
  if (requested !== void 0) return Math.max(1, Math.floor(requested));
  return Math.min(MAX_THREADS, availableParallelism2());
}
function workerUrl() {
  const url = new URL("./scan-worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : void 0;
}
var MAX_THREADS, PARALLEL_FROM_MS, MS_PER_FILE, MS_PER_MB, JUDGE_AFTER, BATCH, FilePool;
var init_pool = __esm({
  "src/run/pool.ts"() {
    "use strict";
    init_fragment();
    init_tally();
    init_batch();
    MAX_THREADS = 4;
    PARALLEL_FROM_MS = 500;
    MS_PER_FILE = 0.05;
    MS_PER_MB = 1;
    JUDGE_AFTER = 8;
    BATCH = 32;
    FilePool = class {
      constructor(requested, options, tally, onProgress, onMerged) {
        this.options = options;
        this.tally = tally;
        this.onProgress = onProgress;
        this.onMerged = onMerged;
        this.threads = threadCount(requested);
        this.url = this.threads > 1 ? workerUrl() : void 0;
        this.forced = requested !== void 0;
        this.live = { ...tally.stats, skipped: { ...tally.stats.skipped } };
      }
      options;
      tally;
      onProgress;
      onMerged;
      batches = [];
      current = [];
      results = [];
      done = 0;
      listed = 0;
      /** The next batch to scan while no worker runs (then the shared counter takes over). */
      next = 0;
      threads;
      url;
      forced;
      workers = [];
      claims;
      failure;
      /** Called when a result arrives or a worker fails, while `finish` waits. */
      wake;
      /** files and bytes so far, for the progress line. */
      live;
      /** Batches merged into the run's tally so far (always a prefix, in listing order). */
      merged = 0;
      /** Files as the source lists them, in order. */
      add(entries) {
        for (const entry of entries) {
          this.current.push(entry);
          if (this.current.length === BATCH) this.seal();
        }
        this.listed += entries.length;
        if (this.url && !this.workers.length && (this.forced || worthWorkers(this.listed))) this.start();
      }
      /** Close the batch being filled and post it to the workers. */
      seal() {
        if (!this.current.length) return;
        const index = this.batches.length;
        this.batches.push(this.current);
        this.current = [];
        if (this.workers.length) {
          const message = encodeBatch(index, this.batches[index]);
          for (const w of this.workers) w.postMessage(message);
        }
      }
      start() {
        this.claims = new Int32Array(new SharedArrayBuffer(4));
        this.claims[0] = this.next;
        const workerData = { ...this.options, claims: this.claims.buffer };
        for (let i = 1; i < this.threads; i++) {
          const worker = new Worker(this.url, { workerData });
          worker.on("message", (r) => this.record(r.index, r.tally));
          worker.on("error", (e) => this.fail(e));
          worker.on("exit", (code) => this.fail(new Error(`scan worker exited with code ${code}`)));
          this.workers.push(worker);
        }
        for (let index = 0; index < this.batches.length; index++) {
          const message = encodeBatch(index, this.batches[index]);
          for (const w of this.workers) w.postMessage(message);
        }
      }
      record(index, part) {
        this.results[index] = part;
        this.batches[index] = [];
        this.done++;
        this.live.files += part.stats.files;
        this.live.bytes += part.stats.bytes;
        this.onProgress?.(this.live);
        this.wake?.();
      }
      /**
       * Merge the finished batches that follow those merged already, in listing order, and tell the
       * driver (a finding is streamed as soon as its batch and every batch before it are done). Only
       * after the listing: the listing's own skips come first whichever thread is faster.
       */
      async mergeDone() {
        const from = this.merged;
        for (; this.merged < this.batches.length && this.results[this.merged]; this.merged++) {
          mergeTally(this.tally, this.results[this.merged]);
          this.results[this.merged] = void 0;
        }
        if (this.merged > from) await this.onMerged?.();
      }
      fail(e) {
        this.failure ??= e;
        this.wake?.();
      }
      /**
       * The listing is over: scan the batches no worker has claimed, wait for the workers' answers, and
       * merge every batch's tally into the run's, in listing order.
       */
      async finish() {
        this.seal();
        try {
          const total = this.batches.length;
          if (total) {
            const { readFragments: readFragments2, Scratch: Scratch2 } = await Promise.resolve().then(() => (init_read(), read_exports));
            const { maxFileSize, archives } = this.options;
            const scratch = new Scratch2();
            let files = 0;
            let bytes = 0;
            for (; ; ) {
              if (this.failure) throw this.failure;
              const index = this.claims ? Atomics.add(this.claims, 0, 1) : this.next++;
              if (index >= total) break;
              const batch = this.batches[index];
              const part = newTally();
              const sink = tallySink(part);
              for (const entry of batch) {
                const archive = readFragments2(entry, maxFileSize, sink, scratch, (fragment) => processFragment(fragment, this.options, part), archives);
                if (archive) await archive;
              }
              this.record(index, part);
              await this.mergeDone();
              files += batch.length;
              bytes += part.stats.bytes;
              if (this.url && !this.workers.length && index + 1 >= JUDGE_AFTER && worthWorkers(this.listed - files, bytes / files)) this.start();
              if (this.workers.length) await new Promise((resolve) => setImmediate(resolve));
            }
            while (this.done < total) {
              if (this.failure) throw this.failure;
              await new Promise((resolve) => this.wake = resolve);
              this.wake = void 0;
              await this.mergeDone();
            }
          }
          await this.mergeDone();
        } finally {
          await this.close();
        }
      }
      /** Stop the workers (after the scan, or when the listing failed). */
      async close() {
        const workers = this.workers;
        this.workers = [];
        await Promise.all(workers.map((w) => w.removeAllListeners("exit").terminate()));
      }
    };
  }
});

// src/run/driver.ts
async function runSource(source, options) {
  const started = performance.now();
  const tally = newTally();
  const sink = tallySink(tally);
  const progress = options.onProgress;
  const { onProgress: _, onFinding, ...pipeline } = options;
  let pool;
  let earliest;
  const archives = options.archives ?? DEFAULT_ARCHIVE_LIMITS;
  const collected = [];
  const ready = [];
  const final = (f) => {
    if (!source.keep || source.keep(f)) (onFinding ? ready : collected).push(f);
  };
  const drain = (place) => {
    if (!tally.findings.length) return;
    const found = tally.findings;
    tally.findings = [];
    if (place) (earliest ??= new EarliestCommit(final)).take(found, place);
    else for (const f of found) final(f);
  };
  const deliver = async () => {
    for (let i = 0; i < ready.length; i++) {
      const wait = onFinding(ready[i]);
      if (wait) await wait;
    }
    ready.length = 0;
  };
  const waits = source.waits?.bind(source);
  try {
    for await (const item of source.items(sink)) {
      drain();
      if (Array.isArray(item)) {
        pool ??= new (await Promise.resolve().then(() => (init_pool(), pool_exports))).FilePool(options.jobs, { ...pipeline, maxFileSize: options.maxFileSize, archives }, tally, progress, async () => {
          drain();
          if (ready.length) await deliver();
        });
        pool.add(item);
      } else {
        const kind = archives.maxDepth > 0 && !item.window && !item.lineMap ? archiveKind(item.path, item.content) : void 0;
        if (kind) await readArchive(item.path, item.origin, kind, item.content, archives, sink, (member) => processFragment(member, pipeline, tally));
        else processFragment(item, pipeline, tally);
        const { time, order } = item.origin;
        drain(time !== void 0 ? { time, order: order ?? 0 } : void 0);
        if (earliest && source.floor) earliest.settle(source.floor(), waits);
        progress?.(tally.stats);
      }
      if (ready.length) await deliver();
    }
    await pool?.finish();
  } finally {
    await pool?.close();
  }
  drain();
  earliest?.end();
  if (ready.length) await deliver();
  tally.findings = collected;
  const report = finishReport(source.mode, tally, started);
  await source.finish?.(report);
  return report;
}
var init_driver = __esm({
  "src/run/driver.ts"() {
    "use strict";
    init_kind();
    init_fragment();
    init_settle();
    init_tally();
  }
});

// src/rules/index.ts
function docsUrl(rule) {
  return `${README_URL}#${rule.docs}`;
}
function ruleById(id) {
  return BY_ID.get(id);
}
function keyRule(id) {
  const rule = BY_ID.get(id);
  return rule?.kind === "key" ? rule : void 0;
}
var RULES, README_URL, BY_ID;
var init_rules = __esm({
  "src/rules/index.ts"() {
    "use strict";
    init_keys();
    init_risks();
    RULES = [...KEY_RULES, ...RISK_RULES];
    README_URL = "https://www.npmjs.com/package/openai-key-scan";
    BY_ID = new Map(RULES.map((r) => [r.id, r]));
  }
});

// src/verify/client.ts
function verifyOptions(baseUrl, timeoutMs = 1e4, budgetMs = 12e4) {
  return { baseUrl, timeoutMs, retries: 2, maxRetryWaitMs: 1e4, deadline: performance.now() + budgetMs };
}
function checkBaseUrl(value, source) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${source}: "${value}" is not a URL (example: https://api.openai.com)`);
  }
  if (url.username || url.password) throw new UsageError(`${source}: a verification URL cannot hold credentials`);
  if (url.protocol === "https:" || url.protocol === "http:" && LOOPBACK.has(url.hostname)) return url.href.replace(/\/+$/, "");
  throw new UsageError(`${source}: keys are only sent over https, or plain http to this machine (127.0.0.1, localhost); got ${url.protocol}//${url.host}`);
}
function resolveBaseUrl(flag, env = process.env) {
  if (flag) return checkBaseUrl(flag, "--verify-base-url");
  if (env[BASE_URL_ENV]) return checkBaseUrl(env[BASE_URL_ENV], BASE_URL_ENV);
  return DEFAULT_BASE_URL;
}
async function readCapped(res, max = MAX_BODY_BYTES) {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {
      });
      return void 0;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function errorOf(res) {
  try {
    const body = JSON.parse(await readCapped(res) ?? "");
    if (!body || typeof body !== "object" || !body.error || typeof body.error !== "object") return void 0;
    const text = (v) => typeof v === "string" ? fromOutside(v, 100) : void 0;
    return { code: text(body.error.code), type: text(body.error.type), message: text(body.error.message) };
  } catch {
    return void 0;
  }
}
function retryAfterMs(res) {
  const ms = Number(res.headers.get("retry-after-ms"));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const h = res.headers.get("retry-after");
  if (!h) return void 0;
  const s = Number(h);
  if (Number.isFinite(s)) return Math.max(0, s * 1e3);
  const at = Date.parse(h);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : void 0;
}
function withIds(v, res) {
  const header = (name) => {
    const value = res.headers.get(name);
    return value ? fromOutside(value, 100) : void 0;
  };
  const organization = header("openai-organization");
  const project = header("openai-project");
  return { ...v, ...organization ? { organization } : {}, ...project ? { project } : {} };
}
async function classify2(res) {
  const { status } = res;
  if (status === 200) {
    const body = await readCapped(res).catch(() => "");
    if (body === void 0) return { status: "error", detail: `HTTP 200 with a body larger than ${MAX_BODY_BYTES / 1024} KiB: not read (a proxy or portal in the way?)` };
    try {
      JSON.parse(body);
    } catch {
      return { status: "error", detail: "HTTP 200 with a body that is not JSON (a proxy or portal in the way?)" };
    }
    return withIds({ status: "live", detail: "the key works: revoke it now" }, res);
  }
  if (status >= 300 && status < 400) return { status: "error", detail: `HTTP ${status} redirect, not followed` };
  const err = await errorOf(res);
  if (status === 401) {
    if (err?.code === "invalid_api_key") return { status: "invalid", detail: "revoked or never valid" };
    return { status: "error", detail: `HTTP 401${err?.code ? ` ${err.code}` : ""}: could not tell (IP allow-list, organization membership?)` };
  }
  if (status === 403) {
    if (/insufficient permissions|missing scopes/i.test(err?.message ?? "")) return withIds({ status: "forbidden", detail: "the key works but is restricted: still revoke it" }, res);
    return { status: "error", detail: `HTTP 403${err?.code ? ` ${err.code}` : ""}: could not tell` };
  }
  if (status === 429) {
    if (QUOTA_CODES.has(err?.code ?? "") || QUOTA_CODES.has(err?.type ?? "")) return withIds({ status: "quota", detail: "the key works but has no credit: still revoke it" }, res);
    return "retry";
  }
  return { status: "error", detail: `HTTP ${status}: could not tell` };
}
async function verifyKey(key, rule, options) {
  const url = `${options.baseUrl}${rule.verifyPath}`;
  for (let attempt = 0; ; attempt++) {
    if (performance.now() > options.deadline) return { status: "error", detail: "not checked: the verification time budget ran out" };
    let res;
    try {
      res = await fetch(url, {
        method: "GET",
        headers: { authorization: `Bearer ${key}`, accept: "application/json", "user-agent": "openai-key-scan" },
        redirect: "manual",
        signal: AbortSignal.timeout(options.timeoutMs)
      });
    } catch (e) {
      const name = e?.name;
      const detail = name === "TimeoutError" || name === "AbortError" ? `no answer within ${options.timeoutMs / 1e3} s` : `network error (${e.cause?.code ?? name ?? "unknown"})`;
      return { status: "error", detail };
    }
    let result;
    try {
      result = await classify2(res);
    } catch {
      result = { status: "error", detail: `HTTP ${res.status} with an unreadable body` };
    }
    if (result !== "retry") return result;
    const wait = retryAfterMs(res) ?? 1e3 * 2 ** attempt;
    if (attempt >= options.retries || wait > options.maxRetryWaitMs || performance.now() + wait > options.deadline) {
      return { status: "error", detail: "rate limited (HTTP 429) and retries ran out: could not tell" };
    }
    await sleep(wait);
  }
}
var DEFAULT_BASE_URL, BASE_URL_ENV, LOOPBACK, MAX_BODY_BYTES, QUOTA_CODES, sleep;
var init_client = __esm({
  "src/verify/client.ts"() {
    "use strict";
    init_types();
    init_redact();
    DEFAULT_BASE_URL = "https://api.openai.com";
    BASE_URL_ENV = "OPENAI_KEY_SCAN_BASE_URL";
    LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);
    MAX_BODY_BYTES = 1024 * 1024;
    QUOTA_CODES = /* @__PURE__ */ new Set(["insufficient_quota", "billing_hard_limit_reached", "billing_not_active", "access_terminated"]);
    sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  }
});

// src/verify/index.ts
var verify_exports = {};
__export(verify_exports, {
  BASE_URL_ENV: () => BASE_URL_ENV,
  DEFAULT_BASE_URL: () => DEFAULT_BASE_URL,
  checkBaseUrl: () => checkBaseUrl,
  keyVerifier: () => keyVerifier,
  resolveBaseUrl: () => resolveBaseUrl,
  verifyFindings: () => verifyFindings
});
function keyVerifier(settings) {
  const options = verifyOptions(settings.baseUrl, settings.timeoutMs, settings.budgetMs);
  const budget = options.deadline - performance.now();
  options.deadline = Infinity;
  const limit = Math.max(1, settings.concurrency ?? 4);
  let active = 0;
  const waiting = [];
  const checks = /* @__PURE__ */ new Map();
  const check = async (key, ruleId) => {
    if (active < limit) active++;
    else await new Promise((r) => waiting.push(r));
    try {
      const rule = keyRule(ruleId);
      return rule ? await verifyKey(key, rule, options) : { status: "error", detail: `no key rule ${ruleId}` };
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
  return {
    async verify(f) {
      if (f.kind !== "key" || !f.secret) return;
      let answer = checks.get(f.secret);
      if (!answer) checks.set(f.secret, answer = check(f.secret, f.ruleId));
      const verification = await answer;
      f.verification = verification;
      if (verification.status === "live") f.severity = "critical";
      else if (verification.status === "invalid") f.severity = "low";
    },
    scanned() {
      options.deadline = performance.now() + budget;
    }
  };
}
async function verifyFindings(findings, settings) {
  const verifier = keyVerifier(settings);
  verifier.scanned();
  await Promise.all(findings.map((f) => verifier.verify(f)));
}
var init_verify = __esm({
  "src/verify/index.ts"() {
    "use strict";
    init_rules();
    init_client();
    init_client();
  }
});

// src/run/verification.ts
async function verifySettings(choice) {
  const { resolveBaseUrl: resolveBaseUrl2 } = await Promise.resolve().then(() => (init_verify(), verify_exports));
  const { UsageError: UsageError2 } = await Promise.resolve().then(() => (init_types(), types_exports));
  const concurrency = choice.concurrency ?? 4;
  const timeout = choice.timeoutSeconds ?? 10;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError2(`--verify-concurrency: give a whole number from 1 to 64 (got ${String(concurrency)})`);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600) throw new UsageError2(`--verify-timeout: give a number of seconds above 0 and at most 600 (got ${String(timeout)})`);
  return { baseUrl: resolveBaseUrl2(choice.baseUrl), concurrency, timeoutMs: timeout * 1e3 };
}
async function keyVerifierFor(settings) {
  const { keyVerifier: keyVerifier2 } = await Promise.resolve().then(() => (init_verify(), verify_exports));
  return keyVerifier2(settings);
}
var init_verification = __esm({
  "src/run/verification.ts"() {
    "use strict";
  }
});

// src/run/scan.ts
async function runScan(source, ctx, options, allow) {
  const verify = options.verify ? await verifySettings(options.verify === true ? {} : options.verify) : void 0;
  if (ctx.failOn === "live" && !verify) {
    throw new UsageError("--fail-on live judges keys by their verification: add --verify (or fail on key, the default)");
  }
  const src = typeof source === "function" ? await source() : source;
  const { stage: allowStage, warnings: allowWarnings } = await allowLists(ctx, allow, src.mode);
  const verifier = verify ? await keyVerifierFor(verify) : void 0;
  const keep = options.keepFindings !== false || !options.onFinding;
  const kept = [];
  const inline = [];
  const setApart = [];
  let failed = false;
  let failure;
  const handOn = (f) => {
    if (options.showSecrets !== true) delete f.secret;
    if (!f.suppressed && fails(f, ctx.failOn)) failed = true;
    if (keep) (f.suppressed ? f.suppressed.by === "inline" ? inline : setApart : kept).push(f);
    return options.onFinding?.(f);
  };
  let busy;
  const deliver = (f) => {
    const done = busy ? busy.then(() => handOn(f)) : handOn(f);
    if (!done) return;
    const p = busy = Promise.resolve(done);
    p.then(() => void (busy === p && (busy = void 0)), () => {
    });
    return p;
  };
  const verifying = /* @__PURE__ */ new Set();
  const onFinding = (found) => {
    if (failure) throw failure;
    const f = allowStage.judge(found);
    if (!verifier || f.suppressed || f.kind !== "key") return deliver(f);
    const settled2 = verifier.verify(f).then(() => deliver(f)).then(
      () => void verifying.delete(settled2),
      (e) => {
        failure ??= e;
        verifying.delete(settled2);
      }
    );
    verifying.add(settled2);
    if (verifying.size >= MAX_AWAITING_VERIFICATION) return Promise.race(verifying);
  };
  const report = await runSource(src, {
    maxFileSize: ctx.maxFileSize,
    root: ctx.root,
    showSecrets: options.showSecrets === true,
    keepSecrets: verify !== void 0,
    noInlineAllow: options.inlineAllow === false,
    risks: { ...ctx.loaded.config.risks, ...options.risks },
    ...options.jobs !== void 0 ? { jobs: options.jobs } : {},
    ...options.onProgress ? { onProgress: options.onProgress } : {},
    archives: {
      maxDepth: options.maxArchiveDepth ?? DEFAULT_ARCHIVE_LIMITS.maxDepth,
      maxBytes: options.maxArchiveSize ?? DEFAULT_ARCHIVE_LIMITS.maxBytes
    },
    onFinding
  });
  verifier?.scanned();
  await Promise.all(verifying);
  await busy;
  if (failure) throw failure;
  const { stale, warnings } = allowStage.finish();
  report.findings = kept.sort(compareFindings);
  report.suppressed = [...inline.sort(compareFindings), ...setApart.sort(compareFindings)];
  report.stale = stale;
  report.warnings.push(...allowWarnings, ...warnings);
  report.exitCode = failed ? 1 : 0;
  report.failOn = ctx.failOn;
  return report;
}
var MAX_AWAITING_VERIFICATION;
var init_scan = __esm({
  "src/run/scan.ts"() {
    "use strict";
    init_types();
    init_kind();
    init_allow();
    init_driver();
    init_policy();
    init_tally();
    init_verification();
    MAX_AWAITING_VERIFICATION = 1e3;
  }
});

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os");
    var path11 = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path11.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars3 = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars3[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars3[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
        str = str.replace(backslash, slash);
      }
      if (enclosure.test(str)) {
        str += slash;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent2 = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent2);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils2();
    var compile = (ast, options = {}) => {
      const walk2 = (node, parent2 = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent2);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk2(child, node);
          }
        }
        return output;
      };
      return walk2(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils2();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk2 = (node, parent2 = {}) => {
        node.queue = [];
        let p = parent2;
        let q = parent2.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk2(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk2(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants2();
    var parse2 = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance2 = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance2();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance2() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance2())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance2();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance2())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance2();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before2 = siblings[siblings.length - 1];
            before2.value += prev.value + value;
            prev = before2;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent2 = stack[stack.length - 1];
          const index2 = parent2.nodes.indexOf(block);
          parent2.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse2;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse2 = require_parse2();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse2(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/constants.js
var require_constants3 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path11 = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path11.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars3) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars3.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/utils.js
var require_utils3 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path11 = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants3();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path11.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/scan.js
var require_scan2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils3();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants3();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance2 = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance2();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance2();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance2())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance2()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance2())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance2();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance2())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance2())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance2();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/parse.js
var require_parse3 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants3();
    var utils = require_utils3();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars3 = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars3.push(branch);
        index += match.end + 1;
      }
      if (chars3.length < 1) {
        return;
      }
      const source = chars3.length === 1 ? utils.escapeRegex(chars3[0]) : `[${chars3.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants3.globChars(win32);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance2 = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance2();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance2(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars3, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars3.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars3.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance2();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance2();
          } else {
            value += advance2();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance2();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before2 = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before2 && (before2.type === "star" || before2.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance2());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance2());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/picomatch.js
var require_picomatch3 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path11 = __require("path");
    var scan = require_scan2();
    var parse2 = require_parse3();
    var utils = require_utils3();
    var constants3 = require_constants3();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path11.basename(input));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants3;
    module.exports = picomatch;
  }
});

// node_modules/micromatch/node_modules/picomatch/index.js
var require_picomatch4 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch3();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch4();
    var utils = require_utils3();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path11 = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename = path11.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative = [];
      for (const pattern of patterns) {
        if (isAbsolute(pattern)) {
          absolute.push(pattern);
        } else {
          relative.push(pattern);
        }
      }
      return [absolute, relative];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute(pattern) {
      return path11.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs = require_fs();
    exports.fs = fs;
    var path11 = require_path();
    exports.path = path11;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils4();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path11, settings, callback) {
      settings.fs.lstat(path11, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path11, (statError, stat2) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          if (settings.markSymbolicLink) {
            stat2.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat2);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path11, settings) {
      const lstat = settings.fs.lstatSync(path11);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
      }
      try {
        const stat2 = settings.fs.statSync(path11);
        if (settings.markSymbolicLink) {
          stat2.isSymbolicLink = () => true;
        }
        return stat2;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat2(path11, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path11, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path11, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat2;
    function statSync2(path11, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path11, settings);
    }
    exports.statSync = statSync2;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils5 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs = require_fs3();
    exports.fs = fs;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants4();
    var utils = require_utils5();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path11 = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path11, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path: path11,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants4();
    var utils = require_utils5();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path11 = __require("path");
    var fsStat = require_out();
    var fs = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path11.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path11, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path11, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path11, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path11, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path11, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head2 = new Constructor();
      var tail = head2;
      function get() {
        var current = head2;
        if (current.next) {
          head2 = current.next;
        } else {
          head2 = new Constructor();
          tail = head2;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path11 = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path11.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk2(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk2;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path11 = __require("path");
    var fsStat = require_out();
    var utils = require_utils4();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path11.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils4();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils4();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils4();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils4();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils4();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path11 = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path11.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils4();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern2;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// src/sources/tree/list.ts
var list_exports = {};
__export(list_exports, {
  treeEntries: () => treeEntries,
  treeSource: () => treeSource
});
import { stat } from "node:fs/promises";
import { readdirSync, realpathSync as realpathSync2 } from "node:fs";
import path7 from "node:path";
import { isUtf8 as isUtf83 } from "node:buffer";
function* walk(dir, base, sink, inRepo = false, named) {
  const rel = named ?? toPosix(path7.relative(base, dir));
  const prefix = rel ? `${rel}/` : "";
  const stack = [{ sub: "", abs: dir }];
  let out = [];
  while (stack.length) {
    listFolder(stack.pop(), prefix, inRepo, stack, out, sink);
    if (out.length >= LIST_BATCH) {
      yield out;
      out = [];
    }
  }
  if (out.length) yield out;
}
function listFolder({ sub, abs }, prefix, inRepo, stack, out, sink) {
  let listed;
  try {
    listed = typeof abs === "string" ? readdirSync(abs, { withFileTypes: true }) : readdirSync(abs, { withFileTypes: true, encoding: "buffer" });
    if (typeof abs === "string" && listed.some((d) => mayBeLossy(d.name))) listed = readdirSync(abs, { withFileTypes: true, encoding: "buffer" });
  } catch (e) {
    sink.skip("unreadable", prefix + sub, e.code ?? String(e));
    return;
  }
  const at = prefix + (sub ? `${sub}/` : "");
  for (const d of listed) {
    let name;
    let child;
    if (typeof d.name === "string") {
      name = d.name;
      child = under(abs, name);
    } else {
      name = nameFromBytes(d.name);
      child = typeof abs === "string" && isUtf83(d.name) ? path7.join(abs, name) : Buffer.concat([typeof abs === "string" ? Buffer.from(abs) : abs, Buffer.from(path7.sep), d.name]);
    }
    if (d.isDirectory()) {
      if (name !== ".git") stack.push({ sub: sub ? `${sub}/${name}` : name, abs: child });
    } else if (d.isFile()) out.push(inRepo ? { abs: child, file: at + name, untracked: true } : { abs: child, file: at + name });
    else if (d.isSymbolicLink()) sink.skip("symlink", at + name);
    else sink.skip("special", at + name);
  }
}
function outside(root, p) {
  const rel = path7.relative(root, p);
  return rel.startsWith("..") || path7.isAbsolute(rel);
}
function realPath(p) {
  try {
    return realpathSync2(p);
  } catch {
    return p;
  }
}
async function expandGlob(target, cwd) {
  if (!/[*?[\]{}()!]/.test(target)) return void 0;
  const { default: fg } = await Promise.resolve().then(() => __toESM(require_out4(), 1));
  if (!fg.isDynamicPattern(target)) return void 0;
  return fg.sync(target, { cwd, dot: true, onlyFiles: true, followSymbolicLinks: false, absolute: true, suppressErrors: true }).sort();
}
async function* ignoredUnder(root, rel, sink) {
  let files = [];
  for (const { file, raw } of await listIgnored(root, rel)) {
    const abs = raw ? Buffer.concat([Buffer.from(root), Buffer.from(path7.sep), raw]) : path7.join(root, file);
    if (!file.endsWith("/")) files.push({ abs, file, untracked: true });
    else if (!/(?:^|\/)node_modules\/$/.test(file)) {
      if (files.length) yield files;
      files = [];
      yield* walk(abs, root, sink, true, file.slice(0, -1));
    }
  }
  if (files.length) yield files;
}
async function* listTargets(opts, sink) {
  const named = opts.paths.length > 0;
  const targets = named ? [...opts.paths] : ["."];
  let warnedNoGit = false;
  for (let t = 0; t < targets.length; t++) {
    const target = targets[t];
    const abs = path7.resolve(opts.cwd, target);
    const st = await stat(abs).catch(async (e) => {
      if (e.code === "ENOENT" || e.code === "ENOTDIR") {
        const matches = await expandGlob(target, opts.cwd);
        if (matches?.length) return matches;
        if (matches) throw new UsageError(`no file matches ${target}`);
        throw new UsageError(`no such file or directory: ${target}`);
      }
      throw new UsageError(`cannot read ${target}: ${e.code ?? e.message}`);
    });
    if (Array.isArray(st)) {
      targets.splice(t + 1, 0, ...st);
      continue;
    }
    const dir = st.isDirectory() ? abs : path7.dirname(abs);
    const root = await repoRoot(dir, true);
    if (!root && isGitMissing() && !warnedNoGit) {
      warnedNoGit = true;
      sink.warn("git not found on PATH: scanning every file, .gitignore is not applied");
    }
    const real = root && outside(root, abs) ? st.isDirectory() ? realPath(abs) : path7.join(realPath(path7.dirname(abs)), path7.basename(abs)) : abs;
    if (!st.isDirectory()) {
      const base = root ?? opts.cwd;
      const rel2 = path7.relative(base, real);
      const file = toPosix(rel2.startsWith("..") ? abs : rel2);
      const untracked = root && isDotenv(file) && !await isTracked(root, file) ? { untracked: true } : {};
      yield [{ abs, file, follow: true, ...untracked }];
      continue;
    }
    if (root && opts.noIgnore) {
      const rel2 = path7.relative(root, real) || ".";
      const tracked = new Set((await listFilesTracked(root, rel2)).filter((f) => !f.untracked).map((f) => f.file));
      for (const batch of walk(real, root, sink, true)) yield batch.map((e) => tracked.has(e.file) ? { abs: e.abs, file: e.file } : e);
      continue;
    }
    if (root) {
      const rel2 = path7.relative(root, real) || ".";
      const files = await listFilesTracked(root, rel2);
      if (files.length > 0 || !named) {
        const entries = files.map((f) => {
          const abs2 = f.raw ? Buffer.concat([Buffer.from(root), Buffer.from(path7.sep), f.raw]) : path7.join(root, f.file);
          return f.untracked ? { abs: abs2, file: f.file, untracked: true } : { abs: abs2, file: f.file };
        });
        if (entries.length) yield entries;
        if (named && rel2 !== ".") yield* ignoredUnder(root, rel2, sink);
        continue;
      }
      yield* walk(real, root, sink, true);
      continue;
    }
    const rel = path7.relative(opts.cwd, abs);
    const underCwd = named && !path7.isAbsolute(target) && rel !== "" && !rel.startsWith("..") && !path7.isAbsolute(rel);
    yield* walk(abs, underCwd ? opts.cwd : abs, sink);
  }
}
async function* treeEntries(opts, sink) {
  const include = await globMatcher(opts.include);
  const exclude = await globMatcher(opts.exclude);
  const seen = opts.paths.length > 1 ? /* @__PURE__ */ new Set() : void 0;
  for await (const batch of listTargets(opts, sink)) {
    if (!seen && !include && !exclude) {
      yield batch;
      continue;
    }
    const kept = batch.filter((entry) => {
      if (seen) {
        const key = typeof entry.abs === "string" ? entry.abs : Buffer.from(entry.abs).toString("latin1");
        if (seen.has(key)) return false;
        seen.add(key);
      }
      if (include && !include(entry.file)) return false;
      return !exclude?.(entry.file);
    });
    if (kept.length) yield kept;
  }
}
function treeSource(opts) {
  return { mode: "tree", items: (sink) => treeEntries(opts, sink) };
}
var toPosix, under, LIST_BATCH;
var init_list = __esm({
  "src/sources/tree/list.ts"() {
    "use strict";
    init_globs();
    init_types();
    init_risks();
    init_git();
    init_names();
    toPosix = (p) => path7.sep === "/" ? p : p.split(path7.sep).join("/");
    under = path7.sep === "/" ? (dir, p) => dir.endsWith("/") ? dir + p : `${dir}/${p}` : (dir, p) => path7.join(dir, p);
    LIST_BATCH = 256;
  }
});

// src/sources/stdin.ts
var stdin_exports = {};
__export(stdin_exports, {
  stdinSource: () => stdinSource
});
function stdinSource(options) {
  return { mode: "stdin", items: (sink) => stdinFragments(options, sink) };
}
async function* stdinFragments({ name, input }, sink) {
  const iterator = input[Symbol.asyncIterator]();
  let held = Buffer.alloc(0);
  let base = 0;
  let done = false;
  let total = 0;
  const fill = async (upTo) => {
    const parts = [held];
    let length = held.length;
    while (!done && base + length < upTo) {
      const r = await iterator.next();
      if (r.done) done = true;
      else {
        const chunk = typeof r.value === "string" ? Buffer.from(r.value) : r.value;
        parts.push(chunk);
        length += chunk.length;
        total += chunk.length;
      }
    }
    held = Buffer.concat(parts, length);
  };
  await fill(WINDOW2 + 2 * OVERLAP2 + 1);
  if (done && held.length <= WINDOW2 + 2 * OVERLAP2) {
    yield { path: name, content: held, origin: ORIGIN };
    return;
  }
  const at = { line: 0, column: 0 };
  let encoding = "utf8";
  let fileBom = 0;
  for (let k = 0; ; k++) {
    const from = Math.max(0, k * WINDOW2 - OVERLAP2);
    await fill((k + 1) * WINDOW2 + OVERLAP2 + 1);
    if (from > base) {
      held = held.subarray(from - base);
      base = from;
    }
    const end = Math.min(base + held.length, (k + 1) * WINDOW2 + OVERLAP2);
    const content = held.subarray(0, end - from);
    if (k === 0) {
      const view = textView(content);
      if (!view) encoding = "binary";
      else ({ encoding, bom: fileBom } = viewEncoding(content, view));
    }
    const window2 = windowAt(k, from, done ? total : Infinity, k === 0 ? fileBom : 0, encoding, at);
    yield { path: name, content: Buffer.from(content), origin: ORIGIN, window: window2 };
    if (window2.acceptTo === Infinity) return;
    nextWindow(content, window2, k, from, at);
  }
}
var ORIGIN;
var init_stdin = __esm({
  "src/sources/stdin.ts"() {
    "use strict";
    init_text2();
    init_read();
    ORIGIN = { kind: "stdin" };
  }
});

// src/sources/git-index.ts
var git_index_exports = {};
__export(git_index_exports, {
  addedLines: () => addedLines,
  parseStagedDiff: () => parseStagedDiff,
  stagedFragments: () => stagedFragments,
  stagedSelection: () => stagedSelection,
  stagedSource: () => stagedSource
});
import path8 from "node:path";
function parseStagedDiff(out) {
  let at = 0;
  const next = () => {
    const end = out.indexOf(0, at);
    if (end === -1) return void 0;
    const record = out.toString("utf8", at, end);
    at = end + 1;
    return record;
  };
  const entries = [];
  const wholeFiles = /* @__PURE__ */ new Set();
  while (out[at] === 58) {
    const meta = next();
    const [, newMode, , newSha, status] = meta.slice(1).split(" ");
    const letter = status[0];
    const first = next();
    const file = letter === "R" || letter === "C" ? next() : first;
    entries.push({ file, blob: newSha, mode: newMode, status: letter });
  }
  for (let record = next(); record; record = next()) {
    const m = /^(\S+)\t(\S+)\t([^]*)$/.exec(record);
    if (!m) continue;
    const file = m[3] ? m[3] : (next(), next());
    if (m[1] === "-") wholeFiles.add(file);
  }
  return { entries, wholeFiles, patch: out.subarray(at) };
}
function addedLines(patch) {
  const added = /* @__PURE__ */ new Map();
  let current;
  let body = 0;
  for (const line of patch.toString("utf8").split("\n")) {
    if (body > 0) {
      if (!line.startsWith("\\")) body--;
      continue;
    }
    if (line.startsWith("+++ ")) {
      const file = newPathOf(line);
      current = void 0;
      if (file === void 0) continue;
      current = added.get(file) ?? /* @__PURE__ */ new Set();
      added.set(file, current);
    } else if (line.startsWith("@@ ")) {
      const h = hunkHeader(line);
      if (!h) continue;
      body = h.oldCount + h.newCount;
      if (current) for (let n = h.newStart; n < h.newStart + h.newCount; n++) current.add(n);
    }
  }
  return added;
}
async function stagedSelection(cwd, files, root, started) {
  const [top, diff] = await Promise.all([root, started ? started.diff.then(settled) : stagedDiff(cwd, files)]);
  if (!top) throw new UsageError("not inside a git repository: run `openai-key-scan staged` in a repository, or `openai-key-scan <path>` to scan files");
  if (diff.code !== 0) throw gitFailure("git diff --cached", diff.code, diff.stderr);
  for (const f of files) {
    if (path8.relative(top, path8.resolve(cwd, f)).startsWith("..")) throw new UsageError(`${f} is outside the repository at ${top}`);
  }
  const { entries, wholeFiles, patch } = parseStagedDiff(diff.stdout);
  const selection = { root: top, entries, added: addedLines(patch), submodules: entries.filter((e) => e.mode === SUBMODULE).length, wholeFiles };
  return started?.blobs ? { ...selection, blobs: started.blobs } : selection;
}
async function* stagedFragments(selection, sink, maxFileSize = Infinity) {
  const readable = [];
  for (const e of selection.entries) {
    if (e.mode === SUBMODULE) continue;
    if (e.mode === SYMLINK) sink.skip("symlink", e.file);
    else readable.push(e);
  }
  let i = 0;
  for await (const { content } of readBlobs(selection.root, readable.map((e) => e.blob), selection.blobs)) {
    const entry = readable[i++];
    if (!content) {
      sink.skip("unreadable", entry.file, "git cat-file could not read the staged blob");
      continue;
    }
    if (content.length > maxFileSize) {
      sink.skip("tooLarge", entry.file, `${content.length} bytes`);
      continue;
    }
    yield { path: entry.file, content, origin: { kind: "staged" } };
  }
}
function stagedSource(selection, maxFileSize, allLines = false) {
  const added = (f) => selection.wholeFiles.has(f.file.split("!")[0]) || f.encoding === "binary" || selection.added.get(f.file)?.has(f.line) === true;
  return {
    mode: "staged",
    items: (sink) => stagedFragments(selection, sink, maxFileSize),
    ...allLines ? {} : { keep: added },
    finish(report) {
      const { files, skipped } = report.stats;
      const scannable = selection.entries.length - skipped.symlink - selection.submodules;
      if (scannable > 0 && files === 0 && skipped.binary + skipped.tooLarge < scannable) {
        throw new UsageError(`could not read any of the ${scannable} staged file(s) through git (${skipped.unreadable} unreadable): check \`git status\` and \`git fsck\`, then commit again`);
      }
    }
  };
}
var SUBMODULE, SYMLINK;
var init_git_index = __esm({
  "src/sources/git-index.ts"() {
    "use strict";
    init_types();
    init_git();
    init_git_spawn();
    SUBMODULE = "160000";
    SYMLINK = "120000";
  }
});

// src/run/modes.ts
var modes_exports = {};
__export(modes_exports, {
  MissingCommitError: () => MissingCommitError,
  ZERO: () => ZERO,
  ensureRange: () => ensureRange,
  scanHistory: () => scanHistory,
  scanRange: () => scanRange,
  scanStaged: () => scanStaged,
  scanStdin: () => scanStdin,
  scanTree: () => scanTree
});
import path9 from "node:path";
async function scanTree(options = {}) {
  const ctx = await resolveContext(options);
  const paths = options.paths ?? [];
  const { treeSource: treeSource2 } = await Promise.resolve().then(() => (init_list(), list_exports));
  const source = treeSource2({
    paths,
    cwd: ctx.cwd,
    noIgnore: options.noIgnore === true,
    include: options.include,
    // The config's ignorePaths are not read at all in a tree scan.
    exclude: [...options.exclude ?? [], ...ctx.loaded.config.ignorePaths ?? []],
    maxFileSize: ctx.maxFileSize
  });
  return runScan(source, ctx, options, { ...allowOf(options), complete: paths.length === 0 });
}
async function scanStdin(options = {}) {
  const ctx = await resolveContext(options);
  const { stdinSource: stdinSource2 } = await Promise.resolve().then(() => (init_stdin(), stdin_exports));
  const source = stdinSource2({ name: options.filename ?? "<stdin>", input: options.input ?? process.stdin });
  return runScan(source, ctx, options, { ...allowOf(options), complete: false });
}
async function scanStaged(options = {}, started) {
  const cwd = path9.resolve(options.cwd ?? process.cwd());
  const files = options.files ?? [];
  const mine = started && started.cwd === cwd && sameList(started.files, files) ? started : void 0;
  if (started && !mine) started.close();
  const top = mine ? rootFrom(mine.top, true) : repoRoot(cwd, true);
  const { stagedSelection: stagedSelection2, stagedSource: stagedSource2 } = await Promise.resolve().then(() => (init_git_index(), git_index_exports));
  const blobs = mine?.takeBlobReader();
  const selecting = stagedSelection2(cwd, files, top, mine ? { diff: mine.diff, ...blobs ? { blobs } : {} } : void 0);
  selecting.catch(() => {
  });
  const ctx = await resolveContext({ ...options, cwd }, top);
  const selection = await selecting;
  return runScan(stagedSource2(selection, ctx.maxFileSize, options.allLines === true), ctx, options, { ...allowOf(options), complete: false });
}
async function scanRange(options) {
  const { base, head: head2 } = options;
  for (const [name, rev] of [["base", base], ["head", head2]]) {
    if (!rev || rev.startsWith("-")) throw new UsageError(`diff: the ${name} "${rev}" is not a revision (a revision cannot start with "-")`);
  }
  const ctx = await resolveContext(options);
  const root = await commitRoot(ctx, "diff");
  const whole = ZERO.test(base);
  if (!whole) await ensureRange(root, base, head2);
  const source = () => commitSource({ mode: "diff", root, revs: whole ? [head2] : [`${base}..${head2}`], ...commitOptions(ctx, options) });
  return runScan(source, ctx, options, { ...allowOf(options), complete: false, ...whole ? {} : { range: { base, head: head2 } } });
}
async function scanHistory(options = {}) {
  const ctx = await resolveContext(options);
  const root = await commitRoot(ctx, "history");
  if (!await hasAnyCommit(root)) throw new UsageError("this repository has no commits yet: nothing in history to scan (use `openai-key-scan staged` or `openai-key-scan .`)");
  const source = await commitSource({ mode: "history", root, revs: ["--all"], ...commitOptions(ctx, options) });
  const finish = source.finish;
  source.finish = async (report) => {
    await finish?.(report);
    if (await isShallow(root)) {
      report.warnings.push({
        code: "shallow-history",
        message: `this clone is shallow: history covers only the ${report.commits ?? 0} commit(s) it holds; fetch the rest (git fetch --unshallow, or actions/checkout with fetch-depth: 0) to scan all of it`
      });
    }
  };
  return runScan(source, ctx, options, { ...allowOf(options), complete: true });
}
function allowOf(options) {
  return { ...options.baseline !== void 0 ? { baseline: options.baseline } : {}, updateBaseline: options.updateBaseline === true };
}
function commitOptions(ctx, options) {
  return {
    includeMerges: options.includeMerges === true,
    literals: LINE_LITERALS3,
    // Each also as UTF-16 text: an encoded key in a UTF-16 file holds no literal as plain bytes.
    wideLiterals: LINE_LITERALS3,
    maxFileSize: ctx.maxFileSize,
    archives: options.maxArchiveDepth !== 0
  };
}
async function commitRoot(ctx, mode) {
  const root = await repoDir(ctx.cwd);
  if (!root) throw new UsageError(`not inside a git repository: run \`openai-key-scan ${mode}\` in a repository (a clone with its history)`);
  return root;
}
async function ensureRange(root, base, head2) {
  const ok = async () => await hasCommit(root, base) && await hasCommit(root, head2) && (!await isShallow(root) || await haveMergeBase(root, base, head2));
  if (await ok()) return;
  const shallow = await isShallow(root);
  const isSha = (r) => /^[0-9a-f]{40}$/.test(r);
  if (!shallow) {
    for (const rev of [base, head2]) {
      if (!isSha(rev) && !await resolveCommit(root, rev)) throw new UsageError(`unknown revision "${rev}": check the name (git rev-parse ${rev})`);
    }
  }
  const shas = [base, head2].filter(isSha);
  for (const depth of [50, 500, 5e3]) {
    if (await fetchShallow(root, shas.length ? shas : [base, head2], depth) && await ok()) return;
  }
  for (const rev of [base, head2]) {
    if (!await hasCommit(root, rev)) {
      if (!shallow && !isSha(rev)) throw new UsageError(`unknown revision "${rev}": check the name (git rev-parse ${rev})`);
      throw new MissingCommitError(`commit ${rev} is not in this clone and could not be fetched: check out with full history (actions/checkout: fetch-depth: 0) or git fetch it`);
    }
  }
  throw new UsageError(`${base} and ${head2} share no history in this shallow clone: check out with full history (actions/checkout: fetch-depth: 0)`);
}
var MissingCommitError, ZERO, sameList;
var init_modes = __esm({
  "src/run/modes.ts"() {
    "use strict";
    init_detect();
    init_commit_log();
    init_git();
    init_types();
    init_context();
    init_scan();
    MissingCommitError = class extends UsageError {
    };
    ZERO = /^0+$/;
    sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
  }
});

// src/index.ts
init_modes();
init_scan();
init_driver();
init_fragment();
init_detect();
init_fingerprint();
init_redact();

// src/report/gitlab.ts
init_fingerprint();
init_rules();
init_redact();
init_text();
var GITLAB_SCHEMA_VERSION = "15.2.1";
var GITLAB_SCHEMA_URL = `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/secret-detection-report-format.json`;
var SEVERITY = { critical: "Critical", high: "High", medium: "Medium", low: "Low" };
var NO_COMMIT = "0000000";
function gitlabTime(ms) {
  return new Date(ms).toISOString().slice(0, 19);
}
function placeHash(f) {
  return sha256Hex(`${f.ruleId}\0${f.fingerprint}\0${f.file}\0${f.line}\0${f.column}\0${f.commit ?? ""}`);
}
function findingId(f) {
  const h = placeHash(f);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
function identifier(ruleId) {
  const rule = ruleById(ruleId);
  return {
    type: "openai_key_scan_rule_id",
    name: rule?.title ?? ruleId,
    value: ruleId,
    ...rule ? { url: docsUrl(rule) } : {}
  };
}
function toGitlabReport(report, opts = {}) {
  const end = opts.now ?? Date.now();
  const tool = { id: report.tool.name, name: report.tool.name, version: report.tool.version, url: README_URL, vendor: { name: report.tool.name } };
  const vulnerabilities = report.findings.map((f) => {
    const rule = ruleById(f.ruleId);
    const steps2 = rule?.kind === "risk" ? [rule.fix] : KEY_STEPS;
    return {
      id: findingId(f),
      name: rule?.title ?? f.ruleId,
      description: f.message,
      severity: SEVERITY[f.severity],
      solution: steps2.join(" "),
      identifiers: [identifier(f.ruleId)],
      location: {
        file: f.file,
        start_line: f.line,
        end_line: f.line,
        commit: {
          sha: f.commit ?? opts.headCommit ?? NO_COMMIT,
          ...f.author !== void 0 ? { author: maskText(f.author) } : {},
          ...f.date !== void 0 ? { date: f.date } : {}
        }
      },
      raw_source_code_extract: f.redacted,
      ...rule ? { links: [{ name: `${f.ruleId} in the openai-key-scan README`, url: docsUrl(rule) }] } : {}
    };
  });
  return {
    version: GITLAB_SCHEMA_VERSION,
    schema: GITLAB_SCHEMA_URL,
    scan: {
      analyzer: tool,
      scanner: tool,
      type: "secret_detection",
      start_time: gitlabTime(end - report.stats.durationMs),
      end_time: gitlabTime(end),
      status: "success",
      messages: report.warnings.map((w) => ({ level: "warn", value: maskText(w.message) || w.code })),
      primary_identifiers: RULES.map((r) => identifier(r.id))
    },
    vulnerabilities
  };
}
function toGitlab(report, opts = {}) {
  return JSON.stringify(toGitlabReport(report, opts), null, 2) + "\n";
}
var QUALITY_SEVERITY = { critical: "blocker", high: "critical", medium: "major", low: "minor" };
function toCodeQualityReport(report) {
  return report.findings.map((f) => ({
    type: "issue",
    check_name: f.ruleId,
    description: `${maskText(f.message)} (${f.redacted}${f.commit ? `, commit ${f.commit.slice(0, 12)}` : ""})`,
    categories: ["Security"],
    fingerprint: placeHash(f).slice(0, 32),
    severity: QUALITY_SEVERITY[f.severity],
    location: { path: f.file, lines: { begin: f.line } }
  }));
}
function toCodeQuality(report) {
  return JSON.stringify(toCodeQualityReport(report), null, 2) + "\n";
}

// src/report/json.ts
function jsonFinding(f) {
  return {
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endColumn: f.endColumn,
    ...f.commit !== void 0 ? { commit: f.commit, author: f.author, date: f.date } : {},
    redacted: f.redacted,
    fingerprint: f.fingerprint,
    encoding: f.encoding,
    ...f.exposure?.length ? { exposure: f.exposure } : {},
    ...f.verification ? { verification: f.verification } : {},
    message: f.message,
    ...f.secret !== void 0 ? { secret: f.secret } : {},
    ...f.suppressed ? { suppressed: f.suppressed } : {}
  };
}
function toJson(report) {
  return JSON.stringify(
    {
      tool: report.tool,
      mode: report.mode,
      findings: report.findings.map(jsonFinding),
      stats: report.stats,
      ...report.suppressed?.length ? { suppressed: report.suppressed.map(jsonFinding) } : {},
      ...report.stale?.length ? { stale: report.stale } : {}
    },
    null,
    2
  ) + "\n";
}

// src/report/jsonl.ts
init_redact();
var commandSafe2 = (line) => line.replaceAll("##[", "##\\u005b");
function findingLine(f, repository) {
  const fields = jsonFinding({ ...f, file: maskText(f.file), ...f.author !== void 0 ? { author: maskText(f.author) } : {} });
  return `${commandSafe2(JSON.stringify({ type: f.suppressed ? "suppressed" : "finding", repository, ...fields }))}
`;
}
var JsonlLines = class {
  constructor(repository) {
    this.repository = repository;
  }
  repository;
  findings = 0;
  keys = 0;
  suppressed = 0;
  bySeverity = {};
  byRule = {};
  /** The line of a finding (kept, or set apart by an allow list: `type` says which), already made printable (reportForOutput). */
  line(f) {
    if (f.suppressed) this.suppressed++;
    else {
      this.findings++;
      if (f.kind === "key") this.keys++;
      this.bySeverity[f.severity] = (this.bySeverity[f.severity] ?? 0) + 1;
      this.byRule[f.ruleId] = (this.byRule[f.ruleId] ?? 0) + 1;
    }
    return findingLine(f, this.repository);
  }
  /** The last line: the counts of the lines given, and the run's stats, commits and warnings. */
  summary(report) {
    const summary = {
      type: "summary",
      repository: this.repository,
      tool: report.tool,
      mode: report.mode,
      findings: this.findings,
      keys: this.keys,
      bySeverity: this.bySeverity,
      byRule: this.byRule,
      suppressed: this.suppressed,
      ...report.commits !== void 0 ? { commits: report.commits } : {},
      stats: report.stats,
      warnings: report.warnings.map((w) => ({ code: w.code, message: maskText(w.message) }))
    };
    return `${commandSafe2(JSON.stringify(summary))}
`;
  }
};
function* jsonlLines(report, opts) {
  const lines = new JsonlLines(opts.repository);
  for (const f of report.findings) yield lines.line(f);
  for (const f of report.suppressed ?? []) yield lines.line(f);
  yield lines.summary(report);
}
function toJsonl(report, opts) {
  return [...jsonlLines(report, opts)].join("");
}

// src/report/sarif.ts
init_rules();
init_redact();

// src/report/place.ts
init_redact();
function placeOf(f) {
  const bang = f.file.indexOf("!");
  if (bang !== -1) return { file: f.file.slice(0, bang), member: maskText(f.file.slice(bang + 1)) };
  if (f.encoding === "binary") return { file: f.file };
  return { file: f.file, region: { startLine: f.line, startColumn: f.column, endColumn: Math.max(f.endColumn, f.column + 1) } };
}
function placeNote(f, place) {
  if (place.member) return ` (inside the archive at ${place.member}${f.offset !== void 0 ? `, byte ${f.offset}` : `, line ${f.line}`})`;
  if (f.offset !== void 0) return ` (at byte ${f.offset})`;
  return "";
}

// src/report/sarif.ts
init_text();
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
var SCORE = { critical: "9.5", high: "8.0", medium: "5.0", low: "2.0" };
function levelOf(kind, severity) {
  return kind === "risk" ? "warning" : LEVEL[severity];
}
function steps(rule) {
  return rule.kind === "key" ? KEY_STEPS : [rule.fix];
}
function sarifRule(rule) {
  const todo = steps(rule).map((s, i) => `${i + 1}. ${s}`).join("\n");
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    helpUri: docsUrl(rule),
    help: {
      text: `${rule.description}

What to do:
${todo}

${docsUrl(rule)}`,
      markdown: `${rule.description}

**What to do:**

${todo}

[${rule.id} in the openai-key-scan README](${docsUrl(rule)})`
    },
    defaultConfiguration: { level: levelOf(rule.kind, rule.severity) },
    properties: { tags: ["security", "secret", "openai", rule.kind], "security-severity": SCORE[rule.severity] }
  };
}
function uri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function automationId(report) {
  return `${report.tool.name}/${report.mode}/`;
}
function toSarifLog(report) {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const results = report.findings.map((f) => {
    const place = placeOf(f);
    return {
      ruleId: f.ruleId,
      ...index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {},
      level: levelOf(f.kind, f.severity),
      message: {
        text: `${f.message}${placeNote(f, place)} (${f.redacted}${f.verification ? `, ${f.verification.status}` : ""}${f.commit ? `, added in ${f.commit.slice(0, 12)}` : ""})`
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(place.file), uriBaseId: "%SRCROOT%" },
            // An archive member or binary content: the outer file, line 1 (GitHub needs a line).
            region: place.region ?? { startLine: 1 }
          }
        }
      ],
      partialFingerprints: { "openaiKeyFingerprint/v1": `${f.fingerprint}:${f.file}` },
      properties: {
        severity: f.severity,
        redacted: f.redacted,
        encoding: f.encoding,
        ...f.commit ? { commit: f.commit } : {},
        ...f.exposure?.length ? { exposure: f.exposure } : {},
        verification: f.verification?.status ?? "unchecked",
        ...f.file !== place.file ? { file: maskText(f.file) } : {},
        ...f.offset !== void 0 ? { offset: f.offset } : {}
      }
    };
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: README_URL,
            rules: RULES.map(sarifRule)
          }
        },
        automationDetails: { id: automationId(report) },
        // A report exists only when the scan ran to its end; warnings (unreadable files, a shallow
        // history) travel as notifications, masked like every string from outside.
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.warnings.map((w) => ({ level: "warning", message: { text: maskText(w.message) }, descriptor: { id: w.code } }))
          }
        ],
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the scanned repository or folder." } } },
        results,
        columnKind: "utf16CodeUnits"
      }
    ]
  };
}
function toSarif(report) {
  return JSON.stringify(toSarifLog(report), null, 2) + "\n";
}

// src/report/index.ts
init_text();
var FORMATS = ["text", "json", "jsonl", "sarif", "github", "gitlab", "codequality"];
function formatReport(report, format, opts) {
  switch (format) {
    // `##[` can only be inside a JSON string: `\u005b` keeps the value and keeps the GitHub runner from
    // reading the line as a command (its old syntax is read anywhere on a line).
    case "json":
      return toJson(report).replaceAll("##[", "##\\u005b");
    case "jsonl":
      return toJsonl(report, { repository: opts.repository ?? "" }).replaceAll("##[", "##\\u005b");
    case "sarif":
      return toSarif(report).replaceAll("##[", "##\\u005b");
    case "gitlab":
      return toGitlab(report, { headCommit: opts.headCommit }).replaceAll("##[", "##\\u005b");
    case "codequality":
      return toCodeQuality(report).replaceAll("##[", "##\\u005b");
    case "text":
    case "github":
      return toText(report, opts);
  }
}

// src/index.ts
init_policy();
init_keys();
init_risks();
init_types();

// src/revoke/index.ts
init_git();
init_types();
import { lstatSync as lstatSync2, openSync as openSync4, readSync as readSync4, closeSync as closeSync4, fstatSync as fstatSync4 } from "node:fs";
import path10 from "node:path";

// src/revoke/flow.ts
init_redact();
init_client();
init_rules();
init_client();

// src/revoke/admin.ts
init_redact();
init_text();
init_client();
var MAX_PAGES = 200;
var AdminApiError = class extends Error {
  constructor(status, message, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
  status;
  code;
  name = "AdminApiError";
};
function serverText(value, max = 200) {
  if (typeof value !== "string" || !value) return void 0;
  const s = printable(maskText(value));
  return s.length > max ? `${s.slice(0, max)}\u2026` : s;
}
async function cappedJson(res) {
  const text = await readCapped(res);
  if (text === void 0) throw new AdminApiError(0, `HTTP ${res.status} with a body larger than ${MAX_BODY_BYTES / 1024} KiB: not read`);
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function isoOf(seconds) {
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1e3).toISOString() : void 0;
}
function ownerOf(raw) {
  if (!raw || typeof raw !== "object") return void 0;
  const o = raw;
  const type = typeof o.type === "string" ? o.type : "unknown";
  const inner = o[type] ?? o.user ?? o.service_account;
  const name = serverText(inner?.email) ?? serverText(inner?.name);
  const id = serverText(inner?.id, 80);
  return { type: serverText(type, 40) ?? "unknown", ...name ? { name } : {}, ...id ? { id } : {} };
}
function entryOf(raw) {
  if (!raw || typeof raw !== "object") return void 0;
  const e = raw;
  if (typeof e.id !== "string" || !e.id || typeof e.redacted_value !== "string") return void 0;
  const name = serverText(e.name);
  const createdAt = isoOf(e.created_at);
  const lastUsedAt = isoOf(e.last_used_at);
  const owner = ownerOf(e.owner);
  return {
    id: e.id,
    redactedValue: e.redacted_value,
    ...name ? { name } : {},
    ...createdAt ? { createdAt } : {},
    ...lastUsedAt ? { lastUsedAt } : {},
    ...owner ? { owner } : {}
  };
}
function pathId(id, what) {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(id)) throw new AdminApiError(0, `the ${what} id the server gave is not an id OpenAI uses: not sent`);
  return id;
}
var AdminClient = class {
  constructor(options) {
    this.options = options;
    this.timeoutMs = options.timeoutMs ?? 15e3;
  }
  options;
  timeoutMs;
  async call(method, path11) {
    let res;
    try {
      res = await fetch(`${this.options.baseUrl}${path11}`, {
        method,
        headers: { authorization: `Bearer ${this.options.adminKey}`, accept: "application/json", "user-agent": "openai-key-scan" },
        redirect: "manual",
        signal: AbortSignal.timeout(this.timeoutMs)
      });
    } catch (e) {
      const name = e?.name;
      throw new AdminApiError(0, name === "TimeoutError" || name === "AbortError" ? `no answer within ${this.timeoutMs / 1e3} s` : `network error (${e.cause?.code ?? name ?? "unknown"})`);
    }
    const organization = res.headers.get("openai-organization") ?? void 0;
    const body = await cappedJson(res);
    return { status: res.status, ...organization ? { organization: serverText(organization, 80) } : {}, body };
  }
  /** An error for a non-2xx answer: the status, OpenAI's error code, a masked message. */
  failure(answer, what) {
    const err = answer.body?.error;
    const code = serverText(err?.code, 60);
    const message = serverText(err?.message);
    const why = answer.status >= 300 && answer.status < 400 ? "a redirect, not followed" : message ?? "no error message";
    return new AdminApiError(answer.status, `${what}: HTTP ${answer.status}${code ? ` ${code}` : ""} (${why})`, code);
  }
  /**
   * Which organisation the admin key belongs to, from the `openai-organization` header of the
   * cheapest admin call; throws a 401 or 403 AdminApiError when the key is not a working admin key.
   */
  async organization() {
    const answer = await this.call("GET", "/v1/organization/admin_api_keys?limit=1");
    if (answer.status !== 200) throw this.failure(answer, "checking OPENAI_ADMIN_KEY");
    return answer.organization;
  }
  /** Every page of a list endpoint (`after` = the previous page's `last_id`, while `has_more`). */
  async listAll(path11, what) {
    const entries = [];
    const seen = /* @__PURE__ */ new Set();
    let after;
    for (let page = 0; page < MAX_PAGES; page++) {
      const sep = path11.includes("?") ? "&" : "?";
      const answer = await this.call("GET", `${path11}${sep}limit=100${after ? `&after=${encodeURIComponent(after)}` : ""}`);
      if (answer.status !== 200) throw this.failure(answer, what);
      const body = answer.body;
      if (!body || !Array.isArray(body.data)) throw new AdminApiError(0, `${what}: HTTP 200 without a list of keys (a proxy in the way?)`);
      for (const raw of body.data) {
        const entry = entryOf(raw);
        if (entry) entries.push(entry);
      }
      if (body.has_more !== true) return entries;
      const last = typeof body.last_id === "string" ? body.last_id : entries.at(-1)?.id;
      if (!last || seen.has(last)) throw new AdminApiError(0, `${what}: the server said there are more pages but gave no new cursor`);
      seen.add(last);
      after = last;
    }
    throw new AdminApiError(0, `${what}: more than ${MAX_PAGES} pages; stopped`);
  }
  /** All keys of a project, whoever owns them (users and service accounts). */
  async projectKeys(project) {
    return this.listAll(`/v1/organization/projects/${encodeURIComponent(pathId(project, "project"))}/api_keys?owner_project_access=any`, `listing the keys of project ${project}`);
  }
  async adminKeys() {
    return this.listAll("/v1/organization/admin_api_keys", "listing the admin keys");
  }
  async deleteProjectKey(project, keyId) {
    const answer = await this.call("DELETE", `/v1/organization/projects/${encodeURIComponent(pathId(project, "project"))}/api_keys/${pathId(keyId, "key")}`);
    if (answer.status < 200 || answer.status >= 300) throw this.failure(answer, "deleting the key");
  }
  async deleteAdminKey(keyId) {
    const answer = await this.call("DELETE", `/v1/organization/admin_api_keys/${pathId(keyId, "key")}`);
    if (answer.status < 200 || answer.status >= 300) throw this.failure(answer, "deleting the admin key");
  }
};

// src/revoke/match.ts
function redactedParts(value) {
  const m = /^(sk-[A-Za-z0-9_-]*?)(?:\.{3,}|\u2026|\*{3,})([A-Za-z0-9_-]+)$/.exec(value);
  if (!m) return void 0;
  return { head: m[1], tail: m[2] };
}
var MIN_TAIL = 3;
function agrees(key, redactedValue) {
  const parts = redactedParts(redactedValue);
  if (!parts || parts.tail.length < MIN_TAIL) return false;
  return parts.head.length + parts.tail.length < key.length && key.startsWith(parts.head) && key.endsWith(parts.tail);
}
function matchingEntries(key, entries) {
  return entries.filter((e) => agrees(key, e.redactedValue));
}

// src/revoke/flow.ts
var DASHBOARD_URL = "https://platform.openai.com/api-keys";
var ADMIN_KEYS_URL = "https://platform.openai.com/settings/organization/admin-keys";
var ADMIN_KEY_ENV = "OPENAI_ADMIN_KEY";
function projectKeysUrl(project) {
  return `https://platform.openai.com/settings/${encodeURIComponent(project)}/api-keys`;
}
var sleep2 = (ms) => new Promise((r) => setTimeout(r, ms));
var VARIABLE = /\b([A-Z][A-Z0-9_]{2,})["']?\s*(?::=|=|:)\s*["'`]?sk-/;
function groupKeys(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.kind !== "key" || !f.secret) continue;
    let g = groups.get(f.secret);
    if (!g) {
      g = { secret: f.secret, ruleId: f.ruleId, redacted: f.redacted, fingerprint: f.fingerprint, found: [] };
      groups.set(f.secret, g);
    }
    const at = { file: maskText(f.file), line: f.line, ...f.commit ? { commit: f.commit } : {} };
    if (!g.found.some((p) => p.file === at.file && p.line === at.line && p.commit === at.commit)) g.found.push(at);
    g.variable ??= f.excerpt ? VARIABLE.exec(f.excerpt)?.[1] : void 0;
  }
  return [...groups.values()].sort((a, b) => Number(a.ruleId === "openai-admin-key") - Number(b.ruleId === "openai-admin-key"));
}
function whereText(found) {
  const shown = found.slice(0, 5).map((p) => `${p.file}:${p.line}${p.commit ? ` (commit ${p.commit.slice(0, 12)})` : ""}`);
  return shown.join(", ") + (found.length > 5 ? ` and ${found.length - 5} more` : "");
}
function rotationSteps(group, entry, project) {
  const admin = group.ruleId === "openai-admin-key";
  const variable = group.variable ?? (admin ? ADMIN_KEY_ENV : "OPENAI_API_KEY");
  const where = admin ? ADMIN_KEYS_URL : project ? projectKeysUrl(project) : DASHBOARD_URL;
  const forWhom = entry?.owner?.type === "service_account" ? ` for the service account${entry.owner.name ? ` "${entry.owner.name}"` : ""} (project settings > Service accounts)` : entry?.owner?.name ? ` (the old one belonged to ${entry.owner.name})` : "";
  const inHistory = group.found.some((p) => p.commit);
  return [
    `It was found in ${whereText(group.found)}: take it out of ${group.found.length === 1 ? "that place" : "those places"}${inHistory ? "; the commits keep the dead key, which is harmless now (rewriting history only tidies up)" : ""}.`,
    `A person creates the new key${forWhom} at ${where}: the Admin API cannot create ${admin ? "admin" : "project"} keys, and a new key is seen once, in the dashboard.`,
    `Put the new key in ${variable} through your secret store (CI secrets such as GitHub Actions secrets, your host's environment settings, or a secret manager), never in a file in the repository; then redeploy whatever used the old key.`
  ];
}
function cleanVerification(v) {
  return { ...v, ...v.organization ? { organization: maskText(v.organization) } : {}, ...v.project ? { project: maskText(v.project) } : {} };
}
function isLive(status, after) {
  if (status === "revoked" || status === "already-dead") return false;
  if (status === "delete-failed" && after?.status === "invalid") return false;
  return true;
}
var AdminSession = class {
  constructor(client) {
    this.client = client;
  }
  client;
  org;
  /** Set once the organisation is known. */
  known;
  organization() {
    this.org ??= this.client.organization().then((o) => this.known = o);
    return this.org;
  }
};
function adminFailure(e, byHandUrl) {
  const err = e instanceof AdminApiError ? e : new AdminApiError(0, e?.message ?? String(e));
  const detail = maskText(err.message);
  if (err.status === 401) return { status: "admin-unauthorized", detail: `${detail}: OPENAI_ADMIN_KEY does not work (revoked, or not an admin key)`, byHand: `create an admin key at ${ADMIN_KEYS_URL} and run again, or delete the key by hand at ${byHandUrl}` };
  if (err.status === 403) return { status: "admin-forbidden", detail: `${detail}: OPENAI_ADMIN_KEY may not use the Admin API (a project key, or an admin key without the api_keys permission)`, byHand: `use an admin key (${ADMIN_KEYS_URL}) with write access to API keys, or delete the key by hand at ${byHandUrl}` };
  return { status: "admin-error", detail, byHand: `try again later, or delete the key by hand at ${byHandUrl}` };
}
async function settle(group, v, session, options, verify) {
  const admin = group.ruleId === "openai-admin-key";
  const base = {
    ruleId: group.ruleId,
    redacted: group.redacted,
    fingerprint: group.fingerprint,
    verification: cleanVerification(v),
    found: group.found,
    ...v.organization ? { organization: maskText(v.organization) } : {},
    ...v.project ? { project: maskText(v.project) } : {}
  };
  const done = (o) => ({ ...base, ...o, live: isLive(o.status, o.after) });
  const handUrl = admin ? ADMIN_KEYS_URL : v.project ? projectKeysUrl(v.project) : DASHBOARD_URL;
  if (v.status === "invalid") return done({ status: "already-dead", detail: "the key answers 401 invalid_api_key: already revoked, or never valid; nothing to delete" });
  if (v.status === "error" || v.status === "unchecked") {
    return done({ status: "unknown", detail: `could not tell whether the key works (${maskText(v.detail ?? "no detail")}); nothing was deleted`, byHand: `check the key ending ${group.redacted.slice(-4)} at ${DASHBOARD_URL} and delete it there, or run again later` });
  }
  if (!session) {
    return done({ status: "no-admin-key", detail: `the key works, and ${ADMIN_KEY_ENV} is not set, so its project's keys cannot be listed`, byHand: `set ${ADMIN_KEY_ENV} to an admin key (${ADMIN_KEYS_URL}) and run again, or delete the key by hand at ${handUrl}` });
  }
  if (!admin && !v.project) {
    return done({ status: "no-project", detail: "the key works but OpenAI names no project for it (a legacy user key): the Admin API cannot find it", byHand: `delete it by hand at ${DASHBOARD_URL} (legacy keys are listed under "User API keys"), signed in as its owner` });
  }
  let adminOrg;
  try {
    adminOrg = await session.organization();
  } catch (e) {
    return done(adminFailure(e, handUrl));
  }
  if (adminOrg && v.organization && adminOrg !== v.organization) {
    return done({ status: "other-organization", detail: `the key belongs to organization ${maskText(v.organization)}, ${ADMIN_KEY_ENV} to ${adminOrg}: nothing was listed or deleted`, byHand: `run again with an admin key of ${maskText(v.organization)}, or ask an owner of that organization to delete it at ${handUrl}` });
  }
  let entries;
  try {
    entries = admin ? await session.client.adminKeys() : await session.client.projectKeys(v.project);
  } catch (e) {
    if (e instanceof AdminApiError && e.status === 404) {
      return done({ status: "other-organization", detail: `project ${maskText(v.project ?? "")} is not in the admin key's organization (HTTP 404)`, byHand: `run again with an admin key of the organization that owns the project, or delete the key by hand at ${handUrl}` });
    }
    return done(adminFailure(e, handUrl));
  }
  const matches = matchingEntries(group.secret, entries);
  const listed = admin ? `the organization's ${entries.length} admin key(s)` : `the ${entries.length} key(s) of project ${maskText(v.project)}`;
  if (matches.length === 0) {
    return done({ status: "no-match", detail: `none of ${listed} ends like this key: nothing was deleted`, byHand: `find the key ending ${group.redacted.slice(-4)} at ${handUrl} and delete it by hand` });
  }
  if (matches.length > 1) {
    return done({
      status: "ambiguous",
      detail: `${matches.length} of ${listed} show the same redacted value: the tool will not guess which one this is`,
      byHand: `open ${handUrl}, tell the keys apart by name, owner and last use (below), and delete the right one by hand`,
      candidates: matches.slice(0, 10)
    });
  }
  const entry = matches[0];
  const plan = { redacted: group.redacted, entry, admin, ...v.project ? { project: v.project } : {} };
  const confirm = options.confirm ?? false;
  const go = typeof confirm === "function" ? await confirm(plan) : confirm;
  if (!go) {
    const status = typeof confirm === "function" ? "declined" : "would-revoke";
    return done({
      status,
      match: entry,
      detail: status === "declined" ? "not deleted: you said no" : "matched exactly one key; dry run, nothing deleted (run again with --yes to delete it)",
      byHand: `delete it with --yes, or by hand at ${handUrl}`
    });
  }
  let deleteError;
  try {
    if (admin) await session.client.deleteAdminKey(entry.id);
    else await session.client.deleteProjectKey(v.project, entry.id);
  } catch (e) {
    deleteError = maskText(e?.message ?? String(e));
  }
  const delays = deleteError ? [0] : options.recheckDelaysMs ?? [0, 2e3, 5e3];
  let after = { status: "unchecked" };
  for (const ms of delays) {
    if (ms > 0) await sleep2(ms);
    after = await verify(group.secret, group.ruleId);
    if (after.status === "invalid") break;
  }
  if (after.status === "invalid") {
    return done({
      status: "revoked",
      match: entry,
      after: cleanVerification(after),
      detail: deleteError ? `the deletion answered with an error (${deleteError}), but the key now answers 401: revoked` : "deleted, and the key now answers 401: revoked",
      rotation: rotationSteps(group, entry, v.project)
    });
  }
  const afterText = after.status === "error" ? `could not tell whether it still works (${maskText(after.detail ?? "")})` : `it still works (${after.status})`;
  if (deleteError) {
    return done({ status: "delete-failed", match: entry, after: cleanVerification(after), detail: `the deletion failed: ${deleteError}; ${afterText}`, byHand: `delete it by hand at ${handUrl} now` });
  }
  return done({ status: "still-live", match: entry, after: cleanVerification(after), detail: `the deletion was accepted, but ${afterText}`, byHand: `check ${handUrl}: the key may be a different one with the same ending; delete the right one by hand` });
}
async function mapPool(items, limit, run) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await run(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
async function revokeFindings(findings, options = {}, unresolved = []) {
  const baseUrl = options.baseUrl ?? resolveBaseUrl(void 0);
  const adminKey = options.adminKey ?? process.env[ADMIN_KEY_ENV];
  const groups = groupKeys(findings);
  const limits = verifyOptions(baseUrl, options.timeoutMs ?? 1e4, 3e5);
  const verify = (key, ruleId) => {
    const rule = keyRule(ruleId);
    return rule ? verifyKey(key, rule, limits) : Promise.resolve({ status: "error", detail: `no key rule ${ruleId}` });
  };
  const first = await mapPool(groups, 4, (g) => verify(g.secret, g.ruleId));
  const session = adminKey ? new AdminSession(new AdminClient({ baseUrl, adminKey, ...options.timeoutMs ? { timeoutMs: options.timeoutMs } : {} })) : void 0;
  const keys = [];
  let adminOrganization;
  for (const [i, group] of groups.entries()) {
    const outcome = await settle(group, first[i], session, options, verify);
    keys.push(outcome);
    options.onOutcome?.(outcome);
  }
  adminOrganization = session?.known;
  for (const u of unresolved) {
    const outcome = {
      ...u,
      status: "not-found",
      live: true,
      detail: "the report names this key, but it is no longer in the files or commits the report names: it could not be checked",
      byHand: `find the key ending ${u.redacted.slice(-4)} at ${DASHBOARD_URL} and delete it by hand`
    };
    keys.push(outcome);
    options.onOutcome?.(outcome);
  }
  return {
    dryRun: options.confirm === void 0 || options.confirm === false,
    ...adminOrganization ? { adminOrganization } : {},
    keys,
    revoked: keys.filter((k) => k.status === "revoked").length,
    leftLive: keys.filter((k) => k.live).length
  };
}

// src/revoke/format.ts
init_text();
init_version();
var LABEL = {
  revoked: "REVOKED",
  "would-revoke": "LIVE, would revoke (dry run)",
  declined: "LIVE, not deleted",
  "already-dead": "already dead",
  "still-live": "STILL LIVE after deletion",
  "delete-failed": "deletion FAILED",
  "no-match": "LIVE, no matching key in its project",
  ambiguous: "LIVE, several keys look the same",
  "no-project": "LIVE, no project (legacy key)",
  "other-organization": "LIVE, another organization",
  "admin-forbidden": "LIVE, admin key refused (403)",
  "admin-unauthorized": "LIVE, admin key does not work (401)",
  "admin-error": "LIVE, Admin API error",
  "no-admin-key": "LIVE, no admin key",
  unknown: "could not tell",
  "not-found": "not found again"
};
function day(iso) {
  return iso ? iso.slice(0, 10) : "never";
}
function entryLine(e, project) {
  const owner = e.owner ? `${e.owner.name ?? e.owner.id ?? "?"} (${e.owner.type === "service_account" ? "service account" : e.owner.type})` : "unknown";
  const parts = [project ? `project ${project}` : "", `key "${e.name ?? ""}" (${e.id})`, `owner ${owner}`, `created ${day(e.createdAt)}`, `last used ${day(e.lastUsedAt)}`].filter(Boolean);
  return printable(parts.join(" \xB7 "));
}
function keyBlock(k) {
  const out = [`${k.redacted}  ${k.ruleId}  ${LABEL[k.status]}`];
  const where = k.found.slice(0, 5).map((p) => `${p.file}:${p.line}${p.commit ? ` (commit ${p.commit.slice(0, 12)})` : ""}`);
  out.push(`  found in ${printable(where.join(", "))}${k.found.length > 5 ? ` and ${k.found.length - 5} more` : ""}`);
  if (k.match) out.push(`  ${entryLine(k.match, k.project)}`);
  else if (k.project || k.organization) out.push(`  ${printable([k.organization && `organization ${k.organization}`, k.project && `project ${k.project}`].filter(Boolean).join(", "))}`);
  for (const c of k.candidates ?? []) out.push(`  - ${entryLine(c)}`);
  out.push(`  ${printable(k.detail)}`);
  if (k.byHand) out.push(`  By hand: ${printable(k.byHand)}`);
  if (k.rotation) {
    out.push("  Rotate:");
    k.rotation.forEach((s, i) => out.push(`    ${i + 1}. ${printable(s)}`));
  }
  return out;
}
function toRevokeText(report) {
  if (!report.keys.length) return "No OpenAI keys found: nothing to revoke.\n";
  const out = [];
  for (const k of report.keys) out.push(...keyBlock(k), "");
  const dry = report.keys.filter((k) => k.status === "would-revoke").length;
  const dead = report.keys.filter((k) => k.status === "already-dead").length;
  const parts = [`${report.keys.length} key(s)`, `${report.revoked} revoked`, dead ? `${dead} already dead` : "", dry ? `${dry} would be revoked with --yes` : "", `${report.leftLive} left live or unknown`].filter(Boolean);
  out.push(parts.join(", ") + ".");
  if (report.dryRun && dry) out.push("Dry run: nothing was deleted. Run again with --yes to delete the matched keys.");
  return out.join("\n") + "\n";
}
function toRevokeJson(report) {
  return `${JSON.stringify({ tool: { name: TOOL_NAME, version: VERSION }, ...report }, null, 2)}
`;
}

// src/revoke/index.ts
var WITH_KEYS = { showSecrets: true, failOn: "key" };
var MAX_REPORT_BYTES = 64 * 1024 * 1024;
function readReportFile(file, cwd) {
  const full = path10.resolve(cwd, file);
  let st;
  try {
    st = lstatSync2(full);
  } catch {
    throw new UsageError(`--from-report: cannot read ${file} (no such file)`);
  }
  if (!st.isFile()) throw new UsageError(`--from-report: ${file} is not a regular file`);
  if (st.size > MAX_REPORT_BYTES) throw new UsageError(`--from-report: ${file} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB: not a report`);
  const fd = openSync4(full, "r");
  try {
    const size = Math.min(fstatSync4(fd).size, MAX_REPORT_BYTES);
    const buf = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const n = readSync4(fd, buf, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got).toString("utf8");
  } finally {
    closeSync4(fd);
  }
}
function reportKeys(text, file) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UsageError(`--from-report: ${file} is not JSON (write one with --format json --output ${file})`);
  }
  const findings = raw?.findings;
  if (!Array.isArray(findings)) throw new UsageError(`--from-report: ${file} is not an openai-key-scan JSON report (no "findings" list)`);
  const keys = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f || f.kind !== "key" || typeof f.fingerprint !== "string" || !/^[0-9a-f]{16}$/.test(f.fingerprint) || typeof f.file !== "string") continue;
    const k = keys.get(f.fingerprint) ?? { ruleId: String(f.ruleId ?? "openai-key"), redacted: typeof f.redacted === "string" ? f.redacted.slice(0, 40) : "\u2026", fingerprint: f.fingerprint, found: [] };
    k.found.push({ file: f.file, line: typeof f.line === "number" ? f.line : 0, ...typeof f.commit === "string" ? { commit: f.commit } : {} });
    keys.set(f.fingerprint, k);
  }
  return keys;
}
function treePathOf(file) {
  const outer = file.split("!")[0];
  if (!outer || path10.isAbsolute(outer) || outer.split(/[\\/]/).includes("..")) return void 0;
  return outer;
}
async function findingsFromReport(file, cwd) {
  const wanted = reportKeys(readReportFile(file, cwd), file);
  if (!wanted.size) return { findings: [], unresolved: [] };
  const root = await repoRoot(cwd, true) ?? cwd;
  const all2 = [...wanted.values()];
  const found = [];
  if (all2.some((k) => k.found.some((p) => p.commit))) {
    const { scanHistory: scanHistory2 } = await Promise.resolve().then(() => (init_modes(), modes_exports));
    found.push(...(await scanHistory2({ cwd: root, ...WITH_KEYS })).findings);
  }
  const files = [...new Set(all2.flatMap((k) => k.found.filter((p) => !p.commit).map((p) => treePathOf(p.file)).filter((p) => !!p)))];
  const existing = files.filter((p) => {
    try {
      return lstatSync2(path10.join(root, p)).isFile();
    } catch {
      return false;
    }
  });
  if (existing.length) {
    const { scanTree: scanTree2 } = await Promise.resolve().then(() => (init_modes(), modes_exports));
    found.push(...(await scanTree2({ cwd: root, paths: existing, jobs: 1, ...WITH_KEYS })).findings);
  }
  const findings = found.filter((f) => wanted.has(f.fingerprint));
  const seen = new Set(findings.map((f) => f.fingerprint));
  const unresolved = all2.filter((k) => !seen.has(k.fingerprint));
  return { findings, unresolved };
}
async function findingsOf(source) {
  const cwd = source.cwd ?? process.cwd();
  const chosen = [source.paths?.length ? "paths" : "", source.history ? "history" : "", source.range ? "range" : "", source.fromReport ? "fromReport" : ""].filter(Boolean);
  if (chosen.length > 1) throw new UsageError(`revoke: choose one source of keys (paths, --history, --range or --from-report), not ${chosen.join(" and ")}`);
  if (source.fromReport) return findingsFromReport(source.fromReport, cwd);
  const { scanTree: scanTree2, scanRange: scanRange2, scanHistory: scanHistory2 } = await Promise.resolve().then(() => (init_modes(), modes_exports));
  if (source.history) {
    const report2 = await scanHistory2({ cwd, ...WITH_KEYS });
    return { findings: report2.findings, unresolved: [], report: report2 };
  }
  if (source.range) {
    const report2 = await scanRange2({ cwd, ...source.range, ...WITH_KEYS });
    return { findings: report2.findings, unresolved: [], report: report2 };
  }
  const report = await scanTree2({ cwd, paths: source.paths ?? [], ...WITH_KEYS });
  return { findings: report.findings, unresolved: [], report };
}
async function revoke(source = {}, options = {}) {
  const { findings, unresolved } = await findingsOf(source);
  return revokeFindings(findings, options, unresolved);
}

// src/index.ts
init_version();
export {
  DEFAULT_MAX_FILE_SIZE,
  FORMATS,
  KEY_RULES,
  RISK_RULES,
  UsageError,
  VERSION,
  detectKeys,
  exitCodeFor,
  fingerprint,
  formatReport,
  parseFailOn,
  redact,
  revoke,
  revokeFindings,
  runScan,
  runSource,
  scanHistory,
  scanRange,
  scanStaged,
  scanStdin,
  scanTree,
  toRevokeJson,
  toRevokeText
};
