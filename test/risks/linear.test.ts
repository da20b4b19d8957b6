import { describe, expect, it } from 'vitest';
import { work } from '../../src/detect/work.js';
import { processFragment } from '../../src/run/fragment.js';
import { newTally } from '../../src/run/tally.js';
import { makeKey } from '../helpers/keys.js';

/**
 * The whole pipeline (keys, exposure, risks, inline allows) over files made of nothing but risk
 * literals or keys. Work is counted in bytes read around hits (src/detect/work.ts), not timed, so a
 * busy machine cannot fail it; the timings are in `npm run bench adversarial`.
 */
describe('the pipeline’s work is linear in the input', () => {
  const MB = 1024 * 1024;
  function workOf(path: string, content: Buffer): number {
    const before = work.around + work.lines;
    processFragment({ path, content, origin: { kind: 'tree' } }, {}, newTally());
    return work.around + work.lines - before;
  }
  const keyLines = (n: number, sep: string) => Buffer.from(Array.from({ length: n / 90 }, () => `"${makeKey('proj', 40)}"${sep}`).join(''));
  const adversarial: Array<[string, string, (n: number) => Buffer]> = [
    ['`_OPENAI_` repeated on one line', 'dist/a.js', (n) => Buffer.from('_OPENAI_'.repeat(n / 8))],
    ['matching public variables on one line', 'dist/a.js', (n) => Buffer.from(' VITE_OPENAI_API_KEY;'.repeat(n / 21))], // openai-key-scan:allow
    ['`AllowBrowser` repeated, `openai` nowhere', 'src/a.js', (n) => Buffer.from('dangerouslyAllowBrowser:!0,'.repeat(n / 27))], // openai-key-scan:allow
    ['.env lines of OPENAI_ variables', '.env', (n) => Buffer.from('OPENAI_API_KEY=abcdefghijklmnop\n'.repeat(n / 32))],
    // Each key asks whether its line holds an allow comment: once per line, within the line.
    ['keys on one line', 'dist/a.js', (n) => keyLines(n, ',')],
    ['keys on lines of their own', 'src/a.js', (n) => keyLines(n, '\n')],
  ];

  it.each(adversarial)('%s: 4x the input is 4x the work, and at most 8 bytes read per input byte', (_name, path, make) => {
    const small = make(MB / 4);
    const big = make(MB);
    const workSmall = workOf(path, small);
    const workBig = workOf(path, big);
    // Linear work gives 4x here, quadratic 16x; the slack covers what one hit reads at the input's ends.
    expect(workBig).toBeLessThanOrEqual(4.1 * workSmall + 4096);
    expect(workBig).toBeLessThanOrEqual(8 * big.length);
    expect(workBig).toBeGreaterThan(0);
  });
});
