import type { Report } from '../types.js';
export type Format = 'text' | 'json' | 'jsonl' | 'sarif' | 'github' | 'gitlab' | 'codequality';
export declare const FORMATS: readonly Format[];
export interface FormatOptions {
    color: boolean;
    explain?: boolean;
    /** jsonl: the repository label every line carries. */
    repository?: string;
    /** gitlab: the commit a tree or staged scan looked at, for findings that carry none. */
    headCommit?: string | undefined;
}
export declare function formatReport(report: Report, format: Format, opts: FormatOptions): string;
