import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PKG } from '../helpers/built.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, tempDir } from '../helpers/repo.js';

/**
 * The pre-commit framework (https://pre-commit.com) using this repository's .pre-commit-hooks.yaml
 * (issue 3). pre-commit's node language runs `npm install` on the hook repository: the test runs it
 * with npm offline, from the cache `npm ci` filled, so nothing leaves the machine.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const why = 'pre-commit is not installed (Debian package `pre-commit`; .ci/run installs it): the pre-commit framework case is not run';
if (!hasPreCommit) console.warn(`skipped: ${why}`);

describe.skipIf(!hasPreCommit)(`pre-commit framework${hasPreCommit ? '' : ` (skipped: ${why})`}`, () => {
  it('installs the hook from .pre-commit-hooks.yaml and blocks a commit that adds a key', () => {
    // The hook repository as users reference it: this package's files at a commit.
    const hook = makeRepo();
    for (const f of ['package.json', 'package-lock.json', '.pre-commit-hooks.yaml', 'dist', 'README.md']) cpSync(path.join(f === 'dist' ? PKG : ROOT, f), path.join(hook.dir, f), { recursive: true });
    const rev = hook.commit('hook repository');

    const repo = makeRepo();
    const env = { ...repo.env, PRE_COMMIT_HOME: tempDir('oks-pc-home-'), npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', NO_COLOR: '1' };
    repo.write('.pre-commit-config.yaml', `repos:\n  - repo: ${hook.dir}\n    rev: ${rev}\n    hooks:\n      - id: openai-key-scan\n`);
    repo.commit('config');
    execFileSync('pre-commit', ['install'], { cwd: repo.dir, env });
    const install = spawnSync('pre-commit', ['install-hooks'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(install.status, install.stdout + install.stderr).toBe(0);

    const key = makeKey();
    writeFileSync(path.join(repo.dir, 'app.py'), `client = OpenAI(api_key="${key}")\n`);
    repo.git('add', 'app.py');
    const blocked = spawnSync('git', ['commit', '-m', 'add client'], { cwd: repo.dir, env, encoding: 'utf8' });
    const out = blocked.stdout + blocked.stderr;
    expect(blocked.status).not.toBe(0);
    expect(out).toContain('app.py');
    expect(out).toContain('This commit was stopped');
    expect(out).not.toContain(key);

    writeFileSync(path.join(repo.dir, 'app.py'), 'client = OpenAI()\n');
    repo.git('add', 'app.py');
    const passed = spawnSync('git', ['commit', '-m', 'add client'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
  }, 120_000);
});
