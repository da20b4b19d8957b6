import { type OutputArgs } from '../report/write.js';
import type { Report, Stats } from '../types.js';
/** A progress line on a terminal's stderr, shown only once a scan takes more than a moment. */
export declare function progress(quiet: boolean): {
    update(stats: Stats): void;
    done(): void;
};
/** The label of jsonl lines: the flag, else `remote.origin.url` without credentials, else the repository's path. */
export declare function repositoryLabel(flag: string | undefined, cwd?: string): Promise<string>;
/** Print a finished report as the flags ask and hand back its exit code. */
export declare function printReport(report: Report, a: {
    format: OutputArgs['format'];
    output?: string | undefined;
    sarif?: string | undefined;
    color?: boolean | undefined;
    quiet: boolean;
    verbose: boolean;
    explain?: boolean;
    repository?: unknown;
}): Promise<number>;
