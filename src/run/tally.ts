import { TOOL_NAME, VERSION } from '../version.js';
import { emptySkipCounts, type SkippedFile, type Finding, type Mode, type Report, type SourceSink, type Stats, type Warning } from '../types.js';

/** How many skipped files a report names; the counts in stats are always whole. */
export const SKIPS_LISTED = 1000;

/** What the run gathers while fragments flow through it; worker threads send theirs back to be merged. */
export interface Tally {
  stats: Stats;
  /** The files skipped and why (the first SKIPS_LISTED of them), for --verbose. */
  skips: SkippedFile[];
  findings: Finding[];
  warnings: Warning[];
}

export function newTally(): Tally {
  return { stats: { files: 0, bytes: 0, durationMs: 0, skipped: emptySkipCounts() }, skips: [], findings: [], warnings: [] };
}

export function mergeTally(into: Tally, from: Tally): void {
  into.stats.files += from.stats.files;
  into.stats.bytes += from.stats.bytes;
  for (const k of Object.keys(from.stats.skipped) as (keyof Stats['skipped'])[]) into.stats.skipped[k] += from.stats.skipped[k];
  for (const s of from.skips) if (into.skips.length < SKIPS_LISTED) into.skips.push(s);
  if (from.stats.archives) {
    const a = (into.stats.archives ??= { opened: 0, members: 0, reasons: {} });
    a.opened += from.stats.archives.opened;
    a.members += from.stats.archives.members;
    for (const [r, n] of Object.entries(from.stats.archives.reasons) as [keyof typeof a.reasons, number][]) a.reasons[r] = (a.reasons[r] ?? 0) + n;
  }
  // Loops, not push(...xs): one file with 200,000 keys would overflow the call stack.
  for (const f of from.findings) into.findings.push(f);
  for (const w of from.warnings) into.warnings.push(w);
}

/** Where a source reports what it skipped. */
export function tallySink(tally: Tally): SourceSink {
  return {
    skip(kind, file, why) {
      tally.stats.skipped[kind]++;
      if (tally.skips.length < SKIPS_LISTED) tally.skips.push({ kind, file, ...(why ? { why } : {}) });
      if (kind === 'unreadable') tally.warnings.push({ code: 'unreadable', message: `cannot read ${file}${why ? ` (${why})` : ''}: skipped` });
    },
    warn(message, code = 'notice') {
      tally.warnings.push({ code, message });
    },
    archive(event, file, detail) {
      const a = (tally.stats.archives ??= { opened: 0, members: 0, reasons: {} });
      if (event === 'opened') a.opened++;
      else if (event === 'member') a.members++;
      else {
        a.reasons[event] = (a.reasons[event] ?? 0) + 1;
        // A member with an unsafe name is still read: skipping it would let a name hide a key.
        if (event !== 'unsafeName') tally.stats.skipped.archive++;
        tally.warnings.push({ code: 'archive', message: `${file}: ${detail ?? event}` });
      }
    },
  };
}

/** File, then line, column and commit: the order every report lists findings in. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.commit ?? '').localeCompare(b.commit ?? '')
  );
}

/** The report of a finished scan: findings sorted, and those an inline allow covers set apart. */
export function finishReport(mode: Mode, tally: Tally, started: number): Report {
  tally.findings.sort(compareFindings);
  tally.stats.durationMs = Math.round(performance.now() - started);
  const findings = tally.findings.filter((f) => !f.suppressed);
  const suppressed = tally.findings.filter((f) => f.suppressed);
  return { tool: { name: TOOL_NAME, version: VERSION }, mode, findings, stats: tally.stats, warnings: tally.warnings, suppressed, skippedFiles: tally.skips };
}


