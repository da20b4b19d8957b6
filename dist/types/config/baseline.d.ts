import type { Finding } from '../types.js';
/**
 * The baseline file (design.md "Allow lists"): accepted findings as fingerprint + file + rule, with no
 * secret, no line numbers and no timestamps, sorted and versioned, so that moving lines or re-running
 * never changes it and a diff of it reads as what was accepted. The same key in another file is a new
 * finding; another key in the same file never matches an entry.
 */
export declare const BASELINE_FILE = ".openai-key-scan-baseline.json";
export declare const BASELINE_VERSION = 1;
export interface BaselineEntry {
    fingerprint: string;
    file: string;
    ruleId: string;
}
/**
 * Files are compared as written to a baseline: masked and escaped (a file named with a key is stored
 * with the key masked, and still matches the finding it came from).
 */
export declare const entryKey: (e: BaselineEntry) => string;
export declare function baselineText(entries: BaselineEntry[]): string;
export declare function entriesOf(findings: Finding[]): BaselineEntry[];
export declare function parseBaseline(text: string, file: string): BaselineEntry[];
/** The baseline at `file`, read only as a regular file (inside `root` when given) up to a size cap. */
export declare function readBaseline(file: string, root?: string): BaselineEntry[];
/** Written atomically, never through a link out of `root`. */
export declare function writeBaseline(file: string, entries: BaselineEntry[], root?: string): void;
