import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { finishScan, type CommonArgs } from '../cli/finish.js';
import type { CliState } from '../cli/state.js';
import { ensureRange, MissingCommitError, scanRange, ZERO, scanHistory } from '../commits.js';
import { prepare } from '../cli/context.js';
import { UsageError } from '../types.js';
import { parseFailOn } from '../run/policy.js';
import { maskText } from '../report/redact.js';
import { emptySkipCounts, type Report } from '../types.js';
import { runGit } from '../sources/git.js';
import { scan } from '../scan.js';
import { TOOL_NAME, VERSION } from '../version.js';

/**
 * The GitHub Action (action.yml, runs.using node24): picks what to scan from the event, runs the same
 * scan and report stages as the CLI with the `github` format, sets the outputs, and fails the step
 * when findings reach `fail-on`. It reads the repository's commits as data and never runs code from
 * them, which is what makes it safe on `pull_request_target`.
 */

type Plan = { kind: 'diff'; base: string; head: string; fallbackNewBranch?: { defaultBranch?: string; ref?: string } } | { kind: 'new-branch'; head: string; defaultBranch?: string; ref?: string } | { kind: 'tree'; paths: string[] } | { kind: 'history' } | { kind: 'nothing'; why: string };

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
async function scanNewBranch(p: Extract<Plan, { kind: 'new-branch' }>, keep: { keepSecrets: boolean; risks?: Record<string, boolean>; includeMerges?: boolean }): Promise<Report> {
  const onDefault = !p.defaultBranch || p.ref === `refs/heads/${p.defaultBranch}`;
  if (!onDefault) {
    const fetched = await runGit(['fetch', '--no-tags', '--quiet', '--depth=50', 'origin', `refs/heads/${p.defaultBranch}`], process.cwd());
    const base = fetched.code === 0 ? (await runGit(['rev-parse', '--verify', '--quiet', 'FETCH_HEAD'], process.cwd())).stdout.toString().trim() : '';
    if (base) return scanRange({ base, head: p.head, ...keep });
  }
  return scanRange({ base: '0'.repeat(40), head: p.head, ...keep });
}

function emptyReport(): Report {
  return { tool: { name: TOOL_NAME, version: VERSION }, mode: 'diff', findings: [], stats: { files: 0, bytes: 0, durationMs: 0, skipped: emptySkipCounts() }, warnings: [] };
}

export async function main(): Promise<number> {
  const event = process.env.GITHUB_EVENT_NAME ?? '';
  if (process.env.GITHUB_WORKSPACE) process.chdir(process.env.GITHUB_WORKSPACE);
  const failOnInput = core.getInput('fail-on');
  if (failOnInput) parseFailOn(failOnInput, 'input fail-on');
  const sarifFile = core.getInput('sarif-file');
  const paths = core.getMultilineInput('paths').flatMap((l) => l.split(/\s+/)).filter(Boolean);
  const p = plan(event, readPayload(), core.getInput('mode') || 'auto', paths);
  const args: CommonArgs = {
    format: 'github',
    quiet: true,
    verbose: false,
    ...(failOnInput ? { 'fail-on': failOnInput } : {}),
    'show-secrets': false,
    color: false,
    ...(sarifFile ? { sarif: sarifFile } : {}),
    ...(/^(true|yes|on|1)$/i.test(core.getInput('verify')) ? { verify: true } : {}),
    ...(core.getInput('baseline') ? { baseline: core.getInput('baseline') } : {}),
    ...(core.getInput('config') ? { config: core.getInput('config') } : {}),
  };
  // The config and baseline as the base branch has them on pull_request_target: a pull request never
  // gets to loosen the rules it is checked by.
  const range = p.kind === 'diff' ? { base: p.base, head: p.head } : undefined;
  const trustBase = event === 'pull_request_target' ? range?.base : undefined;
  // The base commit must be here to read its config (a scan that cannot get it fails later, clearly).
  if (range && trustBase) await ensureRange(process.cwd(), range.base, range.head).catch(() => undefined);
  const ctx = await prepare(args, { ...(range ? { range } : {}), ...(trustBase ? { trustBase } : {}) });
  const failOn = String(args['fail-on']);
  const keep = { keepSecrets: args.verify === true, noInlineAllow: false, risks: ctx.loaded.config.risks, includeMerges: /^(true|yes|on|1)$/i.test(core.getInput('include-merges')) };
  let report: Report;
  switch (p.kind) {
    case 'nothing':
      core.info(`openai-key-scan: ${p.why}`);
      report = emptyReport();
      break;
    case 'tree':
      core.info(`openai-key-scan: ${event || 'manual'} event: scanning the workspace${p.paths.length ? ` (${p.paths.join(', ')})` : ''}`);
      report = await scan({ paths: p.paths, exclude: ctx.loaded.config.ignorePaths, maxFileSize: ctx.maxFileSize, ...keep });
      break;
    case 'history':
      report = await scanHistory(keep);
      break;
    case 'new-branch':
      core.info('openai-key-scan: new branch: scanning the commits it adds');
      report = await scanNewBranch(p, keep);
      break;
    case 'diff':
      core.info(`openai-key-scan: scanning the commits in ${p.base.slice(0, 12)}..${p.head.slice(0, 12)}`);
      try {
        report = await scanRange({ base: p.base, head: p.head, ...keep });
      } catch (e) {
        if (!(e instanceof MissingCommitError && p.fallbackNewBranch)) throw e;
        core.info(`openai-key-scan: ${p.base.slice(0, 12)} is gone (a force-push): scanning the pushed commits like a new branch's`);
        report = await scanNewBranch({ kind: 'new-branch', head: p.head, ...p.fallbackNewBranch }, keep);
      }
      break;
  }
  const state: CliState = { exitCode: 0, debug: false };
  report = await finishScan(state, report, args);
  core.setOutput('findings', report.findings.length);
  core.setOutput('live-keys', report.findings.filter((f) => f.verification?.status === 'live').length);
  core.setOutput('sarif-file', sarifFile);
  if (state.exitCode) core.setFailed(`openai-key-scan: ${report.findings.length} finding(s) at or above fail-on=${failOn}: revoke the keys and remove them (see the job summary)`);
  return state.exitCode;
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const message = e instanceof UsageError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)} (this is a bug)`;
    core.setFailed(`openai-key-scan: ${maskText(message.split('\n')[0]!)}`);
    process.exitCode = 2;
  },
);
