import { UsageError } from './types.js';
import { mayHoldKey, PREFILTER_LITERALS } from './detect/index.js';
import { finishReport, newTally, processFragment, type PipelineOptions } from './pipeline.js';
import { availableParallelism } from 'node:os';
import { git, gitFailure, repoRoot, runGit, spawnFailure, spawnGit } from './sources/git.js';
import { BlockSplitter, commitFragments, LOG_FORMAT } from './sources/patch.js';
import type { Finding, Report } from './types.js';

/**
 * The commit scans (design.md `diff` and `history`): the lines every commit adds, read from a
 * streamed `git log -p`. A key added in one commit and removed in the next is still reported, with
 * the commit that added it; each distinct key in each file is reported once, at its earliest commit.
 */

/**
 * git's pickaxe (-G, an extended regex) keeps only the file changes whose added or removed lines hold
 * a literal the detector starts from: git still diffs every commit, but writes (and we read) only
 * those, so the cost is git's own diffing and nearly nothing of ours.
 */
const PICKAXE = `-G${PREFILTER_LITERALS.map((l) => l.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|')}`;
const LOG_FLAGS = ['log', '-p', '-U0', '-M', PICKAXE, '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', LOG_FORMAT];
export const ZERO = /^0+$/;

/** A commit of the range is not in the clone and could not be fetched. */
export class MissingCommitError extends UsageError {}

export interface CommitScanOptions extends PipelineOptions {
  cwd?: string;
  /** Also scan merge commits, each as what it adds beyond git's own merge of its parents (an "evil merge"). */
  includeMerges?: boolean;
}

export interface RangeOptions extends CommitScanOptions {
  base: string;
  head: string;
}

async function rootOf(cwd: string, mode: string): Promise<string> {
  const root = await repoRoot(cwd);
  if (!root) throw new UsageError(`not inside a git repository: run \`openai-key-scan ${mode}\` in a repository (a clone with its history)`);
  return root;
}

async function hasCommit(root: string, rev: string): Promise<boolean> {
  return (await runGit(['cat-file', '-e', `${rev}^{commit}`], root)).code === 0;
}

async function isShallow(root: string): Promise<boolean> {
  return (await runGit(['rev-parse', '--is-shallow-repository'], root)).stdout.toString().trim() === 'true';
}

async function mergeBase(root: string, a: string, b: string): Promise<boolean> {
  return (await runGit(['merge-base', a, b], root)).code === 0;
}

/**
 * Make sure `base` and `head` (and, in a shallow clone, their merge base) are present: fetch them
 * from `origin` with a growing but bounded depth; else fail with what to set.
 */
export async function ensureRange(root: string, base: string, head: string): Promise<void> {
  const ok = async () => (await hasCommit(root, base)) && (await hasCommit(root, head)) && (!(await isShallow(root)) || (await mergeBase(root, base, head)));
  if (await ok()) return;
  const shas = [base, head].filter((r) => /^[0-9a-f]{40}$/.test(r));
  for (const depth of [50, 500, 5000]) {
    const targets = shas.length ? shas : [base, head];
    const r = await runGit(['fetch', '--no-tags', '--quiet', `--depth=${depth}`, 'origin', ...targets], root);
    if (r.code === 0 && (await ok())) return;
  }
  for (const rev of [base, head]) {
    if (!(await hasCommit(root, rev))) {
      throw new MissingCommitError(`commit ${rev} is not in this clone and could not be fetched: check out with full history (actions/checkout: fetch-depth: 0) or git fetch it`);
    }
  }
  throw new UsageError(`${base} and ${head} share no history in this shallow clone: check out with full history (actions/checkout: fetch-depth: 0)`);
}

/** Below this many commits one git process does it all; above, the commits are split between cores. */
const PARALLEL_FROM = 400;

