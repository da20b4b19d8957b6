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
