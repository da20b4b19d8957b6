import { UsageError } from '../errors.js';
import { exitCodeFor, parseFailOn } from '../policy.js';
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
  'fail-on': string;
  'show-secrets': boolean;
  [flag: string]: unknown;
}

/**
 * A stage that runs on every mode's report after detection and before output (allow lists, baseline,
 * verification…). Stages run in the order of this list.
 */
export type ReportStage = (report: Report, args: CommonArgs) => Promise<Report> | Report;
export const REPORT_STAGES: ReportStage[] = [verifyStage];

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
  const failOn = parseFailOn(String(args['fail-on']));
  if (args.verify === true) resolveBaseUrlEarly(args);
  try {
    for (const stage of REPORT_STAGES) report = await stage(report, args);
  } finally {
    // Keys kept for verification never reach output without --show-secrets.
    if (args['show-secrets'] !== true) for (const f of report.findings) delete f.secret;
  }
  await writeReport(report, {
    format: args.format,
    output: args.output,
    sarif: args.sarif as string | undefined,
    color: args.color,
    quiet: args.quiet,
    verbose: args.verbose,
  });
  state.exitCode = exitCodeFor(report.findings, failOn);
  return report;
}
