// Scale (issue 8): memory stays bounded on a single 500 MB file (read in windows) and on a 2 GB tree
// (four hard-linked copies of the tree-bench corpus, so no extra disk); wall time, MB/s and peak RSS.
import { execFileSync } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

import { CLI, ROOT, RSS_PRELOAD, maxRssMb, printRows, timeRuns } from './common.mjs';

export const title = 'one 500 MB file, a 2 GB tree';

const SCALE = process.env.OKS_BENCH_SCALE_DIR ?? path.join(ROOT, '.bench/scale');
const CORPUS = process.env.OKS_BENCH_DIR ?? path.join(ROOT, '.bench/corpus');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const rand = (n) => Array.from({ length: n }, () => ALNUM[randomInt(ALNUM.length)]).join('');
/** A key in the current project-key shape, made at run time (no key literal in the repository). */
const key = () => ['sk', 'proj', rand(74) + ['T3Bl', 'bkFJ'].join('') + rand(74)].join('-');

function bigFile(mb, keys) {
  const file = path.join(SCALE, `big-${mb}mb.js`);
  if (existsSync(file) && statSync(file).size >= mb * 1024 * 1024) return file;
  mkdirSync(SCALE, { recursive: true });
  console.log(`writing ${file}: ${mb} MB of minified-looking JavaScript on one line, ${keys} keys in it`);
  const fd = openSync(file, 'w');
  const chunk = Buffer.from(randomBytes(3 * 1024 * 1024).toString('base64').replace(/[+/=]/g, ';'));
  const every = Math.floor(mb / 4 / keys);
  for (let i = 0; i < mb / 4; i++) {
    writeSync(fd, chunk);
    if (i % every === every - 1) writeSync(fd, `;const k="${key()}";`);
  }
  closeSync(fd);
  return file;
}

function bigTree(copies) {
  const tree = path.join(SCALE, 'tree');
  if (existsSync(path.join(tree, String(copies - 1)))) return tree;
  const source = path.join(CORPUS, 'node_modules');
  if (!existsSync(source)) throw new Error(`no corpus at ${source}: run the tree section first (npm run bench tree)`);
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  console.log(`linking ${copies} copies of ${source} into ${tree} (cp -al: hard links, no extra disk)`);
  for (let i = 0; i < copies; i++) execFileSync('cp', ['-al', source, path.join(tree, String(i))]);
  return tree;
}

function measure(label, args) {
  const run = timeRuns(label, process.execPath, ['--import', RSS_PRELOAD, CLI, ...args, '-f', 'json', '-q', '--fail-on', 'none']);
  if (run.result.status !== 0) throw new Error(`${label} failed: ${run.result.stderr}`);
  const report = JSON.parse(run.result.stdout);
  const mb = report.stats.bytes / 1024 / 1024;
  return [
    [`${label}: files`, report.stats.files],
    [`${label}: MB scanned`, mb.toFixed(0)],
    [`${label}: wall (s)`, `${run.wall.toFixed(2)} (min ${run.min.toFixed(2)}, max ${run.max.toFixed(2)})`],
    [`${label}: MB/s`, (mb / run.wall).toFixed(0)],
    [`${label}: peak RSS (MB)`, `${maxRssMb(run.result.stderr).toFixed(0)} (target <= 200)`],
    [`${label}: findings`, report.findings.length],
  ];
}

export async function run() {
  const file = bigFile(500, 20);
  const rows = measure('500 MB file', [file, '--max-file-size', '1GB']);
  const tree = bigTree(4);
  rows.push(...measure('2 GB tree', [tree]));
  printRows(rows);
}
