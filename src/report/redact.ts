/**
 * The only way a key becomes printable text. Reporters receive findings whose `redacted` field came
 * from here; the raw key reaches output only through `--show-secrets`.
 */
import type { Finding, Report, Verification } from '../types.js';
import { printable } from './text.js';

/** Keep the public prefix and the last four characters, as the OpenAI dashboard shows keys. */
export function redact(secret: string, prefix: string): string {
  const safePrefix = prefix.length < secret.length - 4 ? prefix : '';
  return `${safePrefix}…${secret.slice(-4)}`;
}

/**
 * A last line of defence for text taken from a scanned file (excerpts) or from anywhere outside: any
 * token that holds the marker in a form the detector reads (plain, base64, escaped) is replaced,
 * whether or not it was reported. Linear in the text: each marker is found with a native search and
 * its token widened over key characters once (a regex `[chars]*marker[chars]*` backtracks
 * quadratically over a long run of key characters, and a server's error code can be such a run).
 */
const MARKER_FORMS = ['T3BlbkFJ', 'VDNCbGJr', 'Qmxia0ZK', 'M0JsYmtG', '\\x54\\x33', '\\u0054\\u0033'];
const TOKEN_CHAR = /[A-Za-z0-9+/_\\%-]/;

export function maskText(text: string): string {
  const hits: Array<[number, number]> = [];
  for (const m of MARKER_FORMS) for (let i = text.indexOf(m); i !== -1; i = text.indexOf(m, i + m.length)) hits.push([i, i + m.length]);
  if (!hits.length) return text;
  hits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let done = 0;
  for (const [start, end] of hits) {
    if (start < done) continue;
    let from = start;
    while (from > done && TOKEN_CHAR.test(text[from - 1]!)) from--;
    let to = end;
    while (to < text.length && TOKEN_CHAR.test(text[to]!)) to++;
    out += `${text.slice(done, from)}[redacted]`;
    done = to;
  }
  return out + text.slice(done);
}

/** The start of a key whose marker is cut off or written in a form maskText does not read. */
const KEY_START = /sk-[A-Za-z0-9_-]{16,}/g;

/**
 * Free text that came from outside (an allow comment's reason, a config comment, a commit author, a
 * verification server's error code and headers, a baseline entry): masked for keys, cut to `max`
 * characters, and with control characters escaped. Applied where such text is stored, so every
 * format prints the same safe string. Masked before it is cut, so a cut never leaves half a key.
 */
export function fromOutside(text: string, max = 500): string {
  // Masking is linear, but bound what it reads: a server can send megabytes.
  const masked = maskText(text.length > 4 * max ? text.slice(0, 4 * max) : text).replace(KEY_START, '[redacted]');
  return printable(masked.length > max ? `${masked.slice(0, max)}…` : masked);
}

/** A path from outside (a file name, a baseline entry's file): masked for keys and escaped, never cut. */
export function pathFromOutside(file: string): string {
  return printable(maskText(file));
}

/**
 * The report as it may be printed: every string in it that came from outside masked and escaped (the
 * one door every output goes through: text, JSON, SARIF, annotations, the job summary). Findings keep
 * their other fields; the redacted key and excerpt were made safe when they were made.
 */
export function reportForOutput(report: Report): Report {
  const paths = new Map<string, string>();
  const finding = (f: Finding) => findingForOutput(f, paths);
  return {
    ...report,
    findings: report.findings.map(finding),
    ...(report.suppressed ? { suppressed: report.suppressed.map(finding) } : {}),
    warnings: report.warnings.map((w) => ({ ...w, message: fromOutside(w.message, 2000) })),
    ...(report.stale ? { stale: report.stale.map((s) => fromOutside(s, 2000)) } : {}),
  };
}

/** One finding as it may be printed (see reportForOutput); `paths` remembers masked file names across calls. */
export function findingForOutput(f: Finding, paths?: Map<string, string>): Finding {
  let file = paths?.get(f.file);
  // Masked only: an annotation's file= must name the real file (@actions/core escapes it), and the
  // text and summary reporters escape what they print.
  if (file === undefined) {
    file = maskText(f.file);
    paths?.set(f.file, file);
  }
  return {
    ...f,
    file,
    ...(f.author !== undefined ? { author: fromOutside(f.author, 200) } : {}),
    message: printable(maskText(f.message)),
    redacted: printable(f.redacted),
    ...(f.excerpt !== undefined ? { excerpt: printable(f.excerpt) } : {}),
    ...(f.verification ? { verification: verificationForOutput(f.verification) } : {}),
    ...(f.suppressed ? { suppressed: { ...f.suppressed, ...(f.suppressed.reason !== undefined ? { reason: fromOutside(f.suppressed.reason, 300) } : {}) } } : {}),
  };
}

function verificationForOutput(v: Verification): Verification {
  return {
    status: v.status,
    ...(v.detail !== undefined ? { detail: fromOutside(v.detail, 300) } : {}),
    ...(v.organization !== undefined ? { organization: fromOutside(v.organization, 100) } : {}),
    ...(v.project !== undefined ? { project: fromOutside(v.project, 100) } : {}),
  };
}

export interface ExcerptSpan {
  /** 1-based columns in code units, end exclusive. */
  column: number;
  endColumn: number;
  replacement: string;
}

const CONTEXT = 40;

/**
 * A short excerpt of a line around `focus`, with every span replaced by its redacted text. The line
 * is windowed before anything else so that a multi-megabyte minified line costs nothing. `spans`
 * are the line's spans in column order.
 */
export function excerpt(line: string, spans: ExcerptSpan[], focus: ExcerptSpan): string {
  const from = Math.max(0, focus.column - 1 - CONTEXT * 2);
  const to = Math.min(line.length, focus.endColumn - 1 + CONTEXT * 2);
  let text = line.slice(from, to);
  // Spans come in column order: a binary search finds the window's first, so a line of many keys
  // costs each key a few spans, not all of them.
  let lo = 0;
  for (let hi = spans.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.endColumn - 1 > from) hi = mid;
    else lo = mid + 1;
  }
  const inWindow: ExcerptSpan[] = [];
  for (let i = lo; i < spans.length && spans[i]!.column - 1 < to; i++) if (spans[i]!.endColumn - 1 > from) inWindow.push(spans[i]!);
  inWindow.sort((a, b) => b.column - a.column);
  let focusAt = focus.column - 1 - from;
  for (const s of inWindow) {
    const a = Math.max(0, s.column - 1 - from);
    const b = Math.min(text.length, s.endColumn - 1 - from);
    text = text.slice(0, a) + s.replacement + text.slice(b);
    if (s === focus) focusAt = a;
  }
  const focusEnd = focusAt + focus.replacement.length;
  const start = Math.max(0, focusAt - CONTEXT);
  const end = Math.min(text.length, focusEnd + CONTEXT);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return maskText((start > 0 || from > 0 ? '…' : '') + body + (end < text.length || to < line.length ? '…' : ''));
}
