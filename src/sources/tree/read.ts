import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { textView, viewEncoding } from '../../detect/text.js';
import type { FileEntry, Fragment, FragmentWindow, Origin, SkipCounts, SourceSink } from '../../types.js';
import { archiveKind, readArchive, type ArchiveKind, type ArchiveLimits } from '../archives/kind.js';

/** A file the tree lists, to read here or in a worker thread. */
export type Entry = FileEntry;

const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = constants;
/** Read until end of file: /proc-style files report size 0, and a file may change while read. */
const CHUNK = 64 * 1024;

/**
 * Files larger than WINDOW + 2 × OVERLAP are read and scanned window by window, so memory stays flat
 * whatever the file size. The overlap is more than any key in any encoding, and more than the base64
 * decoder reaches, so a window edge never cuts a key out of sight.
 */
export const WINDOW = 16 * 1024 * 1024;
export const OVERLAP = 64 * 1024;

/**
 * A read buffer reused from file to file by a caller that is done with each fragment before reading
 * the next (the scan loop, a worker): files then cost no allocation and no garbage, and memory is
 * bounded by the largest file read whole (larger ones are read in windows into the same buffer).
 */
export class Scratch {
  buf = Buffer.allocUnsafeSlow(256 * 1024);
}
/** Every file up to the window size reads into the scratch: one buffer per thread, never garbage. */
const SCRATCH_MAX = WINDOW + 2 * OVERLAP;

function readAll(fd: number, size: number, max: number, scratch?: Scratch): Buffer {
  let buf: Buffer;
  if (scratch && size > 0 && size <= SCRATCH_MAX) {
    if (scratch.buf.length < size) scratch.buf = Buffer.allocUnsafeSlow(Math.min(SCRATCH_MAX, Math.max(size, scratch.buf.length * 2)));
    buf = scratch.buf.subarray(0, size);
  } else {
    buf = Buffer.allocUnsafe(size || CHUNK);
  }
  let n = 0;
  for (;;) {
    if (n === buf.length) {
      if (n >= max) break;
      const bigger = Buffer.allocUnsafe(Math.min(max, buf.length * 2));
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
    }
    const r = readSync(fd, buf, n, buf.length - n, n);
    if (r === 0) break;
    n += r;
    if (size && n === size) break;
  }
  return n === buf.length ? buf : buf.subarray(0, n);
}


const TRACKED_OR_NO_GIT: Origin = { kind: 'tree' };
const UNTRACKED: Origin = { kind: 'tree', git: 'untracked' };

function treeOrigin(entry: Pick<Entry, 'untracked'>): Origin {
  return entry.untracked ? UNTRACKED : TRACKED_OR_NO_GIT;
}

/**
 * Open a tree entry for reading, or count why it is skipped. Synchronous on purpose: open + read on a
 * cached small file is about four times faster than the promise API's thread-pool round trips, and
 * most trees are many small files. O_NOFOLLOW refuses links without a separate lstat; O_NONBLOCK keeps
 * a FIFO from blocking the open.
 */
function openEntry(entry: Entry, sink: SourceSink): number | undefined {
  try {
    const abs = typeof entry.abs === 'string' ? entry.abs : Buffer.from(entry.abs.buffer, entry.abs.byteOffset, entry.abs.length);
    return openSync(abs, O_RDONLY | O_NONBLOCK | (entry.follow ? 0 : O_NOFOLLOW));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') sink.skip('symlink', entry.file);
    // A tracked file deleted from the work tree is not a problem to report.
    else if (code !== 'ENOENT') sink.skip('unreadable', entry.file, code ?? String(e));
    return undefined;
  }
}

/** The size of an opened entry to read, or undefined after counting why it is skipped. */
function sizeOf(fd: number, entry: Entry, maxFileSize: number, sink: SourceSink): number | undefined {
  const st = fstatSync(fd);
  if (st.isDirectory()) return undefined; // a submodule: nothing to count
  if (!st.isFile()) sink.skip('special', entry.file);
  else if (st.size > maxFileSize) sink.skip('tooLarge', entry.file, `${st.size} bytes`);
  else return st.size;
  return undefined;
}

