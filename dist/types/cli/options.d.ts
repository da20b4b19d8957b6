import type { Argv } from 'yargs';
/** Options every scanning command shares. */
export declare function outputOptions<T>(y: Argv<T>): Argv<T & {
    format: import("../report/index.js").Format;
} & {
    output: string | undefined;
} & {
    sarif: string | undefined;
} & {
    "fail-on": string | undefined;
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
    quiet: boolean;
} & {
    verbose: boolean;
} & {
    color: boolean | undefined;
} & {
    debug: boolean;
}>;
/** `50MB`, `512k`, `1048576` → bytes. */
export declare function parseSize(value: string | number, flag: string): number;
