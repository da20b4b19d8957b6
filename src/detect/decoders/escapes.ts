import { HEX_VALUE, KEY_CHAR } from '../alphabet.js';
import type { Encoding } from '../../types.js';
import type { Decoder, DecodedWindow } from './types.js';

/**
 * A key written with escapes, whole or in part, mixed with plain characters in any proportion:
 * string escapes (`\x2d`, `\u002d`, as obfuscators and some serializers write them), HTML and XML
 * character references (`&#45;`, `&#x2d;`), percent-encoding (`%2D`, a key URL-encoded whole) and
 * quoted-printable (`=2D`, and the soft line breaks `=` + newline that cut every long key in a MIME
 * part). Found from the escaped marker (`T` is 0x54 = 84 and `3` is 0x33 = 51, one spelling each), a
 * marker cut by a soft line break, or (as a fallback, see detect/index.ts) a plain marker or key
 * prefix the plain matcher could not complete.
 */
const MARKER = 'T3BlbkFJ';
const SOFT_BREAKS = [1, 2, 3, 4, 5, 6, 7].flatMap((k) => ['=\n', '=\r\n'].map((br) => MARKER.slice(0, k) + br + MARKER.slice(k)));
const LITERALS = ['\\x54\\x33', '\\u0054\\u0033', '&#84;&#51;', '&#x54;&#x33;', '&#X54;&#X33;', '%54%33%42', ...SOFT_BREAKS];
const REACH = 4096;

/** What a unit was written as; the most telling kind in a key's span names its encoding. */
const PLAIN = 0;
const ESCAPE = 1;
const ENTITY = 2;
const PERCENT = 3;
const QP = 4;
const SOFT_BREAK = 5;
const ENCODING: Encoding[] = ['plain', 'escaped', 'entity', 'url', 'quoted-printable', 'quoted-printable'];

