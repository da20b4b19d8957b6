import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers/built.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { makeKey } from '../helpers/keys.js';
import { tempDir } from '../helpers/repo.js';
import { envFor, setUpProject } from './fixtures.js';

/**
 * `openai-key-scan revoke` on a terminal: it asks once per key and deletes only on "y". The CLI runs
 * on a real pseudo-terminal (util-linux `script`), so stdin and stderr are TTYs as at a shell prompt,
 * and each answer is typed only after its question has been printed.
 */

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const ORG = 'org-terminal1';
const ADMIN = makeKey('admin', 58);
let api: FakeOpenAI;

beforeAll(async () => {
  api = await startFakeOpenAI();
  api.orgs.admin(ADMIN, ORG);
});
afterAll(() => api?.close());

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Run `revoke` on a pseudo-terminal, answering each `[y/N]` question with the next of `answers`. */
function onTerminal(cwd: string, env: NodeJS.ProcessEnv, answers: string[]): Promise<{ code: number | null; output: string; asked: number }> {
  const command = [process.execPath, CLI, 'revoke'].map(shellQuote).join(' ');
  const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], { cwd, env: { ...env, NO_COLOR: '1', TERM: 'dumb' }, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let asked = 0;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d: string) => {
    output += d;
    const questions = output.split('[y/N]').length - 1;
    while (asked < questions) {
      child.stdin.write(`${answers[asked] ?? ''}\n`);
      asked++;
    }
  });
  child.stderr.resume();
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output, asked })));
}

describe.skipIf(!hasScript)('revoke on a terminal', () => {
  it('asks once per live key; "y" deletes that key, anything else keeps it; the keys never show', async () => {
    const first = makeKey('proj', 74);
    const second = makeKey('proj', 74);
    const { project, entries } = setUpProject(api, ORG, 3, [{ secret: first }, { secret: second }]);
    const dir = tempDir();
    writeFileSync(path.join(dir, '.env'), `OPENAI_API_KEY=${first}\nOPENAI_API_KEY_2=${second}\n`);
    const before = api.requests.filter((q) => q.method === 'DELETE').length;

    const r = await onTerminal(dir, envFor(api, ADMIN), ['y', 'no']);

    expect(r.asked).toBe(2);
    expect(r.output).toMatch(/Delete sk-proj-\S+: project proj_\d+ · key "key \d+"/);
    const deleted = api.requests.filter((q) => q.method === 'DELETE').slice(before).map((q) => q.url);
    expect(deleted).toHaveLength(1);
    const ids = entries.map((e) => e.id);
    const gone = ids.filter((id) => !api.orgs.keysOf(project).some((e) => e.id === id));
    expect(gone).toHaveLength(1);
    expect(deleted[0]).toBe(`/v1/organization/projects/${project}/api_keys/${gone[0]}`);
    expect(r.output).toContain('REVOKED');
    expect(r.output).toContain('not deleted: you said no');
    // One key is still live: exit 1.
    expect(r.code).toBe(1);
    for (const s of [first, second, ADMIN]) expect(r.output).not.toContain(s);
  });
});
