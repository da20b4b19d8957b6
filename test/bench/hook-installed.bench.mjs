// Installed hooks (issue 13): a real `git commit` of 20 edited files in a 1,000-file repository through
// each way of installing the scan, against the same commit with `--no-verify` (no hook). What the hook
// adds is compared with bare `node -e 0`, in wall time and in CPU time (user + system of every process
// the commit starts, which a busy machine disturbs less). Target: the hook adds at most 2.5x `node -e 0`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { CLI, ROOT, RUNS, caNote, cpuRun, median, printRows } from './common.mjs';

export const title = 'per-commit cost of each installed hook (a real git commit, against --no-verify)';

const BENCH = path.join(ROOT, '.bench');
const REPO = path.join(BENCH, 'hook-installed');
const HOOK_REPO = path.join(BENCH, 'hook-installed-pre-commit-repo');
const FILES = 1000;
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: path.join(BENCH, 'hook-installed.gitconfig'),
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@b',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@b',
  PRE_COMMIT_HOME: path.join(BENCH, 'pre-commit-home'),
  NO_COLOR: '1',
};
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

function link(target, at) {
  mkdirSync(path.dirname(at), { recursive: true });
  if (!existsSync(at)) symlinkSync(target, at);
}

/** The pre-commit framework's hook repository: this package's files at a commit, as users reference it. */
function buildHookRepo() {
  rmSync(HOOK_REPO, { recursive: true, force: true });
  mkdirSync(HOOK_REPO, { recursive: true });
  git(HOOK_REPO, 'init', '-q');
  for (const f of ['package.json', '.pre-commit-hooks.yaml', 'src/hooks/pre-commit-framework.sh', 'dist']) cpSync(path.join(ROOT, f), path.join(HOOK_REPO, f), { recursive: true });
  git(HOOK_REPO, 'add', '.');
  git(HOOK_REPO, 'commit', '-q', '-m', 'hook repository');
  return git(HOOK_REPO, 'rev-parse', 'HEAD').trim();
}

