import { type ChildProcessWithoutNullStreams } from 'node:child_process';
import { UsageError } from '../types.js';
export declare class GitError extends UsageError {
}
/** A git process that could not start: git missing is a usage error that says what to do. */
export declare function spawnFailure(e: NodeJS.ErrnoException): Error;
export declare function spawnGit(args: string[], cwd: string): ChildProcessWithoutNullStreams;
export interface GitResult {
    code: number;
    stdout: Buffer;
    stderr: string;
}
/** Run git to completion. Rejects only when git itself cannot be started. */
export declare function runGit(args: string[], cwd: string, input?: Buffer | string): Promise<GitResult>;
/** The error for a failed git command: what ran, and git's own first line of complaint. */
export declare function gitFailure(what: string, code: number, stderr: string): GitError;
/** Run git and return stdout, or fail with git's own first line of complaint. */
export declare function git(args: string[], cwd: string, input?: Buffer | string): Promise<Buffer>;
/** The top of the work tree containing `dir`, or undefined outside a repository (or without git, when `optional`). */
export declare function repoRoot(dir: string, optional?: boolean): Promise<string | undefined>;
export declare function isGitMissing(): boolean;
/** Tracked files plus untracked files that are not ignored, under `pathspec`, relative to `root`. */
export declare function listFiles(root: string, pathspec: string): Promise<string[]>;
/**
 * Like listFiles, with whether git tracks each file: `ls-files -t` tags tracked entries `H` (or `S`,
 * `M`) and untracked ones `?`. Risk rules read this (a committed .env file) without asking git again.
 */
export declare function listFilesTracked(root: string, pathspec: string): Promise<Array<{
    file: string;
    untracked: boolean;
}>>;
/** Ignored files under `pathspec`; a folder ignored as a whole comes back once, as `dir/`. */
export declare function listIgnored(root: string, pathspec: string): Promise<string[]>;
/** Is `file` (relative to `root`) in the index? */
export declare function isTracked(root: string, file: string): Promise<boolean>;
export declare function splitNul(out: Buffer): string[];
