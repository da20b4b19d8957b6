// Tree scan: a real corpus (pinned npm packages, ≥300 MB) with the built CLI and, when rg is
// installed, time `rg -F T3BlbkFJ` over the same tree as the floor. Whole-process wall time and peak RSS.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { CLI, ROOT, RUNS, printRows, RSS_PRELOAD, maxRssMb, timeRuns } from './common.mjs';

const CORPUS = process.env.OKS_BENCH_DIR ?? path.join(ROOT, '.bench/corpus');
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

export function buildCorpus() {
  const tree = path.join(CORPUS, 'node_modules');
  if (existsSync(tree)) return tree;
  mkdirSync(CORPUS, { recursive: true });
  writeFileSync(path.join(CORPUS, 'package.json'), '{"name":"oks-bench-corpus","private":true}\n');
  console.log(`building the corpus in ${CORPUS}:\n  npm install --ignore-scripts --no-package-lock ${PACKAGES.join(' ')}`);
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', ...PACKAGES], { cwd: CORPUS, stdio: 'inherit' });
  return tree;
}

export const title = 'tree scan of a real corpus';

export async function run() {
const tree = buildCorpus();
console.log(`corpus: ${tree}; ${RUNS} runs after one warm-up, medians\n`);

const scan = timeRuns('openai-key-scan', process.execPath, ['--import', RSS_PRELOAD, CLI, tree, '-f', 'json', '-q', '--fail-on', 'none']);
if (scan.result.status !== 0) throw new Error(`scan failed: ${scan.result.stderr}`);
const report = JSON.parse(scan.result.stdout);
const rssMb = maxRssMb(scan.result.stderr);
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
printRows(rows);
}
