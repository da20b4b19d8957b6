import { type OutputArgs } from '../report/write.js';
import type { Report, Stats } from '../types.js';
/** A progress line on a terminal's stderr, shown only once a scan takes more than a moment. */
export declare function progress(quiet: boolean): {
    update(stats: Stats): void;
    done(): void;
};
/** Print a finished report as the flags ask and hand back its exit code. */
export declare function printReport(report: Report, a: {
    format: OutputArgs['format'];
    output?: string | undefined;
    sarif?: string | undefined;
    color?: boolean | undefined;
    quiet: boolean;
    verbose: boolean;
    explain?: boolean;
}): Promise<number>;
