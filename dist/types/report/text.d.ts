import type { Report, Stats } from '../types.js';
export interface TextOptions {
    color: boolean;
    verbose?: boolean;
}
export declare function formatBytes(n: number): string;
export declare function statsLine(stats: Stats): string;
/** What a person should do about key findings, most urgent first. */
export declare const KEY_STEPS: string[];
export declare function toText(report: Report, opts: TextOptions): string;
