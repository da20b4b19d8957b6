import { type LoadedConfig } from '../config/file.js';
import type { CommonArgs } from './finish.js';
/** What every scanning command settles before it scans: the root, the config, the effective limits. */
export interface ScanContext {
    root: string;
    cwd: string;
    loaded: LoadedConfig;
    maxFileSize: number;
    /** diff mode: the range, to tell what a change added to the allow lists. */
    range?: {
        base: string;
        head: string;
    };
    /**
     * pull_request_target: read config and baseline as they are at this commit (the base branch), never
     * as the pull request left them.
     */
    trustBase?: string;
}
/** A file as it is at `rev`, or undefined. */
export declare function showAt(root: string, rev: string, repoPath: string): Promise<string | undefined>;
/**
 * Load the config and apply it under the flags: a flag given on the command line wins, then the
 * config, then the built-in default. Stashes the context on `args` for the report stages.
 */
export declare function prepare(args: CommonArgs, opts?: {
    cwd?: string;
    range?: {
        base: string;
        head: string;
    };
    trustBase?: string;
}): Promise<ScanContext>;
export declare function defaultBaselinePath(ctx: ScanContext): string;
