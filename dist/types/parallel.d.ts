import { type PipelineOptions, type Tally } from './scan.js';
import type { Entry } from './sources/tree.js';
import type { Stats } from './types.js';
export interface WorkerOptions extends Omit<PipelineOptions, 'onProgress'> {
    maxFileSize: number;
}
export declare function workerCount(requested: number | undefined, files: number): number;
/**
 * Read and scan entries in worker threads, merging what they find into `tally`. Returns false (having
 * done nothing) when no worker bundle is available.
 */
export declare function scanInWorkers(entries: Entry[], jobs: number, options: WorkerOptions, tally: Tally, onProgress?: (stats: Stats) => void): Promise<boolean>;
