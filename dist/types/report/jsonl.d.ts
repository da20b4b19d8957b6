import type { Finding, Report } from '../types.js';
/**
 * `--format jsonl` (design.md "Formats"): one line per finding, then one summary line. Every line
 * names its repository, so runs over many repositories concatenate into one file that `jq`,
 * DuckDB's `read_json` or `.github/org-scan/merge.mjs` can deduplicate by fingerprint, repository and file.
 * Like `json`, no line holds a full key unless --show-secrets was given. The lines can be written as
 * the run hands findings on (`JsonlLines`), or from a finished report (`jsonlLines`).
 */
export interface JsonlOptions {
    /** The label every line carries (`--repository`, else the origin URL without credentials). */
    repository: string;
}
/**
 * The lines of one run, a finding at a time: each line as soon as its finding is given, the summary
 * (counted along the way, so no findings list is needed) at the end.
 */
export declare class JsonlLines {
    private readonly repository;
    private findings;
    private keys;
    private suppressed;
    private readonly bySeverity;
    private readonly byRule;
    constructor(repository: string);
    /** The line of a finding (kept, or set apart by an allow list: `type` says which), already made printable (reportForOutput). */
    line(f: Finding): string;
    /** The last line: the counts of the lines given, and the run's stats, commits and warnings. */
    summary(report: Report): string;
}
/** The lines of a finished report, one at a time, each ending in a newline: written as they come, never joined first. */
export declare function jsonlLines(report: Report, opts: JsonlOptions): Generator<string>;
export declare function toJsonl(report: Report, opts: JsonlOptions): string;
/**
 * A clone URL without credentials: `https://user:token@host/x` → `https://host/x` (query and fragment
 * dropped too: tokens ride there as well); an ssh user name (`git@host:x`, `ssh://git@host/x`) holds no
 * secret and stays. Anything key-shaped left is masked.
 */
export declare function withoutCredentials(url: string): string;
