import path from 'node:path';
import { UsageError } from '../types.js';
import type { Fragment } from '../types.js';
import { gitFailure, repoRoot, runGit, spawnFailure, spawnGit } from './git.js';
import type { SourceSink } from '../types.js';

/**
 * The staged source: what the commit being made will contain. Everything is read through git with
 * the inherited environment, so `git commit -a` and `git commit <paths>` (which point GIT_INDEX_FILE
 * at a temporary index) are judged by the index git will actually commit; `.git/index` is never read.
 */

const SUBMODULE = '160000';
const SYMLINK = '120000';
const DIFF_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--ignore-submodules=all', '-M'];

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
}

/**
 * `git diff --raw --numstat -z`: first the raw records, `:old new oldsha newsha status\0path\0[path2\0]`,
 * then the numstat ones, `added\tdeleted\tpath\0` or `added\tdeleted\t\0old\0new\0`, where `-\t-`
 * marks a file git diffs as binary.
 */
function parseRaw(out: Buffer): { entries: StagedEntry[]; wholeFiles: Set<string> } {
  const parts = out.toString('utf8').split('\0');
  const entries: StagedEntry[] = [];
  const wholeFiles = new Set<string>();
  let i = 0;
  while (i + 1 < parts.length && parts[i]!.startsWith(':')) {
    const meta = parts[i++]!;
    const [, newMode, , newSha, status] = meta.slice(1).split(' ') as [string, string, string, string, string];
    const letter = status[0]!;
    const first = parts[i++]!;
    const file = letter === 'R' || letter === 'C' ? parts[i++]! : first;
    entries.push({ file, blob: newSha, mode: newMode, status: letter });
  }
  while (i + 1 < parts.length) {
    const m = /^(\S+)\t(\S+)\t([^]*)$/.exec(parts[i++]!);
    if (!m) continue;
    // A rename or copy leaves the path empty and names old and new in the next two records.
    const file = m[3] ? m[3] : (i++, parts[i++]!);
    if (m[1] === '-') wholeFiles.add(file);
  }
  return { entries, wholeFiles };
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

/**
 * From `git diff -U0`: the new-file line numbers of every added line, by new path. A hunk's body is
 * exactly as many lines as its header counts, and those are skipped as content: an added line that
 * reads `++ x` shows as `+++ x` and must not be taken for the next file's header.
 */
export function addedLines(patch: Buffer): Map<string, Set<number>> {
  const added = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  let body = 0;
  for (const line of patch.toString('utf8').split('\n')) {
    if (body > 0) {
      // `\ No newline at end of file` follows a body line and is not counted in the header.
      if (!line.startsWith('\\')) body--;
      continue;
    }
    if (line.startsWith('+++ ')) {
      // git ends a name that holds a space with a tab, for patch(1).
      const name = line.slice(4).replace(/\t$/, '');
      current = undefined;
      if (name === '/dev/null') continue;
      const file = unquote(name).replace(/^b\//, '');
      current = added.get(file) ?? new Set();
      added.set(file, current);
    } else if (line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[2]);
      const count = m[3] === undefined ? 1 : Number(m[3]);
      body = (m[1] === undefined ? 1 : Number(m[1])) + count;
      if (current) for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return added;
}

/**
 * The staged entries to scan (added, copied, modified, renamed, type-changed) and their added lines.
 * The three git calls run at once (the hook's latency is mostly process start-up); `git diff
 * --cached` compares with HEAD, or with the empty tree before the first commit. Pathspecs are
 * relative to `cwd`, where git runs.
 */
export async function stagedSelection(cwd: string, files: string[] = []): Promise<StagedSelection> {
  const spec = files.length ? ['--', ...files.map((f) => `:(literal)${f}`)] : [];
  const [root, raw, patch] = await Promise.all([
    repoRoot(cwd),
    runGit(['diff', '--cached', '--raw', '--numstat', '-z', '--diff-filter=ACMRT', ...DIFF_FLAGS, ...spec], cwd),
    runGit(['diff', '--cached', '-U0', '--diff-filter=ACMRT', '--src-prefix=a/', '--dst-prefix=b/', ...DIFF_FLAGS, ...spec], cwd),
  ]);
  if (!root) throw new UsageError('not inside a git repository: run `openai-key-scan staged` in a repository, or `openai-key-scan <path>` to scan files');
  for (const r of [raw, patch]) {
    if (r.code !== 0) throw gitFailure('git diff --cached', r.code, r.stderr);
  }
  for (const f of files) {
    if (path.relative(root, path.resolve(cwd, f)).startsWith('..')) throw new UsageError(`${f} is outside the repository at ${root}`);
  }
  const { entries, wholeFiles } = parseRaw(raw.stdout);
  return { root, entries, added: addedLines(patch.stdout), submodules: entries.filter((e) => e.mode === SUBMODULE).length, wholeFiles };
}

/**
 * Read blobs through one `git cat-file --batch` process: write every id, then parse
 * `<id> blob <size>\n<content>\n` records from the output as they come.
 */
export async function* readBlobs(root: string, ids: string[]): AsyncGenerator<{ id: string; content: Buffer | undefined }> {
  if (!ids.length) return;
  const child = spawnGit(['cat-file', '--batch'], root);
  const failed = new Promise<never>((_, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) => reject(spawnFailure(e)));
  });
  failed.catch(() => {});
  child.stdin.on('error', () => {});
  child.stdin.end(ids.map((id) => `${id}\n`).join(''));
  child.stderr.resume(); // `<id> missing` comes on stdout; nothing on stderr is needed
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
  await Promise.race([new Promise((r) => child.on('close', r)), failed]);
}

/** Fragments of the staged content of each entry; links and submodules are skipped and counted. */
export async function* stagedFragments(selection: StagedSelection, sink: SourceSink, maxFileSize = Infinity): AsyncGenerator<Fragment> {
  const readable: StagedEntry[] = [];
  for (const e of selection.entries) {
    if (e.mode === SUBMODULE) continue;
    if (e.mode === SYMLINK) sink.skip('symlink', e.file);
    else readable.push(e);
  }
  let i = 0;
  for await (const { content } of readBlobs(selection.root, readable.map((e) => e.blob))) {
    const entry = readable[i++]!;
    if (!content) {
      sink.skip('unreadable', entry.file, 'git cat-file could not read the staged blob');
      continue;
    }
    if (content.length > maxFileSize) {
      sink.skip('tooLarge', entry.file, `${content.length} bytes`);
      continue;
    }
    yield { path: entry.file, content, origin: { kind: 'staged' } };
  }
}