/** Run `git log -p` over `revs` (fed on stdin) and hand each commit's block to `handle` as it streams. */
async function streamLog(root: string, revs: string[], handle: (block: Buffer) => void, merges = false): Promise<void> {
  const child = spawnGit([...LOG_FLAGS, ...(merges ? ['--diff-merges=remerge'] : []), '--no-walk=unsorted', '--stdin'], root);
  const stderr: Buffer[] = [];
  child.stderr.on('data', (d: Buffer) => stderr.push(d));
  const closed = new Promise<number>((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) => reject(spawnFailure(e)));
    child.on('close', (code) => resolve(code ?? 1));
  });
  closed.catch(() => {});
  child.stdin.on('error', () => {});
  child.stdin.end(`${revs.join('\n')}\n`);
  const splitter = new BlockSplitter();
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) for (const block of splitter.push(chunk)) handle(block);
  const last = splitter.end();
  if (last) handle(last);
  const code = await closed;
  if (code !== 0) throw gitFailure('git log', code, Buffer.concat(stderr).toString('utf8'));
}

/**
 * Scan the commits `git rev-list <args>` names (merges left out) through the pipeline; findings
 * deduplicated to each key's earliest commit. Large histories are split between git processes, one
 * per core: git's diffing is the cost, and it is single-threaded.
 */
async function scanLog(mode: 'diff' | 'history', root: string, args: string[], options: CommitScanOptions): Promise<Report> {
  const started = performance.now();
  const tally = newTally();
  const revs = (await git(['rev-list', ...(options.includeMerges ? [] : ['--no-merges']), ...args, '--'], root)).toString('utf8').split('\n').filter(Boolean);
  const earliest = new Map<string, { finding: Finding; time: number }>();
  let bytes = 0;
  const handle = (block: Buffer) => {
    bytes += block.length;
    if (!mayHoldKey(block)) return;
    const { info, fragments } = commitFragments(block);
    if (!info) return;
    const found = newTally();
    for (const fragment of fragments) processFragment(fragment, options, found);
    tally.stats.files += found.stats.files;
    for (const f of found.findings) {
      const id = `${f.fingerprint}\0${f.kind}\0${f.ruleId}\0${f.file}\0${f.suppressed ? 'suppressed' : ''}`;
      const seen = earliest.get(id);
      if (!seen || info.time < seen.time) earliest.set(id, { finding: f, time: info.time });
    }
  };
  const jobs = revs.length >= PARALLEL_FROM ? Math.min(4, availableParallelism()) : 1;
  const parts: string[][] = Array.from({ length: jobs }, () => []);
  revs.forEach((rev, i) => parts[i % jobs]!.push(rev));
  await Promise.all(parts.filter((p) => p.length).map((p) => streamLog(root, p, handle, options.includeMerges)));
  tally.findings = [...earliest.values()].map((e) => e.finding);
  tally.stats.bytes = bytes;
  const report = finishReport(mode, tally, started);
  report.commits = revs.length;
  return report;
}

/** `openai-key-scan diff <base>..<head>`: the lines added by every commit in the range. */
export async function scanRange(options: RangeOptions): Promise<Report> {
  const root = await rootOf(options.cwd ?? process.cwd(), 'diff');
  const { base, head } = options;
  if (ZERO.test(base)) return scanLog('diff', root, [head], options);
  await ensureRange(root, base, head);
  return scanLog('diff', root, [`${base}..${head}`], options);
}

/** `openai-key-scan history`: every commit reachable from any ref. */
export async function scanHistory(options: CommitScanOptions = {}): Promise<Report> {
  const root = await rootOf(options.cwd ?? process.cwd(), 'history');
  const head = await runGit(['rev-parse', '--verify', '--quiet', 'HEAD'], root);
  const refs = await runGit(['for-each-ref', '--count=1'], root);
  if (head.code !== 0 && !refs.stdout.length) throw new UsageError('this repository has no commits yet: nothing in history to scan (use `openai-key-scan staged` or `openai-key-scan .`)');
  const report = await scanLog('history', root, ['--all'], options);
  if (await isShallow(root)) {
    report.warnings.push(`this clone is shallow: history covers only the ${report.commits ?? 0} commit(s) it holds; fetch the rest (git fetch --unshallow, or actions/checkout with fetch-depth: 0) to scan all of it`);
  }
  return report;
}