function hexAt(text: Uint8Array, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = i + k < text.length ? HEX_VALUE[text[i + k]!]! : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/** `&#DDD;` / `&#xHH;` at i: [length, value], or [0, 0]. Values above 0xFF are no key character. */
function entityAt(text: Uint8Array, i: number): [number, number] {
  if (text[i] !== 0x26 || text[i + 1] !== 0x23) return [0, 0];
  const hex = text[i + 2] === 0x78 || text[i + 2] === 0x58;
  let j = i + (hex ? 3 : 2);
  let v = 0;
  const from = j;
  for (; j < text.length && j - from < 6; j++) {
    const c = text[j]!;
    const d = hex ? HEX_VALUE[c]! : c >= 0x30 && c <= 0x39 ? c - 0x30 : -1;
    if (d < 0) break;
    v = v * (hex ? 16 : 10) + d;
  }
  if (j === from || text[j] !== 0x3b || v > 0xff) return [0, 0];
  return [j + 1 - i, v];
}

/** The last unit read by readUnit: its length (0: none), decoded byte (-1: a soft line break) and kind. Module state, so the hot loop allocates nothing. */
let unitLength = 0;
let unitValue = 0;
let unitKind = 0;

function unit(length: number, value: number, kind: number): number {
  unitLength = length;
  unitValue = value;
  unitKind = kind;
  return length;
}

/** Read the unit starting at i into unitLength/unitValue/unitKind; returns its length, 0 when none starts there. */
function readUnit(text: Uint8Array, i: number): number {
  const c = text[i];
  if (c === undefined) return unit(0, 0, 0);
  if (KEY_CHAR[c]) return unit(1, c, PLAIN);
  if (c === 0x5c) {
    if (text[i + 1] === 0x78) {
      const v = hexAt(text, i + 2, 2);
      return v < 0 ? unit(0, 0, 0) : unit(4, v, ESCAPE);
    }
    if (text[i + 1] === 0x75) {
      const v = hexAt(text, i + 2, 4);
      return v < 0 || v > 0xff ? unit(0, 0, 0) : unit(6, v, ESCAPE);
    }
    return unit(0, 0, 0);
  }
  if (c === 0x26) {
    const [n, v] = entityAt(text, i);
    return n ? unit(n, v, ENTITY) : unit(0, 0, 0);
  }
  if (c === 0x25) {
    const v = hexAt(text, i + 1, 2);
    return v < 0 ? unit(0, 0, 0) : unit(3, v, PERCENT);
  }
  if (c === 0x3d) {
    if (text[i + 1] === 0x0a) return unit(2, -1, SOFT_BREAK);
    if (text[i + 1] === 0x0d && text[i + 2] === 0x0a) return unit(3, -1, SOFT_BREAK);
    const v = hexAt(text, i + 1, 2);
    return v < 0 ? unit(0, 0, 0) : unit(3, v, QP);
  }
  return unit(0, 0, 0);
}

/** Does a unit of exactly n bytes start at i? */
function unitOf(text: Uint8Array, i: number, n: number): boolean {
  return readUnit(text, i) === n;
}

/** Length of a unit ending exactly at `end`, for walking left; 0 when none does. */
function unitEndingAt(text: Uint8Array, end: number, lo: number): number {
  if (end - 1 < lo) return 0;
  const last = text[end - 1]!;
  if (KEY_CHAR[last]) {
    // A key character, or the last digit of `\xHH`, `\u00HH`, `%HH`, `=HH`.
    if (HEX_VALUE[last]! >= 0) {
      for (const n of [6, 4, 3]) if (end - n >= lo && unitOf(text, end - n, n)) return n;
    }
    return 1;
  }
  if (last === 0x0a) {
    if (end - 2 >= lo && text[end - 2] === 0x3d) return 2;
    if (end - 3 >= lo && text[end - 2] === 0x0d && text[end - 3] === 0x3d) return 3;
    return 0;
  }
  // Character references end in `;`: find the `&` of one ending here.
  if (last === 0x3b) {
    for (let n = 4; n <= 10 && end - n >= lo; n++) {
      if (text[end - n] === 0x26) return entityAt(text, end - n)[0] === n ? n : 0;
    }
  }
  return 0;
}

export const escapeDecoder: Decoder = {
  encoding: 'escaped',
  literals: LITERALS,
  atUnmatchedMarkers: true,
  // A 164-character key is 984 characters as \u escapes, about 1,100 as `&#x..;` references.
  overlap: 1200,
  decodeAt(text, hit, notBefore): DecodedWindow | undefined {
    let start = hit;
    const lo = Math.max(0, hit - REACH, notBefore);
    for (let n = unitEndingAt(text, start, lo); n > 0; n = unitEndingAt(text, start, lo)) start -= n;
    // First pass: where the run of units ends, and whether anything in it is escaped. A plain run
    // (the plain matcher's business) is skipped whole, however long: later markers in it cost nothing.
    let escaped = false;
    let count = 0;
    let i = start;
    let hi = Math.min(text.length, hit + REACH);
    while (escaped ? i < hi : i < text.length) {
      if (!readUnit(text, i)) break;
      if (unitKind !== PLAIN) {
        if (!escaped && i >= hi) break;
        escaped = true;
      }
      if (unitValue >= 0) count++;
      i += unitLength;
    }
    if (!escaped || count < 8) return { bytes: Buffer.alloc(0), start, end: i, toParent: () => start, toParentEnd: () => start };
    hi = i;
    const bytes = Buffer.alloc(count);
    const from = new Int32Array(count + 1);
    const kinds = new Uint8Array(count);
    let d = 0;
    for (i = start; i < hi; i += unitLength) {
      readUnit(text, i);
      if (unitValue < 0) continue;
      bytes[d] = unitValue;
      from[d] = i;
      kinds[d++] = unitKind;
    }
    from[d] = hi;
    return {
      bytes,
      start,
      end: hi,
      toParent: (k) => from[k]!,
      toParentEnd: (k) => from[k]!,
      encodingOf: (s, e) => {
        let best = PLAIN;
        for (let k = s; k < e; k++) if (kinds[k]! > best) best = kinds[k]!;
        // A key whose characters are all plain was cut only by soft line breaks: quoted-printable.
        return ENCODING[best === PLAIN ? QP : best]!;
      },
    };
  },
};
