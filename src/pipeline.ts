import { inlineAllow } from './config/inline.js';
import { detectKeys, type DetectedKey, type Detection } from './detect/index.js';
import { fingerprint } from './detect/fingerprint.js';
import { detectRisks, riskFindings, risksFor } from './detect/risks.js';
import { exposeKeys } from './rules/exposure.js';
import { excerpt, redact, type ExcerptSpan } from './report/redact.js';
import type { SourceSink } from './types.js';
import { TOOL_NAME, VERSION } from './version.js';
import { emptySkipCounts, type Encoding, type Finding, type Fragment, type Mode, type Report, type Stats } from './types.js';

/**
 * The pipeline every mode shares (design.md "Pipeline"): fragments from any source through detection
 * into findings, stats and a report. Kept apart from the tree source so that the staged hook loads
 * none of the tree walking, globbing and worker code.
 */

export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;

const HOW_ENCODED: Record<Encoding, string> = {
  plain: 'in plain text',
  utf16: 'in a UTF-16 file',
  base64: 'base64-encoded (encoding hides nothing)',
  url: 'in URL-encoded text',
  escaped: 'written as string escapes (escaping hides nothing)',
};

function keyMessage(key: DetectedKey): string {
  return `${key.rule.title} ${HOW_ENCODED[key.encoding]}: anyone who can read this file can use it`;
}

const ALLOW_BYTES = Buffer.from('openai-key-scan:allow');

/** Findings of one fragment: positions mapped to the real file, keys redacted, excerpts built. */
export function keyFindings(fragment: Fragment, detection: Detection, options: PipelineOptions = {}): Finding[] {
  const { showSecrets = false, keepSecrets = false } = options;
  const { positions } = detection;
  if (!detection.keys.length || !positions) return [];
  const keys = detection.keys;
  /** The inline allow covering a key's line; with a lineMap, the line above counts only if it is the file's previous line. */
  const allowOf = (k: DetectedKey) => {
    if (options.noInlineAllow) return undefined;
    const adjacent = k.lineIndex > 0 && (!fragment.lineMap || fragment.lineMap[k.lineIndex - 1] === fragment.lineMap[k.lineIndex]! - 1);
    // A byte search first: decoding a multi-megabyte minified line for every key costs memory.
    const here = positions.lineHas(k.lineIndex, ALLOW_BYTES);
    const above = adjacent && positions.lineHas(k.lineIndex - 1, ALLOW_BYTES);
    if (!here && !above) return undefined;
    return inlineAllow(here ? lineText(k.lineIndex) : '', above ? lineText(k.lineIndex - 1) : undefined);
  };
  const lines = new Map<number, string>();
  const lineText = (i: number) => {
    let t = lines.get(i);
    if (t === undefined) lines.set(i, (t = positions.lineText(i)));
    return t;
  };
  const spans = new Map<DetectedKey, ExcerptSpan>();
  for (const k of keys) {
    const shown = showSecrets ? k.secret : redact(k.secret, k.prefix);
    spans.set(k, { column: k.column, endColumn: k.endColumn, replacement: k.encoding === 'base64' || k.encoding === 'escaped' ? `[${k.encoding}: ${shown}]` : shown });
  }
  const byLine = new Map<number, ExcerptSpan[]>();
  for (const k of keys) byLine.set(k.lineIndex, [...(byLine.get(k.lineIndex) ?? []), spans.get(k)!]);
  const { origin } = fragment;
  return keys.map((k): Finding => {
    const sameLine = byLine.get(k.lineIndex)!;
    const line = fragment.lineMap ? (fragment.lineMap[k.line - 1] ?? k.line) : k.line;
    const finding: Finding = {
      ruleId: k.rule.id,
      kind: 'key',
      severity: k.rule.severity,
      file: fragment.path,
      line,
      column: k.column,
      endColumn: k.endColumn,
      ...(origin.commit ? { commit: origin.commit } : {}),
      ...(origin.author ? { author: origin.author } : {}),
      ...(origin.date ? { date: origin.date } : {}),
      redacted: redact(k.secret, k.prefix),
      fingerprint: fingerprint(k.secret),
      encoding: k.encoding,
      message: keyMessage(k),
      excerpt: showSecrets
        ? lineText(k.lineIndex).slice(Math.max(0, k.column - 41), k.endColumn + 39)
        : excerpt(lineText(k.lineIndex), sameLine, spans.get(k)!),
    };
    if (showSecrets || keepSecrets) finding.secret = k.secret;
    const allow = allowOf(k);
    if (allow) finding.suppressed = { by: 'inline', ...(allow.reason ? { reason: allow.reason } : {}) };
    return finding;
  });
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.commit ?? '').localeCompare(b.commit ?? '')
  );
}

