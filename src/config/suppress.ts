import path from 'node:path';
import { UsageError } from '../types.js';
import { globMatcher } from './globs.js';
import type { Finding, Mode, Report, Suppression, Warning } from '../types.js';
import { entriesOf, entryKey, parseBaseline, readBaseline, writeBaseline, type BaselineEntry } from './baseline.js';
import { configFromText, type Config } from './file.js';
import { fromOutside } from '../report/redact.js';

/**
 * The allow-list stage (design.md "Allow lists"): config ignorePaths and allowFingerprints, then the
 * baseline, set findings apart as suppressed (never silently dropped). In diff mode a suppression
 * whose comment or entry the range itself added is marked `inChange`, so a pull request cannot
 * silence itself unseen. Entries that match nothing are reported as stale after a full scan.
 */

const MAX_STALE_WARNINGS = 50;

export interface SuppressInput {
  config: Config;
  configFile?: string;
  baselineFile?: string;
  /** The baseline's entries when they must not be read from the file (pull_request_target: the base branch's). */
  baselineEntries?: BaselineEntry[];
  /** Root the baseline path is relative to in messages. */
  cwd: string;
  /** The repository: a baseline link that leads out of it is not read, nor written through. */
  root?: string;
  /** diff mode: the allow lists as they were at the range's base (what the change did not add). */
  atBase?: { config: Config; baseline: BaselineEntry[] | undefined };
  /** Rewrite the baseline with only the entries that still occur. */
  update?: boolean;
  /** Whether the scan saw everything (a tree scan of the whole repository, or history): stale entries mean something. */
  complete: boolean;
}

export interface BaselineAtBase {
  text: string | undefined;
  file: string;
}

export function baselineFromText(text: string | undefined, file: string): BaselineEntry[] | undefined {
  if (text === undefined) return undefined;
  try {
    return parseBaseline(text, file);
  } catch {
    return undefined;
  }
}

export { configFromText };

/** The allow lists as a stage findings pass one at a time (the run core streams them). */
export interface Suppressor {
  /**
   * One finding through the allow lists: the same finding when kept, else a copy set apart with why.
   * An inline-allowed finding passes as it is (in a diff, marked `inChange`); every finding counts
   * toward which entries are in use.
   */
  judge(finding: Finding): Finding;
  /** After the last finding: entries that matched nothing (after a complete scan), and the pruned baseline written (`update`). */
  finish(): { stale: string[]; warnings: Warning[] };
}

export async function suppressor(input: SuppressInput & { mode: Mode }): Promise<Suppressor> {
  const { config } = input;
  const diff = input.mode === 'diff';
  if (input.update) {
    if (!input.baselineFile) throw new UsageError('--update needs --baseline FILE (the baseline to prune)');
    if (!input.complete) throw new UsageError('--update prunes the baseline after a full scan: use it with a tree scan of the whole repository or history, not a range or some paths');
  }
  const ignore = await globMatcher(config.ignorePaths);
  const allow = new Map((config.allowFingerprints ?? []).map((e) => [e.fingerprint, e]));
  const baseline = input.baselineEntries ?? (input.baselineFile ? readBaseline(input.baselineFile, input.root) : undefined);
  const baselineKeys = new Map((baseline ?? []).map((e) => [entryKey(e), e]));
  const baseAllow = new Set((input.atBase?.config.allowFingerprints ?? []).map((e) => e.fingerprint));
  const baseIgnore = await globMatcher(input.atBase?.config.ignorePaths);
  const baseBaseline = new Set((input.atBase?.baseline ?? []).map(entryKey));

  const usedAllow = new Set<string>();
  const usedBaseline = new Set<string>();
  return {
    judge(f) {
      const key = baselineKeys.size ? entryKey(f) : '';
      if (allow.has(f.fingerprint)) usedAllow.add(f.fingerprint);
      if (baselineKeys.has(key)) usedBaseline.add(key);
      if (f.suppressed) {
        if (diff && f.suppressed.by === 'inline') f.suppressed.inChange = true;
        return f;
      }
      let s: Suppression | undefined;
      if (ignore?.(f.file)) s = { by: 'config', reason: `ignorePaths in ${input.configFile}`, ...(diff ? { inChange: !baseIgnore?.(f.file) } : {}) };
      else if (allow.has(f.fingerprint)) {
        const e = allow.get(f.fingerprint)!;
        s = { by: 'config', reason: `allowFingerprints in ${input.configFile}${e.comment ? `: ${e.comment}` : ''}`, ...(diff ? { inChange: !baseAllow.has(f.fingerprint) } : {}) };
      } else if (baselineKeys.has(key)) {
        s = { by: 'baseline', reason: path.relative(input.cwd, input.baselineFile!) || input.baselineFile!, ...(diff ? { inChange: !baseBaseline.has(key) } : {}) };
      }
      return s ? { ...f, suppressed: s } : f;
    },
    finish() {
      const stale: string[] = [];
      if (input.complete) {
        for (const e of config.allowFingerprints ?? []) {
          if (!usedAllow.has(e.fingerprint)) stale.push(fromOutside(`${input.configFile}: allowFingerprints entry ${e.fingerprint}${e.comment ? ` (${e.comment})` : ''} matches nothing any more: remove it`));
        }
        for (const e of baseline ?? []) {
          // A baseline entry is text from the repository: masked and escaped like any other.
          if (!usedBaseline.has(entryKey(e))) stale.push(fromOutside(`${input.baselineFile}: entry ${e.fingerprint} ${e.file} (${e.ruleId}) matches nothing any more${input.update ? ': removed' : ': remove it with --update'}`, 2000));
        }
      }
      if (input.update) writeBaseline(input.baselineFile!, (baseline ?? []).filter((e) => usedBaseline.has(entryKey(e))), input.root);
      // Every stale entry is in report.stale; the warnings name the first few (200,000 stale baseline
      // entries once made 200,000 lines of log).
      const warnings: Warning[] = stale.slice(0, MAX_STALE_WARNINGS).map((s) => ({ code: 'stale-allow' as const, message: `stale: ${s}` }));
      if (stale.length > MAX_STALE_WARNINGS) warnings.push({ code: 'stale-allow' as const, message: `stale: ${stale.length - MAX_STALE_WARNINGS} more stale entries (the JSON report lists all ${stale.length})` });
      return { stale, warnings };
    },
  };
}

/** A whole report through the allow lists (what the run core does a finding at a time). */
export async function applySuppressions(report: Report, input: SuppressInput): Promise<Report> {
  const stage = await suppressor({ ...input, mode: report.mode });
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of report.suppressed ?? []) suppressed.push(stage.judge(f));
  for (const f of report.findings) {
    const judged = stage.judge(f);
    (judged.suppressed ? suppressed : kept).push(judged);
  }
  const { stale, warnings } = stage.finish();
  return { ...report, findings: kept, suppressed, stale, warnings: [...report.warnings, ...warnings] };
}

export { entriesOf };
