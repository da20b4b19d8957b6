import type { Report } from '../types.js';
export type Format = 'text' | 'json' | 'jsonl' | 'sarif' | 'github';
export declare const FORMATS: readonly Format[];
export interface FormatOptions {
    color: boolean;
    explain?: boolean;
    /** jsonl: the repository label every line carries. */
    repository?: string;
}
export declare function formatReport(report: Report, format: Format, opts: FormatOptions): string;
