import { lstatSync, openSync, readSync, closeSync, fstatSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../sources/git.js';
import { UsageError, type Finding, type Report } from '../types.js';
import { revokeFindings, type FoundAt, type RevokeOptions, type RevokeReport, type UnresolvedKey } from './flow.js';

export { revokeFindings, rotationSteps, groupKeys, DASHBOARD_URL, ADMIN_KEYS_URL, ADMIN_KEY_ENV, projectKeysUrl } from './flow.js';
export type { RevokeOptions, RevokeReport, KeyOutcome, RevokeStatus, RevokePlan, FoundAt, UnresolvedKey } from './flow.js';
export { AdminClient, AdminApiError, type ApiKeyEntry, type KeyOwner } from './admin.js';
export { agrees, redactedParts, matchingEntries } from './match.js';
export { toRevokeText, toRevokeJson, entryLine } from './format.js';

/** Where the keys to revoke come from: exactly one of these (none: the current directory's tree). */
export interface RevokeSource {
  /** Files or folders, as a tree scan reads them. */
  paths?: string[];
  /** Every commit reachable from any ref. */
  history?: boolean;
  /** The commits in base..head. */
  range?: { base: string; head: string };
  /**
   * A JSON report (`--format json`) of an earlier scan. It holds fingerprints, never keys: the files
   * and commits it names are scanned again and the keys whose fingerprints it lists are revoked.
   */
  fromReport?: string;
  cwd?: string;
}

/**
 * How revoke scans: with the keys in `secret` (the flow needs them to verify and match; it never
 * prints one: outcomes hold only redacted values), and with a fixed fail-on so that a config's
 * `failOn: live` (which needs --verify) cannot stop the scan. Allow lists apply: an allowed key is
 * not revoked.
 */
const WITH_KEYS = { showSecrets: true, failOn: 'key' } as const;

/** A JSON report is small; a file far larger than this is not one. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;

function readReportFile(file: string, cwd: string): string {
  const full = path.resolve(cwd, file);
  let st;
  try {
    st = lstatSync(full);
  } catch {
    throw new UsageError(`--from-report: cannot read ${file} (no such file)`);
  }
  if (!st.isFile()) throw new UsageError(`--from-report: ${file} is not a regular file`);
  if (st.size > MAX_REPORT_BYTES) throw new UsageError(`--from-report: ${file} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB: not a report`);
  const fd = openSync(full, 'r');
  try {
    const size = Math.min(fstatSync(fd).size, MAX_REPORT_BYTES);
    const buf = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, buf, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

interface ReportKey {
  ruleId: string;
  redacted: string;
  fingerprint: string;
  found: FoundAt[];
}

/** The key findings of a JSON report, by fingerprint; a file that is not our JSON report is a UsageError. */
export function reportKeys(text: string, file: string): Map<string, ReportKey> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UsageError(`--from-report: ${file} is not JSON (write one with --format json --output ${file})`);
  }
  const findings = (raw as { findings?: unknown })?.findings;
  if (!Array.isArray(findings)) throw new UsageError(`--from-report: ${file} is not an openai-key-scan JSON report (no "findings" list)`);
  const keys = new Map<string, ReportKey>();
  for (const f of findings as Array<Record<string, unknown>>) {
    if (!f || f.kind !== 'key' || typeof f.fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(f.fingerprint) || typeof f.file !== 'string') continue;
    const k = keys.get(f.fingerprint) ?? { ruleId: String(f.ruleId ?? 'openai-key'), redacted: typeof f.redacted === 'string' ? f.redacted.slice(0, 40) : '…', fingerprint: f.fingerprint, found: [] };
    k.found.push({ file: f.file, line: typeof f.line === 'number' ? f.line : 0, ...(typeof f.commit === 'string' ? { commit: f.commit } : {}) });
    keys.set(f.fingerprint, k);
  }
  return keys;
}

/** A report's file names, as paths a tree scan may read: relative, inside the root, outside any archive. */
function treePathOf(file: string): string | undefined {
  const outer = file.split('!')[0]!;
  if (!outer || path.isAbsolute(outer) || outer.split(/[\\/]/).includes('..')) return undefined;
  return outer;
}

/**
 * The keys a report names, found again: findings with commits come from the history, the others from
 * the files the report names (those that still exist). Keys not found again are `unresolved`.
 */
async function findingsFromReport(file: string, cwd: string): Promise<{ findings: Finding[]; unresolved: UnresolvedKey[] }> {
  const wanted = reportKeys(readReportFile(file, cwd), file);
  if (!wanted.size) return { findings: [], unresolved: [] };
  const root = (await repoRoot(cwd, true)) ?? cwd;
  const all = [...wanted.values()];
  const found: Finding[] = [];
  if (all.some((k) => k.found.some((p) => p.commit))) {
    const { scanHistory } = await import('../run/modes.js');
    found.push(...(await scanHistory({ cwd: root, ...WITH_KEYS })).findings);
  }
  const files = [...new Set(all.flatMap((k) => k.found.filter((p) => !p.commit).map((p) => treePathOf(p.file)).filter((p): p is string => !!p)))];
  const existing = files.filter((p) => {
    try {
      return lstatSync(path.join(root, p)).isFile();
    } catch {
      return false;
    }
  });
  if (existing.length) {
    const { scanTree } = await import('../run/modes.js');
    found.push(...(await scanTree({ cwd: root, paths: existing, jobs: 1, ...WITH_KEYS })).findings);
  }
  const findings = found.filter((f) => wanted.has(f.fingerprint));
  const seen = new Set(findings.map((f) => f.fingerprint));
  const unresolved = all.filter((k) => !seen.has(k.fingerprint));
  return { findings, unresolved };
}

/** The findings (with their keys) of the source the caller chose. */
async function findingsOf(source: RevokeSource): Promise<{ findings: Finding[]; unresolved: UnresolvedKey[]; report?: Report }> {
  const cwd = source.cwd ?? process.cwd();
  const chosen = [source.paths?.length ? 'paths' : '', source.history ? 'history' : '', source.range ? 'range' : '', source.fromReport ? 'fromReport' : ''].filter(Boolean);
  if (chosen.length > 1) throw new UsageError(`revoke: choose one source of keys (paths, --history, --range or --from-report), not ${chosen.join(' and ')}`);
  if (source.fromReport) return findingsFromReport(source.fromReport, cwd);
  const { scanTree, scanRange, scanHistory } = await import('../run/modes.js');
  if (source.history) {
    const report = await scanHistory({ cwd, ...WITH_KEYS });
    return { findings: report.findings, unresolved: [], report };
  }
  if (source.range) {
    const report = await scanRange({ cwd, ...source.range, ...WITH_KEYS });
    return { findings: report.findings, unresolved: [], report };
  }
  const report = await scanTree({ cwd, paths: source.paths ?? [], ...WITH_KEYS });
  return { findings: report.findings, unresolved: [], report };
}

/**
 * Find the keys of one source and revoke each (see revokeFindings): the library's `revoke`, which the
 * CLI's `openai-key-scan revoke` calls. Dry run unless `confirm` says otherwise.
 */
export async function revoke(source: RevokeSource = {}, options: RevokeOptions = {}): Promise<RevokeReport> {
  const { findings, unresolved } = await findingsOf(source);
  return revokeFindings(findings, options, unresolved);
}
