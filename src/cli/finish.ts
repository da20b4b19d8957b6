import { exitCodeFor, parseFailOn } from '../policy.js';
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
export const REPORT_STAGES: ReportStage[] = [];

/** The end of every scanning command: post-detection stages, the report, the exit code. Returns the final report. */
export async function finishScan(state: CliState, report: Report, args: CommonArgs): Promise<Report> {
  const failOn = parseFailOn(String(args['fail-on']));
  for (const stage of REPORT_STAGES) report = await stage(report, args);
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
