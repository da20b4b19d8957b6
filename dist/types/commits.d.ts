import { UsageError } from './types.js';
import { type PipelineOptions } from './pipeline.js';
import type { Report } from './types.js';
export declare const ZERO: RegExp;
/** A commit of the range is not in the clone and could not be fetched. */
export declare class MissingCommitError extends UsageError {
}
export interface CommitScanOptions extends PipelineOptions {
    cwd?: string;
    /** Also scan merge commits, each as what it adds beyond git's own merge of its parents (an "evil merge"). */
    includeMerges?: boolean;
}
export interface RangeOptions extends CommitScanOptions {
    base: string;
    head: string;
}
/**
 * Make sure `base` and `head` (and, in a shallow clone, their merge base) are present: fetch them
 * from `origin` with a growing but bounded depth; else fail with what to set.
 */
export declare function ensureRange(root: string, base: string, head: string): Promise<void>;
/** `openai-key-scan diff <base>..<head>`: the lines added by every commit in the range. */
export declare function scanRange(options: RangeOptions): Promise<Report>;
/** `openai-key-scan history`: every commit reachable from any ref. */
export declare function scanHistory(options?: CommitScanOptions): Promise<Report>;
