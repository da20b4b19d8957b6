import type { Fragment, SkipCounts } from '../types.js';
export interface TreeOptions {
    /** Paths named by the user; none means the current directory. */
    paths: string[];
    cwd: string;
    include?: string[];
    exclude?: string[];
    maxFileSize: number;
}
/** Where skipped files and warnings go; the pipeline counts them in `stats`. */
export interface SourceSink {
    skip(kind: keyof SkipCounts, file: string, why?: string): void;
    warn(message: string): void;
}
export interface Entry {
    abs: string;
    /** Named on the command line: a link is followed, since the user asked for it. */
    follow?: boolean;
    /** Path as reported: relative to the repository root, or to the scan root outside a repository. */
    file: string;
    /** In a repository but not tracked (untracked or ignored); see Origin.git. */
    untracked?: true;
}
/**
 * A user glob matches the path itself and, like a .gitignore entry, anything below it; a bare name
 * (`vendor`) matches at any depth.
 */
export declare function globMatcher(globs: string[] | undefined): ((file: string) => boolean) | undefined;
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
/** One file as a fragment, or undefined when it is skipped (and counted). Reads the whole file. */
export declare function readEntry(entry: Entry, maxFileSize: number, sink: SourceSink, scratch?: Scratch): Fragment | undefined;
/**
 * Hand one file to `each` as fragments: the whole file, or, for a large file, one window at a time in
 * a buffer reused from window to window (so `each` must be done with a fragment when it returns).
 */
export declare function readFragments(entry: Entry, maxFileSize: number, sink: SourceSink, scratch: Scratch | undefined, each: (fragment: Fragment) => void): void;
/** The files a tree scan reads, after --include/--exclude, each once. */
export declare function treeEntries(opts: TreeOptions, sink: SourceSink): AsyncGenerator<Entry>;
/** Fragments of a directory tree (design.md: the default command). */
export declare function treeFragments(opts: TreeOptions, sink: SourceSink): AsyncGenerator<Fragment>;
