import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PKG } from '../helpers/built.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminApiError, AdminClient, agrees, redactedParts, revoke, revokeFindings, type RevokePlan } from '../../src/revoke/index.js';
import { scanTree } from '../../src/run/modes.js';
import { keyRule } from '../../src/rules/index.js';
import { verifyKey, verifyOptions } from '../../src/verify/client.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { makeKey } from '../helpers/keys.js';
import { tempDir } from '../helpers/repo.js';
import { entry, setUpProject } from './fixtures.js';

/** The library side of issue 17: matching, the Admin API client's limits, and revoke() as a function. */

const ORG = 'org-library';
const ADMIN = makeKey('admin', 58);
let api: FakeOpenAI;

beforeAll(async () => {
  api = await startFakeOpenAI();
  api.orgs.admin(ADMIN, ORG);
});
afterAll(() => api.close());

describe('matching a key to a redacted value', () => {
  const key = makeKey('proj', 74);
  it.each([
    ['type prefix, stars, last four', `sk-proj-****${key.slice(-4)}`, true],
    ['docs style', `sk-proj...${key.slice(-3)}`, true],
    ['ellipsis, longer head', `${key.slice(0, 12)}…${key.slice(-4)}`, true],
    ['bare sk- head', `sk-...${key.slice(-4)}`, true],
    ['other ending', `sk-proj-****${key.slice(-4, -1)}${key.endsWith('A') ? 'B' : 'A'}`, false],
    ['other type', `sk-svcacct-****${key.slice(-4)}`, false],
    ['tail too short to mean anything', `sk-proj-****${key.slice(-2)}`, false],
    ['no mask', key.slice(0, 20), false],
    ['not a key at all', 'hello', false],
  ])('%s', (_name, redacted, expected) => {
    expect(agrees(key, redacted)).toBe(expected);
  });

  it('reads head and tail', () => {
    expect(redactedParts('sk-admin...def')).toEqual({ head: 'sk-admin', tail: 'def' });
    expect(redactedParts('sk-proj-********abcd')).toEqual({ head: 'sk-proj-', tail: 'abcd' });
    expect(redactedParts('sk-proj-abcd')).toBeUndefined();
  });
});

describe('revoke() and revokeFindings()', () => {
  it('revoke() on a tree: asks the confirm callback once per match, and deletes only what it approved', async () => {
    const yes = makeKey('proj', 74);
    const no = makeKey('svcacct', 46);
    const { project, entries } = setUpProject(api, ORG, 30, [{ secret: yes, entry: entry(yes, { name: 'approve me' }) }, { secret: no, entry: entry(no, { name: 'keep me' }) }]);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'settings.py'), `OPENAI_API_KEY = "${yes}"\nBACKUP_KEY = "${no}"\n`);
    const asked: RevokePlan[] = [];
    const report = await revoke(
      { cwd: dir },
      {
        baseUrl: api.url,
        adminKey: ADMIN,
        confirm: async (plan) => {
          asked.push(plan);
          return plan.entry.name === 'approve me';
        },
      },
    );
    expect(asked.map((p) => [p.entry.name, p.project])).toEqual([
      ['approve me', project],
      ['keep me', project],
    ]);
    expect(report.dryRun).toBe(false);
    expect(report.keys.map((k) => k.status)).toEqual(['revoked', 'declined']);
    expect(report.revoked).toBe(1);
    expect(report.leftLive).toBe(1);
    expect(report.adminOrganization).toBe(ORG);
    const left = api.orgs.keysOf(project).map((e) => e.id);
    expect(left).toHaveLength(31);
    expect(left).toContain(entries[1]!.id);
    expect(left).not.toContain(entries[0]!.id);
    expect(JSON.stringify(report)).not.toContain(yes);
    expect(JSON.stringify(report)).not.toContain(no);
    expect(JSON.stringify(report)).not.toContain(ADMIN);
  });

  it('a deletion the API accepts but that does not take: still-live after every re-check', async () => {
    const key = makeKey('proj', 74);
    const { entries } = setUpProject(api, ORG, 0, [{ secret: key }]);
    api.orgs.sticky(entries[0]!.id);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.js'), `k = "${key}"\n`);
    const { findings } = await scanTree({ cwd: dir, showSecrets: true, jobs: 1 });
    const before = api.countFor(key);
    const report = await revokeFindings(findings, { baseUrl: api.url, adminKey: ADMIN, confirm: true, recheckDelaysMs: [0, 10, 10] });
    expect(report.keys[0]).toMatchObject({ status: 'still-live', live: true, after: { status: 'live' } });
    expect(api.countFor(key) - before).toBe(4);
    expect(report.keys[0]!.byHand).toMatch(/delete the right one by hand/);
  });

  it('a key an allow comment accepts is not revoked (the allow lists apply as in a scan)', async () => {
    const key = makeKey('proj', 74);
    setUpProject(api, ORG, 0, [{ secret: key }]);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.js'), `k = "${key}" // openai-key-scan:allow revoked test fixture\n`);
    const before = api.countFor(key);
    const report = await revoke({ cwd: dir }, { baseUrl: api.url, adminKey: ADMIN, confirm: true });
    expect(report.keys).toEqual([]);
    expect(api.countFor(key)).toBe(before);
  });

  it('dry run is the default: confirm left out deletes nothing', async () => {
    const key = makeKey('proj', 74);
    const { project } = setUpProject(api, ORG, 0, [{ secret: key }]);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.js'), `k = "${key}"\n`);
    const report = await revoke({ paths: ['a.js'], cwd: dir }, { baseUrl: api.url, adminKey: ADMIN });
    expect(report.dryRun).toBe(true);
    expect(report.keys[0]!.status).toBe('would-revoke');
    expect(api.orgs.keysOf(project)).toHaveLength(1);
  });
});

