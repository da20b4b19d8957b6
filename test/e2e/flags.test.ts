import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PKG } from '../helpers/built.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir } from '../helpers/repo.js';

/** Flags people copy from other scanners, the config variable, and the shipped config schema. */

function repoWithKey() {
  const repo = makeRepo();
  const key = makeKey('proj', 74);
  repo.write('src/a.ts', `const k = "${key}";\n`);
  repo.write('vendor/b.ts', `const k = "${makeKey('proj', 58)}";\n`);
  repo.commit('keys');
  return { repo, key };
}

const files = (stdout: string) => (JSON.parse(stdout).findings as Array<{ file: string }>).map((f) => f.file).sort();

describe('--redact', () => {
  it.each([['--redact'], ['--redact=100'], ['--redact=50']])('%s is accepted and changes nothing: keys stay redacted', (flag) => {
    const { repo, key } = repoWithKey();
    const r = runCli([flag, '-f', 'json'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(key);
    expect(files(r.stdout)).toEqual(['src/a.ts', 'vendor/b.ts']);
  });

  it('does not swallow the path after it', () => {
    const { repo } = repoWithKey();
    const r = runCli(['--redact', 'src', '-f', 'json'], { cwd: repo.dir, env: repo.env });
    expect(files(r.stdout)).toEqual(['src/a.ts']);
  });

  it('contradicts --show-secrets: one line, exit 2, no key printed', () => {
    const { repo, key } = repoWithKey();
    const r = runCli(['--redact', '--show-secrets'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain(key);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/--redact and --show-secrets contradict each other/)]);
  });
});

describe('--exit-zero', () => {
  it('reports every finding and exits 0', () => {
    const { repo } = repoWithKey();
    const r = runCli(['--exit-zero', '-f', 'json'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(0);
    expect(files(r.stdout)).toEqual(['src/a.ts', 'vendor/b.ts']);
  });

  it('wins over the config file, as every flag does', () => {
    const { repo } = repoWithKey();
    repo.write('.openai-key-scan.json', JSON.stringify({ failOn: 'any' }));
    expect(runCli(['--exit-zero'], { cwd: repo.dir, env: repo.env }).code).toBe(0);
    expect(runCli([], { cwd: repo.dir, env: repo.env }).code).toBe(1);
  });

  it('with --fail-on is an error, whatever the level', () => {
    const { repo } = repoWithKey();
    const r = runCli(['--exit-zero', '--fail-on', 'none'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--exit-zero is --fail-on none: give one of them, not both/);
  });

  it('works in every scanning mode', () => {
    const { repo } = repoWithKey();
    repo.write('c.ts', `const k = "${makeKey('admin', 58)}";\n`);
    repo.commit('another key');
    repo.write('d.ts', `const k = "${makeKey('svcacct', 74)}";\n`);
    repo.git('add', 'd.ts');
    for (const args of [['history'], ['diff', 'HEAD~1..HEAD'], ['staged']]) {
      expect(runCli(args, { cwd: repo.dir, env: repo.env }).code).toBe(1);
      expect(runCli([...args, '--exit-zero'], { cwd: repo.dir, env: repo.env }).code).toBe(0);
    }
  });
});

describe('OPENAI_KEY_SCAN_CONFIG', () => {
  it('names the config file; --config wins over it', () => {
    const { repo } = repoWithKey();
    const shared = path.join(tempDir(), 'org.json');
    writeFileSync(shared, JSON.stringify({ ignorePaths: ['vendor'] }));
    const other = path.join(tempDir(), 'other.json');
    writeFileSync(other, JSON.stringify({ ignorePaths: ['src'] }));
    const env = { ...repo.env, OPENAI_KEY_SCAN_CONFIG: shared };
    expect(files(runCli(['-f', 'json'], { cwd: repo.dir, env }).stdout)).toEqual(['src/a.ts']);
    expect(files(runCli(['-f', 'json', '--config', other], { cwd: repo.dir, env }).stdout)).toEqual(['vendor/b.ts']);
    // It is chosen over the repository's own file, like --config.
    repo.write('.openai-key-scan.json', JSON.stringify({ ignorePaths: ['src'] }));
    expect(files(runCli(['-f', 'json'], { cwd: repo.dir, env }).stdout)).toEqual(['src/a.ts']);
    // Empty is unset.
    expect(files(runCli(['-f', 'json'], { cwd: repo.dir, env: { ...repo.env, OPENAI_KEY_SCAN_CONFIG: '' } }).stdout)).toEqual(['vendor/b.ts']);
  });

  it('a missing file is a usage error naming the variable', () => {
    const { repo } = repoWithKey();
    const r = runCli([], { cwd: repo.dir, env: { ...repo.env, OPENAI_KEY_SCAN_CONFIG: 'nope.json' } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('openai-key-scan: OPENAI_KEY_SCAN_CONFIG: no such file: nope.json');
  });

  it('a bad file is a usage error naming the file', () => {
    const { repo } = repoWithKey();
    const bad = path.join(tempDir(), 'bad.json');
    writeFileSync(bad, JSON.stringify({ verifyBaseUrl: 'https://evil.test' }));
    const r = runCli([], { cwd: repo.dir, env: { ...repo.env, OPENAI_KEY_SCAN_CONFIG: bad } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"verifyBaseUrl" is not allowed/);
  });
});

describe('the config schema in the package', () => {
  it('ships as dist/config.schema.json, and a config naming it with $schema works', () => {
    const shipped = readFileSync(path.join(PKG, 'dist/config.schema.json'), 'utf8');
    expect(shipped).toBe(readFileSync(path.resolve(import.meta.dirname, '../../src/config/config.schema.json'), 'utf8'));
    const pkg = JSON.parse(readFileSync(path.join(PKG, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('dist/config.schema.json');
    expect(pkg.exports['./config.schema.json']).toBe('./dist/config.schema.json');
    const { repo } = repoWithKey();
    repo.write('.openai-key-scan.json', JSON.stringify({ $schema: './node_modules/openai-key-scan/dist/config.schema.json', ignorePaths: ['vendor'] }));
    const r = runCli(['-f', 'json'], { cwd: repo.dir, env: repo.env });
    expect(r.stderr).toBe('');
    expect(files(r.stdout)).toEqual(['src/a.ts']);
  });
});
