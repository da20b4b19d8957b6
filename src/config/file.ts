import { CONFIG_CAP, readRegularFile } from './files.js';
import path from 'node:path';
import { UsageError } from '../types.js';
import { FAIL_ON_VALUES, type FailOn } from '../run/policy.js';
import { RISK_RULES } from '../rules/risks.js';
import { normalizeFingerprint } from '../detect/fingerprint.js';
import { fromOutside } from '../report/redact.js';

/**
 * The config file (design.md "Allow lists"): `.openai-key-scan.json` at the repository root, or an
 * `"openai-key-scan"` field in package.json, or `--config FILE`. Strict: an unknown key or a wrong type
 * is one error naming the key and the file. It can never say where verification requests go.
 */

export const CONFIG_FILE = '.openai-key-scan.json';
/** Names the config file when --config does not (gitleaks has GITLEAKS_CONFIG); the flag wins. */
export const CONFIG_ENV = 'OPENAI_KEY_SCAN_CONFIG';

/** The config file the user chose, and how (for messages): `--config`, else the environment variable. */
export function chosenConfig(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): { file: string; from: string } | undefined {
  if (flag !== undefined && flag !== '') return { file: flag, from: '--config' };
  const fromEnv = env[CONFIG_ENV];
  return fromEnv ? { file: fromEnv, from: CONFIG_ENV } : undefined;
}

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
export const MAX_IGNORE_PATHS = 1000;
const MAX_GLOB_LENGTH = 1000;
export const MAX_ALLOW_FINGERPRINTS = 100_000;

export const CONFIG_KEYS: ReadonlySet<string> = new Set(['ignorePaths', 'allowFingerprints', 'failOn', 'risks', 'maxFileSize', '$schema', 'comment']);
const URL_KEYS = /url|endpoint|host|base/i;
/** What parseSize (src/cli/options.ts) reads: `50MB`, `512k`, `1048576`; config.schema.json says the same. */
const SIZE = /^\s*\d+(?:\.\d+)?\s*(?:b|[kmg]b?)?\s*$/i;

function fail(file: string, key: string, what: string): never {
  throw new UsageError(`${file}: "${key}" ${what}`);
}

/** Check a parsed config object; `file` names it in errors. */
export function validateConfig(raw: unknown, file: string): Config {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError(`${file}: the config must be a JSON object`);
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (CONFIG_KEYS.has(key)) continue;
    if (URL_KEYS.test(key)) fail(file, key, 'is not allowed: a config file can never set where keys are sent for verification (use --verify-base-url or OPENAI_KEY_SCAN_BASE_URL)');
    fail(file, key, `is not a config key (known: ${[...CONFIG_KEYS].filter((k) => !k.startsWith('$') && k !== 'comment').join(', ')})`);
  }
  const config: Config = {};
  // `$schema` points editors at dist/config.schema.json; the scanner reads neither it nor `comment`.
  if (obj.$schema !== undefined && typeof obj.$schema !== 'string') fail(file, '$schema', 'must be a string (the path or URL of config.schema.json)');
  if (obj.comment !== undefined && typeof obj.comment !== 'string') fail(file, 'comment', 'must be a string');
  if (obj.ignorePaths !== undefined) {
    if (!Array.isArray(obj.ignorePaths) || !obj.ignorePaths.every((g) => typeof g === 'string' && g.length > 0)) fail(file, 'ignorePaths', 'must be an array of glob strings');
    // Every file is matched against every glob: a million of them took 4.4 GB and crashed.
    if (obj.ignorePaths.length > MAX_IGNORE_PATHS) fail(file, 'ignorePaths', `has ${obj.ignorePaths.length} entries, more than the ${MAX_IGNORE_PATHS} allowed: use folder globs (\`vendor/\`, \`**/*.min.js\`)`);
    const long = (obj.ignorePaths as string[]).findIndex((g) => g.length > MAX_GLOB_LENGTH);
    if (long !== -1) fail(`${file}`, `ignorePaths[${long}]`, `is longer than ${MAX_GLOB_LENGTH} characters`);
    config.ignorePaths = obj.ignorePaths as string[];
  }
  if (obj.allowFingerprints !== undefined) {
    if (!Array.isArray(obj.allowFingerprints)) fail(file, 'allowFingerprints', 'must be an array of { "fingerprint": "…", "comment": "why" }');
    if (obj.allowFingerprints.length > MAX_ALLOW_FINGERPRINTS) fail(file, 'allowFingerprints', `has ${obj.allowFingerprints.length} entries, more than the ${MAX_ALLOW_FINGERPRINTS} allowed`);
    config.allowFingerprints = obj.allowFingerprints.map((e, i) => {
      if (!e || typeof e !== 'object' || Array.isArray(e)) fail(file, `allowFingerprints[${i}]`, 'must be an object { "fingerprint": "…", "comment": "why" }');
      const { fingerprint, comment, ...rest } = e as Record<string, unknown>;
      const extra = Object.keys(rest)[0];
      if (extra !== undefined) fail(file, `allowFingerprints[${i}].${extra}`, 'is not a key of an allowFingerprints entry (fingerprint, comment)');
      const normal = typeof fingerprint === 'string' ? normalizeFingerprint(fingerprint) : undefined;
      if (normal === undefined) fail(file, `allowFingerprints[${i}].fingerprint`, 'must be a 16-character hex fingerprint, as reports show (or v1:<that>)');
      if (comment !== undefined && typeof comment !== 'string') fail(file, `allowFingerprints[${i}].comment`, 'must be a string');
      // A comment is text from the repository: masked and escaped once, here, for every output.
      return { fingerprint: normal, ...(comment ? { comment: fromOutside(comment, 200) } : {}) };
    });
  }
  if (obj.failOn !== undefined) {
    if (typeof obj.failOn !== 'string' || !(FAIL_ON_VALUES as readonly string[]).includes(obj.failOn)) fail(file, 'failOn', `must be one of ${FAIL_ON_VALUES.join(', ')}`);
    config.failOn = obj.failOn as FailOn;
  }
  if (obj.risks !== undefined) {
    if (!obj.risks || typeof obj.risks !== 'object' || Array.isArray(obj.risks) || !Object.values(obj.risks).every((v) => typeof v === 'boolean')) {
      fail(file, 'risks', 'must be an object of rule ids to true/false, e.g. { "committed-dotenv": false }');
    }
    const known = RISK_RULES.map((r) => r.id);
    const unknown = Object.keys(obj.risks as object).find((id) => !known.includes(id));
    if (unknown !== undefined) fail(file, `risks.${unknown}`, `is not a risk rule (known: ${known.join(', ')})`);
    config.risks = obj.risks as Record<string, boolean>;
  }
  if (obj.maxFileSize !== undefined) {
    const size = obj.maxFileSize;
    if (!(typeof size === 'string' && SIZE.test(size)) && !(typeof size === 'number' && Number.isFinite(size) && size > 0)) fail(file, 'maxFileSize', `cannot read ${JSON.stringify(size)} as a size (examples: "50MB", "512KB", 1048576)`);
    config.maxFileSize = size as string | number;
  }
  return config;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
}

