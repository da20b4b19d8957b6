import { MARKER } from '../rules/keys.js';
import type { Encoding, KeyRule } from '../types.js';
import { base64Decoder } from './decoders/base64.js';
import { escapeDecoder } from './decoders/escapes.js';
import { hexDecoder } from './decoders/hex.js';
import { spliceDecoder } from './decoders/splice.js';
import type { Decoder, DecodedWindow } from './decoders/types.js';
import { markerOffsets, matchAtMarkers, type KeyMatch, type Rejected } from './match.js';
import { Positions } from './positions.js';
import { Prefilter, type Literal } from './prefilter.js';
import { PREFILTERED_RISK_LITERALS, RISK_LITERALS } from './risks.js';
import { textView, windowView, type TextView } from './text.js';
import { work } from './work.js';
import type { FragmentWindow } from '../types.js';

/** A key found in a file: where, in which encoding, and the key itself (never printed but through redact). */
export interface DetectedKey {
  rule: KeyRule;
  secret: string;
  prefix: string;
  encoding: Encoding;
  line: number;
  column: number;
  endColumn: number;
  /** 0-based line index and span in the text view, for excerpts and allow comments. */
  lineIndex: number;
  start: number;
  end: number;
}

export interface Detection {
  /** Undefined for a binary file (nothing was scanned). */
  view: TextView | undefined;
  positions: Positions | undefined;
  keys: DetectedKey[];
  /** Key-shaped strings dropped as placeholders, for --verbose. */
  rejected: Rejected[];
  /** Offsets of the risk rules' long literals, found in the same prefilter pass (see detect/risks.ts). */
  riskHits?: Map<string, number[]>;
}

const DECODERS: readonly Decoder[] = [base64Decoder, escapeDecoder, hexDecoder, spliceDecoder];
const AT_UNMATCHED = DECODERS.filter((d) => d.atUnmatchedMarkers);
const MAX_UNEXPLAINED = 256;
const MARKER_BYTES = Buffer.from(MARKER, 'latin1');

/** Literal 0 is the marker itself; then each decoder's literals, in order. */
const LITERALS: Literal[] = [MARKER, ...DECODERS.flatMap((d) => d.literals)];
/**
 * For filters that read one line at a time (git's pickaxe in the commit source): no finding is made
 * in a file unless one of its lines holds one of these (or a piece of one that spans a line break): the
 * marker, plain and encoded, and the risk rules' literals.
 */
export const LINE_LITERALS: readonly string[] = [
  MARKER,
  ...DECODERS.flatMap((d) => {
    if (d.lineLiterals) return d.lineLiterals;
    if (d.literals.some((l) => typeof l !== 'string')) throw new Error(`decoder ${d.encoding}: patterns need lineLiterals`);
    return d.literals as string[];
  }),
  ...RISK_LITERALS,
];
const DECODER_OF: (Decoder | undefined)[] = [undefined, ...DECODERS.flatMap((d) => d.literals.map(() => d))];
/** Then the risk rules' literals: riding along costs the pass nothing measurable, a second pass ~15%. */
const RISK_FROM = LITERALS.length;
LITERALS.push(...PREFILTERED_RISK_LITERALS);
const prefilter = new Prefilter(LITERALS);

function encodingOf(m: KeyMatch, view: TextView, decoder?: Decoder, window?: DecodedWindow): Encoding {
  if (view.binary) return 'binary';
  if (decoder) return window?.encodingOf?.(m.start, m.end) ?? decoder.encoding;
  if (view.utf16) return 'utf16';
  return m.boundary;
}

/**
 * Find every key in a file's bytes, in any encoding the detector knows. With `window`, `content` is one
 * window of a large file: only keys starting in its accept range are kept, located in the whole file.
 * `forced` reads the bytes through a given view instead of deciding one (binary content: detect/binary.ts).
 */
