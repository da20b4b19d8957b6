import type { Encoding } from '../../types.js';
import type { Literal } from '../prefilter.js';
/** Bytes decoded from an encoded run, with the way back to offsets in the text they came from. */
export interface DecodedWindow {
    bytes: Buffer;
    /** The encoded run in the parent text, [start, end). */
    start: number;
    end: number;
    /** Parent offset of the encoded unit that holds decoded byte `i`. */
    toParent(i: number): number;
    /** Parent offset just after the encoded unit that holds decoded byte `i - 1`. */
    toParentEnd(i: number): number;
    /** The encoding of decoded bytes [start, end) when units of several kinds mix (default: the decoder's). */
    encodingOf?(start: number, end: number): Encoding;
}
/** One encoding the detector looks through: the literals that betray it, and how to decode around one. */
export interface Decoder {
    encoding: Encoding;
    /** What the prefilter finds; a hit is where the literal starts, which may be before the encoded run (a line break, indentation, a quote). */
    literals: Literal[];
    /**
     * For filters that read one line at a time (git's pickaxe): every encoded key this decoder reads
     * has a line holding one of these. Default: the literals, those spanning a line break cut at it.
     */
    lineLiterals?: string[];
    /**
     * Decode the run around a literal at `hit`. `notBefore` is where the previous window of this decoder
     * ended, less an overlap: a window never re-reads a whole earlier one, so runs made of nothing but
     * literals cost linear time.
     */
    decodeAt(text: Uint8Array, hit: number, notBefore: number): DecodedWindow | undefined;
    /** How far a new window reaches back into the previous one: at least one whole encoded key. */
    overlap: number;
    /** Also try this decoder at plain markers the plain matcher could not complete (partial escapes, split keys). */
    atUnmatchedMarkers?: boolean;
}
