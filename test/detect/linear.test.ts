import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectKeys } from '../../src/detect/index.js';
import { Positions } from '../../src/detect/positions.js';
import { keyFindings } from '../../src/run/fragment.js';
import { makeKey } from '../helpers/keys.js';

/**
 * Many keys in one file (issue 14, "Denial of service"): locating them, checking their lines for an
 * allow comment and building their excerpts must visit each byte of the file a few times, not once
 * per key. 10,000 keys took 6 s and 60,000 took 275 s when every key searched to the end of the file.
 * Work is counted in bytes visited, never timed.
 */

const N = 2000;

function work(content: Buffer): { measured: number; widthBytes: number; searchedBytes: number } {
  let widthBytes = 0;
  let searchedBytes = 0;
  const width = Positions.prototype.width;
  vi.spyOn(Positions.prototype, 'width').mockImplementation(function (this: Positions, from: number, to: number) {
    widthBytes += Math.max(0, to - from);
    return width.call(this, from, to);
  });
  const detection = detectKeys(content);
  const indexOf = Buffer.prototype.indexOf;
  vi.spyOn(Buffer.prototype, 'indexOf').mockImplementation(function (this: Buffer, ...args: unknown[]) {
    searchedBytes += this.length - Math.max(0, Number(args[1] ?? 0));
    return (indexOf as (...a: unknown[]) => number).apply(this, args);
  });
  const findings = keyFindings({ path: 'keys.txt', content, origin: { kind: 'tree' } }, detection);
  vi.restoreAllMocks();
  return { measured: findings.length, widthBytes, searchedBytes };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('work per file is linear in the number of keys', () => {
  it.each([
    ['one key per line', '\n'],
    ['every key on one line', '; '],
  ])('%s', (_name, separator) => {
    const keys = Array.from({ length: N }, () => makeKey('proj', 74));
    const content = Buffer.from(keys.map((k) => `k = "${k}"`).join(separator) + '\n');
    const w = work(content);
    expect(w.measured).toBe(N);
    // Quadratic code visits about N/2 times the file; linear code a small constant times it.
    expect(w.widthBytes).toBeLessThan(3 * content.length);
    expect(w.searchedBytes).toBeLessThan(3 * content.length);
  });

  it('an allow comment is still found on a key line, and not on the line after it', () => {
    const [a, b] = [makeKey(), makeKey()];
    const content = Buffer.from(`x = "${a}" # openai-key-scan:allow fixture\ny = "${b}"\n`);
    const findings = keyFindings({ path: 'f', content, origin: { kind: 'tree' } }, detectKeys(content));
    expect(findings.map((f) => f.suppressed?.by)).toEqual(['inline', undefined]);
  });
});
