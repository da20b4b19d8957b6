import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, PKG } from '../helpers/built.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir, type Repo } from '../helpers/repo.js';

/**
 * The installed hook stopping real `git commit`s (issue 3): a plain git hook, and husky v9 (the real
 * package from node_modules, copied into the test repository: nothing is downloaded).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');

function commit(repo: Repo, ...args: string[]) {
  const r = spawnSync('git', ['commit', '-m', 'test commit', ...args], { cwd: repo.dir, env: { ...repo.env, NO_COLOR: '1' }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

function install(repo: Repo, ...args: string[]) {
  const r = runCli(['install', ...args], { cwd: repo.dir, env: repo.env });
  expect(r.code, r.stderr).toBe(0);
  // Never "added" unless a commit runs the line: each one is followed by a real commit of a key.
  if (/added|updated|already set up/.test(r.stdout) && !args.includes('--uninstall')) expectBlocks(repo);
  return r.stdout;
}

function refused(repo: Repo, ...args: string[]) {
  const r = runCli(['install', ...args], { cwd: repo.dir, env: repo.env });
  expect(r.code, r.stdout + r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  return r.stderr;
}

/** A key committed now is stopped by the hook, and the repository is left as it was. */
function expectBlocks(repo: Repo) {
  const probe = 'oks-probe.ts';
  repo.write(probe, `export const probe = "${makeKey()}";\n`);
  repo.git('add', probe);
  const r = commit(repo);
  repo.git('rm', '-q', '--cached', probe);
  rmSync(path.join(repo.dir, probe));
  expect(r.code, r.out).not.toBe(0);
  expect(r.out).toMatch(/This commit was stopped|oks-probe\.ts/);
}

