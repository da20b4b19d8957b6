import type { Finding, Report, Source } from '../types.js';
import { type AllowInput } from './allow.js';
import type { RunContext } from './context.js';
import { type VerifyChoice } from './verification.js';
/**
 * The run core (design.md "Pipeline"): a mode's source through detect → findings → allow lists →
 * verification → policy, into a Report. Every library function (one per mode) ends here; the CLI and
 * the Action only print what it returns.
 *
 * Findings flow through the stages one at a time, as the driver hands them on (each final: a
 * commit's once its earliest commit is settled), so a caller can take each as it comes (`onFinding`)
 * while the scan goes on, and need not keep them all (`keepFindings: false`).
 */
export interface RunOptions {
    /** Check each distinct key against the OpenAI API (the only network use). */
    verify?: boolean | VerifyChoice;
    /** Put the full key in `secret` on each finding. Off by default; never needed for verification. */
    showSecrets?: boolean;
    /** Ignore `openai-key-scan:allow` comments. */
    inlineAllow?: boolean;
    /** Risk rules switched on or off by id, over the config's `risks`. */
    risks?: Record<string, boolean>;
    /** Threads that read and scan a tree's files, this one included (1: this thread only). */
    jobs?: number;
    /** Called as the scan goes, for a progress line. */
    onProgress?: (stats: Report['stats']) => void;
    /** How deep archives are opened (default 2; 0: archives are read as binary files). */
    maxArchiveDepth?: number;
    /** Decompressed bytes read from one archive, nested levels included (default 256 MiB). */
    maxArchiveSize?: number;
    /**
     * Each finding as soon as it is final: past the allow lists (kept, or set apart with `suppressed`)
     * and, with `verify`, verified. Findings come in the order they become final, not the report's; a
     * commit's once no earlier commit can hold it. No finding comes twice, and none is taken back.
     * Awaited, one call at a time: a consumer that waits slows the scan instead of findings piling up.
     */
    onFinding?: (finding: Finding) => void | Promise<void>;
    /**
     * With `onFinding`, false leaves the report's `findings` and `suppressed` empty: nothing is
     * collected, so memory does not grow with the findings (the verdict, `exitCode`, is still whole).
     */
    keepFindings?: boolean;
}
export declare function runScan(source: Source | (() => Promise<Source>), ctx: RunContext, options: RunOptions, allow: AllowInput): Promise<Report>;
