import type { Report, Stats, Verification } from '../types.js';
export interface TextOptions {
    color: boolean;
    /** List every suppressed finding (otherwise only those a diff's range suppressed itself). */
    explain?: boolean;
}
/**
 * Text from a scanned repository made safe for a terminal: control characters (a newline in a file
 * name, an escape sequence planted in a file) are shown escaped, never interpreted.
 */
export declare function printable(s: string): string;
export declare function formatBytes(n: number): string;
export declare function statsLine(stats: Stats): string;
/** What a person should do about key findings, most urgent first. */
export declare const KEY_STEPS: string[];
/** One line about a key's verification, with the organisation and project the API named. */
export declare function verificationLine(v: Verification): string;
/** What a person whose commit was blocked can do, safest first. */
export declare const STAGED_WAYS_OUT: string[];
export declare function toText(report: Report, opts: TextOptions): string;
