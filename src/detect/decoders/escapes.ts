import { HEX_VALUE, KEY_CHAR } from '../alphabet.js';
import type { Decoder, DecodedWindow } from './types.js';

/**
 * A key written as string escapes, as obfuscators and some serializers emit it: `\x73\x6b\x2d…` or
 * `\u0073\u006b…`, possibly mixed with plain characters. `T` is 0x54 and `3` is 0x33, so the marker's
 * first two characters have one spelling in each form.
 */
const LITERALS = ['\\x54\\x33', '\\u0054\\u0033'];
const REACH = 4096;

function hexAt(text: Uint8Array, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = i + k < text.length ? HEX_VALUE[text[i + k]!]! : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/** Length of the escape or key character starting at i, with its decoded byte; 0 if neither. */
function unitAt(text: Uint8Array, i: number): [number, number] {
  if (text[i] === 0x5c) {
    if (text[i + 1] === 0x78) {
      const v = hexAt(text, i + 2, 2);
      return v < 0 ? [0, 0] : [4, v];
    }
    if (text[i + 1] === 0x75) {
      const v = hexAt(text, i + 2, 4);
      return v < 0 || v > 0xff ? [0, 0] : [6, v];
    }
    return [0, 0];
  }
  const c = text[i];
  return c !== undefined && KEY_CHAR[c] ? [1, c] : [0, 0];
}

export const escapeDecoder: Decoder = {
  encoding: 'escaped',
  literals: LITERALS,
  // A 164-character key is 984 characters as \u escapes.
  overlap: 1024,
  decodeAt(text, hit, notBefore): DecodedWindow | undefined {
    // Walk left over whole units: an escape ends 4 or 6 characters back, a plain key character 1 back.
    let start = hit;
    const lo = Math.max(0, hit - REACH, notBefore);
    while (start > lo) {
      if (start >= 6 && unitAt(text, start - 6)[0] === 6) start -= 6;
      else if (start >= 4 && unitAt(text, start - 4)[0] === 4) start -= 4;
      else if (unitAt(text, start - 1)[0] === 1) start -= 1;
      else break;
    }
    const bytes: number[] = [];
    const from: number[] = [];
    let i = start;
    const hi = Math.min(text.length, hit + REACH);
    while (i < hi) {
      const [len, value] = unitAt(text, i);
      if (!len) break;
      bytes.push(value);
      from.push(i);
      i += len;
    }
    from.push(i);
    if (bytes.length < 8) return undefined;
    return {
      bytes: Buffer.from(bytes),
      start,
      end: i,
      toParent: (d) => from[d]!,
      toParentEnd: (d) => from[d]!,
    };
  },
};
