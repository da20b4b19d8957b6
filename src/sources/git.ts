import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { isUtf8 } from 'node:buffer';
import { nameFromBytes } from './names.js';
import { GitError, ROOT_ARGS, collectGit, runGit, settled, spawnFailure, spawnGit, stagedDiffArgs, startBlobReader, type BlobReader, type GitOutcome, type GitResult } from './git-spawn.js';

/**
 * The one door to git: every git call in the scanner is a named operation here, started through
 * sources/git-spawn.ts with pinned flags and the inherited environment (why child_process and not
 * simple-git, and what is pinned against a hostile repository's config, is written there).
 */

export { GitError, runGit, spawnFailure, spawnGit, type GitResult };

/** The error for a failed git command: what ran, and git's own first line of complaint. */

export function gitFailure(what: string, code: number, stderr: string): GitError {
  const why = stderr.split('\n').find((l) => l.trim()) ?? `exit code ${code}`;
  return new GitError(`${what} failed: ${why.replace(/^(fatal|error): /, '')}`);
}

/** Run git and return stdout, or fail with git's own first line of complaint. */
async function git(args: string[], cwd: string, input?: Buffer | string): Promise<Buffer> {
  const r = await runGit(args, cwd, input);
  if (r.code !== 0) throw gitFailure(`git ${args[0]}`, r.code, r.stderr);
  return r.stdout;
}

let gitMissing: boolean | undefined;

/** The top of the work tree containing `dir`, or undefined outside a repository (or without git, when `optional`). */
export async function repoRoot(dir: string, optional = false): Promise<string | undefined> {
  if (gitMissing && optional) return undefined;
  return rootFrom(collectGit(ROOT_ARGS, dir), optional);
}

