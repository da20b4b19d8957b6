import { HEX_VALUE } from '../alphabet.js';
import type { Decoder, DecodedWindow } from './types.js';

/**
 * A key written as hex digits (`xxd -p`, a hex dump column, a byte array printed as hex): the
 * marker is `5433426c626b464a`, in lower or upper case. The run of hex digits around the hit is
 * decoded in pairs aligned on the hit (a pair starts there, whatever the run's parity).
 */
const LITERALS = ['5433426c626b', '5433426C626B'];
const REACH = 2048;

function isHex(c: number | undefined): boolean {
  return c !== undefined && HEX_VALUE[c]! >= 0;
}

export const hexDecoder: Decoder = {
  encoding: 'hex',
  literals: LITERALS,
  // A 164-character key is 328 hex digits.
  overlap: 512,
  decodeAt(text, hit, notBefore): DecodedWindow | undefined {
    let start = hit;
    const lo = Math.max(0, hit - REACH, notBefore);
    while (start - 2 >= lo && isHex(text[start - 1]) && isHex(text[start - 2])) start -= 2;
    let end = hit;
    const hi = Math.min(text.length, hit + REACH);
    while (end + 2 <= hi && isHex(text[end]) && isHex(text[end + 1])) end += 2;
    const n = (end - start) / 2;
    if (n < 8) return undefined;
    const bytes = Buffer.alloc(n);
    for (let k = 0; k < n; k++) bytes[k] = HEX_VALUE[text[start + 2 * k]!]! * 16 + HEX_VALUE[text[start + 2 * k + 1]!]!;
    return { bytes, start, end, toParent: (d) => start + 2 * d, toParentEnd: (d) => start + 2 * d };
  },
};
