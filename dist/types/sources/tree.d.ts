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
}
/**
 * A read buffer reused from file to file by a caller that is done with each fragment before reading
 * the next (the scan loop, a worker): most files then cost no allocation and no garbage. Files larger
 * than SCRATCH_MAX get a buffer of their own, so the scratch never pins a huge allocation.
 */
export declare class Scratch {
    buf: Buffer<ArrayBuffer>;
}
/**
 * One file as a fragment, or undefined when it is skipped (and counted). Synchronous on purpose:
 * open + fstat + read on a cached small file is about four times faster than the promise API's
 * thread-pool round trips, and most trees are many small files. O_NOFOLLOW refuses links without a
 * separate lstat; O_NONBLOCK keeps a FIFO from blocking the open.
 */
export declare function readEntry(entry: Entry, maxFileSize: number, sink: SourceSink, scratch?: Scratch): Fragment | undefined;
/** The files a tree scan reads, after --include/--exclude, each once. */
export declare function treeEntries(opts: TreeOptions, sink: SourceSink): AsyncGenerator<Entry>;
/** Fragments of a directory tree (design.md: the default command). */
export declare function treeFragments(opts: TreeOptions, sink: SourceSink): AsyncGenerator<Fragment>;
