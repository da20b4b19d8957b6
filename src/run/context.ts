import path from 'node:path';
import { configFromText, loadConfig, locateConfig, type LoadedConfig } from '../config/file.js';
import { repoRoot, showAt } from '../sources/git.js';
import { UsageError } from '../types.js';
import { DEFAULT_MAX_FILE_SIZE } from './fragment.js';
import { parseFailOn, type FailOn } from './policy.js';

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

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `50MB`, `512k`, `1048576` → bytes; 0 and negative sizes are refused (they would skip every file). */
export function parseSize(value: string | number, where: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(String(value));
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new UsageError(`${where}: cannot read "${value}" as a size (examples: 50MB, 512KB, 1048576)`);
  const bytes = Math.floor(Number(m[1]) * unit);
  if (bytes < 1) throw new UsageError(`${where}: a size of 0 would skip every file: give 1 or more (examples: 50MB, 512KB)`);
  return bytes;
}

/** The config as the base branch has it (pull_request_target): the pull request's copy is never parsed. */
async function configAtBase(root: string, cwd: string, explicit: string | undefined, base: string): Promise<LoadedConfig> {
  const candidates = explicit ? [explicit] : ['.openai-key-scan.json', 'package.json'];
  for (const name of candidates) {
    const repoPath = path.relative(root, path.resolve(explicit ? cwd : root, name)).split(path.sep).join('/');
    if (repoPath.startsWith('..')) continue;
    const text = await showAt(root, base, repoPath);
    if (text === undefined) continue;
    const field = repoPath === 'package.json' && !explicit;
    const loaded: LoadedConfig = { config: {}, file: explicit ?? repoPath, repoPath, ...(field ? { field: true } : {}) };
    if (field && !/"openai-key-scan"\s*:/.test(text)) continue;
    loaded.config = configFromText(text, loaded);
    return loaded;
  }
  // Not in the base branch: whatever the pull request adds is not obeyed.
  const where = locateConfig(root, cwd, explicit);
  return { config: {}, ...(where ? { ...where.loaded } : {}) };
}

/**
 * Load the config and apply the caller's overrides: an option given wins, then the config, then the
 * default. `top`: the repository's top as the caller is already finding it (`repoRoot(cwd, true)`).
 */
export async function resolveContext(options: ContextOptions, top?: Promise<string | undefined>): Promise<RunContext> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const root = (await (top ?? repoRoot(cwd, true))) ?? cwd;
  const loaded = options.trustBase ? await configAtBase(root, cwd, options.config, options.trustBase) : loadConfig(root, cwd, options.config, options.configSource);
  const { config } = loaded;
  const failOn = parseFailOn(String(options.failOn ?? config.failOn ?? 'key'), options.failOn !== undefined ? (options.failOnSource ?? '--fail-on') : `${loaded.file}: failOn`);
  const maxFileSize =
    options.maxFileSize !== undefined
      ? parseSize(options.maxFileSize, '--max-file-size')
      : config.maxFileSize !== undefined
        ? parseSize(config.maxFileSize, `${loaded.file}: maxFileSize`)
        : DEFAULT_MAX_FILE_SIZE;
  return { root, cwd, loaded, maxFileSize, failOn, ...(options.trustBase ? { trustBase: options.trustBase } : {}) };
}
