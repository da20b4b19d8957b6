import type { StartedStaged } from '../sources/git-spawn.js';
import { UsageError, type Report } from '../types.js';
import { type ContextOptions } from './context.js';
import { type RunOptions } from './scan.js';
/**
 * The library API, one function per mode (design.md "What it is"). Each takes the options the CLI
 * has (config, baseline, verify, fail-on…) and returns the finished Report, whose `exitCode` is the
 * policy's verdict. The CLI and the Action call these and print.
 */
export interface ScanOptions extends ContextOptions, RunOptions {
    /** A baseline file (relative to cwd): findings in it are suppressed. */
    baseline?: string;
    /** With `baseline`, after a full scan: remove entries that no longer occur. */
    updateBaseline?: boolean;
}
export interface TreeScanOptions extends ScanOptions {
    /** Files or folders; none means the current directory (in a repository: tracked and untracked-not-ignored files). */
    paths?: string[];
    /** Only paths matching these globs. */
    include?: string[];
    /** Leave out paths matching these globs (the config's ignorePaths are added). */
    exclude?: string[];
    /** Read every file under the paths, git-ignored ones too (`.git` excepted). */
    noIgnore?: boolean;
}
export interface StagedScanOptions extends ScanOptions {
    /** Only these files (as lint-staged passes them); still their staged content. */
    files?: string[];
    /** Report keys on every line of the staged files, not only on lines the commit adds. */
    allLines?: boolean;
}
export interface CommitScanOptions extends ScanOptions {
    /** Also scan merge commits: what each adds beyond git's own merge of its parents. */
    includeMerges?: boolean;
}
export interface RangeScanOptions extends CommitScanOptions {
    base: string;
    head: string;
}
/** A commit of the range is not in the clone and could not be fetched. */
export declare class MissingCommitError extends UsageError {
}
export declare const ZERO: RegExp;
/** Scan a directory tree: `openai-key-scan [paths..]`. */
export declare function scanTree(options?: TreeScanOptions): Promise<Report>;
export interface StdinScanOptions extends ScanOptions {
    /** The name the input is judged by (exposure, risk rules) and reported as; default `<stdin>`. */
    filename?: string;
    /** What to read; default process.stdin. */
    input?: AsyncIterable<Buffer | string>;
}
/** Scan standard input (`openai-key-scan -`), as one file named `filename`. */
export declare function scanStdin(options?: StdinScanOptions): Promise<Report>;
/**
 * Scan what the next commit will contain (the index): `openai-key-scan staged`, the pre-commit hook.
 * `started` is the bin's own (git processes started before the scanner loaded, cli/main.ts); library
 * callers leave it out.
 */
export declare function scanStaged(options?: StagedScanOptions, started?: StartedStaged): Promise<Report>;
/** Scan the lines added by every commit in `base..head`: `openai-key-scan diff`. */
export declare function scanRange(options: RangeScanOptions): Promise<Report>;
/** Scan every commit reachable from any ref: `openai-key-scan history`. Works in bare and mirror clones. */
export declare function scanHistory(options?: CommitScanOptions): Promise<Report>;
/**
 * Make sure `base` and `head` (and, in a shallow clone, their merge base) are present: fetch them
 * from `origin` with a growing but bounded depth; else fail with what to do.
 */
export declare function ensureRange(root: string, base: string, head: string): Promise<void>;
