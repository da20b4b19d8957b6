import { readdirSync, readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { writeReport } from '../report/write.js';
import { resolveCommit, fetchBranchTip } from '../sources/git.js';
import { MissingCommitError, ZERO, ensureRange, scanHistory, scanRange, scanTree, type ScanOptions } from '../run/modes.js';
import { parseFailOn } from '../run/policy.js';
import { maskText } from '../report/redact.js';
import { emptySkipCounts, UsageError, type Report } from '../types.js';
import { TOOL_NAME, VERSION } from '../version.js';

/**
 * The GitHub Action (action.yml, runs.using node24): picks what to scan from the event, calls the
 * library function for that mode, writes the `github` report (annotations, job summary), sets the
 * outputs, and fails the step when findings reach `fail-on`. It reads the repository's commits as data
 * and never runs code from them, which is what makes it safe on `pull_request_target`.
 */

type Plan =
  | { kind: 'diff'; base: string; head: string; fallbackNewBranch?: { defaultBranch?: string; ref?: string } }
  | { kind: 'new-branch'; head: string; defaultBranch?: string; ref?: string }
  | { kind: 'tree'; paths: string[] }
  | { kind: 'history' }
  | { kind: 'nothing'; why: string };

interface Payload {
  pull_request?: { base: { sha: string }; head: { sha: string } };
  merge_group?: { base_sha: string; head_sha: string };
  before?: string;
  after?: string;
  deleted?: boolean;
  ref?: string;
  repository?: { default_branch?: string };
}

function readPayload(): Payload {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Payload;
  } catch (e) {
    throw new UsageError(`cannot read the event payload ${file}: ${(e as Error).message}`);
  }
}

export function plan(event: string, payload: Payload, mode: string, paths: string[]): Plan {
  if (mode === 'tree') return { kind: 'tree', paths };
  if (mode === 'history') return { kind: 'history' };
  if (mode !== 'auto' && mode !== 'diff') throw new UsageError(`input mode: unknown value "${mode}" (use auto, diff, tree or history)`);
  if ((event === 'pull_request' || event === 'pull_request_target') && payload.pull_request) {
    return { kind: 'diff', base: payload.pull_request.base.sha, head: payload.pull_request.head.sha };
  }
  if (event === 'merge_group' && payload.merge_group) return { kind: 'diff', base: payload.merge_group.base_sha, head: payload.merge_group.head_sha };
  if (event === 'push' && payload.after !== undefined) {
    if (payload.deleted || ZERO.test(payload.after)) return { kind: 'nothing', why: 'the push deleted a branch: no commits to scan' };
    if (payload.before === payload.after) return { kind: 'nothing', why: 'the push added no commits (before == after)' };
    const newBranch = { kind: 'new-branch' as const, head: payload.after, defaultBranch: payload.repository?.default_branch, ref: payload.ref };
    if (!payload.before || ZERO.test(payload.before)) return newBranch;
    // A force-push's `before` may be gone: then judge the pushed commits like a new branch's.
    return { kind: 'diff', base: payload.before, head: payload.after, fallbackNewBranch: { defaultBranch: newBranch.defaultBranch, ref: newBranch.ref } };
  }
  if (mode === 'diff') throw new UsageError(`input mode diff: the ${event || 'unknown'} event names no commit range (use it on pull_request or push)`);
  return { kind: 'tree', paths };
}

/** A new branch's commits: those not on the default branch, or the whole history on a first push. */
async function scanNewBranch(p: Extract<Plan, { kind: 'new-branch' }>, options: ScanOptions & { includeMerges: boolean }): Promise<Report> {
  const onDefault = !p.defaultBranch || p.ref === `refs/heads/${p.defaultBranch}`;
  if (!onDefault && !p.defaultBranch!.startsWith('-')) {
    const base = await fetchBranchTip(process.cwd(), p.defaultBranch!, 50);
    if (base) return scanRange({ ...options, base, head: p.head });
  }
  return scanRange({ ...options, base: '0'.repeat(40), head: p.head });
}

function emptyReport(mode: Report['mode']): Report {
  return { tool: { name: TOOL_NAME, version: VERSION }, mode, findings: [], stats: { files: 0, bytes: 0, durationMs: 0, skipped: emptySkipCounts() }, warnings: [], exitCode: 0 };
}

const yes = (value: string) => /^(true|yes|on|1)$/i.test(value);

