import { type Detection } from './detect/index.js';
import type { SourceSink } from './types.js';
import { type Finding, type Fragment, type Mode, type Report, type Stats } from './types.js';
/**
 * The pipeline every mode shares (design.md "Pipeline"): fragments from any source through detection
 * into findings, stats and a report. Kept apart from the tree source so that the staged hook loads
 * none of the tree walking, globbing and worker code.
 */
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** Findings of one fragment: positions mapped to the real file, keys redacted, excerpts built. */
export declare function keyFindings(fragment: Fragment, detection: Detection, options?: PipelineOptions): Finding[];
export declare function compareFindings(a: Finding, b: Finding): number;
export interface PipelineOptions {
    showSecrets?: boolean;
    /** Ignore `openai-key-scan:allow` comments (--no-inline-allow). */
    noInlineAllow?: boolean;
    /**
     * Keep each key in `secret` for a later stage (verification) even without showSecrets; the CLI
     * strips it before any output. Off by default.
     */
    keepSecrets?: boolean;
    /** Risk rules switched on or off by id (all on by default); plain data, since workers get a copy. */
    risks?: Record<string, boolean>;
    onProgress?: (stats: Stats) => void;
}
/** What the pipeline gathers while fragments flow through it; worker threads send theirs back to be merged. */
export interface Tally {
    stats: Stats;
    findings: Finding[];
    warnings: string[];
}
export declare function newTally(): Tally;
export declare function mergeTally(into: Tally, from: Tally): void;
/** Where a source reports what it skipped. */
export declare function tallySink(tally: Tally): SourceSink;
/** Everything the pipeline does with one fragment. Worker threads run this same function. */
export declare function processFragment(fragment: Fragment, options: PipelineOptions, tally: Tally): void;
/** The report of a finished scan: findings sorted, and those an inline allow covers set apart. */
export declare function finishReport(mode: Mode, tally: Tally, started: number): Report;
/** Run fragments from any source through detection into a report. */
export declare function runPipeline(mode: Mode, source: (sink: SourceSink) => AsyncIterable<Fragment>, options?: PipelineOptions): Promise<Report>;
