import { allowsLine } from './config/inline.js';
import { detectKeys, type DetectedKey, type Detection } from './detect/index.js';
import { fingerprint } from './detect/fingerprint.js';
import { excerpt, redact, type ExcerptSpan } from './report/redact.js';
import { treeFragments, type SourceSink } from './sources/tree.js';
import { TOOL_NAME, VERSION } from './version.js';
import { emptySkipCounts, type Encoding, type Finding, type Fragment, type Mode, type Report, type Stats } from './types.js';

export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;

export interface ScanOptions {
  /** Paths to scan; none means the current directory. */
  paths?: string[];
  cwd?: string;
  include?: string[];
  exclude?: string[];
  maxFileSize?: number;
  /** Put the full key in `secret` on each finding. Off by default. */
  showSecrets?: boolean;
  /** Called after each file, for progress display. */
  onProgress?: (stats: Stats) => void;
}

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

/** Findings of one fragment: positions mapped to the real file, keys redacted, excerpts built. */
export function keyFindings(fragment: Fragment, detection: Detection, showSecrets = false): Finding[] {
  const { positions } = detection;
  if (!detection.keys.length || !positions) return [];
  const keys = detection.keys.filter((k) => !allowsLine(positions.lineText(k.lineIndex)));
  if (!keys.length) return [];
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
        ? positions.lineText(k.lineIndex).slice(Math.max(0, k.column - 41), k.endColumn + 39)
        : excerpt(positions.lineText(k.lineIndex), sameLine, spans.get(k)!),
    };
    if (showSecrets) finding.secret = k.secret;
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
  onProgress?: (stats: Stats) => void;
}

/** Run fragments from any source through detection into a report. */
export async function runPipeline(
  mode: Mode,
  source: (sink: SourceSink) => AsyncIterable<Fragment>,
  options: PipelineOptions = {},
): Promise<Report> {
  const started = performance.now();
  const stats: Stats = { files: 0, bytes: 0, durationMs: 0, skipped: emptySkipCounts() };
  const warnings: string[] = [];
  const findings: Finding[] = [];
  const sink: SourceSink = {
    skip(kind, file, why) {
      stats.skipped[kind]++;
      if (kind === 'unreadable') warnings.push(`cannot read ${file}${why ? ` (${why})` : ''}: skipped`);
    },
    warn(message) {
      warnings.push(message);
    },
  };
  for await (const fragment of source(sink)) {
    const detection = detectKeys(fragment.content);
    if (!detection.view) {
      stats.skipped.binary++;
      continue;
    }
    stats.files++;
    stats.bytes += fragment.content.length;
    findings.push(...keyFindings(fragment, detection, options.showSecrets));
    options.onProgress?.(stats);
  }
  findings.sort(compareFindings);
  stats.durationMs = Math.round(performance.now() - started);
  return { tool: { name: TOOL_NAME, version: VERSION }, mode, findings, stats, warnings };
}

/** Scan a directory tree: inside a git repository, tracked and untracked-not-ignored files. */
export function scan(options: ScanOptions = {}): Promise<Report> {
  const treeOptions = {
    paths: options.paths ?? [],
    cwd: options.cwd ?? process.cwd(),
    include: options.include,
    exclude: options.exclude,
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  };
  return runPipeline('tree', (sink) => treeFragments(treeOptions, sink), options);
}
