import { type Fragment, type Source, type SourceSink } from '../types.js';
import { type BlobReader, type GitOutcome } from './git-spawn.js';
export interface StagedEntry {
    /** Path in the repository (new name of a rename). */
    file: string;
    blob: string;
    mode: string;
    status: string;
}
export interface StagedSelection {
    root: string;
    entries: StagedEntry[];
    /** Line numbers (1-based, in the staged file) that this commit adds or changes, by file. */
    added: Map<string, Set<number>>;
    /** Staged submodule entries (never read). */
    submodules: number;
    /**
     * Files git diffs as binary (NUL bytes, UTF-16, a `-diff` or `binary` attribute): git gives no
     * line numbers for them, so every line counts as added (the detector still reads them as text).
     */
    wholeFiles: Set<string>;
    /** A `git cat-file --batch` already running (the hook's, sources/git-spawn.ts startStaged). */
    blobs?: BlobReader;
}
/**
 * `git diff --raw --numstat -p -z` (sources/git.ts stagedDiff): first the raw records,
 * `:old new oldsha newsha status\0path\0[path2\0]`, then the numstat ones, `added\tdeleted\tpath\0`
 * or `added\tdeleted\t\0old\0new\0`, where `-\t-` marks a file git diffs as binary; then an empty
 * record, and the patch to the end. The patch is not split on NUL: a file a `diff` attribute makes
 * text may hold NUL bytes.
 */
export declare function parseStagedDiff(out: Buffer): {
    entries: StagedEntry[];
    wholeFiles: Set<string>;
    patch: Buffer;
};
/**
 * From `git diff -U0`: the new-file line numbers of every added line, by new path. A hunk's body is
 * exactly as many lines as its header counts, and those are skipped as content: an added line that
 * reads `++ x` shows as `+++ x` and must not be taken for the next file's header.
 */
export declare function addedLines(patch: Buffer): Map<string, Set<number>>;
/**
 * The staged entries to scan (added, copied, modified, renamed, type-changed) and their added lines,
 * from one `git diff --cached` (against HEAD, or the empty tree before the first commit). `root` is
 * the top of the work tree, or undefined outside one; it is settled while git runs (the hook's
 * latency is mostly process start-up). Pathspecs are relative to `cwd`, where git runs.
 */
export declare function stagedSelection(cwd: string, files: string[], root: Promise<string | undefined>, started?: {
    diff: Promise<GitOutcome>;
    blobs?: BlobReader;
}): Promise<StagedSelection>;
/** Fragments of the staged content of each entry; links and submodules are skipped and counted. */
export declare function stagedFragments(selection: StagedSelection, sink: SourceSink, maxFileSize?: number): AsyncGenerator<Fragment>;
/**
 * The staged source (design.md `openai-key-scan staged`): the whole staged content of each file is
 * scanned (risk rules and decoders need the context), and only findings on lines the commit adds are
 * kept, unless `allLines`: a key already in HEAD is a history problem, not this commit's.
 */
export declare function stagedSource(selection: StagedSelection, maxFileSize: number, allLines?: boolean): Source;
