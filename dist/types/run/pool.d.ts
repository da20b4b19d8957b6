import { type PipelineOptions } from './fragment.js';
import { type Tally } from './tally.js';
import type { FileEntry as Entry, Stats } from '../types.js';
import type { ArchiveLimits } from '../sources/archives/kind.js';
/**
 * Whether the files left are worth workers: `files` files still to scan, which, judging by those
 * scanned so far, hold `bytesPerFile` bytes each (unknown while listing: then the files alone decide).
 */
export declare function worthWorkers(files: number, bytesPerFile?: number): boolean;
export interface WorkerOptions extends Omit<PipelineOptions, 'onProgress'> {
    maxFileSize: number;
    /** Archive limits; default sources/archives/kind.ts DEFAULT_ARCHIVE_LIMITS. */
    archives?: ArchiveLimits;
    /** The shared claim counter: the next batch index to scan (set by the pool). */
    claims?: SharedArrayBuffer;
}
/** What a worker answers for each batch it claimed. */
export interface BatchResult {
    index: number;
    tally: Tally;
}
/** How many threads read and scan files (this one included), once a tree has shown itself large, or as asked. */
export declare function threadCount(requested: number | undefined): number;
/**
 * Reads and scans the files a tree lists, in this thread and, for a large tree, in worker threads.
 *
 * Listed files are cut into batches in listing order. This thread lists, then scans batches. Workers
 * start once the tree shows itself large enough to pay for them (worthWorkers): while it is still
 * being listed when the file count alone says so, else once the first batches scanned here tell the
 * bytes per file; at once when --jobs asked for threads. Every batch is posted to every worker, and a
 * thread scans the batches it claims from a shared counter (Atomics), so none waits for another to
 * hand out work. With N threads asked for, N − 1 are workers.
 *
 * Each batch has its own tally, merged into the run's in batch order once all are done: the report
 * (skipped files, warnings, archive counts, findings before sorting) is the same whichever thread
 * scanned what, and the same as with one thread.
 */
export declare class FilePool {
    private readonly options;
    private readonly tally;
    private readonly onProgress?;
    /** Called (and awaited) after batches were merged into the run's tally: their findings are final. */
    private readonly onMerged?;
    private readonly batches;
    private current;
    private readonly results;
    private done;
    private listed;
    /** The next batch to scan while no worker runs (then the shared counter takes over). */
    private next;
    private readonly threads;
    private readonly url;
    private readonly forced;
    private workers;
    private claims;
    private failure;
    /** Called when a result arrives or a worker fails, while `finish` waits. */
    private wake;
    /** files and bytes so far, for the progress line. */
    private readonly live;
    /** Batches merged into the run's tally so far (always a prefix, in listing order). */
    private merged;
    constructor(requested: number | undefined, options: WorkerOptions, tally: Tally, onProgress?: ((stats: Stats) => void) | undefined, 
    /** Called (and awaited) after batches were merged into the run's tally: their findings are final. */
    onMerged?: (() => void | Promise<void>) | undefined);
    /** Files as the source lists them, in order. */
    add(entries: readonly Entry[]): void;
    /** Close the batch being filled and post it to the workers. */
    private seal;
    private start;
    private record;
    /**
     * Merge the finished batches that follow those merged already, in listing order, and tell the
     * driver (a finding is streamed as soon as its batch and every batch before it are done). Only
     * after the listing: the listing's own skips come first whichever thread is faster.
     */
    private mergeDone;
    private fail;
    /**
     * The listing is over: scan the batches no worker has claimed, wait for the workers' answers, and
     * merge every batch's tally into the run's, in listing order.
     */
    finish(): Promise<void>;
    /** Stop the workers (after the scan, or when the listing failed). */
    close(): Promise<void>;
}
