// Archives: a corpus of real packages packed as npm tarballs (package/…, as `npm pack` lays them out),
// jars (zip) and a few nested zips, each with a key planted in some of them; plus the .tgz files of
// the local npm cache as they are. The built CLI scans the corpus; prints MB/s of compressed (read
// from disk) and decompressed bytes, peak RSS, and whether every planted key was found.
import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { CLI, ROOT, RUNS, printRows, RSS_PRELOAD, maxRssMb, timeRuns } from './common.mjs';

export const title = 'archives: real packages as tgz and jar, with planted keys';

const CORPUS = path.join(ROOT, '.bench/archives');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const seg = (n) => Array.from({ length: n }, () => ALNUM[randomInt(ALNUM.length)]).join('');
/** Generated here, never stored: the marker is joined at run time. */
const makeKey = () => `sk-proj-${seg(74)}${['T3Bl', 'bkFJ'].join('')}${seg(74)}`;

function packageDirs() {
  const nm = path.join(ROOT, 'node_modules');
  const out = [];
  for (const name of readdirSync(nm)) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) for (const sub of readdirSync(path.join(nm, name))) out.push(path.join(nm, name, sub));
    else out.push(path.join(nm, name));
  }
  return out.filter((d) => existsSync(path.join(d, 'package.json')));
}

function buildCorpus() {
  rmSync(CORPUS, { recursive: true, force: true });
  mkdirSync(CORPUS, { recursive: true });
  const plant = path.join(os.tmpdir(), `oks-bench-plant-${process.pid}`);
  const planted = [];
  let i = 0;
  for (const dir of packageDirs()) {
    const name = path.basename(dir);
    rmSync(plant, { recursive: true, force: true });
    mkdirSync(path.join(plant, 'package'), { recursive: true });
    const withKey = i % 3 === 0;
    if (withKey) {
      const key = makeKey();
      planted.push(key);
      writeFileSync(path.join(plant, 'package', 'planted-config.js'), `module.exports = { apiKey: "${key}" };\n`);
    }
    // As npm pack lays it out: every file under package/.
    const tgz = path.join(CORPUS, `${name}-${i}.tgz`);
    execFileSync('tar', ['-czf', tgz, '--transform', 's,^\\.,package,', '-C', dir, '.', ...(withKey ? ['-C', plant, 'package/planted-config.js'] : [])], { stdio: 'ignore' });
    if (i % 10 === 0) {
      // A jar-like zip of the same package, with a key of its own.
      const key = makeKey();
      planted.push(key);
      writeFileSync(path.join(plant, 'package', 'planted-config.js'), `apiKey=${key}\n`);
      execFileSync('zip', ['-q', '-r', path.join(CORPUS, `${name}-${i}.jar`), '.'], { cwd: dir, stdio: 'ignore' });
      execFileSync('zip', ['-q', path.join(CORPUS, `${name}-${i}.jar`), 'package/planted-config.js'], { cwd: plant, stdio: 'ignore' });
    }
    i++;
  }
  // Nested: a zip holding a tgz that holds the key.
  rmSync(plant, { recursive: true, force: true });
  mkdirSync(path.join(plant, 'package'), { recursive: true });
  const key = makeKey();
  planted.push(key);
  writeFileSync(path.join(plant, 'package', 'index.js'), `export const k = "${key}";\n`);
  execFileSync('tar', ['-czf', path.join(plant, 'inner.tgz'), '-C', plant, 'package/index.js']);
  execFileSync('zip', ['-q', path.join(CORPUS, 'nested.zip'), 'inner.tgz'], { cwd: plant });
  rmSync(plant, { recursive: true, force: true });
  // Real tarballs from the npm cache, unplanted.
  const cache = path.join(os.homedir(), '.npm/_cacache/content-v2');
  let cached = 0;
  if (existsSync(cache)) {
    const walk = (d) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (cached >= 200) return;
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (statSync(p).size > 2048) {
          const head = readFileSync(p).subarray(0, 2);
          if (head[0] === 0x1f && head[1] === 0x8b) copyFileSync(p, path.join(CORPUS, `cache-${cached++}.tgz`));
        }
      }
    };
    walk(cache);
  }
  return { planted, cached };
}

export async function run() {
  const { planted, cached } = buildCorpus();
  const files = readdirSync(CORPUS);
  const onDisk = files.reduce((n, f) => n + statSync(path.join(CORPUS, f)).size, 0);
  console.log(`corpus: ${CORPUS}: ${files.length} archives (${cached} from the npm cache), ${(onDisk / 1e6).toFixed(1)} MB on disk; ${RUNS} runs after one warm-up, medians\n`);
  const scan = timeRuns('openai-key-scan', process.execPath, ['--import', RSS_PRELOAD, CLI, CORPUS, '-f', 'json', '-q', '--fail-on', 'none', '--show-secrets']);
  if (scan.result.status !== 0) throw new Error(`scan failed: ${scan.result.stderr}`);
  const report = JSON.parse(scan.result.stdout);
  const found = new Set(report.findings.map((f) => f.secret));
  const missed = planted.filter((k) => !found.has(k)).length;
  const outMb = report.stats.bytes / 1e6;
  printRows([
    ['archives opened', report.stats.archives?.opened ?? 0],
    ['members read', report.stats.archives?.members ?? 0],
    ['not read (reasons)', JSON.stringify(report.stats.archives?.reasons ?? {})],
    ['MB compressed (on disk)', (onDisk / 1e6).toFixed(1)],
    ['MB decompressed (scanned)', outMb.toFixed(1)],
    ['wall (s)', `${scan.wall.toFixed(2)} (min ${scan.min.toFixed(2)}, max ${scan.max.toFixed(2)})`],
    ['MB/s compressed', (onDisk / 1e6 / scan.wall).toFixed(0)],
    ['MB/s decompressed', (outMb / scan.wall).toFixed(0)],
    ['peak RSS (MB)', maxRssMb(scan.result.stderr).toFixed(0)],
    ['planted keys found', `${planted.length - missed} of ${planted.length}${missed ? '  MISSED SOME' : ''}`],
    ['findings', report.findings.length],
  ]);
  if (missed) process.exitCode = 1;
}