/**
 * Where the config comes from, without reading it: `--config FILE`, else `.openai-key-scan.json`,
 * else package.json's field. `text` reads it from the work tree (a regular file, in the repository
 * unless named on the command line); on pull_request_target the caller reads the base branch's copy
 * instead and never parses the pull request's.
 */
export function locateConfig(root: string, cwd: string, explicit?: string): { abs: string; loaded: Omit<LoadedConfig, 'config'> } | undefined {
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  if (explicit) {
    const abs = path.resolve(cwd, explicit);
    const inRepo = !rel(abs).startsWith('..');
    return { abs, loaded: { file: explicit, ...(inRepo ? { repoPath: rel(abs) } : {}) } };
  }
  const own = path.join(root, CONFIG_FILE);
  if (readRegularFile(own, CONFIG_FILE, CONFIG_CAP, root) !== undefined) return { abs: own, loaded: { file: CONFIG_FILE, repoPath: CONFIG_FILE } };
  const pkg = path.join(root, 'package.json');
  const text = readRegularFile(pkg, 'package.json', 16 * CONFIG_CAP, root);
  if (text !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return undefined; // a broken package.json is the project's business, not a config error
    }
    if (json && typeof json === 'object' && (json as Record<string, unknown>)['openai-key-scan'] !== undefined) {
      return { abs: pkg, loaded: { file: 'package.json', repoPath: 'package.json', field: true } };
    }
  }
  return undefined;
}

/** The config for a scan rooted at `root`, read from the work tree; `from` names where `explicit` came from. */
export function loadConfig(root: string, cwd: string, explicit?: string, from = '--config'): LoadedConfig {
  const where = locateConfig(root, cwd, explicit);
  if (!where) return { config: {} };
  const { abs, loaded } = where;
  const what = explicit ? `${from} ${explicit}` : loaded.file!;
  const text = readRegularFile(abs, what, loaded.field ? 16 * CONFIG_CAP : CONFIG_CAP, explicit ? undefined : root);
  if (text === undefined) throw new UsageError(`${from}: no such file: ${explicit}`);
  const json = parseJson(text, loaded.file!);
  if (loaded.field) return { config: validateConfig((json as Record<string, unknown>)['openai-key-scan'], 'package.json "openai-key-scan"'), ...loaded };
  return { config: validateConfig(json, loaded.file!), ...loaded };
}

/** The same config as it was at another commit (diff mode), from git's copy; empty when absent or unreadable. */
export function configFromText(text: string | undefined, loaded: LoadedConfig): Config {
  if (text === undefined) return {};
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    return validateConfig(loaded.field ? json['openai-key-scan'] ?? {} : json, loaded.file ?? 'config');
  } catch {
    return {};
  }
}
