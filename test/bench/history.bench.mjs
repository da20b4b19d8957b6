// History scan (issue 4): a repository of 2,000+ commits and 50+ MB of patches, built reproducibly
// with git fast-import from the text files of the tree section's pinned npm packages (sorted, so every
// machine builds the same history), with edits between commits. Wall time and peak RSS of
// `openai-key-scan history` against `git log -p --all` in the same run. Target: <= 1.3x git.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { CLI, ROOT, RSS_PRELOAD, maxRssMb, printRows, timeRuns } from './common.mjs';
import { buildCorpus } from './tree.bench.mjs';

export const title = 'history scan of 2,000+ commits';

const REPO = process.env.OKS_BENCH_HISTORY_DIR ?? path.join(ROOT, '.bench/history-repo');
const COMMITS = 2400;

function textFiles(corpus) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else if (/\.(js|mjs|cjs|ts|md)$/.test(name) && st.size > 8000 && st.size < 2_000_000) out.push(p);
    }
  };
  // The tree section's corpus of pinned npm packages (built on first use).
  walk(corpus);
  return out;
}

function buildRepo() {
  if (existsSync(path.join(REPO, '.git'))) return;
  const corpus = buildCorpus();
  const files = textFiles(corpus);
  console.log(`building ${REPO}: ${COMMITS} commits with git fast-import from the first of ${files.length} text files of the corpus`);
  mkdirSync(REPO, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: REPO });
  const chunks = [];
  const added = [];
  let next = 0;
  for (let i = 0; i < COMMITS; i++) {
    const ops = [];
    // Two of three commits add a file; the others edit one added earlier (a line changed, one appended).
    if (i % 3 !== 2 && next < files.length) {
      const src = files[next++];
      const name = `pkg/${path.relative(corpus, src)}`;
      added.push({ name, text: readFileSync(src, 'utf8') });
      ops.push(added[added.length - 1]);
    } else if (added.length) {
      const f = added[(i * 7919) % added.length];
      const lines = f.text.split('\n');
      lines[(i * 31) % lines.length] = `// edited in commit ${i}`;
      f.text = `${lines.join('\n')}\nexport const rev${i} = ${i};\n`;
      ops.push(f);
    }
    const msg = `commit ${i}`;
    chunks.push(`commit refs/heads/main\ncommitter Bench <bench@example.test> ${1700000000 + i * 60} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n`);
    for (const op of ops) chunks.push(`M 100644 inline ${op.name}\ndata ${Buffer.byteLength(op.text)}\n${op.text}\n`);
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: REPO, input: chunks.join('') , maxBuffer: 1 << 30 });
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: REPO });
}

export async function run() {
  buildRepo();
  const commits = execFileSync('git', ['rev-list', '--all', '--count'], { cwd: REPO, encoding: 'utf8' }).trim();
  // Counted by a pipe, not read into this process: a child's peak RSS on Linux starts from its parent's
  // at fork, so a bench process holding the whole patch text would inflate every RSS figure below.
  const patchBytes = Number(execFileSync('bash', ['-c', 'git log -p --all | wc -c'], { cwd: REPO, encoding: 'utf8' }).trim());
  // Memory flat as history grows: the same scan over the first eighth of the commits.
  const eighth = execFileSync('git', ['rev-list', '--reverse', 'main'], { cwd: REPO, encoding: 'utf8' }).split('\n')[Math.floor(Number(commits) / 8) - 1];
  const small = spawnSync(process.execPath, ['--import', RSS_PRELOAD, CLI, 'diff', '--base', '0'.repeat(40), '--head', eighth, '-f', 'json', '-q', '--fail-on', 'none'], { cwd: REPO, encoding: 'utf8' });
  if (small.status !== 0) throw new Error(`diff scan failed: ${small.stderr}`);
  const gitRun = timeRuns('git log -p --all', 'bash', ['-c', 'git log -p --all > /dev/null'], { cwd: REPO });
  const scan = timeRuns('history', process.execPath, ['--import', RSS_PRELOAD, CLI, 'history', '-f', 'json', '-q', '--fail-on', 'none'], { cwd: REPO });
  if (scan.result.status !== 0) throw new Error(`history scan failed: ${scan.result.stderr}`);
  printRows([
    ['commits', commits],
    ['patch MB (git log -p --all)', (patchBytes / 1024 / 1024).toFixed(1)],
    ['git log -p --all wall (s)', gitRun.wall.toFixed(2)],
    ['openai-key-scan history (s)', `${scan.wall.toFixed(2)} (min ${scan.min.toFixed(2)}, max ${scan.max.toFixed(2)})`],
    ['ratio', `${(scan.wall / gitRun.wall).toFixed(2)}x (target <= 1.3x)`],
    ['peak RSS (MB)', `${maxRssMb(scan.result.stderr).toFixed(0)} (first ${Math.floor(Number(commits) / 8)} commits: ${maxRssMb(small.stderr).toFixed(0)})`],
    ['findings', JSON.parse(scan.result.stdout).findings.length],
  ]);
}
