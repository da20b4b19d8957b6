import { type Format } from './index.js';
import type { Report } from '../types.js';
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
}
/** Colour only for a terminal, unless NO_COLOR or FORCE_COLOR say otherwise, or the flag does. */
export declare function wantColor(flag: boolean | undefined, stream: NodeJS.WriteStream): boolean;
export declare function writeReport(scanned: Report, args: OutputArgs): Promise<void>;
