import { type OutputArgs } from '../report/write.js';
import type { RunOptions } from '../run/scan.js';
import type { Report, Stats } from '../types.js';
/** A progress line on a terminal's stderr, shown only once a scan takes more than a moment. */
export declare function progress(quiet: boolean): {
    update(stats: Stats): void;
    done(): void;
};
/** The label of jsonl lines: the flag, else `remote.origin.url` without credentials, else the repository's path. */
export declare function repositoryLabel(flag: string | undefined, cwd?: string): Promise<string>;
type PrintArgs = {
    format: OutputArgs['format'];
    output?: string | undefined;
    sarif?: string | undefined;
    color?: boolean | undefined;
    quiet: boolean;
    verbose: boolean;
    explain?: boolean;
    repository?: unknown;
};
/**
 * How a command's report goes out, chosen before the scan: `--format jsonl` to stdout streams, each
 * finding's line written as the run hands the finding on, and no findings list is kept unless
 * another output needs it (`--sarif`). `options` go to the scan; `print` writes the rest.
 */
export declare function reportPrinter(a: PrintArgs): Promise<{
    options: Pick<RunOptions, 'onFinding' | 'keepFindings'>;
    print(report: Report): Promise<number>;
}>;
export {};
