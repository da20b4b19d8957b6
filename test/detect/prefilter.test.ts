import { describe, expect, it } from 'vitest';
import { ANY_BYTE, Prefilter, type Literal } from '../../src/detect/prefilter.js';

/** Every occurrence of every literal, by native indexOf, in offset order (ties by literal index). */
function naive(buf: Buffer, literals: string[]): [number, number][] {
  const out: [number, number][] = [];
  literals.forEach((lit, index) => {
    const needle = Buffer.from(lit, 'latin1');
    for (let at = buf.indexOf(needle); at !== -1; at = buf.indexOf(needle, at + 1)) out.push([at, index]);
  });
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function scanned(pf: Prefilter, buf: Buffer): [number, number][] {
  const hits = pf.scan(buf);
  const out: [number, number][] = [];
  for (let h = 0; h < hits.count; h++) out.push([hits.offsets[h]!, hits.literals[h]!]);
  return out;
}

/** Every match of every literal (strings and patterns), by trying each offset, in offset order. */
function naivePatterns(buf: Buffer, literals: Literal[]): [number, number][] {
  const out: [number, number][] = [];
  for (let at = 0; at < buf.length; at++) {
    literals.forEach((lit, index) => {
      const classes = typeof lit === 'string' ? [...lit] : lit;
      if (at + classes.length > buf.length) return;
      if (classes.every((c, k) => c === ANY_BYTE || c.includes(String.fromCharCode(buf[at + k]!)))) out.push([at, index]);
    });
  }
  return out;
}

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('Prefilter', () => {
  // Overlapping literals (one inside another, shared prefixes) and a longer one.
  const literals = ['abcdefgh', 'cdefghij', 'xxxxxxxx', 'abcdefghXYZ', 'zyxwvuts'];
  const pf = new Prefilter(literals);

  it('finds every occurrence, in offset order, at every size around the two-window split', () => {
    const next = random(12);
    const alphabet = 'abcdefghijxyzXYZ ';
    for (const size of [0, 7, 8, 100, 4095, 4096, 4097, 5000, 20_011, 65_536]) {
      const parts: string[] = [];
      let length = 0;
      while (length < size) {
        const piece = next() < 0.3 ? literals[Math.floor(next() * literals.length)]! : alphabet[Math.floor(next() * alphabet.length)]!.repeat(1 + Math.floor(next() * 9));
        parts.push(piece);
        length += piece.length;
      }
      const buf = Buffer.from(parts.join('').slice(0, size), 'latin1');
      expect(scanned(pf, buf), `size ${size}`).toEqual(naive(buf, literals));
    }
  });

  it('finds literals that straddle the middle of the buffer and sit at both ends', () => {
    for (const size of [4096, 9000, 9001]) {
      const buf = Buffer.alloc(size, ' ');
      const mid = size >> 1;
      for (let at = mid - 12; at <= mid + 12; at += 3) buf.write('abcdefgh', at, 'latin1');
      buf.write('zyxwvuts', 0, 'latin1');
      buf.write('abcdefghXYZ', size - 11, 'latin1');
      expect(scanned(pf, buf), `size ${size}`).toEqual(naive(buf, literals));
    }
  });

  it('finds runs of one repeated literal (every window a hit)', () => {
    const buf = Buffer.from('x'.repeat(10_000), 'latin1');
    expect(scanned(pf, buf)).toEqual(naive(buf, literals));
    expect(pf.scan(buf).count).toBe(10_000 - 7);
  });

  it('finds patterns (a class of bytes per position, any byte at either end) with string literals, wherever they fall', () => {
    const patterns: Literal[] = [
      'abcdefgh',
      [ANY_BYTE, ...'bcdef', 'g\n', 'hx'],
      [' \n', ...'cdefgh', ANY_BYTE],
      ['xy', 'yz', ...'abcde', ANY_BYTE],
      [...'zyxwvu', ' \t', ' \t', ...'ab'],
    ];
    const p = new Prefilter(patterns);
    const next = random(7);
    const alphabet = 'abcdefghxyz \n\t';
    for (const size of [0, 8, 9, 100, 4095, 4096, 5000, 20_011]) {
      const parts: string[] = [];
      let length = 0;
      while (length < size) {
        const piece = next() < 0.2 ? ['abcdefgh', 'Xbcdefgh', 'bcdefg\nh', ' cdefghQ', 'yzabcdeW', 'zyxwvu\t ab'][Math.floor(next() * 6)]! : alphabet[Math.floor(next() * alphabet.length)]!;
        parts.push(piece);
        length += piece.length;
      }
      const buf = Buffer.from(parts.join('').slice(0, size), 'latin1');
      expect(scanned(p, buf), `size ${size}`).toEqual(naivePatterns(buf, patterns));
    }
  });

  it('does not report a pattern whose any-byte end falls outside the buffer', () => {
    const p = new Prefilter([[ANY_BYTE, ...'bcdefgh'], [...'abcdefg', ANY_BYTE]]);
    expect(scanned(p, Buffer.from('bcdefgh'))).toEqual([]);
    expect(scanned(p, Buffer.from('abcdefg'))).toEqual([]);
    expect(scanned(p, Buffer.from('abcdefgh'))).toEqual([[0, 0], [0, 1]]);
  });
});
