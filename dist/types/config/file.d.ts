import { type FailOn } from '../run/policy.js';
/**
 * The config file (design.md "Allow lists"): `.openai-key-scan.json` at the repository root, or an
 * `"openai-key-scan"` field in package.json, or `--config FILE`. Strict: an unknown key or a wrong type
 * is one error naming the key and the file. It can never say where verification requests go.
 */
export declare const CONFIG_FILE = ".openai-key-scan.json";
/** Names the config file when --config does not (gitleaks has GITLEAKS_CONFIG); the flag wins. */
export declare const CONFIG_ENV = "OPENAI_KEY_SCAN_CONFIG";
/** The config file the user chose, and how (for messages): `--config`, else the environment variable. */
export declare function chosenConfig(flag: string | undefined, env?: NodeJS.ProcessEnv): {
    file: string;
    from: string;
} | undefined;
export interface AllowedFingerprint {
    fingerprint: string;
    comment?: string;
}
export interface Config {
    ignorePaths?: string[];
    allowFingerprints?: AllowedFingerprint[];
    failOn?: FailOn;
    risks?: Record<string, boolean>;
    maxFileSize?: string | number;
}
export interface LoadedConfig {
    config: Config;
    /** Where it came from (for messages), relative to the root when inside it; undefined: none. */
    file?: string;
    /** Repository-relative path of the file, when it is in the repository (for diff-mode comparisons). */
    repoPath?: string;
    /** package.json field rather than a file of its own. */
    field?: boolean;
}
/** Bounds on what a config can make every file pay for (design.md "Untrusted input"). */
export declare const MAX_IGNORE_PATHS = 1000;
export declare const MAX_ALLOW_FINGERPRINTS = 100000;
export declare const CONFIG_KEYS: ReadonlySet<string>;
/** Check a parsed config object; `file` names it in errors. */
export declare function validateConfig(raw: unknown, file: string): Config;
/**
 * Where the config comes from, without reading it: `--config FILE`, else `.openai-key-scan.json`,
 * else package.json's field. `text` reads it from the work tree (a regular file, in the repository
 * unless named on the command line); on pull_request_target the caller reads the base branch's copy
 * instead and never parses the pull request's.
 */
export declare function locateConfig(root: string, cwd: string, explicit?: string): {
    abs: string;
    loaded: Omit<LoadedConfig, 'config'>;
} | undefined;
/** The config for a scan rooted at `root`, read from the work tree; `from` names where `explicit` came from. */
export declare function loadConfig(root: string, cwd: string, explicit?: string, from?: string): LoadedConfig;
/** The same config as it was at another commit (diff mode), from git's copy; empty when absent or unreadable. */
export declare function configFromText(text: string | undefined, loaded: LoadedConfig): Config;
