import path from 'node:path';
import { BASELINE_FILE } from '../config/baseline.js';
import { configFromText, loadConfig, type LoadedConfig } from '../config/file.js';
import { DEFAULT_MAX_FILE_SIZE } from '../pipeline.js';
import { parseFailOn } from '../run/policy.js';
import { repoRoot, runGit } from '../sources/git.js';
import type { CommonArgs } from './finish.js';
import { parseSize } from './options.js';

/** What every scanning command settles before it scans: the root, the config, the effective limits. */
export interface ScanContext {
  root: string;
  cwd: string;
  loaded: LoadedConfig;
  maxFileSize: number;
  /** diff mode: the range, to tell what a change added to the allow lists. */
  range?: { base: string; head: string };
  /**
   * pull_request_target: read config and baseline as they are at this commit (the base branch), never
   * as the pull request left them.
   */
  trustBase?: string;
}

/** A file as it is at `rev`, or undefined. */
export async function showAt(root: string, rev: string, repoPath: string): Promise<string | undefined> {
  const r = await runGit(['show', `${rev}:${repoPath}`], root);
  return r.code === 0 ? r.stdout.toString('utf8') : undefined;
}

/**
 * Load the config and apply it under the flags: a flag given on the command line wins, then the
 * config, then the built-in default. Stashes the context on `args` for the report stages.
 */
export async function prepare(args: CommonArgs, opts: { cwd?: string; range?: { base: string; head: string }; trustBase?: string } = {}): Promise<ScanContext> {
  const cwd = opts.cwd ?? process.cwd();
  const root = (await repoRoot(cwd, true)) ?? cwd;
  const loaded = loadConfig(root, cwd, args.config as string | undefined);
  if (opts.trustBase && loaded.repoPath) {
    const before = await showAt(root, opts.trustBase, loaded.repoPath);
    loaded.config = configFromText(before, loaded);
  }
  const { config } = loaded;
  const flagFailOn = args['fail-on'] as string | undefined;
  args['fail-on'] = parseFailOn(flagFailOn ?? config.failOn ?? 'key', flagFailOn !== undefined ? '--fail-on' : `${loaded.file}: failOn`);
  const flagSize = args['max-file-size'] as string | undefined;
  const maxFileSize =
    flagSize !== undefined
      ? parseSize(flagSize, '--max-file-size')
      : config.maxFileSize !== undefined
        ? parseSize(config.maxFileSize, `${loaded.file}: maxFileSize`)
        : DEFAULT_MAX_FILE_SIZE;
  const ctx: ScanContext = { root, cwd, loaded, maxFileSize, ...(opts.range ? { range: opts.range } : {}), ...(opts.trustBase ? { trustBase: opts.trustBase } : {}) };
  args.ctx = ctx;
  return ctx;
}

export function defaultBaselinePath(ctx: ScanContext): string {
  return path.join(ctx.root, BASELINE_FILE);
}
