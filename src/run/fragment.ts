import { inlineAllow } from '../config/inline.js';
import { binaryKeyFindings, detectBinaryKeys } from '../detect/binary.js';
import { detectKeys, type DetectedKey, type Detection } from '../detect/index.js';
import { fingerprint } from '../detect/fingerprint.js';
import { detectRisks, riskFindings, risksFor } from '../detect/risks.js';
import { exposeKeys, exposePackagedKeys } from '../rules/exposure.js';
import { excerpt, redact, type ExcerptSpan } from '../report/redact.js';
import { MARKER } from '../rules/keys.js';
import type { Encoding, Finding, Fragment, FragmentWindow, Stats } from '../types.js';
import type { Tally } from './tally.js';

/**
 * One fragment through detection (design.md "Pipeline"): keys and risks found, positions mapped to the
 * real file, keys redacted, inline allows applied, exposure set. Worker threads run this same code.
 */

export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;

const HOW_ENCODED: Record<Encoding, string> = {
  plain: 'in plain text',
  utf16: 'in a UTF-16 file',
  base64: 'base64-encoded (encoding hides nothing)',
  url: 'in URL-encoded text',
  escaped: 'written as string escapes (escaping hides nothing)',
  entity: 'written as HTML character references (escaping hides nothing)',
  'quoted-printable': 'in quoted-printable text (encoding hides nothing)',
  hex: 'hex-encoded (encoding hides nothing)',
  split: 'split across string literals (splitting hides nothing)',
  binary: 'in a binary file',
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
  for (const k of keys) {
    const list = byLine.get(k.lineIndex);
    if (list) list.push(spans.get(k)!);
    else byLine.set(k.lineIndex, [spans.get(k)!]);
  }
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


export interface PipelineOptions {
  showSecrets?: boolean;
  /** Ignore `openai-key-scan:allow` comments (--no-inline-allow). */
  noInlineAllow?: boolean;
  /**
   * Keep each key in `secret` for a later stage (verification) even without showSecrets; the CLI
   * strips it before any output. Off by default.
   */
  keepSecrets?: boolean;
  /** The project's root, where exposure reads package.json and friends (default: the repository around the working directory). */
  root?: string;
  /** Risk rules switched on or off by id (all on by default); plain data, since workers get a copy. */
  risks?: Record<string, boolean>;
  onProgress?: (stats: Stats) => void;
}

const NO_HITS = new Map<string, number[]>();

/** Everything the pipeline does with one fragment. Worker threads run this same function. */
const MARKER_BYTES = Buffer.from(MARKER);

/** The keys in a fragment's bytes read as they are (UTF-8 or single bytes), whatever its encoding looked like. */
function rawKeyFindings(fragment: Fragment, options: PipelineOptions): Finding[] {
  const w = fragment.window;
  if (w) {
    // A UTF-16 window's bounds count code units; read as bytes they are twice that, after the mark.
    const bytes = (units: number) => (units === Infinity ? Infinity : units * 2 + w.bom);
    return binaryKeyFindings(fragment, detectBinaryKeys(fragment.content, { ...w, encoding: 'binary', bom: 0, acceptFrom: bytes(w.acceptFrom), acceptTo: bytes(w.acceptTo) }), options);
  }
  const raw: FragmentWindow = { first: true, encoding: 'utf8', bom: 0, acceptFrom: 0, acceptTo: Infinity, line: 0, column: 0, bytes: fragment.content.length };
  return keyFindings({ ...fragment, window: raw }, detectKeys(fragment.content, raw), options);
}

export function processFragment(fragment: Fragment, options: PipelineOptions, tally: Tally): void {
  const { window } = fragment;
  const detection = window?.encoding === 'binary' ? undefined : detectKeys(fragment.content, window);
  if (!window || window.first) tally.stats.files++;
  tally.stats.bytes += window ? window.bytes : fragment.content.length;
  if (!detection?.view) {
    // Binary content: the key rules on the raw bytes, no risk rules (detect/binary.ts).
    const keys = binaryKeyFindings(fragment, detectBinaryKeys(fragment.content, window), options);
    if (keys.length) exposePackagedKeys(fragment.path, keys);
    for (const f of keys) tally.findings.push(f);
    return;
  }
  const keys = keyFindings(fragment, detection, options);
  if (detection.view.utf16 && fragment.content.includes(MARKER_BYTES)) {
    // A byte order mark (or NULs) said UTF-16, but the bytes as they are hold the marker too: a
    // decoding choice never hides a key that is plainly there (a `.env` starting FF FE, then ASCII).
    const seen = new Set(keys.map((k) => k.fingerprint));
    for (const f of rawKeyFindings(fragment, options)) if (!seen.has(f.fingerprint)) keys.push(f);
  }
  if (keys.length) {
    exposeKeys(fragment, detection, keys, options.root);
    exposePackagedKeys(fragment.path, keys);
  }
  for (const f of keys) tally.findings.push(f);
  const riskHits = detection.riskHits ?? NO_HITS;
  const rules = risksFor(fragment.path, fragment.origin, options.risks, riskHits);
  if (rules.length) for (const f of riskFindings(fragment, detectRisks(detection.view, fragment.path, rules, window, detection.positions, riskHits), options.noInlineAllow)) tally.findings.push(f);
}

