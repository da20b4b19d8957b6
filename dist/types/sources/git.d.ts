import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitError, runGit, spawnFailure, spawnGit, type BlobReader, type GitOutcome, type GitResult } from './git-spawn.js';
/**
 * The one door to git: every git call in the scanner is a named operation here, started through
 * sources/git-spawn.ts with pinned flags and the inherited environment (why child_process and not
 * simple-git, and what is pinned against a hostile repository's config, is written there).
 */
export { GitError, runGit, spawnFailure, spawnGit, type GitResult };
/** The error for a failed git command: what ran, and git's own first line of complaint. */
export declare function gitFailure(what: string, code: number, stderr: string): GitError;
/** The top of the work tree containing `dir`, or undefined outside a repository (or without git, when `optional`). */
export declare function repoRoot(dir: string, optional?: boolean): Promise<string | undefined>;
/** repoRoot's answer from a `rev-parse --show-toplevel` already started (the hook's, sources/git-spawn.ts). */
export declare function rootFrom(running: Promise<GitOutcome>, optional?: boolean): Promise<string | undefined>;
/**
 * Where git commands for the commit modes run: the work tree's top, or, in a bare or mirror clone
 * (how an organisation audits many repositories), the git directory itself.
 */
export declare function repoDir(dir: string): Promise<string | undefined>;
export declare function isGitMissing(): boolean;
/**
 * Tracked files plus untracked files that are not ignored, under `pathspec`, with whether git tracks
 * each: `ls-files -t` tags tracked entries `H` (or `S`, `M`) and untracked ones `?`. Risk rules read
 * this (a committed .env file) without asking git again.
 */
export declare function listFilesTracked(root: string, pathspec: string): Promise<Array<{
    file: string;
    untracked: boolean;
    raw?: Buffer;
}>>;
/**
 * Ignored files under `pathspec`; a folder ignored as a whole comes back once, as `dir/`. Names as
 * listFilesTracked gives them (`raw` bytes for a name that is not UTF-8).
 */
export declare function listIgnored(root: string, pathspec: string): Promise<Array<{
    file: string;
    raw?: Buffer;
}>>;
/** Is `file` (relative to `root`) in the index? */
export declare function isTracked(root: string, file: string): Promise<boolean>;
export declare function splitNul(out: Buffer): string[];
/** A file's content at `rev`, or undefined when it is not there. */
export declare function showAt(root: string, rev: string, repoPath: string): Promise<string | undefined>;
/** Is `rev` a commit present here? */
export declare function hasCommit(root: string, rev: string): Promise<boolean>;
/** The commit `rev` names, or undefined. */
export declare function resolveCommit(root: string, rev: string): Promise<string | undefined>;
export declare function isShallow(root: string): Promise<boolean>;
/** Do `a` and `b` share history that is present here? */
export declare function haveMergeBase(root: string, a: string, b: string): Promise<boolean>;
/** Does the repository have any commit or ref at all? */
export declare function hasAnyCommit(root: string): Promise<boolean>;
/**
 * Fetch `refs` from origin at `depth` into a shallow clone (the Action's checkout); returns whether
 * git succeeded. Refs are data here, never options: callers refuse anything starting with `-`.
 */
export declare function fetchShallow(root: string, refs: string[], depth: number): Promise<boolean>;
/** Fetch one branch of origin at `depth` and return the commit it points at, or undefined. */
export declare function fetchBranchTip(root: string, branch: string, depth: number): Promise<string | undefined>;
/** Commits as `rev-list` lists them (newest first): ids, author times (unix seconds), and which are merges. */
export interface RevList {
    commits: string[];
    times: number[];
    merges: boolean[];
}
/**
 * The commits `rev-list` names (the range or `--all`). Its output is parsed as it streams: a history
 * of a million commits holds the three arrays, never the text.
 */
export declare function revList(root: string, args: string[], merges: boolean): Promise<RevList>;
/** `git config --get KEY` in the repository, or undefined. */
export declare function configValue(root: string, key: string): Promise<string | undefined>;
/** Where this repository's hooks live (`.git/hooks`, or another `git rev-parse --git-path hooks` gives). */
export declare function hooksPathOf(root: string): Promise<string>;
/** A config value and the scope that set it (`local`, `global`, `system`, `worktree`, `command`); git before 2.26 has no scope: taken as `local`. */
export declare function configWithScope(root: string, key: string): Promise<{
    value: string;
    scope: string;
} | undefined>;
/** The repository's common git folder (shared by its worktrees), where hooks live unless core.hooksPath moves them. */
export declare function commonDirOf(root: string): Promise<string>;
/** Undo git's C-style quoting of a path in patch headers ("a\tb", "\303\251"). */
export declare function unquote(s: string): string;
/** A `@@ -a,b +c,d @@` hunk header: old line count, first new line, new line count. */
export declare function hunkHeader(line: string): {
    oldCount: number;
    newStart: number;
    newCount: number;
} | undefined;
/** The new path of a `+++ b/path` line, or undefined for `/dev/null`. git ends a name holding a space with a tab. */
export declare function newPathOf(line: string): string | undefined;
/**
 * Read blobs through one `git cat-file --batch` process: write every id, then parse
 * `<id> blob <size>\n<content>\n` records from the output as they come.
 */
export declare function readBlobs(root: string, ids: string[], started?: BlobReader): AsyncGenerator<{
    id: string;
    content: Buffer | undefined;
}>;
/** `git diff --cached` of the index, run to completion (the arguments: sources/git-spawn.ts stagedDiffArgs). */
export declare function stagedDiff(cwd: string, files: readonly string[]): Promise<GitResult>;
/** Start `git log -p` over the commits fed on stdin (see sources/commit-log.ts for the flags). */
export declare function spawnLog(root: string, flags: string[]): ChildProcessWithoutNullStreams;
/** A blob a commit adds or changes, with its commit's header fields. */
export interface AddedBlob {
    commit: string;
    time: number;
    date: string;
    author: string;
    path: string;
    blob: string;
}
/**
 * Blobs the commits `revs` add or change at paths `wanted` accepts (git's `--raw`, NUL-separated,
 * streamed; renames and copies name their destination). For files whose keys the pickaxe cannot see:
 * archives. The paths are filtered here, not by git pathspecs: 23 `:(glob,icase)` pathspecs made git
 * match every path of every tree diff against each (2.8 s of CPU for the bench's 2,400 commits,
 * against 0.05 s for the whole unfiltered listing).
 */
export declare function addedBlobs(root: string, revs: string[], wanted: (path: string) => boolean): Promise<AddedBlob[]>;
