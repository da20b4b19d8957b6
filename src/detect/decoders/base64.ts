import { BASE64_CHAR } from '../alphabet.js';
import type { Decoder, DecodedWindow } from './types.js';

/**
 * The marker `T3BlbkFJ` base64-encoded, at each of the three byte alignments it can have. Each literal
 * is the encoding of 6 whole bytes of the marker, so it starts on a 4-character group boundary: that
 * fixes the decoding alignment however the run around it begins (a Kubernetes Secret's `data:` value,
 * `echo $KEY | base64`, a data URL).
 */
const ALIGNED = ['VDNCbGJr', 'Qmxia0ZK', 'M0JsYmtG'];
/**
 * Wrapped output (`base64` at 76 columns, PEM-style 64, Java's MIME encoder) breaks lines every 19 or
 * 16 groups from the start of the encoding, so a break can cut an 8-character literal only between
 * its two groups: the literal is then the first group, the line break (LF or CRLF) and the start of
 * the second. Only unindented blocks: with indentation the cut literal would have no 8 fixed bytes,
 * and literals shorter than 8 bytes shorten the prefilter's skip for every file (7 to 4 bytes a step).
 */
const CUT = ALIGNED.flatMap((l) => [`${l.slice(0, 4)}\n${l.slice(4, 7)}`, `${l.slice(0, 4)}\r\n${l.slice(4, 6)}`]);
const LITERALS = [...ALIGNED, ...CUT];

/** How far a run is followed each way from a hit; a key encodes to at most ~300 characters. */
const REACH = 16 * 1024;
/** Indentation allowed after a line break inside a block (YAML block scalars, indented Secrets). */
const MAX_INDENT = 64;

function isIndent(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * Length of a line break plus indentation at i that sits between base64 characters (a wrapped block,
 * indented or not), else 0.
 */
function wrapAt(text: Uint8Array, i: number): number {
  const br = text[i] === 0x0a ? 1 : text[i] === 0x0d && text[i + 1] === 0x0a ? 2 : 0;
  if (!br || i === 0 || !BASE64_CHAR[text[i - 1]!]) return 0;
  let j = i + br;
  while (j - i - br < MAX_INDENT && isIndent(text[j])) j++;
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
    // Back over indentation to a line break, then check the break joins two base64 characters.
    let j = i;
    while (i - j < MAX_INDENT && j > lo && isIndent(text[j - 1])) j--;
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
