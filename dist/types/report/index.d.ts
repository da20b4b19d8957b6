import type { Report } from '../types.js';
export type Format = 'text' | 'json' | 'sarif' | 'github';
export declare const FORMATS: readonly Format[];
export interface FormatOptions {
    color: boolean;
    explain?: boolean;
}
export declare function formatReport(report: Report, format: Format, opts: FormatOptions): string;