/**
 * A listed file that fits the scratch buffer, read without an fstat: read until end of file (a second
 * read answers 0). fstat builds a Stats object and four Dates per file, about a tenth of a small file's
 * cost. Undefined when the file fills the buffer or is over the size limit: then it is stat'ed and read
 * as before. Only for listed entries: the listing saw a regular file and O_NOFOLLOW refuses a link; a
 * file named on the command line may be a device or FIFO, which fstat tells apart.
 */
function readSmall(fd: number, scratch: Scratch, maxFileSize: number): Buffer | undefined {
  const buf = scratch.buf;
  const limit = Math.min(buf.length, maxFileSize + 1);
  let n = 0;
  for (;;) {
    const r = readSync(fd, buf, n, limit - n, n);
    if (r === 0) return buf.subarray(0, n);
    n += r;
    if (n === limit) return undefined;
  }
}

/**
 * Hand one file to `each` as fragments: the whole file, or, for a large file, one window at a time in
 * a buffer reused from window to window (so `each` must be done with a fragment when it returns).
 * An archive (with `archives.maxDepth` > 0) is opened and each member is a fragment named
 * `file!member`; only then is there a promise to wait for (the archive readers load on demand).
 */
export function readFragments(
  entry: Entry,
  maxFileSize: number,
  sink: SourceSink,
  scratch: Scratch | undefined,
  each: (fragment: Fragment) => void,
  archives?: ArchiveLimits,
): void | Promise<void> {
  const fd = openEntry(entry, sink);
  if (fd === undefined) return;
  let fragment: Fragment | undefined;
  let archive: { kind: ArchiveKind; content: Buffer } | undefined;
  try {
    const small = scratch && !entry.follow ? readSmall(fd, scratch, maxFileSize) : undefined;
    const size = small ? small.length : sizeOf(fd, entry, maxFileSize, sink);
    if (size === undefined) return;
    if (size <= WINDOW + 2 * OVERLAP) {
      const content = small ?? readAll(fd, size, maxFileSize, scratch);
      const kind = archives && archives.maxDepth > 0 ? archiveKind(entry.file, content) : undefined;
      // An archive is read after an await: out of the scratch buffer, which the next file reuses.
      if (kind) archive = { kind, content: Buffer.from(content) };
      else fragment = { path: entry.file, content, origin: treeOrigin(entry) };
    } else archive = readWindows(fd, size, entry, sink, each, scratch, archives);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A submodule's folder, listed by git: nothing to count.
    if (code !== 'EISDIR') sink.skip('unreadable', entry.file, code ?? String(e));
  } finally {
    closeSync(fd);
  }
  if (fragment) each(fragment);
  if (archive) return readArchive(entry.file, treeOrigin(entry), archive.kind, archive.content, archives!, sink, each);
}


function readRange(fd: number, buf: Buffer, length: number, position: number): number {
  let n = 0;
  while (n < length) {
    const r = readSync(fd, buf, n, length - n, position + n);
    if (r === 0) break;
    n += r;
  }
  return n;
}

/** Line index and column (code units) at the end of `bytes[from, to)`, continuing from `at`. */
export function advance(bytes: Buffer, from: number, to: number, utf16: 'utf16le' | 'utf16be' | undefined, at: { line: number; column: number }): void {
  let start = from;
  if (utf16) {
    const lf = utf16 === 'utf16le' ? Buffer.from([10, 0]) : Buffer.from([0, 10]);
    for (let i = bytes.indexOf(lf, from); i !== -1 && i < to; i = bytes.indexOf(lf, i + 1)) {
      if ((i - from) % 2) continue;
      at.line++;
      start = i + 2;
    }
    at.column = (start === from ? at.column : 0) + ((to - start) >> 1);
    return;
  }
  for (let i = bytes.indexOf(10, from); i !== -1 && i < to; i = bytes.indexOf(10, i + 1)) {
    at.line++;
    start = i + 1;
  }
  let units = 0;
  if (isAscii(bytes.subarray(start, to))) units = to - start; // native and fast: the common case
  else {
    for (let i = start; i < to; i++) {
      const c = bytes[i]!;
      if ((c & 0xc0) !== 0x80) units += c >= 0xf0 ? 2 : 1;
    }
  }
  at.column = (start === from ? at.column : 0) + units;
}