export interface PipelineOptions {
  showSecrets?: boolean;
  /** Ignore `openai-key-scan:allow` comments (--no-inline-allow). */
  noInlineAllow?: boolean;
  /**
   * Keep each key in `secret` for a later stage (verification) even without showSecrets; the CLI
   * strips it before any output. Off by default.
   */
  keepSecrets?: boolean;
  /** Risk rules switched on or off by id (all on by default); plain data, since workers get a copy. */
  risks?: Record<string, boolean>;
  onProgress?: (stats: Stats) => void;
}

/** What the pipeline gathers while fragments flow through it; worker threads send theirs back to be merged. */
export interface Tally {
  stats: Stats;
  findings: Finding[];
  warnings: string[];
}

export function newTally(): Tally {
  return { stats: { files: 0, bytes: 0, durationMs: 0, skipped: emptySkipCounts() }, findings: [], warnings: [] };
}

export function mergeTally(into: Tally, from: Tally): void {
  into.stats.files += from.stats.files;
  into.stats.bytes += from.stats.bytes;
  for (const k of Object.keys(from.stats.skipped) as (keyof Stats['skipped'])[]) into.stats.skipped[k] += from.stats.skipped[k];
  into.findings.push(...from.findings);
  into.warnings.push(...from.warnings);
}

/** Where a source reports what it skipped. */
export function tallySink(tally: Tally): SourceSink {
  return {
    skip(kind, file, why) {
      tally.stats.skipped[kind]++;
      if (kind === 'unreadable') tally.warnings.push(`cannot read ${file}${why ? ` (${why})` : ''}: skipped`);
    },
    warn(message) {
      tally.warnings.push(message);
    },
  };
}

const NO_HITS = new Map<string, number[]>();

/** Everything the pipeline does with one fragment. Worker threads run this same function. */
export function processFragment(fragment: Fragment, options: PipelineOptions, tally: Tally): void {
  const { window } = fragment;
  const detection = detectKeys(fragment.content, window);
  if (!detection.view) {
    tally.stats.skipped.binary++;
    return;
  }
  if (!window || window.first) tally.stats.files++;
  tally.stats.bytes += window ? window.bytes : fragment.content.length;
  const keys = keyFindings(fragment, detection, options);
  if (keys.length) exposeKeys(fragment, detection, keys);
  tally.findings.push(...keys);
  const rules = risksFor(fragment.path, fragment.origin, options.risks);
  if (rules.length) tally.findings.push(...riskFindings(fragment, detectRisks(detection.view, fragment.path, rules, window, detection.positions, detection.riskHits ?? NO_HITS), options.noInlineAllow));
}

/** The report of a finished scan: findings sorted, and those an inline allow covers set apart. */
export function finishReport(mode: Mode, tally: Tally, started: number): Report {
  tally.findings.sort(compareFindings);
  tally.stats.durationMs = Math.round(performance.now() - started);
  const findings = tally.findings.filter((f) => !f.suppressed);
  const suppressed = tally.findings.filter((f) => f.suppressed);
  return { tool: { name: TOOL_NAME, version: VERSION }, mode, findings, stats: tally.stats, warnings: tally.warnings, suppressed };
}

/** Run fragments from any source through detection into a report. */
export async function runPipeline(
  mode: Mode,
  source: (sink: SourceSink) => AsyncIterable<Fragment>,
  options: PipelineOptions = {},
): Promise<Report> {
  const started = performance.now();
  const tally = newTally();
  for await (const fragment of source(tallySink(tally))) {
    processFragment(fragment, options, tally);
    options.onProgress?.(tally.stats);
  }
  return finishReport(mode, tally, started);
}

