// Many repositories (issue 18): N local bare repositories, listed by file:// URL, scanned by the
// organisation-scan shard script (.github/org-scan/shard.sh) as on one machine: `xargs -P` over
// shards, each repository cloned with --mirror, scanned (history --format jsonl) and deleted, then
// merge.mjs. Against the same shards with a scanner that does nothing (the clone-and-delete floor).
// Repositories per second, and the peak RSS of each scanner process.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { CLI, ROOT, median, printRows, RUNS } from './common.mjs';

export const title = 'many repositories: shard.sh over local mirrors, xargs -P';

const DIR = process.env.OKS_BENCH_REPOS_DIR ?? path.join(ROOT, '.bench/repos');
const REPOS = Number(process.env.OKS_BENCH_REPOS ?? 100);
const COMMITS = 40;
const JOBS = Math.max(2, availableParallelism());
const SHARD = path.join(ROOT, '.github/org-scan/shard.sh');
const MERGE = path.join(ROOT, '.github/org-scan/merge.mjs');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const rand = (n) => Array.from({ length: n }, () => ALNUM[Math.floor(Math.random() * ALNUM.length)]).join('');
const key = () => ['sk', 'proj', rand(74) + ['T3Bl', 'bkFJ'].join('') + rand(74)].join('-');

/** N bare repositories of COMMITS commits each (git fast-import), a key in every fifth. */
function buildRepos() {
  const list = path.join(DIR, 'repos.txt');
  if (existsSync(list)) return list;
  console.log(`building ${REPOS} bare repositories of ${COMMITS} commits under ${DIR}`);
  mkdirSync(DIR, { recursive: true });
  const text = execFileSync('git', ['ls-files', 'src'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean).slice(0, 30);
  const urls = [];
  for (let r = 0; r < REPOS; r++) {
    const repo = path.join(DIR, `repo-${String(r).padStart(3, '0')}.git`);
    execFileSync('git', ['init', '-q', '--bare', repo]);
    const chunks = [];
    for (let c = 0; c < COMMITS; c++) {
      const file = text[(r + c) % text.length];
      let body = `// repo ${r} commit ${c}\n${execFileSync('git', ['show', `HEAD:${file}`], { cwd: ROOT, encoding: 'utf8' })}`;
      if (r % 5 === 0 && c === COMMITS / 2) body += `\nexport const apiKey = '${key()}';\n`;
      const msg = `commit ${c}`;
      chunks.push(`commit refs/heads/main\ncommitter Bench <bench@example.test> ${1700000000 + c * 60} +0000\ndata ${msg.length}\n${msg}\n`);
      chunks.push(`M 100644 inline ${file}\ndata ${Buffer.byteLength(body)}\n${body}\n`);
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: chunks.join('') });
    urls.push(pathToFileURL(repo).href);
  }
  writeFileSync(list, `${urls.join('\n')}\n`);
  return list;
}

/** All shards through `xargs -P JOBS`; wall seconds, the scanners' stderr, and the merged summary. */
function runShards(list, oksBin) {
  const out = mkdtempSync(path.join(tmpdir(), 'oks-bench-shards-'));
  const shards = JOBS * 2;
  const t = process.hrtime.bigint();
  // `times` prints the CPU time of every process the shell waited for: git, node, bash and all.
  const r = spawnSync('bash', ['-c', `seq 0 ${shards - 1} | xargs -P ${JOBS} -I{} "$0" "$1" {} ${shards} "$2"; times >&2`, SHARD, list, out], {
    env: { ...process.env, OKS_BIN: oksBin },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`shards failed: ${r.stderr}`);
  const files = readdirSync(out).map((f) => path.join(out, f));
  const merged = spawnSync(process.execPath, [MERGE, ...files], { encoding: 'utf8' });
  rmSync(out, { recursive: true, force: true });
  const summary = JSON.parse(merged.stdout.trim().split('\n').at(-1));
  const [, m1, s1, m2, s2] = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(r.stderr.trim()) ?? [];
  const cpu = Number(m1) * 60 + Number(s1) + Number(m2) * 60 + Number(s2);
  return { wall, cpu, stderr: r.stderr, summary };
}

export async function run() {
  const list = buildRepos();
  // Peak RSS and CPU time of each scanner process, printed at its exit. A file, not a data: URL:
  // shard.sh splits OKS_BIN on spaces.
  const preload = path.join(DIR, 'usage-preload.mjs');
  writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`\\nOKS_MAXRSS_KB ${u.maxRSS} OKS_CPU_US ${u.userCPUTime + u.systemCPUTime}\\n`); });\n");
  const runs = Math.min(RUNS, 3);
  const floor = [];
  const scans = [];
  let last;
  for (let i = 0; i < runs; i++) {
    floor.push(runShards(list, 'true')); // clone and delete only
    scans.push((last = runShards(list, `${process.execPath} --import ${pathToFileURL(preload).href} ${CLI}`)));
  }
  const usage = [...last.stderr.matchAll(/OKS_MAXRSS_KB (\d+) OKS_CPU_US (\d+)/g)];
  const rss = usage.map((m) => Number(m[1]) / 1024);
  const scanCpu = usage.map((m) => Number(m[2]) / 1e6);
  if (last.summary.repositories !== REPOS || last.summary.errors.length) throw new Error(`merge: ${JSON.stringify(last.summary)}`);
  const wall = median(scans.map((s) => s.wall));
  const cpu = median(scans.map((s) => s.cpu));
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  printRows([
    ['repositories', `${REPOS} bare, ${COMMITS} commits each, file:// URLs`],
    ['shards / parallel', `${JOBS * 2} / xargs -P ${JOBS} (load average ${load} at the end)`],
    ['clone + delete only (s)', `wall ${median(floor.map((s) => s.wall)).toFixed(2)}, CPU ${median(floor.map((s) => s.cpu)).toFixed(2)}`],
    ['clone + scan + delete (s)', `wall ${wall.toFixed(2)} (min ${Math.min(...scans.map((s) => s.wall)).toFixed(2)}), CPU ${cpu.toFixed(2)}`],
    ['repositories per second', `${(REPOS / wall).toFixed(1)} wall; ${((REPOS / cpu) * JOBS).toFixed(1)} on ${JOBS} idle cores (from CPU time)`],
    ['one scanner process', `CPU ${(median(scanCpu) * 1000).toFixed(0)} ms median; peak RSS median ${median(rss).toFixed(0)} MB, max ${Math.max(...rss).toFixed(0)} MB (${rss.length} processes)`],
    ['findings (merged)', `${last.summary.findings} in ${last.summary.repositoriesWithFindings} repositories`],
  ]);
}
