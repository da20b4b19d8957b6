import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PKG } from '../helpers/built.js';
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
  expect(r.code).toBe(0);
  return r.stdout;
}

function hookFile(repo: Repo): string {
  return path.join(repo.dir, repo.git('rev-parse', '--git-path', 'hooks').trim(), 'pre-commit');
}

describe('plain git hook', () => {
  it('blocks a commit with a key, naming it redacted with the ways out, and lets it through once removed', () => {
    const repo = makeRepo();
    repo.commit('init', ...[repo.write('README.md', '# app\n')].map(() => 'README.md'));
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
    expect(text.startsWith('#!/bin/sh\necho "existing check"\n')).toBe(true);
    expect(text.match(/openai-key-scan pre-commit/g)).toHaveLength(1);
    expect(install(repo, '--uninstall')).toMatch(/removed the openai-key-scan line/);
    expect(readFileSync(file, 'utf8')).toBe('#!/bin/sh\necho "existing check"\n');
  });

  it('goes before an existing hook’s final exit or exec, which it would otherwise never reach', () => {
    for (const tail of ['exit 0', 'exec true']) {
      const repo = makeRepo();
      const file = hookFile(repo);
      const original = `#!/bin/sh\necho "existing check"\n${tail}\n`;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, original, { mode: 0o755 });
      install(repo);
      const lines = readFileSync(file, 'utf8').split('\n');
      expect(lines[2]).toContain('openai-key-scan pre-commit');
      expect(lines[3]).toBe(tail);
      repo.write('k.ts', `k = "${makeKey()}"\n`);
      repo.git('add', 'k.ts');
      const blocked = commit(repo);
      expect(blocked.code, tail).toBe(1);
      expect(blocked.out).toContain('existing check');
      expect(blocked.out).toContain('This commit was stopped');
      install(repo, '--uninstall');
      expect(readFileSync(file, 'utf8')).toBe(original);
      expect(commit(repo).code).toBe(0);
    }
  });

  it('writes into the hooks folder git uses (core.hooksPath)', () => {
    const repo = makeRepo();
    repo.git('config', 'core.hooksPath', 'tools/hooks');
    expect(install(repo)).toMatch(/tools\/hooks\/pre-commit/);
    repo.write('k.ts', `k = "${makeKey()}"\n`);
    repo.git('add', 'k.ts');
    expect(commit(repo).code).toBe(1);
  });

  it('outside a repository is one line and exit 2', () => {
    const r = runCli(['install'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^openai-key-scan: not inside a git repository/);
  });
});

describe('husky v9', () => {
  it('adds one line to .husky/pre-commit next to the project’s own, and blocks the commit', () => {
    const repo = makeRepo();
    repo.write('package.json', JSON.stringify({ name: 'app', private: true, scripts: { test: 'node -e 0' } }, null, 2));
    // The project's node_modules: the real husky, and this package as `npm install -D openai-key-scan` leaves it.
    cpSync(path.join(ROOT, 'node_modules/husky'), path.join(repo.dir, 'node_modules/husky'), { recursive: true });
    symlinkSync(PKG, path.join(repo.dir, 'node_modules/openai-key-scan'));
    mkdirSync(path.join(repo.dir, 'node_modules/.bin'));
    symlinkSync('../openai-key-scan/dist/cli.js', path.join(repo.dir, 'node_modules/.bin/openai-key-scan'));
    const init = spawnSync(process.execPath, ['node_modules/husky/bin.js', 'init'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(init.status).toBe(0);
    expect(repo.git('config', 'core.hooksPath').trim()).toBe('.husky/_');

    expect(install(repo)).toMatch(/added the staged scan to \.husky\/pre-commit \(husky\)/);
    const hook = readFileSync(path.join(repo.dir, '.husky/pre-commit'), 'utf8');
    expect(hook).toBe('npm test\nnpx --no-install openai-key-scan staged # openai-key-scan pre-commit\n');
    expect(existsSync(path.join(repo.dir, '.git/hooks/pre-commit'))).toBe(false);

    writeFileSync(path.join(repo.dir, '.gitignore'), 'node_modules\n');
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
});