export function detectKeys(content: Buffer, window?: FragmentWindow, forced?: TextView): Detection {
  const view = forced ?? (window && window.encoding !== 'binary' ? windowView(content, window.encoding, window.bom) : textView(content));
  if (!view) return { view, positions: undefined, keys: [], rejected: [] };
  const text = view.bytes;
  const rejected: Rejected[] = [];
  const hits = prefilter.scan(text);
  if (hits.count === 0) return { view, positions: undefined, keys: [], rejected };

  type Span = { match: KeyMatch; start: number; end: number; secret: string; decoder?: Decoder; window?: DecodedWindow };
  const spans: Span[] = [];
  const plain = new Int32Array(hits.count);
  let plainCount = 0;
  let riskHits: Map<string, number[]> | undefined;
  /**
   * Decode around each hit of one decoder (offsets ascending). Where the last window ended: later hits
   * inside a window add nothing, so runs made of nothing but literals cost linear time.
   */
  const decodeAround = (decoder: Decoder, offsets: Iterable<number>) => {
    let until = -1;
    for (const offset of offsets) {
      if (offset < until) continue;
      const window = decoder.decodeAt(text, offset, Math.max(0, until - decoder.overlap));
      if (!window) continue;
      until = window.end;
      work.around += window.end - window.start;
      const inner: Rejected[] = [];
      for (const match of matchAtMarkers(window.bytes, markerOffsets(window.bytes, MARKER_BYTES), inner)) {
        spans.push({
          match,
          decoder,
          window,
          start: window.toParent(match.start),
          end: window.toParentEnd(match.end),
          secret: window.bytes.toString('latin1', match.start, match.end),
        });
      }
      for (const r of inner) rejected.push({ start: window.toParent(r.start), end: window.toParentEnd(r.end), reason: r.reason });
    }
  };
  const immediate = new Map<Decoder, number[]>();
  for (let h = 0; h < hits.count; h++) {
    const offset = hits.offsets[h]!;
    if (hits.literals[h]! >= RISK_FROM) {
      const literal = LITERALS[hits.literals[h]!] as string;
      riskHits ??= new Map();
      const list = riskHits.get(literal);
      if (list) list.push(offset);
      else riskHits.set(literal, [offset]);
      continue;
    }
    const decoder = DECODER_OF[hits.literals[h]!];
    if (!decoder) {
      plain[plainCount++] = offset;
      continue;
    }
    const list = immediate.get(decoder);
    if (list) list.push(offset);
    else immediate.set(decoder, [offset]);
  }
  for (const [decoder, offsets] of immediate) decodeAround(decoder, offsets);
  const plainRejected: Rejected[] = [];
  const plainMatches = matchAtMarkers(text, plain.subarray(0, plainCount), plainRejected);
  for (const match of plainMatches) {
    spans.push({ match, start: match.start, end: match.end, secret: Buffer.from(text.buffer, text.byteOffset + match.start, match.end - match.start).toString('latin1') });
  }
  rejected.push(...plainRejected);
  // Markers the plain matcher left unexplained: a key with some characters escaped, or cut into
  // adjacent string literals. Found and rejected spans both explain a marker. Only the first
  // MAX_UNEXPLAINED of a file are looked at: a file holding more is generated or hostile, and each
  // look costs a window walk in each decoder.
  if (plainCount > plainMatches.length + plainRejected.length) {
    const explained = [...plainMatches, ...plainRejected].sort((a, b) => a.start - b.start);
    const markers: number[] = [];
    let k = 0;
    for (const o of plain.subarray(0, plainCount)) {
      while (k < explained.length && explained[k]!.end <= o) k++;
      if (!(k < explained.length && explained[k]!.start <= o)) markers.push(o);
      if (markers.length === MAX_UNEXPLAINED) break;
    }
    if (markers.length) for (const decoder of AT_UNMATCHED) decodeAround(decoder, markers);
  }
  if (window) {
    const inside = spans.filter((s) => s.start >= window.acceptFrom && s.start < window.acceptTo);
    spans.length = 0;
    spans.push(...inside);
  }
  if (spans.length === 0) return { view, positions: undefined, keys: [], rejected, riskHits };

  // Two readings of one place (a decoder window that also holds a plain key): the first one stays.
  spans.sort((a, b) => a.start - b.start);
  let kept = 0;
  for (const s of spans) if (kept === 0 || s.start >= spans[kept - 1]!.end) spans[kept++] = s;
  spans.length = kept;
  const positions = new Positions(view, window);
  const keys = spans.map((s): DetectedKey => {
    const at = positions.locate(s.start, s.end);
    return {
      rule: s.match.rule,
      secret: s.secret,
      prefix: s.match.prefix,
      encoding: encodingOf(s.match, view, s.decoder, s.window),
      line: at.line,
      column: at.column,
      endColumn: at.endColumn,
      lineIndex: at.lineIndex,
      start: s.start,
      end: s.end,
    };
  });
  return { view, positions, keys, rejected, riskHits };
}

/**
 * Whether `bytes` hold any literal the detector starts from (the marker in any encoding it reads):
 * one prefilter pass, for sources that can skip whole regions (a commit's patch) when it says no.
 */
export function mayHoldKey(bytes: Uint8Array): boolean {
  return prefilter.scan(bytes).count > 0;
}
