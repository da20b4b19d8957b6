import { type ChildProcessWithoutNullStreams } from 'node:child_process';
import { UsageError } from '../types.js';
/**
 * How git is started: pinned flags, the inherited environment plus a few pins. Every git call in
 * the scanner is a named operation in sources/git.ts that runs through here; this module is small
 * on purpose, because the bin (cli/main.ts) loads it to start the pre-commit hook's git processes
 * before the scanner's code has loaded (see startStaged below).
 *
 * child_process, not simple-git (considered, measured, not used; README "Design notes"): simple-git 4
 * strips every inherited GIT_* variable unless allow-listed, and a pre-commit hook's GIT_INDEX_FILE
 * must survive it (`git commit -a` points it at a temporary index); it buffers a command's whole
 * output (`git log -p --all` of a large history would sit in memory, where we stream one commit at a
 * time); and it would add its dependencies to the hook's start-up for calls that are one line here.
 *
 * A scanned repository is untrusted (design.md "Untrusted input"): its own config must not run
 * anything or change what we read. Every call switches off fsmonitor, external transports, a custom
 * upload-pack, replace refs and the global/system attribute files; fetches run no hook (the only
 * calls that write refs); diffs are read with `--text`, `--no-ext-diff`
 * and `--no-textconv`, so no `.gitattributes` in the repository can turn a patch into "Binary files
 * differ" or run a diff driver.
 */
export declare const PINNED: string[];
/**
 * Environment pins: no system attribute file, replace refs off, never a credential prompt, and the C
 * locale. Under a UTF-8 locale glibc's regex decodes every line to wide characters as soon as the
 * pickaxe holds a bracket expression (the UTF-16 marker's `[^[:alnum:]]`), which doubled the cost of
 * `git log -p -G…` (bench history: 4.9 s of git CPU against 2.3 s in the C locale); in the C locale a
 * bracket matches one byte, which is also what a NUL-interleaved UTF-16 line needs.
 */
export declare const ENV_PINS: NodeJS.ProcessEnv;
export declare class GitError extends UsageError {
}
/** A git process that could not start: git missing is a usage error that says what to do. */
export declare function spawnFailure(e: NodeJS.ErrnoException): Error;
/** Start git; the hook's GIT_INDEX_FILE, GIT_DIR and friends are inherited. */
export declare function spawnGit(args: string[], cwd: string): ChildProcessWithoutNullStreams;
export interface GitResult {
    code: number;
    stdout: Buffer;
    stderr: string;
}
/** Run git to completion. Rejects only when git itself cannot be started. */
export declare function runGit(args: string[], cwd: string, input?: Buffer | string): Promise<GitResult>;
/**
 * A git run's outcome as plain data: its result, or the error that kept it from starting. Only
 * data crosses from the bin to the hook bundle (startStaged): each bundle has its own copy of the
 * error classes, so an error made here would not be recognised there as a usage error.
 */
export type GitOutcome = GitResult | {
    error: NodeJS.ErrnoException;
};
export declare function collectGit(args: string[], cwd: string, input?: Buffer | string): Promise<GitOutcome>;
/** The result of an outcome, or the usage error for a git that could not start. */
export declare function settled(outcome: GitOutcome): GitResult;
/** `git rev-parse --show-toplevel`: the top of the work tree (sources/git.ts repoRoot reads the answer). */
export declare const ROOT_ARGS: string[];
/** What every reading of the staged diff shares (the hook's shell gate too, hooks/gate.ts). */
export declare const STAGED_FLAGS: readonly string[];
/**
 * `git diff --cached` of the index (or of `GIT_INDEX_FILE`'s) in one git process: raw and numstat
 * records, NUL-terminated, then a NUL, then the -U0 patch (sources/git-index.ts splits them). No
 * `--text` here: a file git calls binary (by content or by an attribute) is scanned whole
 * (sources/git-index.ts), which can only report more, never less. `files` are taken literally,
 * relative to where git runs.
 */
export declare function stagedDiffArgs(files: readonly string[]): string[];
/**
 * The pre-commit hook's git processes (the top, unless hookTop knows it; the staged diff; the blob
 * reader), started by the bin before it loads the scanner
 * (dist/hook.cjs): git's start-up and the staged diff then overlap the loading of the scanner's
 * code, and the forks happen while the process is still small. The results are what
 * `scanStaged` would have asked for itself, in the same directory with the same arguments.
 */
export interface StartedStaged {
    cwd: string;
    files: readonly string[];
    top: Promise<GitOutcome>;
    diff: Promise<GitOutcome>;
    /** `git cat-file --batch`, waiting for blob ids on stdin; taken once by readBlobs. */
    takeBlobReader(): BlobReader | undefined;
    /** Called when the scan is over, whatever happened: cat-file exits when its stdin closes. */
    close(): void;
}
export declare function startStaged(cwd: string, files: readonly string[], env?: NodeJS.ProcessEnv): StartedStaged;
/**
 * The work tree's top without asking git, where git has just told us: it runs a pre-commit hook in
 * the top of the work tree with GIT_INDEX_FILE set (husky, lint-staged and the pre-commit framework
 * keep that directory). When that directory holds `.git` and no GIT_DIR or GIT_WORK_TREE points
 * elsewhere, git's own discovery from here stops here, so `rev-parse --show-toplevel` would answer
 * this directory: one git process fewer per commit. Anywhere else (a subdirectory, a hook that
 * changed directory, a run by hand), git is asked.
 */
export declare function hookTop(cwd: string, env: NodeJS.ProcessEnv): string | undefined;
/** A `git cat-file --batch` process, with its end listened for from the start. */
export interface BlobReader {
    child: ChildProcessWithoutNullStreams;
    /** Resolves when git has exited: with the error that kept it from starting, if one did. */
    ended: Promise<NodeJS.ErrnoException | undefined>;
}
export declare function startBlobReader(cwd: string): BlobReader;