/** repoRoot's answer from a `rev-parse --show-toplevel` already started (the hook's, sources/git-spawn.ts). */
export async function rootFrom(running: Promise<GitOutcome>, optional = false): Promise<string | undefined> {
  try {
    const r = settled(await running);
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

/**
 * Where git commands for the commit modes run: the work tree's top, or, in a bare or mirror clone
 * (how an organisation audits many repositories), the git directory itself.
 */
export async function repoDir(dir: string): Promise<string | undefined> {
  const r = await runGit(['rev-parse', '--is-bare-repository', '--absolute-git-dir'], dir);
  if (r.code !== 0) return undefined;
  const [bare, gitDir] = r.stdout.toString('utf8').split('\n');
  if (bare === 'true') return gitDir;
  return repoRoot(dir);
}

export function isGitMissing(): boolean {
  return gitMissing === true;
}

/**
 * Tracked files plus untracked files that are not ignored, under `pathspec`, with whether git tracks
 * each: `ls-files -t` tags tracked entries `H` (or `S`, `M`) and untracked ones `?`. Risk rules read
 * this (a committed .env file) without asking git again.
 */
export async function listFilesTracked(root: string, pathspec: string): Promise<Array<{ file: string; untracked: boolean; raw?: Buffer }>> {
  const out = await git(
    ['ls-files', '-z', '-t', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', `:(literal)${pathspec}`],
    root,
  );
  return namesOf(out, 2).map(({ tag, ...name }) => ({ ...name, untracked: tag === '?' }));
}

/**
 * Ignored files under `pathspec`; a folder ignored as a whole comes back once, as `dir/`. Names as
 * listFilesTracked gives them (`raw` bytes for a name that is not UTF-8).
 */
export async function listIgnored(root: string, pathspec: string): Promise<Array<{ file: string; raw?: Buffer }>> {
  const out = await git(['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory', '--', `:(literal)${pathspec}`], root);
  return namesOf(out, 0).map(({ tag: _, ...name }) => name);
}

/**
 * NUL-ended names from git, split as bytes: a name that is not UTF-8 keeps its bytes in `raw` (`file`
 * is its escaped form, sources/names.ts). `tagged`: bytes before each name (`ls-files -t`'s `H `).
 */
function namesOf(out: Buffer, tagged: number): Array<{ file: string; tag: string; raw?: Buffer }> {
  if (isUtf8(out)) return splitNul(out).map((entry) => ({ file: entry.slice(tagged), tag: entry.slice(0, tagged).trim() }));
  const names: Array<{ file: string; tag: string; raw?: Buffer }> = [];
  for (let from = 0, nul = out.indexOf(0); nul !== -1; from = nul + 1, nul = out.indexOf(0, from)) {
    if (nul - from <= tagged) continue;
    const raw = out.subarray(from + tagged, nul);
    names.push({ file: nameFromBytes(raw), tag: out.toString('latin1', from, from + tagged).trim(), ...(isUtf8(raw) ? {} : { raw: Buffer.from(raw) }) });
  }
  return names;
}

/** Is `file` (relative to `root`) in the index? */
export async function isTracked(root: string, file: string): Promise<boolean> {
  return (await git(['ls-files', '-z', '--cached', '--', `:(literal)${file}`], root)).length > 0;
}

export function splitNul(out: Buffer): string[] {
  const s = out.toString('utf8');
  return s ? s.split('\0').filter(Boolean) : [];
}

/** A file's content at `rev`, or undefined when it is not there. */
export async function showAt(root: string, rev: string, repoPath: string): Promise<string | undefined> {
  const r = await runGit(['show', '--no-textconv', `${rev}:${repoPath}`], root);
  return r.code === 0 ? r.stdout.toString('utf8') : undefined;
}

/** Is `rev` a commit present here? */
export async function hasCommit(root: string, rev: string): Promise<boolean> {
  return (await runGit(['cat-file', '-e', `${rev}^{commit}`], root)).code === 0;
}

/** The commit `rev` names, or undefined. */
export async function resolveCommit(root: string, rev: string): Promise<string | undefined> {
  const r = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], root);
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

export async function isShallow(root: string): Promise<boolean> {
  return (await runGit(['rev-parse', '--is-shallow-repository'], root)).stdout.toString().trim() === 'true';
}

/** Do `a` and `b` share history that is present here? */
export async function haveMergeBase(root: string, a: string, b: string): Promise<boolean> {
  return (await runGit(['merge-base', '--end-of-options', a, b], root)).code === 0;
}

/** Does the repository have any commit or ref at all? */
export async function hasAnyCommit(root: string): Promise<boolean> {
  const [head, refs] = await Promise.all([runGit(['rev-parse', '--verify', '--quiet', 'HEAD'], root), runGit(['for-each-ref', '--count=1'], root)]);
  return head.code === 0 || refs.stdout.length > 0;
}

/**
 * The repository's `remote.origin.uploadpack` would run as a command for a local or ssh origin, and
 * the first value git reads wins over `-c`: only the fetch option overrides it.
 */
const UPLOAD_PACK = '--upload-pack=git-upload-pack';

/**
 * Fetch `refs` from origin at `depth` into a shallow clone (the Action's checkout); returns whether
 * git succeeded. Refs are data here, never options: callers refuse anything starting with `-`.
 */
export async function fetchShallow(root: string, refs: string[], depth: number): Promise<boolean> {
  const r = await runGit(['-c', 'core.hooksPath=/dev/null', 'fetch', UPLOAD_PACK, '--no-tags', '--quiet', '--no-write-fetch-head', `--depth=${depth}`, 'origin', '--', ...refs], root);
  return r.code === 0;
}

/** Fetch one branch of origin at `depth` and return the commit it points at, or undefined. */
export async function fetchBranchTip(root: string, branch: string, depth: number): Promise<string | undefined> {
  const ref = `refs/heads/${branch}`;
  const r = await runGit(['-c', 'core.hooksPath=/dev/null', 'fetch', UPLOAD_PACK, '--no-tags', '--quiet', `--depth=${depth}`, 'origin', '--', `+${ref}:refs/openai-key-scan/base`], root);
  if (r.code !== 0) return undefined;
  return resolveCommit(root, 'refs/openai-key-scan/base');
}

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
export function revList(root: string, args: string[], merges: boolean): Promise<RevList> {
  const list: RevList = { commits: [], times: [], merges: [] };
  // Two lines a commit: `commit <id>`, then the format's `<author time> <parent ids>`.
  const child = spawnGit(['rev-list', '--format=%at %P', ...(merges ? [] : ['--no-merges']), ...args, '--'], root);
  const err: Buffer[] = [];
  let carry: Buffer | undefined;
  // Each id copied out of the chunk (toString of a range): a slice of a string would keep every chunk alive.
  const line = (buf: Buffer, from: number, to: number) => {
    if (buf.toString('latin1', from, Math.min(to, from + 7)) === 'commit ') list.commits.push(buf.toString('latin1', from + 7, to));
    else if (list.times.length < list.commits.length) {
      const [time = '', ...parents] = buf.toString('latin1', from, to).trim().split(' ');
      list.times.push(Number(time));
      list.merges.push(parents.length > 1);
    }
  };
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
      let from = 0;
      for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10, from)) {
        line(buf, from, nl);
        from = nl + 1;
      }
      carry = from < buf.length ? buf.subarray(from) : undefined;
    });
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e: NodeJS.ErrnoException) => reject(spawnFailure(e)));
    child.on('close', (code) => {
      if (carry) line(carry, 0, carry.length);
      if (code !== 0) reject(gitFailure('git rev-list', code ?? 1, Buffer.concat(err).toString('utf8')));
      else if (list.times.length !== list.commits.length) reject(new GitError('git rev-list: could not read an author time for every commit'));
      else resolve(list);
    });
    child.stdin.on('error', () => {});
    child.stdin.end();
  });
}

