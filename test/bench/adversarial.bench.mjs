// Adversarial input (issues 8, 12): inputs built to make a matcher work hard, timed against random text
// of the same size, and at 2.5 and 10 MB to show 4x the input costs about 4x the time. The tests count
// the same inputs' work instead (test/props/detector.test.ts, test/risks/linear.test.ts); the times are here.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

import { CLI, ROOT, RSS_PRELOAD, RUNS, maxRssMb, median, printRows, timeRuns } from './common.mjs';

export const title = 'adversarial inputs vs random text (detector; whole pipeline for risk and key files)';

const MB = 1024 * 1024;
const M = ['T3Bl', 'bkFJ'].join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const fakeKey = () => `sk-proj-${Array.from(randomBytes(40), (b) => ALNUM[b % 62]).join('')}${M}${Array.from(randomBytes(40), (b) => ALNUM[b % 62]).join('')}`;
const random = (n) => Buffer.from(randomBytes(n).toString('base64').slice(0, n).replace(/T/g, 'x'));

/** Detector only: [name, make(bytes)]. */
const DETECTOR = [
  ['random base64 text', random],
  ['`sk-proj-` + key alphabet', (n) => Buffer.from('sk-proj-' + 'aB3_-'.repeat(n / 5))], // openai-key-scan:allow (a lone prefix, concatenated on purpose)
  ['marker repeated', (n) => Buffer.from(M.repeat(n / 8))],
  ['key-shaped runs around markers', (n) => Buffer.from(`sk-proj-${'a'.repeat(74)}${M}${'b'.repeat(74)} `.repeat(n / 166))],
  ['base64 of the marker repeated', (n) => Buffer.from(Buffer.from(M.repeat(n / 11)).toString('base64'))],
  ['escapes around markers', (n) => Buffer.from(`\\u0022${M}\\n`.repeat(n / 16))],
  ['character references of the marker repeated', (n) => Buffer.from('&#84;&#51;&#x42;'.repeat(n / 16))],
  ['hex of the marker repeated', (n) => Buffer.from(Buffer.from(M).toString('hex').repeat(n / 16))],
  ['quoted-printable soft breaks through markers', (n) => Buffer.from('T3Bl=\nbkFJ=3D'.repeat(n / 14))],
  ['string literals of markers joined by +', (n) => Buffer.from(`"${M}" + `.repeat(n / 13))],
  ['wrapped base64 of markers, cut at 76 columns', (n) => Buffer.from(Buffer.from(M.repeat(n / 11)).toString('base64').replace(/.{76}/g, '$&\n'))],
  ['indented base64 of markers, cut at 67 columns, CRLF', (n) => Buffer.from(Buffer.from(M.repeat(n / 12)).toString('base64').replace(/.{67}/g, '$&\r\n      '))],
  ['literals cut through markers, over lines', (n) => Buffer.from(`"a${M.slice(0, 5)}"\n    "${M.slice(5)}" + `.repeat(n / 23))],
  ['one line, no newline, marker at the end', (n) => Buffer.concat([Buffer.alloc(n, 'a'), Buffer.from(M)])],
];

/** Whole pipeline (keys, exposure, risks, allow comments) on one file: [name, path, make(bytes)]. */
const PIPELINE = [
  ['random base64 text', 'dist/a.js', random],
  ['`_OPENAI_` repeated on one line', 'dist/a.js', (n) => Buffer.from('_OPENAI_'.repeat(n / 8))],
  ['public variables on one line', 'dist/a.js', (n) => Buffer.from(' VITE_OPENAI_API_KEY;'.repeat(n / 21))], // openai-key-scan:allow
  ['`AllowBrowser`, no `openai`', 'src/a.js', (n) => Buffer.from('dangerouslyAllowBrowser:!0,'.repeat(n / 27))], // openai-key-scan:allow
  ['.env of OPENAI_ variables', '.env', (n) => Buffer.from('OPENAI_API_KEY=abcdefghijklmnop\n'.repeat(n / 32))],
  ['8 MB minified line, 2 risks', 'dist/assets/index.js', (n) => Buffer.from(`import "openai";${'a=1;'.repeat(n / 8)}new Qe({dangerouslyAllowBrowser:!0});${'a=1;'.repeat(n / 8)}process.env.VITE_OPENAI_API_KEY`)], // openai-key-scan:allow
  ['keys on one line', 'dist/a.js', (n) => Buffer.from(Array.from({ length: n / 90 }, () => `"${fakeKey()}",`).join(''))],
  ['keys on lines of their own', 'src/a.js', (n) => Buffer.from(Array.from({ length: n / 90 }, () => `k="${fakeKey()}"\n`).join(''))],
];

