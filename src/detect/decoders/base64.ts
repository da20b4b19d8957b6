import { BASE64_CHAR } from '../alphabet.js';
import { ANY_BYTE, type Literal } from '../prefilter.js';
import type { Decoder, DecodedWindow } from './types.js';

/**
 * The marker `T3BlbkFJ` base64-encoded, at each of the three byte alignments it can have: the ten
 * characters that come from the marker's bits alone (64 bits hold ten whole 6-bit groups at any
 * alignment), and where a key character (its top bit is 0) leaves only a few, the character that can
 * come `before` or `next`. `aligned` is where the run's first whole 4-character group starts: decoding
 * begins on a group boundary however the text around the run begins (a Kubernetes Secret's `data:`
 * value, `echo $KEY | base64`, a data URL).
 */
const RUNS = [
  { run: 'VDNCbGJrRk', before: '', next: 'op', aligned: 0 },
  { run: 'QzQmxia0ZK', before: '1FVl', next: '', aligned: 2 },
  { run: 'UM0JsYmtGS', before: '', next: 'ijklmn', aligned: 1 },
];
/** An 8-character group-aligned piece of each run: found in a joined block, it fixes the decoding alignment. */
const ALIGNED = RUNS.map(({ run, aligned }) => Buffer.from(run.slice(aligned, aligned + 8), 'latin1'));
const chars = (s: string): string[] => [...s];
/**
 * Marks a wrapped line may carry before its base64, after any indentation: a comment (`#`, `;`, a
 * block comment's `*`) or a quote (`>`, `>>`). None is a base64 character (`//` and `--` would be,
 * so they are not taken: a line of base64 may begin with them).
 */
const MARKS = '#>;*';
/** The bytes between a line break and the base64 that continues a block: LF, indentation, a mark. */
const LEAD = `\n \t${MARKS}`;
/**
 * Wrapped output (`base64 -w N`, PEM at 64 columns, MIME at 76, any width) can break a line anywhere
 * in a run, and the next line may be indented by any amount of spaces or tabs (a YAML block scalar, an
 * indented Secret) and carry a mark (`# `, `> `, ` * `), after LF or CRLF. The run's first 8 characters find it whole or broken after the
 * 8th or 9th; for each other place there is a literal of 8 bytes that does not depend on the
 * indentation's length (one literal a run for unbroken text keeps dense base64 at one hit a run). Each ends on characters of the run (or the line break, when the piece before
 * the break is long), never on white space: a literal ending in `  ` or `\n ` would stop the prefilter
 * at every indented line of every file. Every pair of white space bytes sits at the literal's start,
 * where it costs the prefilter one byte of skip (7 to 6) in indentation.
 */
const LITERALS: Literal[] = RUNS.flatMap(({ run, before, next }) => [
  run.slice(0, 8),
  // Broken after 1 to 5 characters: the line break, indentation or a line's mark, then the rest of
  // the run. The first two end where the run's first 8 characters end: dense base64 stops the scan
  // once a run, not thrice.
  [LEAD, ...chars(run.slice(1))],
  [`${run[1]}\r${LEAD}`, LEAD, ...chars(run.slice(2, 8))],
  [LEAD, ...chars(run.slice(3))],
  next ? [LEAD, ...chars(run.slice(4)), next] : [`${run[3]}\r${LEAD}`, LEAD, ...chars(run.slice(4))],
  // After 5: when no few characters can follow the run, the one before it and the first piece.
  next ? [`${run[4]}\r${LEAD}`, LEAD, ...chars(run.slice(5)), next] : [ANY_BYTE, before, ...chars(run.slice(0, 5)), '\n\r'],
  // Broken after 6 or 7: the first piece and the line break (CR of CRLF, or LF).
  [ANY_BYTE, ...chars(run.slice(0, 6)), '\n\r'],
  [...chars(run.slice(0, 7)), '\n\r'],
]);
/** A line of a wrapped block holds at least half of a run: the break leaves one half whole. */
const LINE_LITERALS = RUNS.flatMap(({ run }) => [run.slice(0, 5), run.slice(5)]);

/** How far a run is followed each way from a hit; a key encodes to at most ~300 characters. */
const REACH = 16 * 1024;
/** Indentation allowed after a line break inside a block (YAML block scalars, indented Secrets). */
const MAX_INDENT = 64;

function isIndent(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09;
}

function isMark(c: number | undefined): boolean {
  return c === 0x23 || c === 0x3e || c === 0x3b || c === 0x2a;
}

/** From just after a line break: past indentation, at most two marks and indentation again. */
function leadEnd(text: Uint8Array, j: number): number {
  const from = j;
  while (j - from < MAX_INDENT && isIndent(text[j])) j++;
  for (let n = 0; n < 2 && isMark(text[j]); n++) j++;
  const mid = j;
  while (j - mid < MAX_INDENT && isIndent(text[j])) j++;
  return j;
}

/**
 * Length of a line break plus indentation (and a line's mark) at i that sits between base64
 * characters (a wrapped block, indented or not), else 0.
 */
