// How often the placeholder filter (src/detect/filters.ts) drops a real, random key: it runs on
// OKS_PLACEHOLDER_SAMPLE random keys per shape (default 200,000; the README's figures used 1,000,000).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { ROOT, printRows } from './common.mjs';

export const title = 'placeholder filter: real-shaped random keys dropped as placeholders';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALNUM = B64.slice(0, 62);
const N = Number(process.env.OKS_PLACEHOLDER_SAMPLE ?? 200_000);

let pool = randomBytes(1 << 20);
let at = 0;
function segment(n, alphabet) {
  const limit = 256 - (256 % alphabet.length);
  let s = '';
  while (s.length < n) {
    if (at === pool.length) [pool, at] = [randomBytes(1 << 20), 0];
    const v = pool[at++];
    if (v < limit) s += alphabet[v % alphabet.length];
  }
  return s;
}

export async function run() {
  const dir = mkdtempSync(path.join(tmpdir(), 'oks-bench-filter-'));
  try {
    const out = path.join(dir, 'filters.mjs');
    execFileSync(path.join(ROOT, 'node_modules/.bin/esbuild'), [path.join(ROOT, 'src/detect/filters.ts'), '--format=esm', `--outfile=${out}`, '--log-level=warning']);
    const { placeholderReason } = await import(pathToFileURL(out).href);
    const rows = [];
    for (const [len, alphabet] of [[20, ALNUM], [46, B64], [58, B64], [74, B64]]) {
      let dropped = 0;
      for (let i = 0; i < N; i++) if (placeholderReason(segment(len, alphabet), segment(len, alphabet))) dropped++;
      rows.push([`${len}+${len}`, `${dropped} of ${N.toLocaleString('en')} dropped${dropped ? ` (1 in ${Math.round(N / dropped).toLocaleString('en')})` : ''}`]);
    }
    printRows(rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
