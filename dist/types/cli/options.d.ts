import type { Argv } from 'yargs';
import { type Format } from '../report/index.js';
import type { ScanOptions } from '../run/modes.js';
/** The parsed flags every scanning command shares (see `outputOptions`). */
export interface CommonArgs {
    format: Format;
    output?: string;
    sarif?: string;
    color?: boolean;
    quiet: boolean;
    verbose: boolean;
    explain: boolean;
    'fail-on'?: string;
    'show-secrets': boolean;
    config?: string;
    baseline?: string;
    update: boolean;
    'inline-allow': boolean;
    verify: boolean;
    'verify-base-url'?: string;
    'verify-concurrency': number;
    'verify-timeout': number;
    'max-file-size'?: string;
    _: (string | number)[];
    [flag: string]: unknown;
}
/** Flag values yargs lets through: each bad one is one line naming the flag and what it accepts. */
export declare function checkArgs(a: CommonArgs): void;
/** Threads beyond this only cost memory: the scan is bound by the disk and git well before. */
export declare const MAX_JOBS = 64;
/** The library's options from the shared flags: the CLI adds nothing the library lacks. */
export declare function scanOptionsFrom(a: CommonArgs): ScanOptions;
/** The shared flags' defaults: the argument parser's, and the hook's own (cli/hook.ts) for flags it is not given. */
export declare const OUTPUT_DEFAULTS: {
    readonly format: "text";
    readonly update: false;
    readonly 'inline-allow': true;
    readonly explain: false;
    readonly verify: false;
    readonly 'verify-concurrency': 4;
    readonly 'verify-timeout': 10;
    readonly 'show-secrets': false;
    readonly quiet: false;
    readonly verbose: false;
    readonly debug: false;
};
/** Options every scanning command shares. */
export declare function outputOptions<T>(y: Argv<T>): Argv<T & {
    format: Format;
} & {
    output: string | undefined;
} & {
    repository: string | undefined;
} & {
    sarif: string | undefined;
} & {
    "fail-on": string | undefined;
} & {
    "max-archive-depth": number | undefined;
} & {
    "max-archive-size": string | undefined;
} & {
    "exit-zero": boolean | undefined;
} & {
    config: string | undefined;
} & {
    baseline: string | undefined;
} & {
    update: boolean;
} & {
    "inline-allow": boolean;
} & {
    explain: boolean;
} & {
    verify: boolean;
} & {
    "verify-base-url": string | undefined;
} & {
    "verify-concurrency": number;
} & {
    "verify-timeout": number;
} & {
    "show-secrets": boolean;
} & {
    redact: boolean | undefined;
} & {
    quiet: boolean;
} & {
    verbose: boolean;
} & {
    color: boolean | undefined;
} & {
    debug: boolean;
}>;
/** --max-archive-depth and --max-archive-size, checked (sources/archives/kind.ts has the defaults). */
export declare function archiveArgs(args: Record<string, unknown>): {
    maxArchiveDepth?: number;
    maxArchiveSize?: number;
};
