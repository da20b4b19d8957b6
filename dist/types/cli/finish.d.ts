import type { Format } from '../report/index.js';
import type { Report } from '../types.js';
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
export declare const REPORT_STAGES: ReportStage[];
/** The end of every scanning command: post-detection stages, the report, the exit code. Returns the final report. */
export declare function finishScan(state: CliState, report: Report, args: CommonArgs): Promise<Report>;
