import type { TextView } from './text.js';
import { work } from './work.js';

/**
 * 1-based line and column (in UTF-16 code units, as editors and SARIF count) of offsets in a view.
 * Every question costs work proportional to the line it is about, never to the rest of the file, and
 * offsets asked in increasing order (keys sorted by position) cost the distance from the previous one:
 * a file with 60,000 keys on one line is located in one pass, not 60,000.
 */
export class Positions {
  private newlines: number[] | undefined;
  /** The start of the span located last, its line index and column. */
  private last = { index: -1, offset: 0, column: 0 };
  private readonly has = new Map<Uint8Array, Map<number, boolean>>();

  /**
   * `base` places a window of a large file: its first byte is on line index `base.line` of the file,
   * `base.column` code units after that line began.
   */
  constructor(
    private readonly view: TextView,
    private readonly base: { line: number; column: number } = { line: 0, column: 0 },
  ) {}

  private lines(): number[] {
    if (!this.newlines) {
      const nl: number[] = [];
      const buf = Buffer.from(this.view.bytes.buffer, this.view.bytes.byteOffset, this.view.bytes.length);
      let i = buf.indexOf(10);
      while (i !== -1) {
        nl.push(i);
        i = buf.indexOf(10, i + 1);
      }
      this.newlines = nl;
    }
    return this.newlines;
  }

  /** Index of the line holding `offset` (0-based) by binary search over newline offsets. */
  private lineIndex(offset: number): number {
    const nl = this.lines();
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nl[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  lineStart(index: number): number {
    return index === 0 ? this.view.bom : this.lines()[index - 1]! + 1;
  }

  lineEnd(index: number): number {
    const nl = this.lines();
    let end = index < nl.length ? nl[index]! : this.view.bytes.length;
    if (end > 0 && this.view.bytes[end - 1] === 0x0d) end--;
    return end;
  }

  /** Width in code units of view bytes [from, to). */
  width(from: number, to: number): number {
    const bytes = this.view.bytes;
    if (this.view.utf16) return to - from;
    work.lines += to - from;
    let ascii = true;
    for (let i = from; i < to; i++) {
      if (bytes[i]! >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) return to - from;
    return Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('utf8').length;
  }

  /** Line, column and exclusive end column of the span [start, end); a span over several lines ends with its first line. */
  locate(start: number, end: number): { lineIndex: number; line: number; column: number; endColumn: number } {
    const index = this.lineIndex(start);
    const ls = this.lineStart(index);
    // Spans come in order: a column counts on from the last span on the same line (when that one
    // starts a character), so a minified line of many keys is measured once, not once per key.
    const last = this.last;
    const column =
      last.index === index && last.offset <= start && this.view.bytes[last.offset]! < 0x80
        ? last.column + this.width(last.offset, start)
        : (index === 0 ? this.base.column : 0) + this.width(ls, start) + 1;
    this.last = { index, offset: start, column };
    const stop = Math.min(end, this.lineEnd(index));
    return { lineIndex: index, line: this.base.line + index + 1, column, endColumn: column + this.width(start, Math.max(start, stop)) };
  }

  /** Whether a line holds `needle` (ASCII bytes), without decoding the line; searched once per line. */
  lineHas(index: number, needle: Uint8Array): boolean {
    // Asked once per key: remembered per line, and searched within the line only, so a file of many
    // keys (on one line or many) costs its length, not its length times its keys.
    let known = this.has.get(needle);
    if (!known) this.has.set(needle, (known = new Map()));
    let yes = known.get(index);
    if (yes === undefined) {
      const from = this.lineStart(index);
      const to = this.lineEnd(index);
      const bytes = this.view.bytes;
      work.lines += to - from;
      yes = Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).indexOf(needle) !== -1;
      known.set(index, yes);
    }
    return yes;
  }

  /** The text of a line, decoded for display. */
  lineText(index: number): string {
    const from = this.lineStart(index);
    const to = this.lineEnd(index);
    work.lines += to - from;
    const bytes = this.view.bytes;
    const slice = Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from);
    return this.view.utf16 ? slice.toString('latin1') : slice.toString('utf8');
  }
}
