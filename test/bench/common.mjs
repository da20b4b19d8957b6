// Shared pieces of the benchmark sections (test/bench/*.bench.mjs).
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.cjs');
export const RUNS = Number(process.env.OKS_BENCH_RUNS ?? 5);

/** Node preload that prints the process's own peak RSS at exit (read back with maxRssMb). */
export const RSS_PRELOAD =
  "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nOKS_MAXRSS_KB '+process.resourceUsage().maxRSS+'\\n'))";

export function maxRssMb(stderr) {
  return Number(/OKS_MAXRSS_KB (\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function printRows(rows) {
  for (const [k, v] of rows) console.log(`${String(k).padEnd(30)} ${v}`);
}

/** Run a command 1 + RUNS times (the first warms caches) and return median/min/max wall seconds and the last result. */
export function timeRuns(label, cmd, args, options = {}) {
  const walls = [];
  let last;
  for (let i = 0; i <= RUNS; i++) {
    const t = process.hrtime.bigint();
    last = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
    const wall = Number(process.hrtime.bigint() - t) / 1e9;
    if (last.error) throw last.error;
    if (i > 0) walls.push(wall);
  }
  return { label, wall: median(walls), min: Math.min(...walls), max: Math.max(...walls), result: last };
}

/**
 * Run a command once: wall seconds, and CPU seconds (user + system) of the command and everything it
 * started, as the shell's `times` reports them. On a shared machine the CPU time holds still where
 * the wall time does not.
 */
export function cpuRun(cmd, args, options = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync('sh', ['-c', '"$@"; s=$?; echo OKS_TIMES >&2; times >&2; exit $s', 'sh', cmd, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  const [, times = ''] = r.stderr.split('OKS_TIMES\n');
  const children = times.split('\n')[1] ?? '';
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
  return { wall, cpu, status: r.status, stdout: r.stdout, stderr: r.stderr.split('OKS_TIMES\n')[0] };
}

/** NODE_EXTRA_CA_CERTS makes every Node start-up parse that file: `node -e 0` costs several times more, so ratios to it shrink. */
export function caNote() {
  return process.env.NODE_EXTRA_CA_CERTS ? 'NODE_EXTRA_CA_CERTS is set: node -e 0 includes parsing it (ratios are lower than without it)' : 'NODE_EXTRA_CA_CERTS is not set';
}
