import type { FileEntry, Fragment, FragmentWindow, SourceSink } from '../../types.js';
import { type ArchiveLimits } from '../archives/kind.js';
/** A file the tree lists, to read here or in a worker thread. */
export type Entry = FileEntry;
/**
 * Files larger than WINDOW + 2 × OVERLAP are read and scanned window by window, so memory stays flat
 * whatever the file size. The overlap is more than any key in any encoding, and more than the base64
 * decoder reaches, so a window edge never cuts a key out of sight.
 */
export declare const WINDOW: number;
export declare const OVERLAP: number;
/**
 * A read buffer reused from file to file by a caller that is done with each fragment before reading
 * the next (the scan loop, a worker): files then cost no allocation and no garbage, and memory is
 * bounded by the largest file read whole (larger ones are read in windows into the same buffer).
 */
export declare class Scratch {
    buf: Buffer<ArrayBuffer>;
}
/**
 * Hand one file to `each` as fragments: the whole file, or, for a large file, one window at a time in
 * a buffer reused from window to window (so `each` must be done with a fragment when it returns).
 * An archive (with `archives.maxDepth` > 0) is opened and each member is a fragment named
 * `file!member`; only then is there a promise to wait for (the archive readers load on demand).
 */
export declare function readFragments(entry: Entry, maxFileSize: number, sink: SourceSink, scratch: Scratch | undefined, each: (fragment: Fragment) => void, archives?: ArchiveLimits): void | Promise<void>;
/** Line index and column (code units) at the end of `bytes[from, to)`, continuing from `at`. */
export declare function advance(bytes: Buffer, from: number, to: number, utf16: 'utf16le' | 'utf16be' | undefined, at: {
    line: number;
    column: number;
}): void;
/**
 * Window `k` of a file (or stream) of `size` bytes whose bytes from `from` on are at hand: the keys
 * it owns start in [k × WINDOW, (k + 1) × WINDOW); the last window owns the rest (acceptTo Infinity).
 */
export declare function windowAt(k: number, from: number, size: number, bom: number, encoding: FragmentWindow['encoding'], at: {
    line: number;
    column: number;
}): FragmentWindow;
/** Move `at` to where window k + 1 begins (its overlap included). */
export declare function nextWindow(content: Buffer, window: FragmentWindow, k: number, from: number, at: {
    line: number;
    column: number;
}): void;
