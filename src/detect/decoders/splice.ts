import { KEY_CHAR } from '../alphabet.js';
import { ANY_BYTE, type Literal } from '../prefilter.js';
import type { Decoder, DecodedWindow } from './types.js';

/**
 * A key cut into adjacent string literals: `"sk-proj-abc" + "def…"` (JS, Java, C#), `"abc" "def"`
 * (Python and C implicit concatenation), `'abc' . 'def'` (PHP), `"abc" .. "def"` (Lua), `"abc" & "def"`
 * (VB), `'abc' || 'def'` (SQL), and a literal continued with a backslash at the end of a line; the
 * pieces may differ in quotes, carry a string prefix (`f"…"`, `rb'…'`, `@"…"`, `L"…"`) and have a
 * comment between them (`/* … *\/`, or `# …` and `// …` to the end of a line). The pieces are
 * joined, and a key found in the join is reported at its first piece.
 *
 * Run at plain markers the plain matcher could not complete (detect/index.ts), where the marker sits
 * whole in one piece (a cut in a segment or the prefix), and at the literals below, where the cut goes
 * through the marker. A piece holds key characters only (a key has no character that needs escaping),
 * which keeps the walk unambiguous in both directions.
 */
/** Quotes that open and close a piece. */
const QUOTES = '"\'`';
/** What may stand between two pieces (white space, line breaks, an operator): `nextPiece` below. */
const GAP = ' \t\n\r+.&|';
/** The last byte of a gap (a CR is always followed by its LF). */
const GAP_END = ' \t\n+.&|';
/** String prefixes, one or two of them before an opening quote: Python `f r b u`, C# `@ $`, C `L`. */
const PREFIX = 'fFrRbBuUL@$';
/** What may follow a closing quote: a gap, the next quote or prefix, a comment's start. */
const AFTER = GAP + QUOTES + PREFIX + '/#';
const chars = (s: string): string[] => [...s];
/**
 * A cut through the marker `T3BlbkFJ` after its k-th character, as 8 bytes that do not depend on the
 * key's random segments or on the gap's length: the gap's last bytes or the quotes, then the rest of
 * the marker (k up to 4); the marker's start, the closing quote and the gap's first byte (k from 5).
 * A backslash continuation puts `\` and LF or CRLF between the pieces. `ANY_BYTE` stands for the key
 * character after the marker (or before it), to make up 8 bytes. Each literal ends on bytes that are
 * rare in code (`FJ`, `J` and the byte after it, `k` or `F` and a quote), or at k = 5, where nothing
 * rarer is left, on a quote and a gap's first byte; white space sits only at a literal's start.
 */
const LITERALS: Literal[] = [
  [QUOTES + '\n', ...chars('3BlbkFJ')],
  // Before the opening quote: the gap's last byte(s); with a one-byte gap or none, the closing quote
  // and the marker's character before the cut.
  [GAP_END + QUOTES + PREFIX + '/', QUOTES, ...chars('BlbkFJ')],
  [GAP + QUOTES + PREFIX + '*/B', GAP_END + QUOTES + PREFIX + '/', QUOTES, ...chars('lbkFJ')],
  [GAP + QUOTES + PREFIX + '*/l', GAP_END + QUOTES + PREFIX + '/', QUOTES, ...chars('bkFJ'), ANY_BYTE],
  [ANY_BYTE, ...chars('T3Blb'), QUOTES, AFTER],
  [ANY_BYTE, ...chars('T3Blbk'), QUOTES + '\\'],
  [...chars('T3BlbkF'), QUOTES + '\\'],
  // Backslash-newline (LF or CRLF) after 2 to 5 characters of the marker.
  ['\\\r', '\n', ...chars('BlbkFJ')],
  ['B\\', '\\\r', '\n', ...chars('lbkFJ')],
  ['Bl', 'l\\', '\\\r', '\n', ...chars('bkFJ')],
  ['Bl', 'lb', 'b\\', '\\\r', '\n', ...chars('kFJ')],
];
/** Every cut through the marker leaves `T3B` on the first piece's line or `kFJ` on the second's. */
const LINE_LITERALS = ['T3B', 'kFJ'];
const MARKER_LENGTH = 8;
const MAX_PIECES = 12;
/** Bytes of key text gathered at most: a 167-character key in 12 pieces, with room on both sides. */
const MAX_KEY_TEXT = 600;
/** Between two pieces: white space (newlines included) and comments around at most one operator. */
const MAX_GAP = 160;