/** The project's node_modules as `npm install -D openai-key-scan` leaves it (this package built from src/). */
function installPackage(dir: string) {
  mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(PKG, path.join(dir, 'node_modules/openai-key-scan'));
  // Every bin package.json names, linked as npm links them.
  const { bin } = JSON.parse(readFileSync(path.join(PKG, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  for (const [name, file] of Object.entries(bin)) symlinkSync(`../openai-key-scan/${file}`, path.join(dir, 'node_modules/.bin', name));
}

function writeHook(repo: Repo, text: string): string {
  const file = hookFile(repo);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text, { mode: 0o755 });
  return file;
}

function execGit(repo: Repo, args: string[]) {
  return spawnSync('git', args, { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
}

function hookFile(repo: Repo): string {
  return path.join(repo.dir, repo.git('rev-parse', '--git-path', 'hooks').trim(), 'pre-commit');
}

describe('plain git hook', () => {
  it('blocks a commit with a key, naming it redacted with the ways out, and lets it through once removed', () => {
    const repo = makeRepo();
    repo.commitFile('init', 'README.md', '# app\n');
    expect(install(repo)).toMatch(/added the staged scan to \.git\/hooks\/pre-commit/);
    const key = makeKey();
    repo.write('src/app.ts', `export const client = new OpenAI({ apiKey: "${key}" });\n`);
    repo.git('add', '.');
    const blocked = commit(repo);
    expect(blocked.code).toBe(1);
    expect(blocked.out).toContain('src/app.ts');
    expect(blocked.out).toMatch(/1:45\s+high\s+openai-project-key\s+sk-proj-…/);
    expect(blocked.out).toContain('This commit was stopped. Three ways out:');
    expect(blocked.out).not.toContain(key);
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('1');

    repo.write('src/app.ts', 'export const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n');
    repo.git('add', '.');
    expect(commit(repo).code).toBe(0);
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('2');
  });

  it('lets a line marked openai-key-scan:allow through', () => {
    const repo = makeRepo();
    install(repo);
    repo.write('test/fixture.ts', `const revoked = "${makeKey()}"; // openai-key-scan:allow revoked test key\n`);
    repo.git('add', '.');
    expect(commit(repo).code).toBe(0);
  });

  it('judges `git commit -a` and `git commit <path>` by the index git builds for them', () => {
    const repo = makeRepo();
    repo.write('a.ts', 'const a = 1;\n');
    repo.write('b.ts', 'const b = 1;\n');
    repo.commit('init');
    install(repo);
    repo.write('a.ts', `const a = "${makeKey()}";\n`);
    repo.write('b.ts', 'const b = 2;\n');
    repo.git('add', 'b.ts');
    // Plain commit: a.ts's key is not staged, so it is not in this commit.
    expect(commit(repo).code).toBe(0);
    const all = commit(repo, '-a');
    expect(all.code).toBe(1);
    expect(all.out).toContain('a.ts');
    const byPath = commit(repo, '--', 'a.ts');
    expect(byPath.code).toBe(1);
    expect(byPath.out).toContain('a.ts');
  });

  it('keeps the hook’s other lines, is idempotent, and --uninstall removes only its line', () => {
    const repo = makeRepo();
    const file = hookFile(repo);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '#!/bin/sh\necho "existing check"\n', { mode: 0o755 });
    install(repo);
    expect(install(repo)).toMatch(/already set up/);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('#!/bin/sh');
    expect(text.split('\n').slice(2).join('\n')).toBe('echo "existing check"\n');
    expect(text.match(/openai-key-scan pre-commit/g)).toHaveLength(1);
    expect(install(repo, '--uninstall')).toMatch(/removed the openai-key-scan line/);
    expect(readFileSync(file, 'utf8')).toBe('#!/bin/sh\necho "existing check"\n');
  });

  it('goes first, right after the #! line, so no exit or exec anywhere in the hook skips it', () => {
    const bodies = ['exit 0', 'exec true', 'if true; then\n  exec true\nfi', 'for x in 1; do exit 0; done\necho never', 'false'];
    for (const body of bodies) {
      const repo = makeRepo();
      const original = `#!/bin/sh\necho "existing check"\n${body}\n`;
      const file = writeHook(repo, original);
      expect(install(repo)).toMatch(/added the staged scan/);
      const lines = readFileSync(file, 'utf8').split('\n');
      expect(lines[0]).toBe('#!/bin/sh');
      expect(lines[1]).toContain('openai-key-scan pre-commit');
      expect(lines.slice(2).join('\n')).toBe(original.slice('#!/bin/sh\n'.length));
      install(repo, '--uninstall');
      expect(readFileSync(file, 'utf8')).toBe(original);
    }
  });

  it('a hook with no #! line (git runs it with sh) gets the line first', () => {
    const repo = makeRepo();
    const file = writeHook(repo, 'exit 0\n');
    install(repo);
    expect(readFileSync(file, 'utf8')).toMatch(/^if .*openai-key-scan pre-commit\nexit 0\n$/);
  });

  it('a bash hook with `set -euo pipefail` keeps working', () => {
    const repo = makeRepo();
    const file = writeHook(repo, '#!/usr/bin/env bash\nset -euo pipefail\necho ok\n');
    install(repo);
    expect(readFileSync(file, 'utf8').split('\n')[1]).toContain('openai-key-scan pre-commit');
    repo.write('a.ts', 'const a = 1;\n');
    repo.git('add', 'a.ts');
    expect(commit(repo).code).toBe(0);
  });

  it('leaves a Python hook alone: exit 2 and the lines to add to it', () => {
    const repo = makeRepo();
    const original = '#!/usr/bin/env python3\nimport sys\nsys.exit(0)\n';
    const file = writeHook(repo, original);
    const err = refused(repo);
    expect(err).toMatch(/^openai-key-scan: \.git\/hooks\/pre-commit is not a shell script \(it runs with python3\)/);
    expect(err).toContain('import subprocess, sys');
    expect(err).toMatch(/subprocess\.call\(\[.*"staged"\]\) != 0: sys\.exit\(1\)/);
    expect(err).not.toMatch(/added/);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('the lines it gives a Python hook do block the commit', () => {
    const repo = makeRepo();
    installPackage(repo.dir);
    writeFileSync(path.join(repo.dir, '.gitignore'), 'node_modules\n');
    const file = writeHook(repo, '#!/usr/bin/env python3\nimport sys\nsys.exit(0)\n');
    const advice = refused(repo).split('\n').filter((l) => l.startsWith('  ')).map((l) => l.slice(2));
    const hasPython = spawnSync('python3', ['--version']).status === 0;
    if (!hasPython) return;
    writeFileSync(file, `#!/usr/bin/env python3\n${advice.join('\n')}\nimport sys\nsys.exit(0)\n`, { mode: 0o755 });
    expectBlocks(repo);
  });

  it('does not write through a symlinked hook', () => {
    const repo = makeRepo();
    const shared = path.join(tempDir(), 'shared-pre-commit');
    writeFileSync(shared, '#!/bin/sh\necho shared\n', { mode: 0o755 });
    const file = hookFile(repo);
    mkdirSync(path.dirname(file), { recursive: true });
    symlinkSync(shared, file);
    const err = refused(repo);
    expect(err).toMatch(/is a symbolic link \(to .*shared-pre-commit\): install does not write through it/);
    expect(err).toContain('openai-key-scan pre-commit');
    expect(readFileSync(shared, 'utf8')).toBe('#!/bin/sh\necho shared\n');
  });

  it('replaces its old npx line with the direct one, wherever it was, and is then idempotent', () => {
    const repo = makeRepo();
    installPackage(repo.dir);
    writeFileSync(path.join(repo.dir, '.gitignore'), 'node_modules\n');
    const file = writeHook(repo, '#!/bin/sh\necho "existing check"\nnpx --no-install openai-key-scan staged || exit $? # openai-key-scan pre-commit\nexit 0\n');
    expect(install(repo)).toMatch(/updated the staged scan in \.git\/hooks\/pre-commit/);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('npx');
    expect(text.split('\n')[1]).toMatch(/^if \[ -e node_modules\/\.bin\/openai-key-scan-staged \]; then node_modules\/\.bin\/openai-key-scan-staged \|\| exit \$\?; else .* fi # openai-key-scan pre-commit$/);
    expect(text.split('\n').slice(2).join('\n')).toBe('echo "existing check"\nexit 0\n');
    expect(install(repo)).toMatch(/already set up/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('makes an existing hook executable (git skips one that is not) instead of saying it is set up', () => {
    const repo = makeRepo();
    install(repo);
    chmodSync(hookFile(repo), 0o644);
    expect(install(repo)).toMatch(/updated/);
  });

  it('fails closed when the project’s CLI has gone: the commit stops with a message', () => {
    const repo = makeRepo();
    installPackage(repo.dir);
    writeFileSync(path.join(repo.dir, '.gitignore'), 'node_modules\n');
    install(repo);
    rmSync(path.join(repo.dir, 'node_modules'), { recursive: true });
    repo.write('a.ts', 'const a = 1;\n');
    repo.git('add', 'a.ts');
    const r = commit(repo);
    expect(r.code).toBe(1);
    expect(r.out).toContain('openai-key-scan: node_modules/.bin/openai-key-scan-staged is missing, so this commit cannot be checked for keys: run npm install, or skip the check once with git commit --no-verify');
    expect(repo.git('rev-list', '--all', '--count').trim()).toBe('0');
  });

  it('without a project install, runs this CLI by absolute path, and fails closed when it has gone', () => {
    const repo = makeRepo();
    const copy = path.join(tempDir(), 'pkg');
    cpSync(PKG, copy, { recursive: true, dereference: true });
    const r = spawnSync(process.execPath, [path.join(copy, 'dist/cli.cjs'), 'install'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(hookFile(repo), 'utf8')).toContain(`${process.execPath} ${path.join(copy, 'dist/cli.cjs')} staged`);
    expectBlocks(repo);
    rmSync(copy, { recursive: true });
    repo.write('a.ts', 'const a = 1;\n');
    repo.git('add', 'a.ts');
    const blocked = commit(repo);
    expect(blocked.code).toBe(1);
    expect(blocked.out).toMatch(/is missing, so this commit cannot be checked for keys: run npx openai-key-scan install again/);
  });

  it('writes into the hooks folder git uses (core.hooksPath)', () => {
    const repo = makeRepo();
    repo.git('config', 'core.hooksPath', 'tools/hooks');
    expect(install(repo)).toMatch(/tools\/hooks\/pre-commit/);
    repo.write('k.ts', `k = "${makeKey()}"\n`);
    repo.git('add', 'k.ts');
    expect(commit(repo).code).toBe(1);
  });

  it('a hooks path from the global config (it runs for every repository) is not edited', () => {
    const repo = makeRepo();
    const globalHooks = tempDir();
    execGit(repo, ['config', '--global', 'core.hooksPath', globalHooks]);
    const err = refused(repo);
    expect(err).toMatch(/core\.hooksPath is set in your global git config/);
    expect(existsSync(path.join(globalHooks, 'pre-commit'))).toBe(false);
  });

  it('notes an old line of its own in a hook git no longer runs once core.hooksPath moved', () => {
    const repo = makeRepo();
    install(repo);
    repo.git('config', 'core.hooksPath', 'tools/hooks');
    const r = runCli(['install'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/added the staged scan to tools\/hooks\/pre-commit/);
    expect(r.stderr).toMatch(/note: \.git\/hooks\/pre-commit has an openai-key-scan line that git no longer runs \(core\.hooksPath is tools\/hooks\)/);
    expectBlocks(repo);
  });

  it('outside a repository is one line and exit 2', () => {
    const r = runCli(['install'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^openai-key-scan: not inside a git repository/);
  });
});

function huskyProject(): Repo {
  const repo = makeRepo();
  repo.write('package.json', JSON.stringify({ name: 'app', private: true, scripts: { test: 'node -e 0' }, devDependencies: { husky: '9.1.7', 'openai-key-scan': '*' } }, null, 2));
  writeFileSync(path.join(repo.dir, '.gitignore'), 'node_modules\n');
  // The project's node_modules: the real husky, and this package as `npm install -D openai-key-scan` leaves it.
  cpSync(path.join(ROOT, 'node_modules/husky'), path.join(repo.dir, 'node_modules/husky'), { recursive: true });
  installPackage(repo.dir);
  return repo;
}

function husky(repo: Repo, ...args: string[]) {
  const r = spawnSync(process.execPath, ['node_modules/husky/bin.js', ...args], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

describe('husky v9', () => {
  it('puts `openai-key-scan-staged` (the gate in front of `openai-key-scan staged`) first in .husky/pre-commit, before the project’s own line, and blocks the commit', () => {
    const repo = huskyProject();
    husky(repo, 'init');
    expect(repo.git('config', 'core.hooksPath').trim()).toBe('.husky/_');

    expect(install(repo)).toMatch(/added the staged scan to \.husky\/pre-commit \(husky\)/);
    const hook = readFileSync(path.join(repo.dir, '.husky/pre-commit'), 'utf8');
    expect(hook).toBe('openai-key-scan-staged # openai-key-scan pre-commit\nnpm test\n');
    expect(existsSync(path.join(repo.dir, '.git/hooks/pre-commit'))).toBe(false);

    repo.write('src/openai.ts', `export const key = "${makeKey('svcacct', 74)}";\n`);
    repo.git('add', '.');
    const blocked = commit(repo);
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('src/openai.ts');
    expect(blocked.out).toContain('This commit was stopped');
    repo.write('src/openai.ts', 'export const key = process.env.OPENAI_API_KEY;\n');
    repo.git('add', '.');
    expect(commit(repo).code).toBe(0);
    expect(install(repo, '--uninstall')).toMatch(/removed/);
    expect(readFileSync(path.join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('npm test\n');
  });

  it('starts no Node for a commit that adds nothing key-shaped, and the scanner for one that does', () => {
    const repo = huskyProject();
    husky(repo, 'init');
    install(repo);
    writeFileSync(path.join(repo.dir, '.husky/pre-commit'), 'openai-key-scan-staged # openai-key-scan pre-commit\n');
    // Every Node start on the hook's PATH is recorded (husky puts node_modules/.bin first, which has none).
    const bin = tempDir('oks-node-log-');
    const log = path.join(bin, 'starts.log');
    writeFileSync(log, '');
    writeFileSync(path.join(bin, 'node'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${process.execPath}' "$@"\n`, { mode: 0o755 });
    const env = { ...repo.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' };
    const run = (...args: string[]) => spawnSync('git', ['commit', '-m', 'c', ...args], { cwd: repo.dir, env, encoding: 'utf8' });
    const starts = () => readFileSync(log, 'utf8').split('\n').filter(Boolean);

    repo.write('src/a.ts', 'export const a = 1;\n');
    repo.git('add', '.');
    const clean = run();
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout + clean.stderr).toContain('No OpenAI keys found.');
    expect(starts()).toEqual([]);

    repo.write('src/b.ts', `export const key = "${makeKey('proj', 58)}";\n`);
    repo.git('add', '.');
    const blocked = run();
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('src/b.ts');
    expect(starts()).toEqual([expect.stringMatching(/dist\/cli\.cjs staged --$/)]);
  });

  it('before `husky init`: stops (exit 2) with the commands in order and writes nothing; in that order it works', () => {
    const repo = huskyProject();
    const err = refused(repo);
    expect(err).toMatch(/^openai-key-scan: husky is in package\.json but not set up in this repository/);
    const init = err.indexOf('npx husky init');
    expect(init).toBeGreaterThan(0);
    expect(err.indexOf('npx openai-key-scan install')).toBeGreaterThan(init);
    expect(err).toMatch(/overwrites \.husky\/pre-commit/);
    expect(existsSync(hookFile(repo))).toBe(false);
    expect(existsSync(path.join(repo.dir, '.husky'))).toBe(false);

    husky(repo, 'init');
    expect(install(repo)).toMatch(/added the staged scan to \.husky\/pre-commit/);
  });

  it('in a clone where .husky/ is committed but husky has not run: stops with `npx husky` first', () => {
    const repo = huskyProject();
    repo.write('.husky/pre-commit', 'npm test\n');
    expect(refused(repo)).toMatch(/husky is not active in this clone[\s\S]*npx husky {2,}[\s\S]*npx openai-key-scan install/);
    husky(repo);
    install(repo);
  });

  it('replaces the old `npx --no-install` line (after the project’s) with the direct one, first', () => {
    const repo = huskyProject();
    husky(repo, 'init');
    writeFileSync(path.join(repo.dir, '.husky/pre-commit'), 'npm test\nnpx --no-install openai-key-scan staged # openai-key-scan pre-commit\n');
    expect(install(repo)).toMatch(/updated the staged scan in \.husky\/pre-commit/);
    expect(readFileSync(path.join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('openai-key-scan-staged # openai-key-scan pre-commit\nnpm test\n');
    expect(install(repo)).toMatch(/already set up/);
  });
});

describe('lint-staged (the real one, from node_modules) under husky 9', () => {
  function lintStagedProject(config: Record<string, string>): Repo {
    const repo = huskyProject();
    symlinkSync(path.join(ROOT, 'node_modules/lint-staged'), path.join(repo.dir, 'node_modules/lint-staged'));
    symlinkSync('../lint-staged/bin/lint-staged.js', path.join(repo.dir, 'node_modules/.bin/lint-staged'));
    const pkg = JSON.parse(readFileSync(path.join(repo.dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(repo.dir, 'package.json'), JSON.stringify({ ...pkg, 'lint-staged': config }, null, 2));
    husky(repo, 'init');
    repo.commit('init');
    return repo;
  }

  it('the README recipe: install’s line first in .husky/pre-commit, lint-staged after it for the other tasks', () => {
    const repo = lintStagedProject({ '*.ts': 'node -e 0' });
    writeFileSync(path.join(repo.dir, '.husky/pre-commit'), 'lint-staged\n');
    install(repo);
    expect(readFileSync(path.join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('openai-key-scan-staged # openai-key-scan pre-commit\nlint-staged\n');
    repo.write('a.ts', 'export const a = 1;\n');
    repo.git('add', 'a.ts');
    const ok = commit(repo);
    expect(ok.code, ok.out).toBe(0);
  });

  it.each(['openai-key-scan-staged --', 'openai-key-scan staged --'])('as a lint-staged task (`"*": "%s"`) it blocks a key in any staged file, partly staged or not', (task) => {
    const repo = lintStagedProject({ '*': task });
    writeFileSync(path.join(repo.dir, '.husky/pre-commit'), 'lint-staged\n');
    const key = makeKey();
    // Staged with the key; the working tree then drops it (lint-staged hides that unstaged edit, the scan reads the index).
    repo.write('deep/dir/conf.json', `{ "openai": "${key}" }\n`);
    repo.git('add', '.');
    repo.write('deep/dir/conf.json', '{ "openai": "" }\n');
    const blocked = commit(repo);
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('deep/dir/conf.json');
    expect(blocked.out).not.toContain(key);
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('1');
    repo.git('add', '.');
    const ok = commit(repo);
    expect(ok.code, ok.out).toBe(0);
  });
});
