import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKeys } from '../../src/detect/index.js';
import { scanTree } from '../../src/run/modes.js';
import { OVERLAP, WINDOW } from '../../src/sources/tree/read.js';
import { makeKey } from '../helpers/keys.js';
import { tempDir } from '../helpers/repo.js';

/**
 * Large files are scanned window by window (memory stays flat): the findings must be exactly those of
 * reading the whole file at once, including keys cut by a window edge or sitting in an overlap.
 */
function bigFile(opts: { lines: boolean; utf16?: 'le' | 'be' }): { content: Buffer; keys: string[] } {
  const size = 2 * WINDOW + OVERLAP * 3;
  const unit = opts.utf16 ? 2 : 1;
  // Character offsets where keys go: at each window edge and either side of it, in the overlaps, at the end.
  const at = new Set<number>();
  for (const edge of [WINDOW, 2 * WINDOW].map((e) => e / unit)) {
    for (const d of [-200, -100, -1, 0, 1, 90, OVERLAP / unit - 50, -OVERLAP / unit + 7, OVERLAP / unit + 3]) at.add(edge + d);
  }
  at.add(10);
  const chars = size / unit;
  at.add(chars - 300);
  const keys: string[] = [];
  const parts: string[] = [];
  let pos = 0;
  const filler = opts.lines ? 'x = fetch(é);\n' : 'f(a,"中b");';
  // Positions count bytes (UTF-8) or code units (UTF-16), so keys land where the windows' edges are.
  const len = (s: string) => (opts.utf16 ? s.length : Buffer.byteLength(s));
  for (const target of [...at].sort((a, b) => a - b)) {
    if (target < pos) continue;
    const n = target - pos;
    parts.push(filler.repeat(Math.floor(n / len(filler))) + ' '.repeat(n % len(filler)));
    const key = makeKey(keys.length % 2 ? 'svcacct' : 'proj', 74);
    keys.push(key);
    parts.push(key, ' ');
    pos = target + key.length + 1;
  }
  parts.push(filler.repeat(Math.max(0, Math.floor((chars - pos) / len(filler)))));
  const text = parts.join('');
  const content =
    opts.utf16 === 'le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : opts.utf16 === 'be' ? Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]) : Buffer.from(text);
  return { content, keys };
}

describe('large files, window by window', () => {
  it.each([
    ['many lines, non-ASCII text', { lines: true }],
    ['one minified line', { lines: false }],
    ['UTF-16LE', { lines: true, utf16: 'le' as const }],
    ['UTF-16BE, one line', { lines: false, utf16: 'be' as const }],
  ])('finds exactly what a whole-file read finds: %s', async (_name, opts) => {
    const { content, keys } = bigFile(opts);
    expect(content.length).toBeGreaterThan(WINDOW + 2 * OVERLAP);
    const whole = detectKeys(content).keys.map((k) => ({ secret: k.secret, line: k.line, column: k.column, endColumn: k.endColumn }));
    expect(whole.map((k) => k.secret)).toEqual(keys);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.txt'), content);
    const report = await scanTree({ cwd: dir, maxFileSize: 200 * 1024 * 1024, showSecrets: true, jobs: 1 });
    expect(report.findings.map((f) => ({ secret: f.secret, line: f.line, column: f.column, endColumn: f.endColumn }))).toEqual(whole);
    expect(report.stats.files).toBe(1);
    expect(report.stats.bytes).toBe(content.length);
  }, 60_000);

  it('reads a large binary file window by window, counted once', async () => {
    const dir = tempDir();
    const content = Buffer.alloc(WINDOW + 3 * OVERLAP, 0x41);
    content[100] = 0;
    writeFileSync(path.join(dir, 'big.bin'), content);
    const report = await scanTree({ cwd: dir, maxFileSize: 200 * 1024 * 1024, jobs: 1 });
    expect(report.stats.files).toBe(1);
    expect(report.stats.bytes).toBe(content.length);
    expect(report.stats.skipped.binary).toBe(0);
  });
});