/**
 * A large file window by window (see WINDOW): each window's keys are located in the whole file. A
 * large archive is read whole instead (its index is at its end) and returned to be opened.
 */
function readWindows(
  fd: number,
  size: number,
  entry: Entry,
  sink: SourceSink,
  each: (fragment: Fragment) => void,
  scratch?: Scratch,
  archives?: ArchiveLimits,
): { kind: ArchiveKind; content: Buffer } | undefined {
  const file = entry.file;
  if (scratch && scratch.buf.length < SCRATCH_MAX) scratch.buf = Buffer.allocUnsafeSlow(SCRATCH_MAX);
  const buf = scratch?.buf ?? Buffer.allocUnsafe(SCRATCH_MAX);
  const at = { line: 0, column: 0 };
  let encoding: FragmentWindow['encoding'] = 'utf8';
  let fileBom = 0;
  for (let k = 0; k * WINDOW < size; k++) {
    const from = Math.max(0, k * WINDOW - OVERLAP);
    const to = Math.min(size, (k + 1) * WINDOW + OVERLAP);
    const content = buf.subarray(0, readRange(fd, buf, to - from, from));
    if (k === 0) {
      const kind = archives && archives.maxDepth > 0 ? archiveKind(file, content) : undefined;
      if (kind) {
        const whole = Buffer.allocUnsafe(size);
        return { kind, content: whole.subarray(0, readRange(fd, whole, size, 0)) };
      }
      const view = textView(content);
      // Binary: the raw bytes, window by window (detect/binary.ts).
      if (!view) encoding = 'binary';
      else ({ encoding, bom: fileBom } = viewEncoding(content, view));
    }
    const window = windowAt(k, from, size, k === 0 ? fileBom : 0, encoding, at);
    each({ path: file, content, origin: treeOrigin(entry), window });
    if (window.acceptTo === Infinity) break;
    nextWindow(content, window, k, from, at);
  }
  return undefined;
}

/**
 * Window `k` of a file (or stream) of `size` bytes whose bytes from `from` on are at hand: the keys
 * it owns start in [k × WINDOW, (k + 1) × WINDOW); the last window owns the rest (acceptTo Infinity).
 */
export function windowAt(k: number, from: number, size: number, bom: number, encoding: FragmentWindow['encoding'], at: { line: number; column: number }): FragmentWindow {
  const unit = encoding === 'utf8' || encoding === 'binary' ? 1 : 2;
  const acceptEnd = Math.min(size, (k + 1) * WINDOW);
  const last = acceptEnd >= size;
  return {
    first: k === 0,
    encoding,
    bom,
    acceptFrom: Math.max(0, (k * WINDOW - from - bom) / unit),
    acceptTo: last ? Infinity : (acceptEnd - from - bom) / unit,
    line: at.line,
    column: at.column,
    bytes: acceptEnd - k * WINDOW,
    offset: from,
  };
}

/** Move `at` to where window k + 1 begins (its overlap included). */
export function nextWindow(content: Buffer, window: FragmentWindow, k: number, from: number, at: { line: number; column: number }): void {
  // Binary windows are located by byte offset: no lines to count.
  if (window.encoding === 'binary') return;
  advance(content, window.bom, (k + 1) * WINDOW - OVERLAP - from, window.encoding === 'utf8' ? undefined : window.encoding, at);
}

