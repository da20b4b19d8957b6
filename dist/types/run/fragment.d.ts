import { type Detection } from '../detect/index.js';
import type { Finding, Fragment, Stats } from '../types.js';
import type { Tally } from './tally.js';
/**
 * One fragment through detection (design.md "Pipeline"): keys and risks found, positions mapped to the
 * real file, keys redacted, inline allows applied, exposure set. Worker threads run this same code.
 */
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** Findings of one fragment: positions mapped to the real file, keys redacted, excerpts built. */
export declare function keyFindings(fragment: Fragment, detection: Detection, options?: PipelineOptions): Finding[];
export interface PipelineOptions {
    showSecrets?: boolean;
    /** Ignore `openai-key-scan:allow` comments (--no-inline-allow). */
    noInlineAllow?: boolean;
    /**
     * Keep each key in `secret` for a later stage (verification) even without showSecrets; the CLI
     * strips it before any output. Off by default.
     */
    keepSecrets?: boolean;
    /** The project's root, where exposure reads package.json and friends (default: the repository around the working directory). */
    root?: string;
    /** Risk rules switched on or off by id (all on by default); plain data, since workers get a copy. */
    risks?: Record<string, boolean>;
    onProgress?: (stats: Stats) => void;
}
export declare function processFragment(fragment: Fragment, options: PipelineOptions, tally: Tally): void;
