/**
 * The only way a key becomes printable text. Reporters receive findings whose `redacted` field came
 * from here; the raw key reaches output only through `--show-secrets`.
 */
import type { Finding, Report } from '../types.js';
/** Keep the public prefix and the last four characters, as the OpenAI dashboard shows keys. */
export declare function redact(secret: string, prefix: string): string;
export declare function maskText(text: string): string;
/**
 * Free text that came from outside (an allow comment's reason, a config comment, a commit author, a
 * verification server's error code and headers, a baseline entry): masked for keys, cut to `max`
 * characters, and with control characters escaped. Applied where such text is stored, so every
 * format prints the same safe string. Masked before it is cut, so a cut never leaves half a key.
 */
export declare function fromOutside(text: string, max?: number): string;
/** A path from outside (a file name, a baseline entry's file): masked for keys and escaped, never cut. */
export declare function pathFromOutside(file: string): string;
/**
 * The report as it may be printed: every string in it that came from outside masked and escaped (the
 * one door every output goes through: text, JSON, SARIF, annotations, the job summary). Findings keep
 * their other fields; the redacted key and excerpt were made safe when they were made.
 */
export declare function reportForOutput(report: Report): Report;
/** One finding as it may be printed (see reportForOutput); `paths` remembers masked file names across calls. */
export declare function findingForOutput(f: Finding, paths?: Map<string, string>): Finding;
export interface ExcerptSpan {
    /** 1-based columns in code units, end exclusive. */
    column: number;
    endColumn: number;
    replacement: string;
}
/**
 * A short excerpt of a line around `focus`, with every span replaced by its redacted text. The line
 * is windowed before anything else so that a multi-megabyte minified line costs nothing. `spans`
 * are the line's spans in column order.
 */
export declare function excerpt(line: string, spans: ExcerptSpan[], focus: ExcerptSpan): string;
