import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, tempDir } from '../helpers/repo.js';

/**
 * The Action under GitHub's own runner emulator, `@github/local-action` (issue 13): it imports
 * src/action/main.ts, calls the exported `run()` with the inputs and event of a dotenv file, and
 * reports what the step did. Nothing leaves this machine.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCAL_ACTION = path.join(ROOT, 'node_modules/@github/local-action/bin/local-action.js');

describe('@github/local-action', () => {
  it('runs the action on a pull_request payload: the key is annotated and the step fails', () => {
    const repo = makeRepo();
    repo.write('README.md', '# app\n');
    const base = repo.commit('base');
    const key = makeKey();
    repo.write('src/openai.ts', `export const key = "${key}";\n`);
    const head = repo.commit('add a key');
    const dir = tempDir('oks-local-action-');
    const event = path.join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 1, base: { sha: base }, head: { sha: head } } }));
    const dotenv = path.join(dir, '.env');
    writeFileSync(dotenv, [`GITHUB_EVENT_NAME=pull_request`, `GITHUB_EVENT_PATH=${event}`, `GITHUB_WORKSPACE=${repo.dir}`, 'INPUT_MODE=auto', ''].join('\n'));
    const r = spawnSync(process.execPath, [LOCAL_ACTION, 'run', ROOT, 'src/action/main.ts', dotenv], {
      // local-action starts tsx with `npm exec`, which finds it in this package's node_modules.
      cwd: ROOT,
      env: { ...repo.env, NO_COLOR: '1', npm_config_offline: 'true', npm_config_update_notifier: 'false' },
      encoding: 'utf8',
    });
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/::error title=openai-project-key \(high\),file=src\/openai\.ts,line=1/);
    expect(out).toMatch(/::error::openai-key-scan: 1 finding\(s\) at or above fail-on=key/);
    expect(out).not.toContain(key);
  }, 120_000);
});
