import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stagedArgs } from '../../src/cli/hook-args.js';
import { PKG } from '../helpers/built.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir, type Repo } from '../helpers/repo.js';

/**
 * The hook's own entry (issue 13): `staged` as hook lines pass it runs from dist/hook.js without the
 * argument parser, and means exactly what the full CLI makes of the same words.
 */

/** The built package without the full CLI's bundle: what runs here can only be the hook's path. */
function hookOnlyPackage(): string {
  const pkg = path.join(tempDir('oks-hook-pkg-'), 'openai-key-scan');
  cpSync(PKG, pkg, { recursive: true });
  rmSync(path.join(pkg, 'dist/commands.js'));
  return path.join(pkg, 'dist/cli.cjs');
}

function run(cli: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, env: { ...env, NO_COLOR: '1', CI: 'true' }, encoding: 'utf8' });
  // The one thing that may differ between two runs: how long the scan took.
  const same = (s: string) => s.replace(/in \d+(\.\d+)? s\b/g, 'in T s');
  return { code: r.status, stdout: same(r.stdout), stderr: same(r.stderr) };
}

describe('the hook entry: staged without the argument parser', () => {
  it.each([
    [['staged'], 'staged'],
    [['staged', '-q', '-v', '--all-lines', '--debug'], 'staged'],
    [['staged', '--quiet', '--verbose', '--color'], 'staged'],
    [['staged', '--no-color', 'a.ts', '--', '0x1', '-q', '--help'], 'staged'],
    [['staged', '--'], 'staged'],
  ])('recognises %j', (argv) => {
    expect(stagedArgs(argv)).toBeDefined();
  });

  it.each([
    [[]],
    [['scan']],
    [['-q', 'staged']],
    [['-C', '.', 'staged']],
    [['staged', '--help']],
    [['staged', '-h']],
    [['staged', '--version']],
    [['staged', '-qv']],
    [['staged', '-q', '-q']],
    [['staged', '--color', '--no-color']],
    [['staged', '--quiet=true']],
    [['staged', '-f', 'json']],
    [['staged', '--fail-on', 'none']],
    [['staged', '--bogus']],
    [['staged', '-']],
    [['staged', '']],
  ])('leaves %j to the full CLI', (argv) => {
    expect(stagedArgs(argv)).toBeUndefined();
  });

  const repo: Repo = makeRepo();
  repo.write('old.ts', `const old = "${makeKey()}";\n`);
  repo.commit('a key already in history');
  repo.write('old.ts', `const old = "${repo.git('show', 'HEAD:old.ts').split('"')[1]}";\nconst fresh = "${makeKey('svcacct', 74)}";\n`);
  repo.write('clean.ts', 'export const a = 1;\n');
  repo.write('0x1', `k = "${makeKey()}"\n`);
  repo.write('-q', `k = "${makeKey()}"\n`);
  repo.git('add', '--', '.');
  const hookCli = hookOnlyPackage();
  const fullCli = path.join(PKG, 'dist/cli.cjs');

  it.each([
    [[], 1],
    [['-q'], 1],
    [['--verbose', '--all-lines'], 1],
    [['--color'], 1],
    [['--no-color', '--debug'], 1],
    [['clean.ts'], 0],
    [['clean.ts', '--', '0x1'], 1],
    [['--', '-q'], 1],
    [['--', 'missing.ts'], 0],
  ])('staged %j: the same output and exit code as through the full CLI', (args, code) => {
    const fast = run(hookCli, ['staged', ...args], repo.dir, repo.env);
    // `-C .` changes nothing but is not the hook's: this run parses with yargs.
    const full = run(fullCli, ['-C', '.', 'staged', ...args], repo.dir, repo.env);
    expect(fast).toEqual(full);
    expect(fast.code).toBe(code);
  });

  it('opens a staged archive: the hook bundle loads the archive readers, a bundle of their own', () => {
    const zipped = makeRepo();
    zipped.commitFile('init', 'README.md', 'hi\n');
    zipped.write('public/app.js.gz', gzipSync(`const k = "${makeKey()}";\n`));
    zipped.git('add', '.');
    const r = run(hookCli, ['staged'], zipped.dir, zipped.env);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('public/app.js.gz!');
  });

  it('`node dist/cli.js` still runs the same CLI (the bin is dist/cli.cjs)', () => {
    const esm = path.join(PKG, 'dist/cli.js');
    expect(run(esm, ['staged'], repo.dir, repo.env)).toEqual(run(fullCli, ['staged'], repo.dir, repo.env));
    expect(run(esm, ['--version'], repo.dir, repo.env)).toEqual(run(fullCli, ['--version'], repo.dir, repo.env));
  });

  it('fails as the full CLI does: outside a repository, one line and exit 2', () => {
    const dir = tempDir();
    const fast = run(hookCli, ['staged'], dir, process.env);
    expect(fast).toEqual(run(fullCli, ['-C', '.', 'staged'], dir, process.env));
    expect(fast.code).toBe(2);
    expect(fast.stderr).toMatch(/^openai-key-scan: not inside a git repository[^\n]*\n$/);
  });

  it('anything else still reaches the full CLI from the same bin: --help, a bad flag', () => {
    const help = runCli(['staged', '--help'], { cwd: repo.dir, env: repo.env });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--all-lines');
    const bad = runCli(['staged', '--format', 'xml'], { cwd: repo.dir, env: repo.env });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^openai-key-scan: .*format/);
  });
});
