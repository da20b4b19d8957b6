import path from 'node:path';
import { LINE_LITERALS } from '../detect/index.js';
import { commitSource } from '../sources/commit-log.js';
import { fetchShallow, hasAnyCommit, hasCommit, haveMergeBase, isShallow, repoDir, repoRoot, resolveCommit, rootFrom } from '../sources/git.js';
import type { StartedStaged } from '../sources/git-spawn.js';
import { UsageError, type Report } from '../types.js';
import { resolveContext, type ContextOptions, type RunContext } from './context.js';
import { runScan, type RunOptions } from './scan.js';

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
export class MissingCommitError extends UsageError {}

export const ZERO = /^0+$/;

/** Scan a directory tree: `openai-key-scan [paths..]`. */
export async function scanTree(options: TreeScanOptions = {}): Promise<Report> {
  const ctx = await resolveContext(options);
  const paths = options.paths ?? [];
  // Loaded on demand: the hook never pays for the tree walker and globs.
  const { treeSource } = await import('../sources/tree/list.js');
  const source = treeSource({
    paths,
    cwd: ctx.cwd,
    noIgnore: options.noIgnore === true,
    include: options.include,
    // The config's ignorePaths are not read at all in a tree scan.
    exclude: [...(options.exclude ?? []), ...(ctx.loaded.config.ignorePaths ?? [])],
    maxFileSize: ctx.maxFileSize,
  });
  return runScan(source, ctx, options, { ...allowOf(options), complete: paths.length === 0 });
}

export interface StdinScanOptions extends ScanOptions {
  /** The name the input is judged by (exposure, risk rules) and reported as; default `<stdin>`. */
  filename?: string;
  /** What to read; default process.stdin. */
  input?: AsyncIterable<Buffer | string>;
}

/** Scan standard input (`openai-key-scan -`), as one file named `filename`. */
export async function scanStdin(options: StdinScanOptions = {}): Promise<Report> {
  const ctx = await resolveContext(options);
  const { stdinSource } = await import('../sources/stdin.js');
  const source = stdinSource({ name: options.filename ?? '<stdin>', input: options.input ?? (process.stdin as AsyncIterable<Buffer>) });
  return runScan(source, ctx, options, { ...allowOf(options), complete: false });
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Scan what the next commit will contain (the index): `openai-key-scan staged`, the pre-commit hook.
 * `started` is the bin's own (git processes started before the scanner loaded, cli/main.ts); library
 * callers leave it out.
 */
export async function scanStaged(options: StagedScanOptions = {}, started?: StartedStaged): Promise<Report> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const files = options.files ?? [];
  // Two git processes at once, the repository's top and the staged diff, while the config loads:
  // the hook's cost is mostly process start-ups. The hook's bin has started them (and the blob
  // reader) already, before this code loaded; they are used only if they ask exactly this.
  const mine = started && started.cwd === cwd && sameList(started.files, files) ? started : undefined;
  if (started && !mine) started.close();
  const top = mine ? rootFrom(mine.top, true) : repoRoot(cwd, true);
  const { stagedSelection, stagedSource } = await import('../sources/git-index.js');
  const blobs = mine?.takeBlobReader();
  const selecting = stagedSelection(cwd, files, top, mine ? { diff: mine.diff, ...(blobs ? { blobs } : {}) } : undefined);
  selecting.catch(() => {}); // awaited below, after the context's own errors
  const ctx = await resolveContext({ ...options, cwd }, top);
  const selection = await selecting;
  return runScan(stagedSource(selection, ctx.maxFileSize, options.allLines === true), ctx, options, { ...allowOf(options), complete: false });
}

