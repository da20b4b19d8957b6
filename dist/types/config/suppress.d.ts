import type { Report } from '../types.js';
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
export declare function applySuppressions(report: Report, input: SuppressInput): Promise<Report>;
export { entriesOf };
