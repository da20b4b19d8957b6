import type { Report, Source } from '../types.js';
import { type AllowInput } from './allow.js';
import type { RunContext } from './context.js';
import { type VerifyChoice } from './verification.js';
/**
 * The run core (design.md "Pipeline"): a mode's source through detect → findings → allow lists →
 * verification → policy, into a Report. Every library function (one per mode) ends here; the CLI and
 * the Action only print what it returns.
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
    /** Worker threads for a tree scan (1: this thread only). */
    jobs?: number;
    /** Called as the scan goes, for a progress line. */
    onProgress?: (stats: Report['stats']) => void;
    /** How deep archives are opened (default 2; 0: archives are read as binary files). */
    maxArchiveDepth?: number;
    /** Decompressed bytes read from one archive, nested levels included (default 256 MiB). */
    maxArchiveSize?: number;
}
export declare function runScan(source: Source | (() => Promise<Source>), ctx: RunContext, options: RunOptions, allow: AllowInput): Promise<Report>;
