import { type LoadedConfig } from '../config/file.js';
import { type FailOn } from './policy.js';
/** What a scan settles before it reads anything: the root, the config, the effective limits and policy. */
export interface RunContext {
    root: string;
    cwd: string;
    loaded: LoadedConfig;
    maxFileSize: number;
    failOn: FailOn;
    /**
     * pull_request_target: config and baseline as they are at this commit (the base branch), never as
     * the pull request left them.
     */
    trustBase?: string;
}
export interface ContextOptions {
    cwd?: string;
    /** A config file (relative to cwd); default `.openai-key-scan.json` or package.json's field at the root. */
    config?: string;
    /** Overrides the config's failOn. */
    failOn?: FailOn | string;
    /** Overrides the config's maxFileSize: bytes, or a size such as "50MB". */
    maxFileSize?: number | string;
    trustBase?: string;
    /** Where a bad failOn value came from, for the message (`--fail-on`, `input fail-on`). */
    failOnSource?: string;
    /** Where `config` came from, for the message (`--config`, `OPENAI_KEY_SCAN_CONFIG`). */
    configSource?: string;
}
/** `50MB`, `512k`, `1048576` → bytes; 0 and negative sizes are refused (they would skip every file). */
export declare function parseSize(value: string | number, where: string): number;
/**
 * Load the config and apply the caller's overrides: an option given wins, then the config, then the
 * default. `top`: the repository's top as the caller is already finding it (`repoRoot(cwd, true)`).
 */
export declare function resolveContext(options: ContextOptions, top?: Promise<string | undefined>): Promise<RunContext>;