/** The Action: read inputs and the event, scan, report. Returns the exit code; `@github/local-action` calls this too. */
export async function run(): Promise<number> {
  const event = process.env.GITHUB_EVENT_NAME ?? '';
  if (process.env.GITHUB_WORKSPACE) process.chdir(process.env.GITHUB_WORKSPACE);
  const failOnInput = core.getInput('fail-on');
  if (failOnInput) parseFailOn(failOnInput, 'input fail-on');
  const sarifFile = core.getInput('sarif-file');
  const paths = core.getMultilineInput('paths').flatMap((l) => l.split(/\s+/)).filter(Boolean);
  const p = plan(event, readPayload(), core.getInput('mode') || 'auto', paths);
  // Without a checkout there is nothing to read: say so rather than pass over an empty workspace.
  if (p.kind !== 'nothing' && !(await resolveCommit(process.cwd(), 'HEAD')) && (p.kind !== 'tree' || readdirSync(process.cwd()).length === 0)) {
    throw new UsageError('no git checkout in the workspace: add `- uses: actions/checkout@v4` before this step (with fetch-depth: 0 for history)');
  }
  const range = p.kind === 'diff' ? { base: p.base, head: p.head } : undefined;
  // pull_request_target: config and baseline as the base branch has them; a pull request never gets
  // to loosen the rules it is checked by. The base commit must be here to read them.
  const trustBase = event === 'pull_request_target' ? range?.base : undefined;
  if (range && trustBase) await ensureRange(process.cwd(), range.base, range.head).catch(() => undefined);
  const options: ScanOptions & { includeMerges: boolean } = {
    ...(failOnInput ? { failOn: failOnInput, failOnSource: 'input fail-on' } : {}),
    ...(core.getInput('config') ? { config: core.getInput('config') } : {}),
    ...(core.getInput('baseline') ? { baseline: core.getInput('baseline') } : {}),
    ...(yes(core.getInput('verify')) ? { verify: true } : {}),
    ...(trustBase ? { trustBase } : {}),
    // A key typed into a merge commit is still a key: merges are read on pull_request_target and in
    // history unless the input says otherwise.
    includeMerges: core.getInput('include-merges') ? yes(core.getInput('include-merges')) : event === 'pull_request_target' || p.kind === 'history',
  };
  let report: Report;
  switch (p.kind) {
    case 'nothing':
      core.info(`openai-key-scan: ${p.why}`);
      report = emptyReport('diff');
      break;
    case 'tree':
      core.info(`openai-key-scan: ${event || 'manual'} event: scanning the workspace${p.paths.length ? ` (${p.paths.length} path(s))` : ''}`);
      report = await scanTree({ ...options, paths: p.paths });
      break;
    case 'history':
      report = await scanHistory(options);
      break;
    case 'new-branch':
      core.info('openai-key-scan: new branch: scanning the commits it adds');
      report = await scanNewBranch(p, options);
      break;
    case 'diff':
      core.info(`openai-key-scan: scanning the commits in ${p.base.slice(0, 12)}..${p.head.slice(0, 12)}`);
      try {
        report = await scanRange({ ...options, base: p.base, head: p.head });
      } catch (e) {
        if (!(e instanceof MissingCommitError && p.fallbackNewBranch)) throw e;
        core.info(`openai-key-scan: ${p.base.slice(0, 12)} is gone (a force-push): scanning the pushed commits like a new branch's`);
        report = await scanNewBranch({ kind: 'new-branch', head: p.head, ...p.fallbackNewBranch }, options);
      }
      break;
  }
  await writeReport(report, { format: 'github', quiet: true, verbose: false, color: false, ...(sarifFile ? { sarif: sarifFile } : {}) });
  core.setOutput('findings', report.findings.length);
  core.setOutput('live-keys', report.findings.filter((f) => f.verification?.status === 'live').length);
  core.setOutput('sarif-file', sarifFile);
  const exitCode = report.exitCode ?? 0;
  if (exitCode) core.setFailed(`openai-key-scan: ${report.findings.length} finding(s) at or above fail-on=${report.failOn ?? 'key'}: revoke the keys and remove them (see the job summary)`);
  return exitCode;
}

/** Run the Action and turn any failure into a failed step with one line (never a stack trace). */
export async function main(): Promise<void> {
  try {
    process.exitCode = await run();
  } catch (e) {
    const message = e instanceof UsageError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)} (this is a bug)`;
    core.setFailed(`openai-key-scan: ${maskText(message.split('\n')[0]!)}`);
    process.exitCode = 2;
  }
}