/** Scan the lines added by every commit in `base..head`: `openai-key-scan diff`. */
export async function scanRange(options: RangeScanOptions): Promise<Report> {
  const { base, head } = options;
  for (const [name, rev] of [['base', base], ['head', head]] as const) {
    // A revision is data, never an option for git (`--upload-pack=…`).
    if (!rev || rev.startsWith('-')) throw new UsageError(`diff: the ${name} "${rev}" is not a revision (a revision cannot start with "-")`);
  }
  const ctx = await resolveContext(options);
  const root = await commitRoot(ctx, 'diff');
  const whole = ZERO.test(base);
  if (!whole) await ensureRange(root, base, head);
  const source = () => commitSource({ mode: 'diff', root, revs: whole ? [head] : [`${base}..${head}`], ...commitOptions(ctx, options) });
  return runScan(source, ctx, options, { ...allowOf(options), complete: false, ...(whole ? {} : { range: { base, head } }) });
}

/** Scan every commit reachable from any ref: `openai-key-scan history`. Works in bare and mirror clones. */
export async function scanHistory(options: CommitScanOptions = {}): Promise<Report> {
  const ctx = await resolveContext(options);
  const root = await commitRoot(ctx, 'history');
  if (!(await hasAnyCommit(root))) throw new UsageError('this repository has no commits yet: nothing in history to scan (use `openai-key-scan staged` or `openai-key-scan .`)');
  const source = await commitSource({ mode: 'history', root, revs: ['--all'], ...commitOptions(ctx, options) });
  const finish = source.finish;
  source.finish = async (report) => {
    await finish?.(report);
    if (await isShallow(root)) {
      report.warnings.push({
        code: 'shallow-history',
        message: `this clone is shallow: history covers only the ${report.commits ?? 0} commit(s) it holds; fetch the rest (git fetch --unshallow, or actions/checkout with fetch-depth: 0) to scan all of it`,
      });
    }
  };
  return runScan(source, ctx, options, { ...allowOf(options), complete: true });
}

function allowOf(options: ScanOptions) {
  return { ...(options.baseline !== undefined ? { baseline: options.baseline } : {}), updateBaseline: options.updateBaseline === true };
}

function commitOptions(ctx: RunContext, options: CommitScanOptions) {
  return {
    includeMerges: options.includeMerges === true,
    literals: LINE_LITERALS,
    // Each also as UTF-16 text: an encoded key in a UTF-16 file holds no literal as plain bytes.
    wideLiterals: LINE_LITERALS,
    maxFileSize: ctx.maxFileSize,
    archives: options.maxArchiveDepth !== 0,
  };
}

async function commitRoot(ctx: RunContext, mode: string): Promise<string> {
  const root = await repoDir(ctx.cwd);
  if (!root) throw new UsageError(`not inside a git repository: run \`openai-key-scan ${mode}\` in a repository (a clone with its history)`);
  return root;
}

/**
 * Make sure `base` and `head` (and, in a shallow clone, their merge base) are present: fetch them
 * from `origin` with a growing but bounded depth; else fail with what to do.
 */
export async function ensureRange(root: string, base: string, head: string): Promise<void> {
  const ok = async () => (await hasCommit(root, base)) && (await hasCommit(root, head)) && (!(await isShallow(root)) || (await haveMergeBase(root, base, head)));
  if (await ok()) return;
  const shallow = await isShallow(root);
  const isSha = (r: string) => /^[0-9a-f]{40}$/.test(r);
  // A name that is not a commit in a full clone is a typo, not missing history.
  if (!shallow) {
    for (const rev of [base, head]) {
      if (!isSha(rev) && !(await resolveCommit(root, rev))) throw new UsageError(`unknown revision "${rev}": check the name (git rev-parse ${rev})`);
    }
  }
  const shas = [base, head].filter(isSha);
  for (const depth of [50, 500, 5000]) {
    if ((await fetchShallow(root, shas.length ? shas : [base, head], depth)) && (await ok())) return;
  }
  for (const rev of [base, head]) {
    if (!(await hasCommit(root, rev))) {
      if (!shallow && !isSha(rev)) throw new UsageError(`unknown revision "${rev}": check the name (git rev-parse ${rev})`);
      throw new MissingCommitError(`commit ${rev} is not in this clone and could not be fetched: check out with full history (actions/checkout: fetch-depth: 0) or git fetch it`);
    }
  }
  throw new UsageError(`${base} and ${head} share no history in this shallow clone: check out with full history (actions/checkout: fetch-depth: 0)`);
}