function isQuote(c: number | undefined): boolean {
  return c === 0x22 || c === 0x27 || c === 0x60;
}

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** A backslash-newline inside a literal (`\` LF or `\` CRLF) starting at i: its length, else 0. */
function continuationAt(text: Uint8Array, i: number): number {
  if (text[i] !== 0x5c) return 0;
  if (text[i + 1] === 0x0a) return 2;
  if (text[i + 1] === 0x0d && text[i + 2] === 0x0a) return 3;
  return 0;
}

/** The operator joining two literals at i (`+`, `.`, `..`, `&`, `||`): its length, else 0. */
function operatorAt(text: Uint8Array, i: number): number {
  const c = text[i];
  if (c === 0x2b || c === 0x26) return 1;
  if (c === 0x2e) return text[i + 1] === 0x2e ? 2 : 1;
  if (c === 0x7c && text[i + 1] === 0x7c) return 2;
  return 0;
}

function isPrefix(c: number | undefined): boolean {
  return c !== undefined && PREFIX.includes(String.fromCharCode(c));
}

/** A comment starting at i (`/* … *\/`, or `#`/`//` to the end of the line, not beyond `stop`): its end, else i. */
function skipComment(text: Uint8Array, i: number, stop: number): number {
  if (text[i] === 0x2f && text[i + 1] === 0x2a) {
    for (let j = i + 2; j + 1 < stop; j++) if (text[j] === 0x2a && text[j + 1] === 0x2f) return j + 2;
    return i;
  }
  if (text[i] === 0x23 || (text[i] === 0x2f && text[i + 1] === 0x2f)) {
    for (let j = i + 1; j < stop; j++) if (text[j] === 0x0a) return j;
    return i;
  }
  return i;
}

/**
 * From just after a closing quote at `i`: the offset of the next piece's opening quote (any quote,
 * after at most two prefix characters), or -1. Between them: white space, comments, one operator.
 */
function nextPiece(text: Uint8Array, i: number, hi: number): number {
  const stop = Math.min(hi, i + MAX_GAP);
  let op = false;
  for (;;) {
    while (i < stop && isSpace(text[i])) i++;
    const after = skipComment(text, i, stop);
    if (after > i) {
      i = after;
      continue;
    }
    const n = op ? 0 : operatorAt(text, i);
    if (!n) break;
    op = true;
    i += n;
  }
  for (let n = 0; n < 2 && i < stop && isPrefix(text[i]) && !isQuote(text[i]); n++) i++;
  return i < stop && isQuote(text[i]) ? i : -1;
}

/**
 * A line comment ending the line that ends at `eol` (its CR or LF; `lf` is the LF), after a closing
 * quote (and an operator): that quote's offset, else -1. Pieces hold key characters only, so the
 * first `#` or `//` after a quote on the line starts the comment.
 */
function quoteBeforeLineComment(text: Uint8Array, eol: number, lf: number, lo: number): number {
  let start = eol;
  while (start > lo && eol - start < MAX_GAP && text[start - 1] !== 0x0a) start--;
  for (let i = start; i < eol; i++) {
    if (!isQuote(text[i])) continue;
    let j = i + 1;
    while (j < eol && (text[j] === 0x20 || text[j] === 0x09)) j++;
    j += operatorAt(text, j);
    while (j < eol && (text[j] === 0x20 || text[j] === 0x09)) j++;
    if (j < eol && skipComment(text, j, lf + 1) === lf) return i;
  }
  return -1;
}

/**
 * From an opening quote at `i` (its own prefix is skipped): the previous piece's closing quote, or -1.
 * The mirror of nextPiece: white space, comments, at most one operator.
 */
function previousPiece(text: Uint8Array, i: number, lo: number): number {
  const stop = Math.max(lo, i - MAX_GAP);
  let j = i;
  for (let n = 0; n < 2 && j > stop && isPrefix(text[j - 1]); n++) j--;
  let op = false;
  for (;;) {
    while (j > stop && isSpace(text[j - 1])) j--;
    // A block comment ends here: back to its start.
    if (j - 2 > stop && text[j - 1] === 0x2f && text[j - 2] === 0x2a) {
      let k = j - 3;
      while (k > stop && !(text[k - 1] === 0x2f && text[k] === 0x2a)) k--;
      if (k > stop) {
        j = k - 1;
        continue;
      }
      return -1;
    }
    if (isQuote(text[j - 1])) return j - 1;
    // White space went back over a line break: the line before may end in a comment after the piece.
    let eol = j;
    while (eol < i && text[eol] !== 0x0a && text[eol] !== 0x0d) eol++;
    if (eol < i) {
      const q = quoteBeforeLineComment(text, eol, text[eol] === 0x0d ? eol + 1 : eol, stop);
      if (q !== -1) return q;
    }
    if (op) return -1;
    let n = 0;
    for (const m of [2, 1]) {
      if (j - m >= stop && operatorAt(text, j - m) === m) {
        n = m;
        break;
      }
    }
    if (!n) return -1;
    op = true;
    j -= n;
  }
}

/** The start of the piece whose text holds `at`: the offset after its opening quote, or -1. */
function pieceStart(text: Uint8Array, at: number, lo: number): number {
  let i = at;
  while (i > lo) {
    if (KEY_CHAR[text[i - 1]!]) i--;
    else if (text[i - 1] === 0x0a && continuationAt(text, i - 2) === 2) i -= 2;
    else if (text[i - 1] === 0x0a && continuationAt(text, i - 3) === 3) i -= 3;
    else break;
  }
  return i > lo && isQuote(text[i - 1]) ? i : -1;
}

export const spliceDecoder: Decoder = {
  encoding: 'split',
  literals: LITERALS,
  lineLiterals: LINE_LITERALS,
  atUnmatchedMarkers: true,
  overlap: MAX_KEY_TEXT,
  decodeAt(text, at, notBefore): DecodedWindow | undefined {
    // A literal may start on the gap or a quote: start from the first key character inside a piece.
    // (Text before the piece may end in key characters too: `# first half` LF `"lbkFJ…"`.)
    const lo = Math.max(0, at - MAX_KEY_TEXT, notBefore);
    let hit = -1;
    let first = -1;
    for (let i = at; i < at + 8 && i < text.length; i++) {
      if (!KEY_CHAR[text[i]!]) continue;
      // A string prefix (`f"`, `rb'`) before an opening quote, not the end of a piece's text.
      const startsPrefix = !KEY_CHAR[text[i - 1]!] || (isPrefix(text[i - 1]) && !KEY_CHAR[text[i - 2]!]);
      if (isPrefix(text[i]) && startsPrefix && (isQuote(text[i + 1]) || (isPrefix(text[i + 1]) && isQuote(text[i + 2])))) {
        i += isQuote(text[i + 1]) ? 0 : 1;
        continue;
      }
      if (hit === -1) hit = i;
      first = pieceStart(text, i, lo);
      if (first !== -1) {
        hit = i;
        break;
      }
      while (i + 1 < at + 8 && KEY_CHAR[text[i + 1]!]) i++;
    }
    if (hit === -1) hit = at;
    const hi = Math.min(text.length, hit + MAX_KEY_TEXT);
    if (first === -1) {
      // Not in a literal: later markers in the same run of key characters need no second look.
      let end = hit;
      for (let n = 0; end < hi; end += n) {
        n = KEY_CHAR[text[end]!] ? 1 : continuationAt(text, end);
        if (!n) break;
      }
      return { bytes: Buffer.alloc(0), start: hit, end, toParent: () => hit, toParentEnd: () => hit };
    }
    // Back to the first piece of the chain (at most MAX_PIECES before the hit's).
    let before = 0;
    for (; before < MAX_PIECES; before++) {
      const close = previousPiece(text, first - 1, lo);
      if (close === -1) break;
      const start = pieceStart(text, close, lo);
      if (start === -1 || text[start - 1] !== text[close]) break;
      first = start;
    }
    let quote = text[first - 1]!;
    const bytes: number[] = [];
    const from: number[] = [];
    let pieces = 0;
    let joined = false;
    let i = first;
    // Forward: the pieces before the hit's, the hit's, and at most MAX_PIECES after it (so that each
    // window ends past the last one, and a chain of pieces costs linear time).
    while (pieces <= before + MAX_PIECES && i < hi) {
      pieces++;
      while (i < hi) {
        const cont = continuationAt(text, i);
        if (cont) {
          joined = true;
          i += cont;
          continue;
        }
        if (!KEY_CHAR[text[i]!]) break;
        bytes.push(text[i]!);
        from.push(i);
        i++;
      }
      if (text[i] !== quote) break;
      const next = nextPiece(text, i + 1, hi);
      if (next === -1) break;
      joined = true;
      quote = text[next]!;
      i = next + 1;
    }
    from.push(i);
    if (!joined || bytes.length < MARKER_LENGTH) return { bytes: Buffer.alloc(0), start: first, end: i, toParent: () => first, toParentEnd: () => first };
    return {
      bytes: Buffer.from(bytes),
      start: first,
      end: i,
      toParent: (d) => from[d]!,
      // The end of the key's last character, not the start of the next piece.
      toParentEnd: (d) => (d > 0 ? from[d - 1]! + 1 : from[0]!),
    };
  },
};
