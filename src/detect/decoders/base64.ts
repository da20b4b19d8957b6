import { BASE64_CHAR } from '../alphabet.js';
import type { Decoder, DecodedWindow } from './types.js';

/**
 * The marker `T3BlbkFJ` base64-encoded, at each of the three byte alignments it can have. Each literal
 * is the encoding of 6 whole bytes of the marker, so it starts on a 4-character group boundary: that
 * fixes the decoding alignment however the run around it begins (a Kubernetes Secret's `data:` value,
 * `echo $KEY | base64`, a data URL).
 */
const LITERALS = ['VDNCbGJr', 'Qmxia0ZK', 'M0JsYmtG'];

/** How far a run is followed each way from a hit; a key encodes to at most ~300 characters. */
const REACH = 16 * 1024;

/** Length of a line break at i that sits between base64 characters (`base64` wraps at 76 columns), else 0. */
function wrapAt(text: Uint8Array, i: number): number {
  const br = text[i] === 0x0a ? 1 : text[i] === 0x0d && text[i + 1] === 0x0a ? 2 : 0;
  return br && i > 0 && BASE64_CHAR[text[i - 1]!] && BASE64_CHAR[text[i + br]!] ? br : 0;
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
    const br = text[i - 1] === 0x0a ? (text[i - 2] === 0x0d ? 2 : 1) : 0;
    if (br && wrapAt(text, i - br) === br) {
      i -= br;
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

export const base64Decoder: Decoder = {
  encoding: 'base64',
  literals: LITERALS,
  overlap: 512,
  decodeAt(text, hit, notBefore): DecodedWindow | undefined {
    const [s0, wrappedLeft] = runStart(text, hit, Math.max(0, hit - REACH, notBefore));
    const [end, wrappedRight] = runEnd(text, hit, Math.min(text.length, hit + REACH));
    if (!wrappedLeft && !wrappedRight) {
      // One unbroken run: offsets map linearly. Drop leading characters so the hit sits on a group boundary.
      const start = s0 + ((hit - s0) % 4);
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
    const hitIndex = positions.indexOf(hit);
    positions.splice(0, hitIndex % 4);
    if (positions.length < 8) return undefined;
    const chars = new Uint8Array(positions.length);
    positions.forEach((p, k) => (chars[k] = text[p]!));
    return {
      bytes: decode(chars),
      start: positions[0]!,
      end,
      toParent: (d) => positions[Math.min(positions.length - 1, Math.floor(d / 3) * 4)]!,
      toParentEnd: (d) => positions[Math.min(positions.length - 1, Math.ceil(d / 3) * 4 - 1)]! + 1,
    };
  },
};
