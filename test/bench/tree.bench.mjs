// Tree scan: a real corpus (pinned npm packages) with the built CLI and, when rg is installed, time
// `rg -uu -F T3BlbkFJ` (= `rg --hidden --no-ignore -F`) over the same tree as the floor. Whole-process
// wall time, CPU time (user + sys, all threads) and peak RSS, default jobs and `-j 1`.
//
// The corpus is a preset (OKS_BENCH_CORPUS=npm, the default, or frontend) or any package list
// (OKS_BENCH_PACKAGES="react@19.3.1 vite@8.4.0 ..."), installed once under .bench/ in a folder keyed
// by the list. OKS_BENCH_DIR names the folder instead.
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { CLI, ROOT, RUNS, median, printRows, RSS_PRELOAD, maxRssMb } from './common.mjs';

/** Named corpora: `npm` (the default: large generated SDKs, minified bundles) and `frontend`. */
export const PRESETS = {
  npm: [
    'googleapis@144.0.0',
    'typescript@5.9.3',
    'aws-sdk@2.1692.0',
    'next@15.5.4',
    'date-fns@4.1.0',
    'rxjs@7.8.2',
    'lodash@4.17.21',
    'monaco-editor@0.52.2',
  ],
  // Popular front-end and tooling packages with their dependencies (~570 MB, ~27k files; icon sets
  // left out, since their tens of thousands of tiny files would make it a test of opening files).
  frontend: [
    'react@19.3.1',
    'react-dom@19.3.1',
    '@mui/material@9.5.0',
    '@babel/core@8.1.3',
    'webpack@5.113.0',
    'eslint@10.15.0',
    'typescript@7.0.2',
    'vite@8.4.0',
    'rollup@4.68.8',
    '@angular/core@22.2.6',
    '@angular/compiler@22.2.6',
    'vue@3.5.45',
    'three@0.187.0',
    'lodash@4.18.1',
    'rxjs@7.8.2',
    'next@16.4.6',
  ],
};

/** The package list this run benches, and the folder it is installed in. */
export function corpusChoice() {
  const listed = process.env.OKS_BENCH_PACKAGES?.split(/[\s,]+/).filter(Boolean);
  if (listed?.length) {
    const key = createHash('sha256').update([...listed].sort().join('\n')).digest('hex').slice(0, 10);
    return { name: `packages ${key}`, packages: listed, dir: process.env.OKS_BENCH_DIR ?? path.join(ROOT, `.bench/corpus-${key}`) };
  }
  const name = process.env.OKS_BENCH_CORPUS ?? 'npm';
  const packages = PRESETS[name];
  if (!packages) throw new Error(`OKS_BENCH_CORPUS: no preset ${name} (${Object.keys(PRESETS).join(', ')})`);
  // The default preset keeps its historical folder, which the history and scale sections reuse.
  const dir = process.env.OKS_BENCH_DIR ?? path.join(ROOT, name === 'npm' ? '.bench/corpus' : `.bench/corpus-${name}`);
  return { name, packages, dir };
}

/** Install `packages` under `dir` once; returns its node_modules. Without arguments: the default preset. */
export function buildCorpus(packages = PRESETS.npm, dir = process.env.OKS_BENCH_DIR ?? path.join(ROOT, '.bench/corpus')) {
  const tree = path.join(dir, 'node_modules');
  if (existsSync(tree)) return tree;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"name":"oks-bench-corpus","private":true}\n');
  console.log(`building the corpus in ${dir}:\n  npm install --ignore-scripts --no-package-lock ${packages.join(' ')}`);
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', ...packages], { cwd: dir, stdio: 'inherit' });
  return tree;
}

const TIME = '/usr/bin/time';
const hasTime = spawnSync(TIME, ['-f', '%U', 'true']).status === 0;

/**
 * Run a command 1 + RUNS times (the first warms caches); median wall and CPU (user + sys) seconds,
 * peak RSS (MB, GNU time when installed) and the last result.
 */
function timeCpuRuns(cmd, args) {
  const walls = [];
  const cpus = [];
  const rss = [];
  let last;
  for (let i = 0; i <= RUNS; i++) {
    const t = process.hrtime.bigint();
    last = hasTime
      ? spawnSync(TIME, ['-f', 'OKS_TIME %U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
      : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const wall = Number(process.hrtime.bigint() - t) / 1e9;
    if (last.error) throw last.error;
    if (i === 0) continue;
    walls.push(wall);
    const m = /OKS_TIME ([\d.]+) ([\d.]+) (\d+)/.exec(last.stderr);
    if (m) {
      cpus.push(Number(m[1]) + Number(m[2]));
      rss.push(Number(m[3]) / 1024);
    }
  }
  return {
    wall: median(walls),
    min: Math.min(...walls),
    max: Math.max(...walls),
    cpu: cpus.length ? median(cpus) : NaN,
    rss: rss.length ? Math.max(...rss) : maxRssMb(last.stderr),
    result: last,
  };
}

export const title = 'tree scan of a real corpus';

export async function run() {
  const choice = corpusChoice();
  const tree = buildCorpus(choice.packages, choice.dir);
  console.log(`corpus ${choice.name}: ${tree}; ${RUNS} runs after one warm-up, medians\n`);

  const scanArgs = ['--import', RSS_PRELOAD, CLI, tree, '-f', 'json', '-q', '--fail-on', 'none'];
  const scan = timeCpuRuns(process.execPath, scanArgs);
  if (scan.result.status !== 0) throw new Error(`scan failed: ${scan.result.stderr}`);
  const one = timeCpuRuns(process.execPath, [...scanArgs, '-j', '1']);
  const report = JSON.parse(scan.result.stdout);
  const mb = report.stats.bytes / 1024 / 1024;
  const rows = [
    ['files scanned', report.stats.files],
    ['skipped', JSON.stringify(report.stats.skipped)],
    ['MB scanned', mb.toFixed(1)],
    ['wall (s)', `${scan.wall.toFixed(2)} (min ${scan.min.toFixed(2)}, max ${scan.max.toFixed(2)})`],
    ['CPU user+sys (s)', scan.cpu.toFixed(2)],
    ['MB/s', (mb / scan.wall).toFixed(0)],
    ['peak RSS (MB)', `${scan.rss.toFixed(0)} (target <= 200)`],
    ['findings', report.findings.length],
    ['-j 1 wall / CPU (s)', `${one.wall.toFixed(2)} / ${one.cpu.toFixed(2)}, peak RSS ${one.rss.toFixed(0)} MB`],
    ['-j 1 / default (wall)', `${(one.wall / scan.wall).toFixed(2)}x`],
  ];
  const hasRg = spawnSync('rg', ['--version']).status === 0;
  if (hasRg) {
    const rg = timeCpuRuns('rg', ['-uu', '-F', '-c', '--no-messages', 'T3BlbkFJ', tree]);
    rows.push(['rg -uu -F T3BlbkFJ wall / CPU (s)', `${rg.wall.toFixed(3)} / ${rg.cpu.toFixed(2)}`]);
    rows.push(['ratio to rg (wall)', `${(scan.wall / rg.wall).toFixed(2)}x (target <= 4x)`]);
    rows.push(['ratio to rg (CPU)', `${(scan.cpu / rg.cpu).toFixed(2)}x`]);
  } else {
    rows.push(['rg', 'not installed: apt-get install ripgrep for the reference floor']);
  }
  printRows(rows);
}
