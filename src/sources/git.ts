import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { UsageError } from '../types.js';

/**
 * The one door to git. Every call goes through here with pinned flags and the inherited environment
 * (hooks depend on GIT_INDEX_FILE, GIT_DIR and friends; replacing the environment breaks
 * `git commit -a`). child_process rather than simple-git: history and staged scans must stream
 * stdout and write to `cat-file --batch`'s stdin, which simple-git cannot do, and one way in is the point.
 */
const PINNED = [
  '-c', 'core.quotePath=false',
  '-c', 'color.ui=false',
  '-c', 'submodule.recurse=false',
  '-c', 'diff.noprefix=false',
];

export class GitError extends UsageError {}

const GIT_MISSING = 'git is not installed or not on PATH: install git, or scan a folder outside a repository';

/** A git process that could not start: git missing is a usage error that says what to do. */
export function spawnFailure(e: NodeJS.ErrnoException): Error {
  return e.code === 'ENOENT' ? new GitError(GIT_MISSING) : e;
}

export function spawnGit(args: string[], cwd: string): ChildProcessWithoutNullStreams {
  return spawn('git', [...PINNED, ...args], { cwd, env: process.env, stdio: ['pipe', 'pipe', 'pipe'] });
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Run git to completion. Rejects only when git itself cannot be started. */
export function runGit(args: string[], cwd: string, input?: Buffer | string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(args, cwd);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e: NodeJS.ErrnoException) => reject(spawnFailure(e)));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/** The error for a failed git command: what ran, and git's own first line of complaint. */
export function gitFailure(what: string, code: number, stderr: string): GitError {
  const why = stderr.split('\n').find((l) => l.trim()) ?? `exit code ${code}`;
  return new GitError(`${what} failed: ${why.replace(/^(fatal|error): /, '')}`);
}

/** Run git and return stdout, or fail with git's own first line of complaint. */
export async function git(args: string[], cwd: string, input?: Buffer | string): Promise<Buffer> {
  const r = await runGit(args, cwd, input);
  if (r.code !== 0) throw gitFailure(`git ${args[0]}`, r.code, r.stderr);
  return r.stdout;
}

let gitMissing: boolean | undefined;

/** The top of the work tree containing `dir`, or undefined outside a repository (or without git, when `optional`). */
export async function repoRoot(dir: string, optional = false): Promise<string | undefined> {
  if (gitMissing && optional) return undefined;
  try {
    const r = await runGit(['rev-parse', '--show-toplevel'], dir);
    if (r.code !== 0) return undefined;
    return r.stdout.toString('utf8').replace(/\n$/, '');
  } catch (e) {
    if (e instanceof GitError && optional) {
      gitMissing = true;
      return undefined;
    }
    throw e;
  }
}

export function isGitMissing(): boolean {
  return gitMissing === true;
}

/** Tracked files plus untracked files that are not ignored, under `pathspec`, relative to `root`. */
export async function listFiles(root: string, pathspec: string): Promise<string[]> {
  const out = await git(
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', `:(literal)${pathspec}`],
    root,
  );
  return splitNul(out);
}

/**
 * Like listFiles, with whether git tracks each file: `ls-files -t` tags tracked entries `H` (or `S`,
 * `M`) and untracked ones `?`. Risk rules read this (a committed .env file) without asking git again.
 */
export async function listFilesTracked(root: string, pathspec: string): Promise<Array<{ file: string; untracked: boolean }>> {
  const out = await git(
    ['ls-files', '-z', '-t', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', `:(literal)${pathspec}`],
    root,
  );
  return splitNul(out).map((entry) => ({ file: entry.slice(2), untracked: entry[0] === '?' }));
}

/** Ignored files under `pathspec`; a folder ignored as a whole comes back once, as `dir/`. */
export async function listIgnored(root: string, pathspec: string): Promise<string[]> {
  return splitNul(await git(['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory', '--', `:(literal)${pathspec}`], root));
}

/** Is `file` (relative to `root`) in the index? */
export async function isTracked(root: string, file: string): Promise<boolean> {
  return (await git(['ls-files', '-z', '--cached', '--', `:(literal)${file}`], root)).length > 0;
}

export function splitNul(out: Buffer): string[] {
  const s = out.toString('utf8');
  return s ? s.split('\0').filter(Boolean) : [];
}
