import { UsageError } from '../types.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { exitCodeFor, parseFailOn } from '../run/policy.js';
import { showAt, type ScanContext } from './context.js';
import { checkBaseUrl } from '../verify/client.js';
import type { Format } from '../report/index.js';
import type { Report } from '../types.js';
import { writeReport } from './output.js';
import type { CliState } from './state.js';

/** The parsed flags every scanning command shares (see `outputOptions`). */
export interface CommonArgs {
  format: Format;
  output?: string;
  color?: boolean;
  quiet: boolean;
  verbose: boolean;
  'fail-on'?: string;
  'show-secrets': boolean;
  [flag: string]: unknown;
}

/**
 * A stage that runs on every mode's report after detection and before output (allow lists, baseline,
 * verification…). Stages run in the order of this list.
 */
export type ReportStage = (report: Report, args: CommonArgs) => Promise<Report> | Report;
export const REPORT_STAGES: ReportStage[] = [suppressStage, verifyStage];

/** Allow lists: config entries and the baseline set findings apart (inline allows were applied in the pipeline). */
async function suppressStage(report: Report, args: CommonArgs): Promise<Report> {
  const ctx = args.ctx as ScanContext | undefined;
  if (!ctx) return report;
  const { applySuppressions, baselineFromText } = await import('../config/suppress.js');
  const { configFromText } = await import('../config/file.js');
  const baselineFile = args.baseline !== undefined ? path.resolve(ctx.cwd, String(args.baseline)) : undefined;
  const baselineRepoPath = baselineFile && !path.relative(ctx.root, baselineFile).startsWith('..') ? path.relative(ctx.root, baselineFile).split(path.sep).join('/') : undefined;
  let baselineEntries;
  if (ctx.trustBase && baselineFile) {
    // pull_request_target: the pull request's own baseline is reported, never obeyed.
    const atBase = baselineRepoPath ? await showAt(ctx.root, ctx.trustBase, baselineRepoPath) : undefined;
    baselineEntries = baselineFromText(atBase, String(args.baseline)) ?? [];
    const now = existsSync(baselineFile) ? readFileSync(baselineFile, 'utf8') : undefined;
    if (now !== atBase) report.warnings.push(`${args.baseline} was changed in this pull request: on pull_request_target the base branch's version is used, and the change is yours to review`);
  }
  if (ctx.trustBase && ctx.loaded.repoPath) {
    const now = existsSync(path.join(ctx.root, ctx.loaded.repoPath)) ? readFileSync(path.join(ctx.root, ctx.loaded.repoPath), 'utf8') : undefined;
    if (now !== (await showAt(ctx.root, ctx.trustBase, ctx.loaded.repoPath))) {
      report.warnings.push(`${ctx.loaded.file} was changed in this pull request: on pull_request_target the base branch's version is used, and the change is yours to review`);
    }
  }
  let atBase;
  if (report.mode === 'diff' && ctx.range) {
    const cfg = ctx.loaded.repoPath ? configFromText(await showAt(ctx.root, ctx.range.base, ctx.loaded.repoPath), ctx.loaded) : {};
    const bl = baselineRepoPath ? baselineFromText(await showAt(ctx.root, ctx.range.base, baselineRepoPath), String(args.baseline)) : undefined;
    atBase = { config: cfg, baseline: bl };
  }
  const paths = (args.paths as string[] | undefined) ?? [];
  return applySuppressions(report, {
    config: ctx.loaded.config,
    ...(ctx.loaded.file ? { configFile: ctx.loaded.file } : {}),
    ...(baselineFile ? { baselineFile } : {}),
    ...(baselineEntries ? { baselineEntries } : {}),
    cwd: ctx.cwd,
    ...(atBase ? { atBase } : {}),
    update: args.update === true,
    complete: report.mode === 'history' || (report.mode === 'tree' && paths.length === 0),
  });
}

/** --verify: check each distinct key (design.md "Verification"). No flag, no network. */
async function verifyStage(report: Report, args: CommonArgs): Promise<Report> {
  if (args.verify !== true) return report;
  const { resolveBaseUrl, verifyFindings } = await import('../verify/index.js');
  const concurrency = Number(args['verify-concurrency'] ?? 4);
  const timeout = Number(args['verify-timeout'] ?? 10);
  if (!(concurrency >= 1)) throw new UsageError('--verify-concurrency: give a number of 1 or more');
  if (!(timeout > 0)) throw new UsageError('--verify-timeout: give a number of seconds above 0');
  await verifyFindings(report.findings, {
    baseUrl: resolveBaseUrl(args['verify-base-url'] as string | undefined),
    concurrency: Math.floor(concurrency),
    timeoutMs: timeout * 1000,
  });
  return report;
}

/** A bad verification URL is a usage error whether or not any key was found. */
function resolveBaseUrlEarly(args: CommonArgs): void {
  const flag = args['verify-base-url'] as string | undefined;
  const env = process.env.OPENAI_KEY_SCAN_BASE_URL;
  if (flag) checkBaseUrl(flag, '--verify-base-url');
  else if (env) checkBaseUrl(env, 'OPENAI_KEY_SCAN_BASE_URL');
}

/** The end of every scanning command: post-detection stages, the report, the exit code. Returns the final report. */
export async function finishScan(state: CliState, report: Report, args: CommonArgs): Promise<Report> {
  const failOn = parseFailOn(String(args['fail-on'] ?? 'key'));
  if (args.verify === true) resolveBaseUrlEarly(args);
  try {
    for (const stage of REPORT_STAGES) report = await stage(report, args);
  } finally {
    // Keys kept for verification never reach output without --show-secrets.
    if (args['show-secrets'] !== true) for (const f of [...report.findings, ...(report.suppressed ?? [])]) delete f.secret;
  }
  await writeReport(report, {
    format: args.format,
    output: args.output,
    sarif: args.sarif as string | undefined,
    color: args.color,
    quiet: args.quiet,
    verbose: args.verbose,
    explain: args.explain === true,
  });
  state.exitCode = exitCodeFor(report.findings, failOn);
  return report;
}
