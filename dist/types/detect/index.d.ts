import type { Encoding, KeyRule } from '../types.js';
import { type Rejected } from './match.js';
import { Positions } from './positions.js';
import { type TextView } from './text.js';
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
/**
 * For filters that read one line at a time (git's pickaxe in the commit source): no finding is made
 * in a file unless one of its lines holds one of these (or a piece of one that spans a line break): the
 * marker, plain and encoded, and the risk rules' literals.
 */
export declare const LINE_LITERALS: readonly string[];
/**
 * Find every key in a file's bytes, in any encoding the detector knows. With `window`, `content` is one
 * window of a large file: only keys starting in its accept range are kept, located in the whole file.
 * `forced` reads the bytes through a given view instead of deciding one (binary content: detect/binary.ts).
 */
export declare function detectKeys(content: Buffer, window?: FragmentWindow, forced?: TextView): Detection;
/**
 * Whether `bytes` hold any literal the detector starts from (the marker in any encoding it reads):
 * one prefilter pass, for sources that can skip whole regions (a commit's patch) when it says no.
 */
export declare function mayHoldKey(bytes: Uint8Array): boolean;
