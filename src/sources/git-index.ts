import path from 'node:path';
import { UsageError, type Finding, type Fragment, type Report, type Source, type SourceSink } from '../types.js';
import { gitFailure, hunkHeader, newPathOf, readBlobs, stagedDiff } from './git.js';
import { settled, type BlobReader, type GitOutcome } from './git-spawn.js';

/**
 * The staged source: what the commit being made will contain. Everything is read through git with
 * the inherited environment, so `git commit -a` and `git commit <paths>` (which point GIT_INDEX_FILE
 * at a temporary index) are judged by the index git will actually commit; `.git/index` is never read.
 */

const SUBMODULE = '160000';
const SYMLINK = '120000';

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
export function parseStagedDiff(out: Buffer): { entries: StagedEntry[]; wholeFiles: Set<string>; patch: Buffer } {
  let at = 0;
  const next = (): string | undefined => {
    const end = out.indexOf(0, at);
    if (end === -1) return undefined;
    const record = out.toString('utf8', at, end);
    at = end + 1;
    return record;
  };
  const entries: StagedEntry[] = [];
  const wholeFiles = new Set<string>();
  while (out[at] === 0x3a /* : */) {
    const meta = next()!;
    const [, newMode, , newSha, status] = meta.slice(1).split(' ') as [string, string, string, string, string];
    const letter = status[0]!;
    const first = next()!;
    const file = letter === 'R' || letter === 'C' ? next()! : first;
    entries.push({ file, blob: newSha, mode: newMode, status: letter });
  }
  for (let record = next(); record; record = next()) {
    const m = /^(\S+)\t(\S+)\t([^]*)$/.exec(record);
    if (!m) continue;
    // A rename or copy leaves the path empty and names old and new in the next two records.
    const file = m[3] ? m[3] : (next(), next()!);
    if (m[1] === '-') wholeFiles.add(file);
  }
  return { entries, wholeFiles, patch: out.subarray(at) };
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
      const file = newPathOf(line);
      current = undefined;
      if (file === undefined) continue;
      current = added.get(file) ?? new Set();
      added.set(file, current);
    } else if (line.startsWith('@@ ')) {
      const h = hunkHeader(line);
      if (!h) continue;
      body = h.oldCount + h.newCount;
      if (current) for (let n = h.newStart; n < h.newStart + h.newCount; n++) current.add(n);
    }
  }
  return added;
}

/**
 * The staged entries to scan (added, copied, modified, renamed, type-changed) and their added lines,
 * from one `git diff --cached` (against HEAD, or the empty tree before the first commit). `root` is
 * the top of the work tree, or undefined outside one; it is settled while git runs (the hook's
 * latency is mostly process start-up). Pathspecs are relative to `cwd`, where git runs.
 */
export async function stagedSelection(
  cwd: string,
  files: string[],
  root: Promise<string | undefined>,
  started?: { diff: Promise<GitOutcome>; blobs?: BlobReader },
): Promise<StagedSelection> {
  const [top, diff] = await Promise.all([root, started ? started.diff.then(settled) : stagedDiff(cwd, files)]);
  if (!top) throw new UsageError('not inside a git repository: run `openai-key-scan staged` in a repository, or `openai-key-scan <path>` to scan files');
  if (diff.code !== 0) throw gitFailure('git diff --cached', diff.code, diff.stderr);
  for (const f of files) {
    if (path.relative(top, path.resolve(cwd, f)).startsWith('..')) throw new UsageError(`${f} is outside the repository at ${top}`);
  }
  const { entries, wholeFiles, patch } = parseStagedDiff(diff.stdout);
  const selection: StagedSelection = { root: top, entries, added: addedLines(patch), submodules: entries.filter((e) => e.mode === SUBMODULE).length, wholeFiles };
  return started?.blobs ? { ...selection, blobs: started.blobs } : selection;
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
  for await (const { content } of readBlobs(selection.root, readable.map((e) => e.blob), selection.blobs)) {
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

/**
 * The staged source (design.md `openai-key-scan staged`): the whole staged content of each file is
 * scanned (risk rules and decoders need the context), and only findings on lines the commit adds are
 * kept, unless `allLines`: a key already in HEAD is a history problem, not this commit's.
 */
export function stagedSource(selection: StagedSelection, maxFileSize: number, allLines = false): Source {
  // A finding inside a staged archive (`x.zip!a.js`) belongs to the archive, which git diffs whole.
  // One in content read as binary has no line (it says line 1): a file an attribute makes git diff
  // as text may still hold NUL bytes, and its key must not pass for want of a line number.
  const added = (f: Finding) =>
    selection.wholeFiles.has(f.file.split('!')[0]!) || f.encoding === 'binary' || selection.added.get(f.file)?.has(f.line) === true;
  return {
    mode: 'staged',
    items: (sink) => stagedFragments(selection, sink, maxFileSize),
    ...(allLines ? {} : { keep: added }),
    finish(report: Report) {
      const { files, skipped } = report.stats;
      const scannable = selection.entries.length - skipped.symlink - selection.submodules;
      // Never pass a commit by scanning nothing: staged files that all failed to read are an error.
      if (scannable > 0 && files === 0 && skipped.binary + skipped.tooLarge < scannable) {
        throw new UsageError(`could not read any of the ${scannable} staged file(s) through git (${skipped.unreadable} unreadable): check \`git status\` and \`git fsck\`, then commit again`);
      }
    },
  };
}
