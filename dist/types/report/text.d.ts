import type { Report, Stats, Verification } from '../types.js';
export interface TextOptions {
    color: boolean;
    /** List every suppressed finding (otherwise only those a diff's range suppressed itself). */
    explain?: boolean;
}
/**
 * Text from a scanned repository made safe for a terminal and a CI log: control characters (a newline
 * in a file name, an escape sequence planted in a file), line and paragraph separators and bidi
 * overrides (which reorder what a reader sees) are shown escaped, never interpreted; so is `##[`, which
 * the GitHub Actions runner reads as a command anywhere on a line (its old `##[error]` syntax).
 */
export declare function printable(s: string): string;
/**
 * A line of output that the GitHub Actions runner cannot take for a workflow command: it reads any
 * line that starts with `::` after leading white space as one (actions/runner ActionCommand.TryParseV2),
 * so a file named `::stop-commands::x` printed at the start of a line would silence every annotation
 * after it. Such a line's first colon is shown escaped. Every line the reports print passes here.
 */
export declare function commandSafe(line: string): string;
export declare function formatBytes(n: number): string;
export declare function statsLine(stats: Stats): string;
/** What a person should do about key findings, most urgent first. */
export declare const KEY_STEPS: string[];
/** One line about a key's verification, with the organisation and project the API named. */
export declare function verificationLine(v: Verification): string;
/** What a person whose commit was blocked can do, safest first. */
export declare const STAGED_WAYS_OUT: string[];
export declare function toText(report: Report, opts: TextOptions): string;