async function time(fn, input) {
  await fn(input);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn(input);
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Each input at `mb` and a quarter of it: time, throughput, against the first (random) input, and growth. */
async function section(label, inputs, fn, mb) {
  console.log(`\n${label}`);
  const rows = [];
  let randomMs;
  for (const [name, make] of inputs) {
    const big = make(mb * MB);
    const ms = await time(fn, big);
    const quarter = await time(fn, make((mb / 4) * MB));
    randomMs ??= ms;
    rows.push([name, `${ms.toFixed(0)} ms, ${(big.length / MB / (ms / 1000)).toFixed(0)} MB/s, ${(ms / randomMs).toFixed(1)}x random, 4x input ${(ms / quarter).toFixed(1)}x time`]);
  }
  printRows(rows);
}

/** Random key text (the placeholder filter drops ~1 in 2 million, which does not move these figures). */
function randomKey() {
  const body = randomBytes(111).toString('base64url').slice(0, 148);
  return `sk-proj-${body.slice(0, 74)}${M}${body.slice(74)}`;
}

/**
 * Issue 14: many keys in one file, one per line and all on one line, through the whole CLI (JSON to
 * /dev/null): wall time and peak RSS. Quadratic code took 6 s for 10,000 keys and 275 s for 60,000.
 */
function manyKeys() {
  const dir = mkdtempSync(path.join(tmpdir(), 'oks-bench-keys-'));
  const rows = [];
  try {
    for (const [n, sep] of [[10_000, '\n'], [60_000, '\n'], [60_000, '; ']]) {
      const file = path.join(dir, `keys-${n}-${sep === '\n' ? 'lines' : 'line'}.txt`);
      writeFileSync(file, Array.from({ length: n }, () => `k = "${randomKey()}"`).join(sep) + '\n');
      const r = timeRuns(file, process.execPath, ['--import', RSS_PRELOAD, CLI, path.basename(file), '-f', 'json', '-o', '/dev/null'], { cwd: dir });
      rows.push([`${n.toLocaleString('en')} keys, ${sep === '\n' ? 'one per line' : 'on one line'}`, `${r.wall.toFixed(2)} s (${r.min.toFixed(2)}-${r.max.toFixed(2)}), peak RSS ${maxRssMb(r.result.stderr).toFixed(0)} MB, exit ${r.result.status}`]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/**
 * Issue 14: one commit that adds a 200 MB file (lines of text, a key on the last one), through
 * `diff` and `history`: the commit source holds at most an 8 MB window of a file's added lines, so
 * peak RSS stays flat (holding the patch whole peaked at 1.0-1.3 GB).
 */
export function bigCommit() {
  const dir = mkdtempSync(path.join(tmpdir(), 'oks-bench-commit-'));
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' };
  const git = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  const rows = [];
  try {
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'base');
    const line = `${'x'.repeat(99)}\n`;
    writeFileSync(path.join(dir, 'big.txt'), `${line.repeat((200 * 1024 * 1024) / 100)}k = "${randomKey()}"\n`);
    git('add', 'big.txt');
    git('commit', '-q', '-m', 'big');
    for (const args of [['diff', 'HEAD~1..HEAD'], ['history']]) {
      const r = timeRuns(args[0], process.execPath, ['--import', RSS_PRELOAD, CLI, ...args, '-f', 'json', '-o', '/dev/null', '-q'], { cwd: dir, env });
      rows.push([`${args[0]}: one commit adding 200 MB`, `${r.wall.toFixed(2)} s (${r.min.toFixed(2)}-${r.max.toFixed(2)}), peak RSS ${maxRssMb(r.result.stderr).toFixed(0)} MB, exit ${r.result.status} (1: the key found)`]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export async function run() {
  const lib = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
  await section('10 MB, detectKeys', DETECTOR, (input) => lib.detectKeys(input), 10);
  // One file through the library's pipeline, as a tree scan reads it.
  const one = (input) =>
    lib.runSource(
      {
        mode: 'tree',
        async *items() {
          yield { path: input.path, content: input, origin: { kind: 'tree' } };
        },
      },
      { maxFileSize: lib.DEFAULT_MAX_FILE_SIZE },
    );
  const files = PIPELINE.map(([name, file, make]) => [name, (n) => Object.assign(make(n), { path: file })]);
  await section('4 MB, one file through the pipeline', files, one, 4);
  console.log('\nmany keys in one file, through the CLI');
  printRows(manyKeys());
  console.log('\none large commit, through the CLI');
  printRows(bigCommit());
}
