import type { KeyRule } from '../types.js';
export declare const MIN_SEGMENT = 20;
export declare const MAX_SEGMENT = 100;
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
/**
 * Keys around marker hits. Anchoring on the marker keeps the work linear: the right segment is the
 * run of key characters after the marker (runs are scanned once however many markers they hold), its
 * length fixes where the left segment starts (both segments have the same length), and the prefix is
 * looked for in at most MAX_PREFIX bytes before that. No regex runs over the text.
 */
export declare function matchAtMarkers(text: Uint8Array, markers: Iterable<number>, rejected?: Rejected[]): KeyMatch[];
/** Offsets of the marker in a small buffer (decoded windows); the prefilter does this for whole files. */
export declare function markerOffsets(bytes: Uint8Array, marker: Buffer): number[];
