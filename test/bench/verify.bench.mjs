// Verification (issue 6): 100 distinct keys against a loopback server that answers like the OpenAI
// API after 200 ms, with the default concurrency (4). Target: <= 6 s in all.
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { CLI, printRows } from './common.mjs';

export const title = 'verification of 100 distinct keys (server answers in 200 ms)';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const rand = (n) => Array.from({ length: n }, () => ALNUM[randomInt(ALNUM.length)]).join('');
const key = () => ['sk', 'proj', rand(74) + ['T3Bl', 'bkFJ'].join('') + rand(74)].join('-');

export async function run() {
  let inFlight = 0;
  let maxInFlight = 0;
  let requests = 0;
  const server = createServer((req, res) => {
    requests++;
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    setTimeout(() => {
      inFlight--;
      res.writeHead(200, { 'content-type': 'application/json', 'openai-organization': 'org-bench' });
      res.end('{"object":"list","data":[]}');
    }, 200);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const dir = mkdtempSync(path.join(tmpdir(), 'oks-verify-bench-'));
  writeFileSync(path.join(dir, 'keys.txt'), Array.from({ length: 100 }, () => `k = "${key()}"`).join('\n'));
  const t = performance.now();
  const out = await new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, '.', '-f', 'json', '--verify', '-q', '--fail-on', 'none'], {
      cwd: dir,
      env: { ...process.env, OPENAI_KEY_SCAN_BASE_URL: `http://127.0.0.1:${server.address().port}` },
    });
    let s = '';
    child.stdout.on('data', (d) => (s += d));
    child.on('close', () => resolve(s));
  });
  const wall = (performance.now() - t) / 1000;
  server.close();
  rmSync(dir, { recursive: true, force: true });
  const live = JSON.parse(out).findings.filter((f) => f.verification?.status === 'live').length;
  printRows([
    ['keys', 100],
    ['requests', requests],
    ['most at once', maxInFlight],
    ['live', live],
    ['wall (s)', `${wall.toFixed(2)} (target <= 6)`],
  ]);
}
