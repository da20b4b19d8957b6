/**
 * One pass over a buffer for many literals at once (Wu-Manber with 2-byte blocks). Every literal the
 * detector needs (the marker in plain, base64 and escaped forms) is found in a single scan, as fast as
 * one native `Buffer.indexOf` (about 1.8 GB/s here, against six passes for six `indexOf` loops), and
 * 1.75× as fast again with two windows at once (see `scan`).
 * Work is linear in the input: the window moves by at least one byte per step, and hits are written
 * to typed arrays so that a file made of nothing but literals costs no allocation per hit.
 */
export class Hits {
  offsets = new Int32Array(64);
  literals = new Uint8Array(64);
  count = 0;

  reset(): this {
    this.count = 0;
    return this;
  }

  push(offset: number, literal: number): void {
    if (this.count === this.offsets.length) {
      const o = new Int32Array(this.count * 2);
      o.set(this.offsets);
      this.offsets = o;
      const l = new Uint8Array(this.count * 2);
      l.set(this.literals);
      this.literals = l;
    }
    this.offsets[this.count] = offset;
    this.literals[this.count++] = literal;
  }
}

export class Prefilter {
  private readonly literals: Buffer[];
  /** Length of the shortest literal: the window size. */
  private readonly m: number;
  private readonly shift: Uint8Array;
  /** For a block that ends a window (shift 0): the literals whose window ends with it. */
  private readonly heads: (number[] | undefined)[] = new Array(65536);
  /** Reused by every scan: a scan's hits are read before the next scan starts (one thread, no reentry). */
  private readonly hits = new Hits();
  /** The second half's hits, appended to `hits` at the end of a scan. */
  private readonly second = new Hits();

  constructor(literals: readonly string[]) {
    this.literals = literals.map((l) => Buffer.from(l, 'latin1'));
    this.m = Math.min(...this.literals.map((l) => l.length));
    if (this.m < 2 || this.literals.length > 255) throw new Error('prefilter: literals need 2+ bytes, at most 255 of them');
    const m = this.m;
    this.shift = new Uint8Array(65536).fill(Math.min(255, m - 1));
    this.literals.forEach((lit, index) => {
      for (let j = 1; j < m; j++) {
        const block = (lit[j - 1]! << 8) | lit[j]!;
        const s = m - 1 - j;
        if (s < this.shift[block]!) this.shift[block] = s;
        if (s === 0) (this.heads[block] ??= []).push(index);
      }
    });
  }

  /** Below this size a buffer is scanned by one window: splitting it would cost more than it saves. */
  private static readonly SPLIT_FROM = 4096;

  /**
   * All hits in `buf`, in increasing offset order (windows only move forward); valid until the next scan.
   * Two windows move at once, one through each half of the buffer. Each step's next position waits on
   * two loads (the bytes, then the shift table), so one window leaves the CPU idle most of the time;
   * two independent ones run in the same time (1.75x the throughput on npm packages).
   */
  scan(buf: Uint8Array): Hits {
    const hits = this.hits.reset();
    const to = buf.length;
    const m = this.m;
    if (to < Prefilter.SPLIT_FROM) {
      this.run(buf, m - 1, to, hits);
      return hits;
    }
    // The first window covers the windows ending before `split`, the second those ending at or after it.
    const split = (to >> 1) + m;
    const second = this.second.reset();
    const { shift } = this;
    let i = m - 1;
    let j = split;
    while (i < split && j < to) {
      const si = shift[(buf[i - 1]! << 8) | buf[i]!]!;
      const sj = shift[(buf[j - 1]! << 8) | buf[j]!]!;
      if (si === 0) this.verify(buf, i++, hits);
      else i += si;
      if (sj === 0) this.verify(buf, j++, second);
      else j += sj;
    }
    if (i < split) this.run(buf, i, split, hits);
    if (j < to) this.run(buf, j, to, second);
    for (let k = 0; k < second.count; k++) hits.push(second.offsets[k]!, second.literals[k]!);
    return hits;
  }

  /** One window over the window ends [i, to). */
  private run(buf: Uint8Array, i: number, to: number, hits: Hits): void {
    const { shift } = this;
    while (i < to) {
      const s = shift[(buf[i - 1]! << 8) | buf[i]!]!;
      if (s !== 0) i += s;
      else this.verify(buf, i++, hits);
    }
  }

  /** The literals whose window ends at `i` (a block with shift 0), compared in full. */
  private verify(buf: Uint8Array, i: number, hits: Hits): void {
    const { m, heads, literals } = this;
    const start = i - m + 1;
    for (const index of heads[(buf[i - 1]! << 8) | buf[i]!]!) {
      const lit = literals[index]!;
      if (start + lit.length > buf.length) continue;
      let k = 0;
      while (k < lit.length && buf[start + k] === lit[k]) k++;
      if (k === lit.length) hits.push(start, index);
    }
  }
}
