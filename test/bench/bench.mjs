#!/usr/bin/env node
// npm run bench: scan a real corpus (pinned npm packages, ≥300 MB) with the built CLI and, when rg is
// installed, time `rg -F T3BlbkFJ` over the same tree as the floor. Whole-process wall time and peak RSS.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const CORPUS = process.env.OKS_BENCH_DIR ?? path.join(ROOT, '.bench/corpus');
const RUNS = Number(process.env.OKS_BENCH_RUNS ?? 5);
const PACKAGES = [
  'googleapis@144.0.0',
  'typescript@5.9.3',
  'aws-sdk@2.1692.0',
  'next@15.5.4',
  'date-fns@4.1.0',
  'rxjs@7.8.2',
  'lodash@4.17.21',
  'monaco-editor@0.52.2',
];
// Peak RSS of the scanner process itself, reported by Node at exit.
const RSS_PRELOAD = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nOKS_MAXRSS_KB '+process.resourceUsage().maxRSS+'\\n'))";

function buildCorpus() {
  const tree = path.join(CORPUS, 'node_modules');
  if (existsSync(tree)) return tree;
  mkdirSync(CORPUS, { recursive: true });
  writeFileSync(path.join(CORPUS, 'package.json'), '{"name":"oks-bench-corpus","private":true}\n');
  console.log(`building the corpus in ${CORPUS}:\n  npm install --ignore-scripts --no-package-lock ${PACKAGES.join(' ')}`);
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', ...PACKAGES], { cwd: CORPUS, stdio: 'inherit' });
  return tree;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeRuns(label, cmd, args) {
  const walls = [];
  let last;
  for (let i = 0; i <= RUNS; i++) {
    const t = process.hrtime.bigint();
    last = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const wall = Number(process.hrtime.bigint() - t) / 1e9;
    if (last.error) throw last.error;
    if (i > 0) walls.push(wall); // the first run warms the page cache
  }
  return { label, wall: median(walls), min: Math.min(...walls), max: Math.max(...walls), result: last };
}

const tree = buildCorpus();
console.log(`corpus: ${tree}; ${RUNS} runs after one warm-up, medians\n`);

const scan = timeRuns('openai-key-scan', process.execPath, ['--import', RSS_PRELOAD, CLI, tree, '-f', 'json', '-q', '--fail-on', 'none']);
if (scan.result.status !== 0) throw new Error(`scan failed: ${scan.result.stderr}`);
const report = JSON.parse(scan.result.stdout);
const rssMb = Number(/OKS_MAXRSS_KB (\d+)/.exec(scan.result.stderr)?.[1] ?? 0) / 1024;
const mb = report.stats.bytes / 1024 / 1024;
const rows = [
  ['files scanned', report.stats.files],
  ['skipped', JSON.stringify(report.stats.skipped)],
  ['MB scanned', mb.toFixed(1)],
  ['wall (s)', `${scan.wall.toFixed(2)} (min ${scan.min.toFixed(2)}, max ${scan.max.toFixed(2)})`],
  ['MB/s', (mb / scan.wall).toFixed(0)],
  ['peak RSS (MB)', `${rssMb.toFixed(0)} (target <= 200)`],
  ['findings', report.findings.length],
];
const hasRg = spawnSync('rg', ['--version']).status === 0;
if (hasRg) {
  const rg = timeRuns('rg', 'rg', ['-uu', '-F', '-c', '--no-messages', 'T3BlbkFJ', tree]);
  rows.push(['rg -uu -F T3BlbkFJ wall (s)', rg.wall.toFixed(2)]);
  rows.push(['ratio to rg', `${(scan.wall / rg.wall).toFixed(2)}x (target <= 5x)`]);
} else {
  rows.push(['rg', 'not installed: apt-get install ripgrep for the reference floor']);
}
for (const [k, v] of rows) console.log(`${k.padEnd(28)} ${v}`);
