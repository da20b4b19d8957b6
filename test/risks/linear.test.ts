import { describe, expect, it } from 'vitest';
import { processFragment } from '../../src/run/fragment.js';
import { newTally } from '../../src/run/tally.js';
import { noise } from '../helpers/keys.js';

/** The whole pipeline (keys, exposure, risks) over files made of nothing but risk literals. */
describe('risk detection time is linear in the input', () => {
  const MB = 1024 * 1024;
  function best(path: string, content: Buffer, runs = 3): number {
    let min = Infinity;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      processFragment({ path, content, origin: { kind: 'tree' } }, {}, newTally());
      min = Math.min(min, performance.now() - t);
    }
    return min;
  }
  const adversarial: Array<[string, string, (n: number) => Buffer]> = [
    ['`_OPENAI_` repeated on one line', 'dist/a.js', (n) => Buffer.from('_OPENAI_'.repeat(n / 8))],
    ['matching public variables on one line', 'dist/a.js', (n) => Buffer.from(' VITE_OPENAI_API_KEY;'.repeat(n / 21))], // openai-key-scan:allow
    ['`AllowBrowser` repeated, `openai` nowhere', 'src/a.js', (n) => Buffer.from('dangerouslyAllowBrowser:!0,'.repeat(n / 27))], // openai-key-scan:allow
    ['.env lines of OPENAI_ variables', '.env', (n) => Buffer.from('OPENAI_API_KEY=abcdefghijklmnop\n'.repeat(n / 32))],
  ];
  const randomMs = Math.max(best('dist/a.js', noise(4 * MB)), 5);

  it.each(adversarial)('%s: within a small factor of random text, and 4x the input about 4x the time', (_name, path, make) => {
    const small = make(1 * MB);
    const big = make(4 * MB);
    const tBig = best(path, big, 5);
    const tSmall = Math.max(best(path, small, 5), 2);
    // Generous bounds (a shared machine): linear work gives ~4x here, quadratic 16x.
    expect(tBig / tSmall).toBeLessThan(9);
    expect(tBig / randomMs).toBeLessThan(400);
  });
});
