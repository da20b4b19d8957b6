import type { PipelineOptions } from './fragment.js';
import { type Tally } from './tally.js';
import type { FileEntry as Entry, Stats } from '../types.js';
import type { ArchiveLimits } from '../sources/archives/kind.js';
export interface WorkerOptions extends Omit<PipelineOptions, 'onProgress'> {
    maxFileSize: number;
    /** Archive limits; default sources/archives/kind.ts DEFAULT_ARCHIVE_LIMITS. */
    archives?: ArchiveLimits;
}
/** How many workers to start once a tree has shown itself large (PARALLEL_FROM files), or as asked. */
export declare function workerCount(requested: number | undefined): number;
/**
 * Reads and scans listed files in worker threads while the tree is still being listed. Entries are
 * held back until the listing shows the tree is large enough to pay for workers (or --jobs asked for
 * them); then workers start (they boot while the listing goes on) and get batches round-robin as they
 * are listed. After the listing, batches go to whichever worker answers first. `finish` returns the
 * entries to scan in this thread when no worker was started.
 */
export declare class FilePool {
    private readonly options;
    private readonly tally;
    private readonly onProgress?;
    private readonly slots;
    private pending;
    private listed;
    private next;
    private readonly jobs;
    private readonly url;
    constructor(requested: number | undefined, options: WorkerOptions, tally: Tally, onProgress?: ((stats: Stats) => void) | undefined);
    private readonly forced;
    add(entry: Entry): void;
    private start;
    private send;
    private feed;
    private failure;
    private settle;
    private fail;
    /** The listing is over: scan what is left and wait. Returns the entries for this thread if no worker ran. */
    finish(): Promise<Entry[]>;
}
