// Hook latency (issue 3): `openai-key-scan staged` in a repository of 5,000+ tracked files with a
// commit of 20 staged files of ordinary size, against bare `node -e 0` in the same run, interleaved:
// wall time, and CPU time (user + system of the process and its git children), which a shared
// machine disturbs less. Target: <= 3x bare Node start-up.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { CLI, ROOT, RUNS, caNote, cpuRun, median, printRows } from './common.mjs';

export const title = 'pre-commit hook latency (staged scan)';

const REPO = process.env.OKS_BENCH_HOOK_DIR ?? path.join(ROOT, '.bench/hook-repo');
const FILES = 5000;
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' };
const git = (...args) => execFileSync('git', args, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'inherit'] });

/** Real text: this repository's own sources, repeated with edits, as the tracked files. */
function buildRepo() {
  if (existsSync(path.join(REPO, '.git'))) return;
  console.log(`building ${REPO}: ${FILES} tracked files from this repository's sources`);
  mkdirSync(REPO, { recursive: true });
  git('init', '-q');
  const sources = execFileSync('git', ['ls-files', 'src', 'test'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.ts'));
  for (let i = 0; i < FILES; i++) {
    const src = sources[i % sources.length];
    const dir = path.join(REPO, `pkg${i % 50}`, `m${i % 7}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${i}-${path.basename(src)}`), `// copy ${i}\n${readFileSync(path.join(ROOT, src), 'utf8')}`);
  }
  git('add', '.');
  git('commit', '-q', '-m', 'corpus');
}

export async function run() {
  buildRepo();
  // 20 staged files of ordinary size: edits to tracked files, a new line each.
  const tracked = git('ls-files').toString().split('\n').filter(Boolean).slice(0, 20);
  for (const f of tracked) writeFileSync(path.join(REPO, f), `${readFileSync(path.join(REPO, f), 'utf8')}\nexport const edited = ${Date.now()};\n`);
  git('add', ...tracked);
  const staged = [], bare = [];
  for (let i = 0; i <= RUNS; i++) {
    const r = cpuRun(process.execPath, [CLI, 'staged', '-q'], { cwd: REPO, env });
    if (r.status !== 0) throw new Error(`staged scan failed: ${r.stdout}${r.stderr}`);
    const b = cpuRun(process.execPath, ['-e', '0']);
    if (i > 0) staged.push(r), bare.push(b);
  }
  git('reset', '-q', '--hard');
  const ms = (s) => (s * 1000).toFixed(0);
  const wall = (xs) => median(xs.map((x) => x.wall));
  // CPU: means, since the shell counts it in 10 ms ticks.
  const cpu = (xs) => xs.reduce((sum, x) => sum + x.cpu, 0) / xs.length;
  printRows([
    ['tracked files', git('ls-files').toString().split('\n').filter(Boolean).length],
    ['staged files', tracked.length],
    ['openai-key-scan staged', `${ms(wall(staged))} ms (min ${ms(Math.min(...staged.map((x) => x.wall)))}); CPU ${ms(cpu(staged))} ms`],
    ['node -e 0', `${ms(wall(bare))} ms; CPU ${ms(cpu(bare))} ms (${caNote()})`],
    ['ratio', `${(wall(staged) / wall(bare)).toFixed(2)}x wall, ${(cpu(staged) / cpu(bare)).toFixed(2)}x CPU (target <= 3x)`],
  ]);
}
