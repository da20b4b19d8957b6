import path from 'node:path';
import { UsageError } from '../types.js';
import { globMatcher } from './globs.js';
import type { Finding, Report, Suppression } from '../types.js';
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

export async function applySuppressions(report: Report, input: SuppressInput): Promise<Report> {
  const { config } = input;
  const diff = report.mode === 'diff';
  const ignore = await globMatcher(config.ignorePaths);
  const allow = new Map((config.allowFingerprints ?? []).map((e) => [e.fingerprint, e]));
  const baseline = input.baselineEntries ?? (input.baselineFile ? readBaseline(input.baselineFile, input.root) : undefined);
  const baselineKeys = new Map((baseline ?? []).map((e) => [entryKey(e), e]));
  const baseAllow = new Set((input.atBase?.config.allowFingerprints ?? []).map((e) => e.fingerprint));
  const baseIgnore = await globMatcher(input.atBase?.config.ignorePaths);
  const baseBaseline = new Set((input.atBase?.baseline ?? []).map(entryKey));

  const usedAllow = new Set<string>();
  const usedBaseline = new Set<string>();
  const kept: Finding[] = [];
  const suppressed: Finding[] = [...(report.suppressed ?? [])];
  for (const f of suppressed) if (diff && f.suppressed?.by === 'inline') f.suppressed.inChange = true;
  for (const f of [...report.findings, ...suppressed]) {
    if (allow.has(f.fingerprint)) usedAllow.add(f.fingerprint);
    if (baselineKeys.has(entryKey(f))) usedBaseline.add(entryKey(f));
  }
  for (const f of report.findings) {
    let s: Suppression | undefined;
    if (ignore?.(f.file)) s = { by: 'config', reason: `ignorePaths in ${input.configFile}`, ...(diff ? { inChange: !baseIgnore?.(f.file) } : {}) };
    else if (allow.has(f.fingerprint)) {
      const e = allow.get(f.fingerprint)!;
      s = { by: 'config', reason: `allowFingerprints in ${input.configFile}${e.comment ? `: ${e.comment}` : ''}`, ...(diff ? { inChange: !baseAllow.has(f.fingerprint) } : {}) };
    } else if (baselineKeys.has(entryKey(f))) {
      s = { by: 'baseline', reason: path.relative(input.cwd, input.baselineFile!) || input.baselineFile!, ...(diff ? { inChange: !baseBaseline.has(entryKey(f)) } : {}) };
    }
    if (s) suppressed.push({ ...f, suppressed: s });
    else kept.push(f);
  }
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
  if (input.update) {
    if (!input.baselineFile) throw new UsageError('--update needs --baseline FILE (the baseline to prune)');
    if (!input.complete) throw new UsageError('--update prunes the baseline after a full scan: use it with a tree scan of the whole repository or history, not a range or some paths');
    writeBaseline(input.baselineFile, (baseline ?? []).filter((e) => usedBaseline.has(entryKey(e))), input.root);
  }
  // Every stale entry is in report.stale; the warnings name the first few (200,000 stale baseline
  // entries once made 200,000 lines of log).
  const staleWarnings = stale.slice(0, MAX_STALE_WARNINGS).map((s) => ({ code: 'stale-allow' as const, message: `stale: ${s}` }));
  if (stale.length > MAX_STALE_WARNINGS) staleWarnings.push({ code: 'stale-allow' as const, message: `stale: ${stale.length - MAX_STALE_WARNINGS} more stale entries (the JSON report lists all ${stale.length})` });
  return { ...report, findings: kept, suppressed, stale, warnings: [...report.warnings, ...staleWarnings] };
}

export { entriesOf };