function wrapAt(text: Uint8Array, i: number): number {
  const br = text[i] === 0x0a ? 1 : text[i] === 0x0d && text[i + 1] === 0x0a ? 2 : 0;
  if (!br || i === 0 || !BASE64_CHAR[text[i - 1]!]) return 0;
  const j = leadEnd(text, i + br);
  return BASE64_CHAR[text[j]!] ? j - i : 0;
}

/** Start of the run containing `hit`, and whether a line break was crossed. */
function runStart(text: Uint8Array, hit: number, lo: number): [number, boolean] {
  let i = hit;
  let wrapped = false;
  while (i > lo) {
    if (BASE64_CHAR[text[i - 1]!]) {
      i--;
      continue;
    }
    // Back over indentation (and a line's mark) to a line break, then check the break joins two base64 characters.
    let j = i;
    while (i - j < MAX_INDENT && j > lo && isIndent(text[j - 1])) j--;
    for (let n = 0; n < 2 && j > lo && isMark(text[j - 1]); n++) j--;
    const mid = j;
    while (mid - j < MAX_INDENT && j > lo && isIndent(text[j - 1])) j--;
    const br = text[j - 1] === 0x0a ? (text[j - 2] === 0x0d ? 2 : 1) : 0;
    if (br && j - br >= lo && wrapAt(text, j - br) === i - j + br) {
      i = j - br;
      wrapped = true;
      continue;
    }
    break;
  }
  return [i, wrapped];
}

function runEnd(text: Uint8Array, hit: number, hi: number): [number, boolean] {
  let i = hit;
  let wrapped = false;
  while (i < hi) {
    if (BASE64_CHAR[text[i]!]) {
      i++;
      continue;
    }
    const br = wrapAt(text, i);
    if (br) {
      i += br;
      wrapped = true;
      continue;
    }
    break;
  }
  return [i, wrapped];
}

function decode(chars: Uint8Array): Buffer {
  return Buffer.from(Buffer.from(chars.buffer, chars.byteOffset, chars.length).toString('latin1'), 'base64');
}

/** The alignment piece nearest after `from` in `chars` (else the last before it), or -1. */
function alignedAt(chars: Buffer, from: number): number {
  let best = -1;
  for (const piece of ALIGNED) {
    const i = chars.indexOf(piece, from);
    if (i !== -1 && (best === -1 || i < best)) best = i;
  }
  if (best !== -1) return best;
  for (const piece of ALIGNED) best = Math.max(best, chars.lastIndexOf(piece, from));
  return best;
}

/** A window that decodes to nothing but covers [start, end): later hits inside it need no second look. */
function emptyWindow(start: number, end: number): DecodedWindow {
  return { bytes: Buffer.alloc(0), start, end, toParent: () => start, toParentEnd: () => start };
}

export const base64Decoder: Decoder = {
  encoding: 'base64',
  literals: LITERALS,
  lineLiterals: LINE_LITERALS,
  overlap: 512,
  decodeAt(text, hit, notBefore): DecodedWindow | undefined {
    // A literal may start on a line break, indentation or the character before the run.
    let at = hit;
    while (at < text.length && at < hit + 8 && !BASE64_CHAR[text[at]!]) at++;
    if (!BASE64_CHAR[text[at]!]) return undefined;
    const [s0, wrappedLeft] = runStart(text, at, Math.max(0, at - REACH, notBefore));
    const [end, wrappedRight] = runEnd(text, at, Math.min(text.length, at + REACH));
    if (!wrappedLeft && !wrappedRight) {
      // One unbroken run: offsets map linearly. Drop leading characters so decoding starts on a group boundary.
      const run = Buffer.from(text.buffer, text.byteOffset + s0, end - s0);
      const piece = alignedAt(run, Math.max(0, at - s0 - 12));
      if (piece === -1) return emptyWindow(s0, end);
      const start = s0 + (piece % 4);
      if (end - start < 8) return undefined;
      const bytes = decode(text.subarray(start, end));
      return {
        bytes,
        start,
        end,
        toParent: (d) => Math.min(end - 1, start + Math.floor(d / 3) * 4),
        toParentEnd: (d) => Math.min(end, start + Math.ceil(d / 3) * 4),
      };
    }
    // A wrapped block: keep the position of every base64 character.
    const positions: number[] = [];
    for (let i = s0; i < end; i++) if (BASE64_CHAR[text[i]!]) positions.push(i);
    const joined = Buffer.alloc(positions.length);
    positions.forEach((p, k) => (joined[k] = text[p]!));
    const piece = alignedAt(joined, Math.max(0, positions.indexOf(at) - 12));
    if (piece === -1) return emptyWindow(s0, end);
    const skip = piece % 4;
    positions.splice(0, skip);
    if (positions.length < 8) return undefined;
    return {
      bytes: decode(joined.subarray(skip)),
      start: positions[0]!,
      end,
      toParent: (d) => positions[Math.min(positions.length - 1, Math.floor(d / 3) * 4)]!,
      toParentEnd: (d) => positions[Math.min(positions.length - 1, Math.ceil(d / 3) * 4 - 1)]! + 1,
    };
  },
};
