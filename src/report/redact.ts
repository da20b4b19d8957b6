/**
 * The only way a key becomes printable text. Reporters receive findings whose `redacted` field came
 * from here; the raw key reaches output only through `--show-secrets`.
 */

/** Keep the public prefix and the last four characters, as the OpenAI dashboard shows keys. */
export function redact(secret: string, prefix: string): string {
  const safePrefix = prefix.length < secret.length - 4 ? prefix : '';
  return `${safePrefix}…${secret.slice(-4)}`;
}

/**
 * A last line of defence for text taken from a scanned file (excerpts): any token that holds the
 * marker in a form the detector reads (plain, base64, escaped) is replaced, whether or not it was
 * reported. Only ever applied to short strings.
 */
const TOKEN_WITH_MARKER = /[A-Za-z0-9+/_\\%-]*(?:T3BlbkFJ|VDNCbGJr|Qmxia0ZK|M0JsYmtG|\\x54\\x33|\\u0054\\u0033)[A-Za-z0-9+/_\\%-]*/g;

export function maskText(text: string): string {
  return text.replace(TOKEN_WITH_MARKER, '[redacted]');
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
