import type { Finding, Mode, Report, Warning } from '../types.js';
import { entriesOf, type BaselineEntry } from './baseline.js';
import { configFromText, type Config } from './file.js';
export interface SuppressInput {
    config: Config;
    configFile?: string;
    baselineFile?: string;
    /** The baseline's entries when they must not be read from the file (pull_request_target: the base branch's). */
    baselineEntries?: BaselineEntry[];
    /** Root the baseline path is relative to in messages. */
    cwd: string;
    /** The repository: a baseline link that leads out of it is not read, nor written through. */
    root?: string;
    /** diff mode: the allow lists as they were at the range's base (what the change did not add). */
    atBase?: {
        config: Config;
        baseline: BaselineEntry[] | undefined;
    };
    /** Rewrite the baseline with only the entries that still occur. */
    update?: boolean;
    /** Whether the scan saw everything (a tree scan of the whole repository, or history): stale entries mean something. */
    complete: boolean;
}
export interface BaselineAtBase {
    text: string | undefined;
    file: string;
}
export declare function baselineFromText(text: string | undefined, file: string): BaselineEntry[] | undefined;
export { configFromText };
/** The allow lists as a stage findings pass one at a time (the run core streams them). */
export interface Suppressor {
    /**
     * One finding through the allow lists: the same finding when kept, else a copy set apart with why.
     * An inline-allowed finding passes as it is (in a diff, marked `inChange`); every finding counts
     * toward which entries are in use.
     */
    judge(finding: Finding): Finding;
    /** After the last finding: entries that matched nothing (after a complete scan), and the pruned baseline written (`update`). */
    finish(): {
        stale: string[];
        warnings: Warning[];
    };
}
export declare function suppressor(input: SuppressInput & {
    mode: Mode;
}): Promise<Suppressor>;
/** A whole report through the allow lists (what the run core does a finding at a time). */
export declare function applySuppressions(report: Report, input: SuppressInput): Promise<Report>;
export { entriesOf };
