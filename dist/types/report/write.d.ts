import { type Format } from './index.js';
import type { Finding, Report } from '../types.js';
/**
 * Writing a finished report where the caller asked (stdout or a file, plus a SARIF copy, plus GitHub
 * annotations and job summary for the `github` format); warnings go to stderr. The CLI and the Action
 * both end here.
 */
export interface OutputArgs {
    format: Format;
    output?: string | undefined;
    /** Also write a SARIF copy of the report here. */
    sarif?: string | undefined;
    color?: boolean | undefined;
    quiet: boolean;
    verbose: boolean;
    /** List what was suppressed and by which mechanism. */
    explain?: boolean;
    /** jsonl: the repository label every line carries. */
    repository?: string | undefined;
    /** jsonl: the finding lines went out during the scan through this; only the summary is left. */
    streamed?: JsonlStdout | undefined;
}
/** Colour only for a terminal, unless NO_COLOR or FORCE_COLOR say otherwise, or the flag does. */
export declare function wantColor(flag: boolean | undefined, stream: NodeJS.WriteStream): boolean;
/**
 * jsonl on stdout as the scan goes: a finding's line is written when the run hands the finding on
 * (RunOptions.onFinding), the summary line when the report is written. Never one string of the whole report.
 */
export declare class JsonlStdout {
    private readonly lines;
    constructor(repository: string);
    /** For RunOptions.onFinding. */
    readonly finding: (f: Finding) => Promise<void> | undefined;
    /** The summary line of the finished (and already printable) report. */
    end(report: Report): Promise<void>;
}
export declare function writeReport(scanned: Report, args: OutputArgs): Promise<void>;