describe("the README's library example", () => {
  it('runs as written against the built package and revokes the key it approves', async () => {
    const readme = readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');
    const example = /```js\n(import \{ revoke, toRevokeText \}[\s\S]*?)```/.exec(readme)![1]!;
    const key = makeKey('proj', 74);
    api.orgs.project('proj_abc', ORG);
    const e = entry(key, { name: 'ci deploy' });
    api.orgs.addKey('proj_abc', e, key);
    api.orgs.owner(key, { organization: ORG, project: 'proj_abc' });
    const dir = tempDir();
    writeFileSync(path.join(dir, 'app.js'), `const openai = new OpenAI({ apiKey: "${key}" });\n`);
    writeFileSync(path.join(dir, 'example.mjs'), example.replace("from 'openai-key-scan'", `from ${JSON.stringify(pathToFileURL(path.join(PKG, 'dist/index.js')).href)}`));
    const env: NodeJS.ProcessEnv = { ...process.env, OPENAI_KEY_SCAN_BASE_URL: api.url, OPENAI_ADMIN_KEY: ADMIN };
    const r = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['example.mjs'], { cwd: dir, env });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('close', (code) => resolve({ code, out }));
    });
    expect(r.out).toContain('REVOKED');
    expect(r.code).toBe(0);
    expect(api.orgs.keysOf('proj_abc')).toEqual([]);
    expect(r.out).not.toContain(key);
  });
});

describe('the Admin API client', () => {
  let server: ReturnType<typeof createServer>;
  let url: string;
  const seen: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url === '/v1/models') return res.end(`{"data":[${'"x",'.repeat(400_000)}"x"]}`);
      if (req.url?.includes('proj_huge')) return res.end(`{"data":[${'"x",'.repeat(400_000)}"x"]}`);
      if (req.url?.includes('proj_loop')) return res.end(JSON.stringify({ data: [{ id: 'key_1', redacted_value: 'sk-proj-****abcd' }], has_more: true, last_id: 'key_1' }));
      if (req.url?.includes('proj_bad')) return res.end('<html>proxy login</html>');
      res.end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('stops reading a body past its cap, a cursor that repeats, and a page that is not a list', async () => {
    const client = new AdminClient({ baseUrl: url, adminKey: ADMIN });
    await expect(client.projectKeys('proj_huge')).rejects.toThrow(/larger than 1024 KiB/);
    await expect(client.projectKeys('proj_loop')).rejects.toThrow(/no new cursor/);
    expect(seen.filter((u) => u.includes('proj_loop'))).toHaveLength(2);
    await expect(client.projectKeys('proj_bad')).rejects.toThrow(AdminApiError);
    await expect(client.projectKeys('../../v1/models')).rejects.toThrow(/not an id OpenAI uses/);
    expect(seen.some((u) => u.includes('models'))).toBe(false);
  });

  it('verification shares the cap: a 1.6 MB answer is not read, and says so', async () => {
    const v = await verifyKey(makeKey('proj', 74), keyRule('openai-project-key')!, verifyOptions(url));
    expect(v).toEqual({ status: 'error', detail: expect.stringMatching(/larger than 1024 KiB: not read/) });
  });
});
