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
}
/** Findings of one fragment: positions mapped to the real file, keys redacted, excerpts built. */
export declare function keyFindings(fragment: Fragment, detection: Detection, showSecrets?: boolean): Finding[];
export declare function compareFindings(a: Finding, b: Finding): number;
export interface PipelineOptions {
    showSecrets?: boolean;
    onProgress?: (stats: Stats) => void;
}
/** Run fragments from any source through detection into a report. */
export declare function runPipeline(mode: Mode, source: (sink: SourceSink) => AsyncIterable<Fragment>, options?: PipelineOptions): Promise<Report>;
/** Scan a directory tree: inside a git repository, tracked and untracked-not-ignored files. */
export declare function scan(options?: ScanOptions): Promise<Report>;
