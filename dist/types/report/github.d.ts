import type { Report } from '../types.js';
/**
 * The `github` format (design.md "Formats"): workflow-command annotations on file and line through
 * @actions/core (which escapes odd file names and messages), and a job summary table. GitHub shows at
 * most 10 annotations of a kind per step, so the most severe are annotated and the rest counted.
 * Nothing here ever holds a full key, and `::add-mask::` is never used: that command would itself
 * write the key into the log.
 */
export declare const MAX_ANNOTATIONS = 10;
/**
 * GitHub refuses a step summary over 1 MiB ("$GITHUB_STEP_SUMMARY upload aborted"). The tables stop
 * well short of it and say how many rows were left out (10,000 findings made 1.33 MB).
 */
export declare const SUMMARY_BUDGET: number;
/** The first rows whose cells fit in `budget` bytes (as HTML table cells), and how many did not. */
export declare function rowsWithin(rows: string[][], budget: number): {
    rows: string[][];
    omitted: number;
};
export declare function summaryRows(report: Report): string[][];
export declare function emitGithub(report: Report): Promise<void>;
