/**
 * The text the detector reads: the file's bytes for ASCII/UTF-8 (and anything else byte-oriented), or
 * one byte per UTF-16 code unit for UTF-16 files, so the same byte matcher serves both and a column is
 * an offset difference. Code units above 0xFF become 0x01, which no rule matches.
 */
export interface TextView {
    bytes: Uint8Array;
    /** UTF-16 input: every byte of `bytes` is one code unit (columns need no UTF-8 decoding). */
    utf16: boolean;
    /** Bytes of a UTF-8 byte order mark at the start of `bytes` (not counted in columns). */
    bom: number;
    /** Binary content read as raw bytes (detect/binary.ts): keys only, located by byte offset. */
    binary?: boolean;
}
/** One byte per UTF-16 code unit from `start` on; units above 0xFF become 0x01, which no rule matches. */
export declare function transcode(content: Buffer, start: number, littleEndian: boolean): Uint8Array;
/** The view of a window of a large file whose encoding was decided from its start. */
export declare function windowView(content: Buffer, encoding: 'utf8' | 'utf16le' | 'utf16be', bom: number): TextView;
/** How textView read a file's start: the encoding every later window of it is read in. */
export declare function viewEncoding(content: Buffer, view: TextView): {
    encoding: 'utf8' | 'utf16le' | 'utf16be';
    bom: number;
};
/**
 * The view to scan, or undefined for a binary file. A file with NULs is read as UTF-16 when it starts
 * with a UTF-16 byte order mark or, without one, when the marker appears in UTF-16 form; anything else
 * with NULs is binary.
 */
export declare function textView(content: Buffer): TextView | undefined;
