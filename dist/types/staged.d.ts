import type { Report, Stats } from './types.js';
export interface StagedOptions {
    cwd?: string;
    /** Only these files (absolute or relative to cwd); still their staged content. */
    files?: string[];
    /** Report keys on every line of the staged files, not only on lines this commit adds. */
    allLines?: boolean;
    showSecrets?: boolean;
    keepSecrets?: boolean;
    noInlineAllow?: boolean;
    maxFileSize?: number;
    /** Risk rules switched on or off by id (see PipelineOptions). */
    risks?: Record<string, boolean>;
    onProgress?: (stats: Stats) => void;
}
/**
 * Scan what the next commit will contain (design.md: `openai-key-scan staged`). Findings are kept
 * only on lines the commit adds or changes, unless `allLines`: a key already in HEAD is a history
 * problem, not this commit's.
 */
export declare function scanStaged(options?: StagedOptions): Promise<Report>;