/** `git config --get KEY` in the repository, or undefined. */
export async function configValue(root: string, key: string): Promise<string | undefined> {
  const r = await runGit(['config', '--get', key], root);
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

/** Where this repository's hooks live (`.git/hooks`, or another `git rev-parse --git-path hooks` gives). */
export async function hooksPathOf(root: string): Promise<string> {
  return (await git(['rev-parse', '--git-path', 'hooks'], root)).toString('utf8').trim();
}

/** A config value and the scope that set it (`local`, `global`, `system`, `worktree`, `command`); git before 2.26 has no scope: taken as `local`. */
export async function configWithScope(root: string, key: string): Promise<{ value: string; scope: string } | undefined> {
  const r = await runGit(['config', '--show-scope', '--get', key], root);
  if (r.code === 0) {
    const [scope, ...rest] = r.stdout.toString('utf8').trim().split('\t');
    return { value: rest.join('\t'), scope: scope ?? '' };
  }
  const value = await configValue(root, key);
  return value === undefined ? undefined : { value, scope: 'local' };
}

/** The repository's common git folder (shared by its worktrees), where hooks live unless core.hooksPath moves them. */
export async function commonDirOf(root: string): Promise<string> {
  return (await git(['rev-parse', '--git-common-dir'], root)).toString('utf8').trim();
}

/** Undo git's C-style quoting of a path in patch headers ("a\tb", "\303\251"). */
export function unquote(s: string): string {
  if (!s.startsWith('"')) return s;
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '"': 34, '\\': 92 };
  for (let i = 1; i < s.length - 1; i++) {
    const ch = s[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = s[++i]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(simple[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A `@@ -a,b +c,d @@` hunk header: old line count, first new line, new line count. */
export function hunkHeader(line: string): { oldCount: number; newStart: number; newCount: number } | undefined {
  const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
  if (!m) return undefined;
  return { oldCount: m[1] === undefined ? 1 : Number(m[1]), newStart: Number(m[2]), newCount: m[3] === undefined ? 1 : Number(m[3]) };
}

/** The new path of a `+++ b/path` line, or undefined for `/dev/null`. git ends a name holding a space with a tab. */
export function newPathOf(line: string): string | undefined {
  const name = line.slice(4).replace(/\t$/, '');
  return name === '/dev/null' ? undefined : unquote(name).replace(/^b\//, '');
}

/**
 * Read blobs through one `git cat-file --batch` process: write every id, then parse
 * `<id> blob <size>\n<content>\n` records from the output as they come.
 */
export async function* readBlobs(root: string, ids: string[], started?: BlobReader): AsyncGenerator<{ id: string; content: Buffer | undefined }> {
  if (!ids.length) {
    started?.child.stdin.end();
    return;
  }
  const { child, ended } = started ?? startBlobReader(root);
  child.stdin.end(ids.map((id) => `${id}\n`).join(''));
  let next = 0;
  // Chunks are joined once per record (not once per chunk), so a large blob costs one copy.
  let pending: Buffer[] = [];
  let have = 0;
  let body: { size: number; blob: boolean } | undefined;
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    pending.push(chunk);
    have += chunk.length;
    for (;;) {
      if (!body) {
        const joined = pending.length > 1 ? Buffer.concat(pending, have) : pending[0]!;
        pending = [joined];
        const nl = joined.indexOf(10);
        if (nl === -1) break;
        const m = /^(\S+) (\S+) (\d+)$/.exec(joined.toString('utf8', 0, nl));
        const rest = joined.subarray(nl + 1);
        pending = [rest];
        have = rest.length;
        // `<id> missing`: the object is not there (a broken index); the caller counts it unreadable.
        if (!m) yield { id: ids[next++]!, content: undefined };
        else body = { size: Number(m[3]), blob: m[2] === 'blob' };
        continue;
      }
      if (have < body.size + 1) break;
      const joined = pending.length > 1 ? Buffer.concat(pending, have) : pending[0]!;
      const content = Buffer.from(joined.subarray(0, body.size));
      const rest = joined.subarray(body.size + 1);
      pending = [rest];
      have = rest.length;
      const wasBlob = body.blob;
      body = undefined;
      yield { id: ids[next++]!, content: wasBlob ? content : undefined };
    }
  }
  while (next < ids.length) yield { id: ids[next++]!, content: undefined };
  const error = await ended;
  if (error) throw spawnFailure(error);
}

/** `git diff --cached` of the index, run to completion (the arguments: sources/git-spawn.ts stagedDiffArgs). */
export function stagedDiff(cwd: string, files: readonly string[]): Promise<GitResult> {
  return runGit(stagedDiffArgs(files), cwd);
}

/** Start `git log -p` over the commits fed on stdin (see sources/commit-log.ts for the flags). */
export function spawnLog(root: string, flags: string[]): ChildProcessWithoutNullStreams {
  return spawnGit(['log', ...flags, '--no-walk=unsorted', '--stdin'], root);
}

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
export function addedBlobs(root: string, revs: string[], wanted: (path: string) => boolean): Promise<AddedBlob[]> {
  if (!revs.length) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawnGit(['log', '--no-walk=unsorted', '--stdin', '--root', '--raw', '-z', '--no-abbrev', '-M', '--diff-filter=AMRTC', '--format=%x01%H %at %aI %ae'], root);
    const out: AddedBlob[] = [];
    const err: Buffer[] = [];
    let head: Omit<AddedBlob, 'path' | 'blob'> | undefined;
    // A raw entry is `:modes ids status` then one path (two for renames and copies), each NUL-ended.
    let entry: { blob: string; paths: number } | undefined;
    let carry = '';
    const token = (raw: string) => {
      if (entry) {
        if (--entry.paths === 0) {
          if (head && !/^0+$/.test(entry.blob) && wanted(raw)) out.push({ ...head, path: raw, blob: entry.blob });
          entry = undefined;
        }
        return;
      }
      const t = raw.replace(/^\n/, '');
      if (t.startsWith('\x01')) {
        const [commit, time, date, author = ''] = t.slice(1).split(' ');
        head = commit && /^[0-9a-f]{40,64}$/.test(commit) ? { commit, time: Number(time), date: date ?? '', author } : undefined;
      } else if (t.startsWith(':')) {
        const fields = t.split(' ');
        entry = { blob: fields[3] ?? '', paths: /^[RC]/.test(fields[4] ?? '') ? 2 : 1 };
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      const tokens = (carry + d).split('\0');
      carry = tokens.pop() ?? '';
      for (const t of tokens) token(t);
    });
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e: NodeJS.ErrnoException) => reject(spawnFailure(e)));
    child.on('close', (code) => {
      if (code !== 0) reject(gitFailure('git log --raw', code ?? 1, Buffer.concat(err).toString('utf8')));
      else resolve(out);
    });
    child.stdin.on('error', () => {});
    child.stdin.end(revs.join('\n') + '\n');
  });
}
