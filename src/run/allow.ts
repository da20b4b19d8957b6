import path from 'node:path';
import { configFromText } from '../config/file.js';
import { showAt } from '../sources/git.js';
import type { Mode, Warning } from '../types.js';
import type { Suppressor } from '../config/suppress.js';
import type { RunContext } from './context.js';

/**
 * The allow-list stage (design.md "Allow lists"): config entries and the baseline set findings apart
 * (inline allows were applied per fragment), one finding at a time as the run hands them on. On pull_request_target the base branch's baseline is
 * obeyed and the pull request's changes to either file are reported; in diff mode a suppression the
 * range itself added is marked `inChange`.
 */
export interface AllowInput {
  /** The baseline file, relative to the context's cwd. */
  baseline?: string;
  /** Prune baseline entries that no longer occur (a full scan only). */
  updateBaseline?: boolean;
  /** The scan saw everything (a tree scan of the whole repository, or history): stale entries mean something. */
  complete: boolean;
  /** diff mode: the range, to tell what a change added to the allow lists. */
  range?: { base: string; head: string };
}

/** A file as the pull request left it, only to compare with the base's: a link out, a FIFO or a huge file reads as changed. */
async function workTreeText(abs: string, root: string): Promise<string | undefined> {
  const { readRegularFile, BASELINE_CAP } = await import('../config/files.js');
  try {
    return readRegularFile(abs, abs, BASELINE_CAP, root);
  } catch {
    return '\0unreadable';
  }
}

/**
 * The allow lists for one run, ready before the first finding: findings then pass `judge` one at a
 * time. `warnings` are the pull request's own changes to either file (pull_request_target).
 */
export async function allowLists(ctx: RunContext, input: AllowInput, mode: Mode): Promise<{ stage: Suppressor; warnings: Warning[] }> {
  const { suppressor, baselineFromText } = await import('../config/suppress.js');
  const warnings: Warning[] = [];
  const baselineFile = input.baseline !== undefined ? path.resolve(ctx.cwd, input.baseline) : undefined;
  const inRepo = baselineFile && !path.relative(ctx.root, baselineFile).startsWith('..');
  const baselineRepoPath = inRepo ? path.relative(ctx.root, baselineFile).split(path.sep).join('/') : undefined;
  let baselineEntries;
  if (ctx.trustBase && baselineFile) {
    // pull_request_target: the pull request's own baseline is reported, never obeyed.
    const atBase = baselineRepoPath ? await showAt(ctx.root, ctx.trustBase, baselineRepoPath) : undefined;
    baselineEntries = baselineFromText(atBase, String(input.baseline)) ?? [];
    if ((await workTreeText(baselineFile, ctx.root)) !== atBase) warnings.push({ code: 'changed-in-pull-request', message: `${input.baseline} was changed in this pull request: on pull_request_target the base branch's version is used, and the change is yours to review` });
  }
  if (ctx.trustBase && ctx.loaded.repoPath) {
    const now = await workTreeText(path.join(ctx.root, ctx.loaded.repoPath), ctx.root);
    if (now !== (await showAt(ctx.root, ctx.trustBase, ctx.loaded.repoPath))) {
      warnings.push({ code: 'changed-in-pull-request', message: `${ctx.loaded.file} was changed in this pull request: on pull_request_target the base branch's version is used, and the change is yours to review` });
    }
  }
  let atBase;
  if (mode === 'diff' && input.range) {
    const config = ctx.loaded.repoPath ? configFromText(await showAt(ctx.root, input.range.base, ctx.loaded.repoPath), ctx.loaded) : {};
    const baseline = baselineRepoPath ? baselineFromText(await showAt(ctx.root, input.range.base, baselineRepoPath), String(input.baseline)) : undefined;
    atBase = { config, baseline };
  }
  const stage = await suppressor({
    mode,
    config: ctx.loaded.config,
    ...(ctx.loaded.file ? { configFile: ctx.loaded.file } : {}),
    ...(baselineFile ? { baselineFile } : {}),
    ...(baselineEntries ? { baselineEntries } : {}),
    cwd: ctx.cwd,
    root: ctx.root,
    ...(atBase ? { atBase } : {}),
    update: input.updateBaseline === true,
    complete: input.complete,
  });
  return { stage, warnings };
}
