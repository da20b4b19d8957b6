import { type Format } from '../report/index.js';
import type { Report, Stats } from '../types.js';
export interface OutputArgs {
    format: Format;
    output?: string | undefined;
    /** Also write a SARIF copy of the report here. */
    sarif?: string | undefined;
    color?: boolean | undefined;
    quiet: boolean;
    verbose: boolean;
    /** List what was suppressed and by which mechanism. */
    explain?: boolean;
}
/** Colour only for a terminal, unless NO_COLOR or FORCE_COLOR say otherwise, or the flag does. */
export declare function wantColor(flag: boolean | undefined, stream: NodeJS.WriteStream): boolean;
/** A progress line on a terminal's stderr, shown only once a scan takes more than a moment. */
export declare function progress(quiet: boolean): {
    update(stats: Stats): void;
    done(): void;
};
export declare function writeReport(report: Report, args: OutputArgs): Promise<void>;
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
