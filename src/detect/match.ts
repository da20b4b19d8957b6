import { KEY_RULES } from '../rules/keys.js';
import type { KeyRule, KeyShape } from '../types.js';
import { ALNUM, HEX, KEY_CHAR, NAME_CHAR } from './alphabet.js';
import { placeholderReason } from './filters.js';
import { work } from './work.js';

export const MIN_SEGMENT = 20;
export const MAX_SEGMENT = 100;
/** `sk-` + a service-account name of at most 42 characters + `-`. */
const MAX_PREFIX = 3 + 42 + 1;
const MARKER_LENGTH = 8;

/** How the text just before a key ends: plainly, or with an escape that a decoder would have removed. */
export type Boundary = 'plain' | 'escaped' | 'url' | 'quoted-printable';

export interface KeyMatch {
  /** The key is text[start, end). */
  start: number;
  end: number;
  prefix: string;
  rule: KeyRule;
  boundary: Boundary;
}

export interface Rejected {
  start: number;
  end: number;
  reason: string;
}

function classify(prefix: string): [KeyRule, KeyShape] | undefined {
  for (const rule of KEY_RULES) {
    for (const shape of rule.shapes) if (shape.prefix.test(prefix)) return [rule, shape];
  }
  return undefined;
}

function oddBackslashesEndingAt(text: Uint8Array, i: number): boolean {
  let n = 0;
  while (i - n >= 0 && text[i - n] === 0x5c && n < 64) n++;
  return n % 2 === 1;
}

function hexRun(text: Uint8Array, from: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!HEX[text[from + k]!]) return false;
  return true;
}

/**
 * Whether a key may start at q: no key character before it, or one that ends an escape sequence
 * (`\n`, `\u0022`, `\x3d` in a JSON or JS string, `%3D` in a URL).
 */
function leftBoundary(text: Uint8Array, q: number): Boundary | undefined {
  if (q === 0 || !KEY_CHAR[text[q - 1]!]) return 'plain';
  if (q >= 2 && text[q - 2] === 0x5c && oddBackslashesEndingAt(text, q - 2)) return 'escaped';
  if (q >= 6 && text[q - 6] === 0x5c && text[q - 5] === 0x75 && hexRun(text, q - 4, 4) && oddBackslashesEndingAt(text, q - 6)) return 'escaped';
  if (q >= 4 && text[q - 4] === 0x5c && text[q - 3] === 0x78 && hexRun(text, q - 2, 2) && oddBackslashesEndingAt(text, q - 4)) return 'escaped';
  if (q >= 3 && text[q - 3] === 0x25 && hexRun(text, q - 2, 2)) return 'url';
  // `%253D`: a URL encoded twice (`%25` is the percent sign).
  if (q >= 5 && text[q - 5] === 0x25 && text[q - 4] === 0x32 && text[q - 3] === 0x35 && hexRun(text, q - 2, 2)) return 'url';
  // Quoted-printable (mail, MIME parts): `=3D` is `=`.
  if (q >= 3 && text[q - 3] === 0x3d && hexRun(text, q - 2, 2)) return 'quoted-printable';
  return colourCodeBoundary(text, q);
}

/**
 * A terminal colour code (SGR, `ESC[31m`, `ESC[38;5;124m`) right before the key: a CI log or a
 * notebook's saved traceback. ESC written raw, or as `\u001b`, `\x1b`, `\033`, `\e` in a string.
 */
function colourCodeBoundary(text: Uint8Array, q: number): Boundary | undefined {
  if (text[q - 1] !== 0x6d) return undefined;
  let i = q - 2;
  const stop = Math.max(0, q - 34);
  while (i >= stop && ((text[i]! >= 0x30 && text[i]! <= 0x39) || text[i] === 0x3b)) i--;
  if (i < 1 || text[i] !== 0x5b) return undefined;
  const esc = i - 1;
  if (text[esc] === 0x1b) return 'plain';
  const ends = (s: string) => esc - s.length + 1 >= 0 && latin1(text, esc - s.length + 1, esc + 1).toLowerCase() === s && oddBackslashesEndingAt(text, esc - s.length + 1);
  if (ends('\\u001b') || ends('\\x1b') || ends('\\033') || ends('\\e')) return 'escaped';
  return undefined;
}

function all(table: Uint8Array, text: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!table[text[k]!]) return false;
  return true;
}

function latin1(text: Uint8Array, from: number, to: number): string {
  return Buffer.from(text.buffer, text.byteOffset + from, to - from).toString('latin1');
}

/**
 * Keys around marker hits. Anchoring on the marker keeps the work linear: the right segment is the
 * run of key characters after the marker (runs are scanned once however many markers they hold), its
 * length fixes where the left segment starts (both segments have the same length), and the prefix is
 * looked for in at most MAX_PREFIX bytes before that. No regex runs over the text.
 */
export function matchAtMarkers(text: Uint8Array, markers: Iterable<number>, rejected?: Rejected[]): KeyMatch[] {
  const found: KeyMatch[] = [];
  let runFrom = -1;
  let runEnd = -1;
  for (const m of markers) {
    const rs = m + MARKER_LENGTH;
    if (!(rs >= runFrom && rs <= runEnd)) {
      runFrom = rs;
      runEnd = rs;
      while (runEnd < text.length && KEY_CHAR[text[runEnd]!]) runEnd++;
      work.around += runEnd - rs;
    }
    const e = runEnd;
    const r = e - rs;
    if (r < MIN_SEGMENT || r > MAX_SEGMENT) continue;
    const s1 = m - r;
    if (s1 < 3 || text[s1 - 1] !== 0x2d || !all(KEY_CHAR, text, s1, m)) continue;
    // Candidate starts of `sk-`, nearest first, within the run of name characters before the segment.
    let j = s1 - 1;
    const lo = Math.max(0, s1 - MAX_PREFIX);
    while (j - 1 >= lo && NAME_CHAR[text[j - 1]!]) j--;
    work.around += m - j;
    for (let q = s1 - 3; q >= j; q--) {
      if (text[q] !== 0x73 || text[q + 1] !== 0x6b || text[q + 2] !== 0x2d) continue;
      const boundary = leftBoundary(text, q);
      if (!boundary) continue;
      const prefix = latin1(text, q, s1);
      const hit = classify(prefix);
      if (!hit) continue;
      const [rule, shape] = hit;
      if (shape.alphabet === 'alnum' && !(all(ALNUM, text, s1, m) && all(ALNUM, text, rs, e))) continue;
      const reason = placeholderReason(latin1(text, s1, m), latin1(text, rs, e));
      if (reason) {
        rejected?.push({ start: q, end: e, reason });
        break;
      }
      found.push({ start: q, end: e, prefix, rule, boundary });
      break;
    }
  }
  return found;
}

/** Offsets of the marker in a small buffer (decoded windows); the prefilter does this for whole files. */
export function markerOffsets(bytes: Uint8Array, marker: Buffer): number[] {
  const out: number[] = [];
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let i = buf.indexOf(marker);
  while (i !== -1) {
    out.push(i);
    i = buf.indexOf(marker, i + 1);
  }
  return out;
}
