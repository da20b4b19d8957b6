import type { Finding, Report, Severity, Warning } from '../types.js';
import { SEVERITIES } from '../types.js';
import { printable } from './text.js';
import { placeNote, placeOf } from './place.js';

/**
 * The `github` format (design.md "Formats"): workflow-command annotations on file and line through
 * @actions/core (which escapes odd file names and messages), and a job summary table. GitHub shows at
 * most 10 annotations of a kind per step, so the most severe are annotated and the rest counted.
 * Nothing here ever holds a full key, and `::add-mask::` is never used: that command would itself
 * write the key into the log.
 */

export const MAX_ANNOTATIONS = 10;
/**
 * GitHub refuses a step summary over 1 MiB ("$GITHUB_STEP_SUMMARY upload aborted"). The tables stop
 * well short of it and say how many rows were left out (10,000 findings made 1.33 MB).
 */
export const SUMMARY_BUDGET = 768 * 1024;
const SUPPRESSED_BUDGET = 128 * 1024;
const MAX_SUMMARY_WARNINGS = 20;

/** The first rows whose cells fit in `budget` bytes (as HTML table cells), and how many did not. */
export function rowsWithin(rows: string[][], budget: number): { rows: string[][]; omitted: number } {
  let used = 0;
  for (let i = 0; i < rows.length; i++) {
    used += rows[i]!.reduce((n, cell) => n + Buffer.byteLength(cell) + 9, 9);
    if (used > budget) return { rows: rows.slice(0, i), omitted: rows.length - i };
  }
  return { rows, omitted: 0 };
}

function bySeverity(a: Finding, b: Finding): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.file.localeCompare(b.file) || a.line - b.line;
}

function html(s: string): string {
  return printable(s).replace(/[&<>"'|`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * An annotation's file property: the real name, so GitHub places the annotation (@actions/core escapes
 * CR, LF, `%`, `:` and `,` in it), with every other control character escaped, since the log renders
 * terminal escapes.
 */
function annotationFile(file: string): string {
  return file
    .split(/(\r|\n)/)
    .map((part) => (part === '\r' || part === '\n' ? part : printable(part)))
    .join('');
}

const KIND: Record<Severity, 'error' | 'warning' | 'notice'> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice' };

/** Markdown/HTML rows of the summary, most severe first; also used by the action's summary. */
/** An empty cell: @actions/core writes an empty string as an unclosed `<td>`. */
const NONE = '–';

export function summaryRows(report: Report): string[][] {
  return [...report.findings].sort(bySeverity).map((f) => [
    f.severity,
    html(f.ruleId),
    html(`${f.file}:${f.line}`),
    f.commit ? html(f.commit.slice(0, 12)) : NONE,
    html(f.redacted),
    f.verification?.status ?? 'unchecked',
  ]);
}

/** Warnings the job summary shows: what a reviewer must act on. */
const SUMMARY_WARNINGS: ReadonlySet<Warning['code']> = new Set(['changed-in-pull-request', 'stale-allow', 'shallow-history', 'unparsed-commit']);

export async function emitGithub(report: Report): Promise<void> {
  const core = await import('@actions/core');
  const sorted = [...report.findings].sort(bySeverity);
  for (const f of sorted.slice(0, MAX_ANNOTATIONS)) {
    const place = placeOf(f);
    const where = `${placeNote(f, place)}${f.commit ? ` (added in ${f.commit.slice(0, 12)})` : ''}`;
    // A risk has no key to revoke, and warns (its message says what to do).
    const text = f.kind === 'risk' ? `${f.message} (${f.redacted}${where})` : `${f.message}: ${f.redacted}${where}. Revoke it at https://platform.openai.com/api-keys and load it from a secret instead.`;
    // An archive member or binary content: the outer file, line 1.
    const region = place.region ?? { startLine: 1 };
    core[f.kind === 'risk' ? 'warning' : KIND[f.severity]](printable(text), {
      title: `${f.ruleId} (${f.severity})`,
      file: annotationFile(place.file),
      ...region,
    });
  }
  for (const f of (report.suppressed ?? []).filter((x) => x.suppressed?.inChange).slice(0, 3)) {
    core.warning(`${f.ruleId} ${f.redacted} is suppressed by ${f.suppressed!.by} added in this same change: review it`, { title: 'suppressed in this change', file: annotationFile(f.file), startLine: f.line });
  }
  if (sorted.length > MAX_ANNOTATIONS) {
    core.warning(`${sorted.length - MAX_ANNOTATIONS} more finding(s) are not annotated (GitHub shows at most ${MAX_ANNOTATIONS} per step): see the job summary for all ${sorted.length}.`);
  }
  for (const w of report.warnings.filter((x) => x.code === 'shallow-history')) core.warning(w.message, { title: 'incomplete history' });
  if (process.env.GITHUB_STEP_SUMMARY) {
    const s = core.summary.addHeading('openai-key-scan', 2);
    if (!sorted.length) s.addRaw(`No OpenAI keys found (${report.mode} scan, ${report.stats.files} file(s)).`, true);
    else {
      s.addRaw(`${sorted.length} finding(s) in the ${report.mode} scan. Revoke every key at https://platform.openai.com/api-keys, then remove it from the code.`, true);
      const table = rowsWithin(summaryRows(report), SUMMARY_BUDGET);
      s.addTable([
        [
          { data: 'Severity', header: true },
          { data: 'Rule', header: true },
          { data: 'File:line', header: true },
          { data: 'Commit', header: true },
          { data: 'Key', header: true },
          { data: 'Verification', header: true },
        ],
        ...table.rows,
      ]);
      if (table.omitted) s.addRaw(`${table.omitted} more finding(s) left out of this table, which lists the most severe first (GitHub caps a job summary at 1 MiB): the SARIF file or the JSON format has all ${sorted.length}.`, true);
    }
    const inChange = (report.suppressed ?? []).filter((f) => f.suppressed?.inChange);
    if (inChange.length) {
      s.addHeading('Suppressed in this change', 3);
      s.addRaw('This change adds these keys and also the allow comment, config entry or baseline entry that silences them. Review both.', true);
      const suppressedRows = rowsWithin(
        inChange.map((f) => [html(f.ruleId), html(`${f.file}:${f.line}`), f.commit ? html(f.commit.slice(0, 12)) : NONE, html(f.redacted), html(`${f.suppressed!.by}${f.suppressed!.reason ? `: ${f.suppressed!.reason}` : ''}`)]),
        SUPPRESSED_BUDGET,
      );
      s.addTable([
        [
          { data: 'Rule', header: true },
          { data: 'File:line', header: true },
          { data: 'Commit', header: true },
          { data: 'Key', header: true },
          { data: 'Suppressed by', header: true },
        ],
        ...suppressedRows.rows,
      ]);
      if (suppressedRows.omitted) s.addRaw(`${suppressedRows.omitted} more suppressed in this change are not listed (GitHub caps a job summary at 1 MiB).`, true);
    }
    const notes = report.warnings.filter((w) => SUMMARY_WARNINGS.has(w.code));
    for (const w of notes.slice(0, MAX_SUMMARY_WARNINGS)) s.addRaw(`⚠️ ${html(w.message)}`, true);
    if (notes.length > MAX_SUMMARY_WARNINGS) s.addRaw(`⚠️ ${notes.length - MAX_SUMMARY_WARNINGS} more warning(s) in the log.`, true);
    await s.write();
  }
}
