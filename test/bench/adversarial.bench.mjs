// Adversarial input (issue 8): 10 MB built to make a matcher work hard, against 10 MB of random text,
// through the built library's detectKeys. Linear-time matching keeps every ratio a small constant.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { ROOT, RUNS, median, printRows } from './common.mjs';

export const title = 'adversarial 10 MB inputs vs random 10 MB (detector only)';

const MB = 1024 * 1024;
const M = ['T3Bl', 'bkFJ'].join('');
const INPUTS = {
  'random base64 text': () => Buffer.from(randomBytes(10 * MB).toString('base64').slice(0, 10 * MB).replace(/T/g, 'x')),
  '`sk-proj-` + 10 MB of key alphabet': () => Buffer.from('sk-proj-' + 'aB3_-'.repeat(2 * MB)), // openai-key-scan:allow (a lone prefix, concatenated on purpose)
  'marker repeated': () => Buffer.from(M.repeat(10 * MB / 8)),
  'key-shaped runs around markers': () => Buffer.from(`sk-proj-${'a'.repeat(74)}${M}${'b'.repeat(74)} `.repeat((10 * MB) / 166)),
  'base64 of the marker repeated': () => Buffer.from(Buffer.from(M.repeat((10 * MB) / 11)).toString('base64')),
  'escapes around markers': () => Buffer.from(`\\u0022${M}\\n`.repeat((10 * MB) / 16)),
  'character references of the marker repeated': () => Buffer.from('&#84;&#51;&#x42;'.repeat((10 * MB) / 16)),
  'hex of the marker repeated': () => Buffer.from(Buffer.from(M).toString('hex').repeat((10 * MB) / 16)),
  'quoted-printable soft breaks through markers': () => Buffer.from('T3Bl=\nbkFJ=3D'.repeat((10 * MB) / 14)),
  'string literals of markers joined by +': () => Buffer.from(`"${M}" + `.repeat((10 * MB) / 13)),
  'wrapped base64 of markers, cut at 76 columns': () => Buffer.from(Buffer.from(M.repeat((10 * MB) / 11)).toString('base64').replace(/.{76}/g, '$&\n')),
  'one line of 10 MB, no newline, marker at the end': () => Buffer.concat([Buffer.alloc(10 * MB, 'a'), Buffer.from(M)]),
};

export async function run() {
  const { detectKeys } = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
  const rows = [];
  let randomMs;
  for (const [name, make] of Object.entries(INPUTS)) {
    const input = make();
    detectKeys(input);
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      detectKeys(input);
      times.push(performance.now() - t);
    }
    const ms = median(times);
    randomMs ??= ms;
    rows.push([name, `${ms.toFixed(0)} ms, ${(input.length / MB / (ms / 1000)).toFixed(0)} MB/s, ${(ms / randomMs).toFixed(1)}x random`]);
  }
  printRows(rows);
}