function buildRepo() {
  mkdirSync(BENCH, { recursive: true });
  writeFileSync(env.GIT_CONFIG_GLOBAL, '[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n');
  // Rebuilt when the package's bins change (the gate's bin came later than the first corpus).
  if (existsSync(path.join(REPO, '.git')) && existsSync(path.join(REPO, 'node_modules/.bin/openai-key-scan-staged')) && (!hasPreCommit || existsSync(path.join(REPO, '.hooks/framework-noop')))) return;
  rmSync(REPO, { recursive: true, force: true });
  console.log(`building ${REPO}: ${FILES} tracked files, husky, lint-staged and this package in node_modules`);
  mkdirSync(REPO, { recursive: true });
  git(REPO, 'init', '-q');
  const sources = execFileSync('git', ['ls-files', 'src', 'test'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.ts'));
  for (let i = 0; i < FILES; i++) {
    const src = sources[i % sources.length];
    const dir = path.join(REPO, `pkg${i % 20}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${i}-${path.basename(src)}`), `// copy ${i}\n${readFileSync(path.join(ROOT, src), 'utf8')}`);
  }
  writeFileSync(path.join(REPO, 'package.json'), `${JSON.stringify({ name: 'app', private: true }, null, 2)}\n`);
  writeFileSync(path.join(REPO, '.gitignore'), 'node_modules\n.hooks\n');
  // The project's node_modules as npm leaves them: the real husky and lint-staged, and this package.
  link(path.join(ROOT, 'node_modules/husky'), path.join(REPO, 'node_modules/husky'));
  link(path.join(ROOT, 'node_modules/lint-staged'), path.join(REPO, 'node_modules/lint-staged'));
  link(ROOT, path.join(REPO, 'node_modules/openai-key-scan'));
  link('../openai-key-scan/dist/cli.cjs', path.join(REPO, 'node_modules/.bin/openai-key-scan'));
  link('../openai-key-scan/dist/staged.sh', path.join(REPO, 'node_modules/.bin/openai-key-scan-staged'));
  link('../lint-staged/bin/lint-staged.js', path.join(REPO, 'node_modules/.bin/lint-staged'));
  link('../husky/bin.js', path.join(REPO, 'node_modules/.bin/husky'));
  const rev = buildHookRepo();
  writeFileSync(path.join(REPO, '.pre-commit-config.yaml'), `repos:\n  - repo: ${HOOK_REPO}\n    rev: ${rev}\n    hooks:\n      - id: openai-key-scan\n`);
  git(REPO, 'add', '.');
  git(REPO, 'commit', '-q', '-m', 'corpus');

  // Each hook in its own folder; a run picks one with -c core.hooksPath.
  const run = (...args) => execFileSync(args[0], args.slice(1), { cwd: REPO, env, stdio: ['ignore', 'pipe', 'inherit'] });
  git(REPO, 'config', 'core.hooksPath', '.hooks/plain');
  run(process.execPath, CLI, 'install');
  git(REPO, 'config', '--unset', 'core.hooksPath');
  run(process.execPath, 'node_modules/husky/bin.js'); // writes .husky/_ and sets core.hooksPath
  git(REPO, 'config', '--unset', 'core.hooksPath');
  mkdirSync(path.join(REPO, '.hooks/lint-staged'), { recursive: true });
  writeFileSync(path.join(REPO, '.hooks/lint-staged/scan.json'), JSON.stringify({ '*': 'openai-key-scan-staged --' }));
  writeFileSync(path.join(REPO, '.hooks/lint-staged/noop.json'), JSON.stringify({ '*': 'true' }));
  if (hasPreCommit) {
    run('pre-commit', 'install');
    run('pre-commit', 'install-hooks');
    mkdirSync(path.join(REPO, '.hooks/framework'), { recursive: true });
    cpSync(path.join(REPO, '.git/hooks/pre-commit'), path.join(REPO, '.hooks/framework/pre-commit'));
    // The framework's own cost: the same generated hook with a config whose one hook runs `true`.
    mkdirSync(path.join(REPO, '.hooks/framework-noop'), { recursive: true });
    writeFileSync(path.join(REPO, '.hooks/framework-noop.yaml'), 'repos:\n  - repo: local\n    hooks:\n      - id: noop\n        name: noop\n        entry: "true"\n        language: system\n');
    const generated = readFileSync(path.join(REPO, '.git/hooks/pre-commit'), 'utf8').replace('--config=.pre-commit-config.yaml', '--config=.hooks/framework-noop.yaml');
    writeFileSync(path.join(REPO, '.hooks/framework-noop/pre-commit'), generated, { mode: 0o755 });
    rmSync(path.join(REPO, '.git/hooks/pre-commit'));
  }
}

function wallOf(cmd, args, label) {
  const r = cpuRun(cmd, args, { cwd: REPO, env });
  if (r.status !== 0) throw new Error(`${label}: ${cmd} ${args.join(' ')} failed (${r.status}): ${r.stdout}${r.stderr}`);
  return r;
}

/**
 * Commit the 20 staged edits through the hook, then undo the commit (untimed) so every run commits
 * the same. Each run also times the same commit with --no-verify and `node -e 0`, interleaved, so a
 * shared machine's load moves all three together.
 */
function timeCommit(label, hooksPath, huskyLine) {
  if (huskyLine !== undefined) writeFileSync(path.join(REPO, '.husky/pre-commit'), `${huskyLine}\n`);
  const hook = [], none = [], bare = [];
  for (let i = 0; i <= RUNS; i++) {
    const h = wallOf('git', ['-c', `core.hooksPath=${hooksPath}`, 'commit', '-q', '-m', 'edit'], label);
    git(REPO, 'reset', '-q', '--soft', 'HEAD~1');
    const n = wallOf('git', ['commit', '-q', '--no-verify', '-m', 'edit'], 'no hook');
    git(REPO, 'reset', '-q', '--soft', 'HEAD~1');
    const b = wallOf(process.execPath, ['-e', '0'], 'node -e 0');
    if (i > 0) hook.push(h), none.push(n), bare.push(b);
  }
  // Wall: medians. CPU: means, since the shell counts it in 10 ms ticks and a median only picks a tick.
  const m = (xs, k) => median(xs.map((x) => x[k]));
  const avg = (xs) => xs.reduce((sum, x) => sum + x.cpu, 0) / xs.length;
  const added = m(hook, 'wall') - m(none, 'wall');
  const addedCpu = avg(hook) - avg(none);
  return { label, hook: m(hook, 'wall'), none: m(none, 'wall'), bare: m(bare, 'wall'), added, ratio: added / m(bare, 'wall'), addedCpu, ratioCpu: addedCpu / avg(bare) };
}

export async function run() {
  buildRepo();
  const tracked = git(REPO, 'ls-files', 'pkg*').split('\n').filter(Boolean).slice(0, 20);
  for (const f of tracked) writeFileSync(path.join(REPO, f), `${readFileSync(path.join(REPO, f), 'utf8')}\nexport const edited = ${Date.now()};\n`);
  git(REPO, 'add', ...tracked);
  try {
    const scan = [], bare = [];
    for (let i = 0; i <= RUNS; i++) {
      const r = wallOf(process.execPath, [CLI, 'staged', '-q'], 'staged');
      const b = wallOf(process.execPath, ['-e', '0'], 'node -e 0');
      if (i > 0) scan.push(r), bare.push(b);
    }
    const cpuOf = (xs) => xs.reduce((sum, x) => sum + x.cpu, 0) / xs.length;
    const rows = [
      timeCommit('plain git hook (install: the gate)', '.hooks/plain'),
      timeCommit('husky 9 (install: openai-key-scan-staged)', '.husky/_', 'openai-key-scan-staged'),
      timeCommit('husky 9, openai-key-scan staged (no gate)', '.husky/_', 'openai-key-scan staged'),
      timeCommit('husky 9, a no-op line (husky itself)', '.husky/_', 'true'),
      timeCommit('husky 9, old npx line', '.husky/_', 'npx --no-install openai-key-scan staged'),
      timeCommit('husky 9 + lint-staged task', '.husky/_', 'lint-staged --config .hooks/lint-staged/scan.json'),
      timeCommit('husky 9 + lint-staged no-op', '.husky/_', 'lint-staged --config .hooks/lint-staged/noop.json'),
      timeCommit('husky 9 line, then lint-staged no-op', '.husky/_', 'openai-key-scan-staged\nlint-staged --config .hooks/lint-staged/noop.json'),
      ...(hasPreCommit ? [timeCommit('pre-commit framework', '.hooks/framework'), timeCommit('pre-commit framework, a no-op hook (itself)', '.hooks/framework-noop')] : []),
    ];
    // The same commit with a key-shaped word on one added line: the gate hands it to the scanner.
    const literal = tracked[0];
    writeFileSync(path.join(REPO, literal), `${readFileSync(path.join(REPO, literal), 'utf8')}// OPENAI_API_KEY comes from the environment\n`);
    git(REPO, 'add', literal);
    rows.push(timeCommit('husky 9 (install), an added line holds a literal', '.husky/_', 'openai-key-scan-staged'));
    const ms = (s) => (s * 1000).toFixed(0);
    printRows([
      ['tracked files / staged', `${FILES + 3} / ${tracked.length}`],
      ['staged scan alone', `${ms(median(scan.map((x) => x.wall)))} ms; CPU ${ms(cpuOf(scan))} ms = ${(cpuOf(scan) / cpuOf(bare)).toFixed(2)}x node -e 0 (${ms(cpuOf(bare))} ms)`],
      ...rows.map((r) => [r.label, `${ms(r.hook)} ms against ${ms(r.none)} with no hook: adds ${ms(r.added)} ms = ${r.ratio.toFixed(2)}x node -e 0 (${ms(r.bare)} ms); CPU adds ${ms(r.addedCpu)} ms = ${r.ratioCpu.toFixed(2)}x`]),
      ['target', 'adds <= 2.5x node -e 0'],
      ['node -e 0', caNote()],
      ...(hasPreCommit ? [] : [['pre-commit framework', 'not measured: pre-commit is not installed']]),
    ]);
  } finally {
    git(REPO, 'reset', '-q', '--hard');
  }
}
