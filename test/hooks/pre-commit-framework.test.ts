import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, PKG } from '../helpers/built.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, tempDir, type Repo } from '../helpers/repo.js';

/**
 * The pre-commit framework (https://pre-commit.com) using this repository's .pre-commit-hooks.yaml
 * (issues 3 and 13). The hook is `language: script`: `pre-commit install-hooks` must install nothing,
 * which the test proves with npm offline and an empty npm cache (any npm install would fail).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const why = 'pre-commit is not installed (Debian package `pre-commit`; .ci/run installs it): the pre-commit framework case is not run';
if (!hasPreCommit) console.warn(`skipped: ${why}`);

describe.skipIf(!hasPreCommit)(`pre-commit framework${hasPreCommit ? '' : ` (skipped: ${why})`}`, () => {
  let repo: Repo;
  let env: NodeJS.ProcessEnv;
  let npmCache: string;
  let home: string;
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { cwd: repo.dir, env, encoding: 'utf8' });
    return { code: r.status, out: r.stdout + r.stderr };
  };

  beforeAll(() => {
    // The hook repository as users reference it: this package's files at a commit (package.json and
    // its lock included, as in the real repository, though the script hook never reads them).
    const hook = makeRepo();
    for (const f of ['package.json', 'package-lock.json', '.pre-commit-hooks.yaml', 'README.md', 'src/hooks/pre-commit-framework.sh']) cpSync(path.join(ROOT, f), path.join(hook.dir, f));
    cpSync(path.join(PKG, 'dist'), path.join(hook.dir, 'dist'), { recursive: true });
    const rev = hook.commit('hook repository');

    repo = makeRepo();
    npmCache = tempDir('oks-npm-cache-');
    home = tempDir('oks-pc-home-');
    env = { ...repo.env, PRE_COMMIT_HOME: home, npm_config_cache: npmCache, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', NO_COLOR: '1' };
    repo.write('.pre-commit-config.yaml', `repos:\n  - repo: ${hook.dir}\n    rev: ${rev}\n    hooks:\n      - id: openai-key-scan\n`);
    repo.commit('config');
    execFileSync('pre-commit', ['install'], { cwd: repo.dir, env });
  }, 60_000);

  it('installs the hook offline with an empty npm cache, downloading and installing nothing', () => {
    const install = run('pre-commit', ['install-hooks']);
    expect(install.code, install.out).toBe(0);
    expect(readdirSync(npmCache)).toEqual([]);
    const clones = readdirSync(home).filter((d) => d.startsWith('repo'));
    for (const clone of clones) expect(readdirSync(path.join(home, clone)).filter((f) => f.startsWith('node_env') || f === 'node_modules')).toEqual([]);
  }, 60_000);

  it('blocks a commit that adds a key, and lets it through once removed', () => {
    const key = makeKey();
    writeFileSync(path.join(repo.dir, 'app.py'), `client = OpenAI(api_key="${key}")\n`);
    repo.git('add', 'app.py');
    const blocked = run('git', ['commit', '-m', 'add client']);
    expect(blocked.code).not.toBe(0);
    expect(blocked.out).toContain('app.py');
    expect(blocked.out).toContain('This commit was stopped');
    expect(blocked.out).not.toContain(key);

    writeFileSync(path.join(repo.dir, 'app.py'), 'client = OpenAI()\n');
    repo.git('add', 'app.py');
    const passed = run('git', ['commit', '-m', 'add client']);
    expect(passed.code, passed.out).toBe(0);
  }, 60_000);

  it('`install` leaves the framework’s hook alone (exit 2) and gives the .pre-commit-config.yaml entry', () => {
    const file = path.join(repo.dir, '.git/hooks/pre-commit');
    const before = readFileSync(file, 'utf8');
    const r = spawnSync(process.execPath, [CLI, 'install'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^openai-key-scan: \.git\/hooks\/pre-commit belongs to the pre-commit framework/);
    expect(r.stderr).toMatch(/- repo: .*\n {2,}rev: v.*\n {2,}hooks:\n {2,}- id: openai-key-scan\n/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('`pre-commit run --all-files` and `--files` scan the files they are given: a committed key fails them', () => {
    const key = makeKey('svcacct', 74);
    repo.write('config/settings.py', `OPENAI_API_KEY = "${key}"\n`);
    repo.write('other.py', 'x = 1\n');
    // A file name that looks like an option stays a file name (else --show-secrets would print the key).
    repo.write('--show-secrets', `k = "${makeKey()}"\n`);
    repo.git('add', '.');
    repo.git('commit', '-q', '--no-verify', '-m', 'key slipped in');

    const all = run('pre-commit', ['run', '--all-files']);
    expect(all.code, all.out).toBe(1);
    expect(all.out).toContain('config/settings.py');
    expect(all.out).toContain('--show-secrets');
    expect(all.out).not.toContain(key);
    const one = run('pre-commit', ['run', '--files', 'config/settings.py']);
    expect(one.code, one.out).toBe(1);
    expect(one.out).toContain('config/settings.py');
    expect(run('pre-commit', ['run', '--files', 'other.py']).code).toBe(0);

    // A commit still judges what it adds: another line in the file with the old key passes.
    writeFileSync(path.join(repo.dir, 'config/settings.py'), `${readFileSync(path.join(repo.dir, 'config/settings.py'), 'utf8')}DEBUG = False\n`);
    repo.git('add', 'config/settings.py');
    const commit = run('git', ['commit', '-m', 'debug off']);
    expect(commit.code, commit.out).toBe(0);
  }, 60_000);

  it('`pre-commit run --from-ref/--to-ref` (pre-push, pull requests) scans every commit in the range', () => {
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.write('tmp.py', `k = "${makeKey()}"\n`);
    repo.git('add', 'tmp.py');
    repo.git('commit', '-q', '--no-verify', '-m', 'add key');
    repo.git('rm', '-q', 'tmp.py');
    repo.git('commit', '-q', '--no-verify', '-m', 'remove it again');
    // The key is in no file now, but it is in the range's history.
    const r = run('pre-commit', ['run', '--from-ref', base, '--to-ref', 'HEAD']);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('tmp.py');
  }, 60_000);
});
