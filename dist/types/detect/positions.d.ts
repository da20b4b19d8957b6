import type { TextView } from './text.js';
/**
 * 1-based line and column (in UTF-16 code units, as editors and SARIF count) of offsets in a view.
 * Every question costs work proportional to the line it is about, never to the rest of the file, and
 * offsets asked in increasing order (keys sorted by position) cost the distance from the previous one:
 * a file with 60,000 keys on one line is located in one pass, not 60,000.
 */
export declare class Positions {
    private readonly view;
    private readonly base;
    private newlines;
    /** The start of the span located last, its line index and column. */
    private last;
    private readonly has;
    /**
     * `base` places a window of a large file: its first byte is on line index `base.line` of the file,
     * `base.column` code units after that line began.
     */
    constructor(view: TextView, base?: {
        line: number;
        column: number;
    });
    private lines;
    /** Index of the line holding `offset` (0-based) by binary search over newline offsets. */
    private lineIndex;
    lineStart(index: number): number;
    lineEnd(index: number): number;
    /** Width in code units of view bytes [from, to). */
    width(from: number, to: number): number;
    /** Line, column and exclusive end column of the span [start, end); a span over several lines ends with its first line. */
    locate(start: number, end: number): {
        lineIndex: number;
        line: number;
        column: number;
        endColumn: number;
    };
    /** Whether a line holds `needle` (ASCII bytes), without decoding the line; searched once per line. */
    lineHas(index: number, needle: Uint8Array): boolean;
    /** The text of a line, decoded for display. */
    lineText(index: number): string;
}
