import { type Detection } from './detect/index.js';
import { type SourceSink } from './sources/tree.js';
import { type Finding, type Fragment, type Mode, type Report, type Stats } from './types.js';
export declare const DEFAULT_MAX_FILE_SIZE: number;
export interface ScanOptions {
    /** Paths to scan; none means the current directory. */
    paths?: string[];
    cwd?: string;
    include?: string[];
    exclude?: string[];
    maxFileSize?: number;
    /** Put the full key in `secret` on each finding. Off by default. */
    showSecrets?: boolean;
    /** Called after each file, for progress display. */
    onProgress?: (stats: Stats) => void;
    /** Worker threads for a tree scan: 1 scans in this thread; default: one per core for large trees. */
    jobs?: number;
}
/** Findings of one fragment: positions mapped to the real file, keys redacted, excerpts built. */
export declare function keyFindings(fragment: Fragment, detection: Detection, showSecrets?: boolean): Finding[];
export declare function compareFindings(a: Finding, b: Finding): number;
export interface PipelineOptions {
    showSecrets?: boolean;
    onProgress?: (stats: Stats) => void;
}
/** What the pipeline gathers while fragments flow through it; worker threads send theirs back to be merged. */
export interface Tally {
    stats: Stats;
    findings: Finding[];
    warnings: string[];
}
export declare function newTally(): Tally;
export declare function mergeTally(into: Tally, from: Tally): void;
/** Where a source reports what it skipped. */
export declare function tallySink(tally: Tally): SourceSink;
/** Everything the pipeline does with one fragment. Worker threads run this same function. */
export declare function processFragment(fragment: Fragment, options: PipelineOptions, tally: Tally): void;
export declare function finishReport(mode: Mode, tally: Tally, started: number): Report;
/** Run fragments from any source through detection into a report. */
export declare function runPipeline(mode: Mode, source: (sink: SourceSink) => AsyncIterable<Fragment>, options?: PipelineOptions): Promise<Report>;
/**
 * Scan a directory tree: inside a git repository, tracked and untracked-not-ignored files. Large trees
 * are read and scanned by worker threads (one per core, up to 4); small ones in this thread, where
 * starting workers would cost more than it saves.
 */
export declare function scan(options?: ScanOptions): Promise<Report>;
