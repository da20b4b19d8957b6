import { type SkippedFile, type Finding, type Mode, type Report, type SourceSink, type Stats, type Warning } from '../types.js';
/** How many skipped files a report names; the counts in stats are always whole. */
export declare const SKIPS_LISTED = 1000;
/** What the run gathers while fragments flow through it; worker threads send theirs back to be merged. */
export interface Tally {
    stats: Stats;
    /** The files skipped and why (the first SKIPS_LISTED of them), for --verbose. */
    skips: SkippedFile[];
    findings: Finding[];
    warnings: Warning[];
}
export declare function newTally(): Tally;
export declare function mergeTally(into: Tally, from: Tally): void;
/** Where a source reports what it skipped. */
export declare function tallySink(tally: Tally): SourceSink;
/** File, then line, column and commit: the order every report lists findings in. */
export declare function compareFindings(a: Finding, b: Finding): number;
/** The report of a finished scan: findings sorted, and those an inline allow covers set apart. */
export declare function finishReport(mode: Mode, tally: Tally, started: number): Report;
