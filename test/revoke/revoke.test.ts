import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, tempDir } from '../helpers/repo.js';
import { cli, entry, envFor, setUpProject, type Run } from './fixtures.js';

/**
 * `openai-key-scan revoke` end to end (issue 17): the built CLI against a loopback server that answers
 * like the OpenAI API and its Admin API. Every run also checks that neither the found key nor the
 * admin key appears in any output, and that the admin key went only in Authorization headers.
 */

const ORG = 'org-revoke1';
let api: FakeOpenAI;
const ADMIN = makeKey('admin', 58);
const FORBIDDEN_ADMIN = makeKey('proj', 74);

beforeAll(async () => {
  api = await startFakeOpenAI();
  api.orgs.admin(ADMIN, ORG);
  api.orgs.admin(FORBIDDEN_ADMIN, ORG, { forbidden: true });
});
afterAll(() => api.close());

function leakIn(dir: string, ...keys: string[]): void {
  writeFileSync(path.join(dir, '.env'), keys.map((k, i) => `OPENAI_API_KEY${i ? `_${i}` : ''}=${k}\n`).join(''));
}

function expectNoSecrets(r: Run, ...secrets: string[]): void {
  for (const s of [...secrets, ADMIN, FORBIDDEN_ADMIN]) {
    expect(r.stdout).not.toContain(s);
    expect(r.stderr).not.toContain(s);
  }
}

function deletes(): string[] {
  return api.requests.filter((q) => q.method === 'DELETE').map((q) => q.url);
}

function jsonOf(r: Run): { dryRun: boolean; keys: Array<Record<string, any>>; revoked: number; leftLive: number } {
  return JSON.parse(r.stdout);
}

describe('revoke', () => {
  it('dry run by default: lists every page of 100+ keys, shows the one match, deletes nothing, exits 1', async () => {
    const key = makeKey('proj', 74);
    const { project, entries } = setUpProject(api, ORG, 150, [{ secret: key, entry: entry(key, { name: 'ci deploy' }) }]);
    const dir = tempDir();
    leakIn(dir, key);
    const before = api.requests.length;
    const deleted = deletes().length;
    const r = await cli(['revoke'], dir, envFor(api, ADMIN));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('LIVE, would revoke (dry run)');
    expect(r.stdout).toContain(`project ${project} · key "ci deploy" (${entries[0]!.id}) · owner dev`);
    expect(r.stdout).toMatch(/created 2026-01-15 · last used 2026-11-30/);
    expect(r.stdout).toContain('Dry run: nothing was deleted. Run again with --yes');
    expect(deletes().length).toBe(deleted);
    expect(api.orgs.keysOf(project)).toHaveLength(151);
    const lists = api.requests.slice(before).filter((q) => q.url.startsWith(`/v1/organization/projects/${project}/api_keys`));
    expect(lists.map((q) => new URL(q.url, api.url).searchParams.get('after'))).toEqual([null, api.orgs.keysOf(project)[99]!.id]);
    expect(lists.every((q) => q.url.includes('limit=100') && q.url.includes('owner_project_access=any'))).toBe(true);
    // The admin key only ever in the Authorization header, and only on Admin API requests.
    for (const q of api.requests.slice(before)) {
      expect(q.url).not.toContain(ADMIN);
      if (q.headers.authorization === `Bearer ${ADMIN}`) expect(q.url.startsWith('/v1/organization/')).toBe(true);
    }
    expectNoSecrets(r, key);
  });

  it('--yes deletes exactly the one matching key, sees it answer 401, prints rotation steps, exits 0', async () => {
    const key = makeKey('proj', 74);
    const bystander = makeKey('proj', 74);
    const { project, entries } = setUpProject(api, ORG, 120, [{ secret: key }, { secret: bystander }]);
    const dir = tempDir();
    leakIn(dir, key);
    const deleted = deletes().length;
    const r = await cli(['revoke', '--yes'], dir, envFor(api, ADMIN));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(deletes().slice(deleted)).toEqual([`/v1/organization/projects/${project}/api_keys/${entries[0]!.id}`]);
    expect(api.orgs.keysOf(project).map((e) => e.id)).not.toContain(entries[0]!.id);
    expect(api.orgs.keysOf(project)).toHaveLength(121);
    expect(r.stdout).toContain('REVOKED');
    expect(r.stdout).toContain('deleted, and the key now answers 401: revoked');
    expect(r.stdout).toMatch(/Rotate:\n {4}1\. It was found in \.env:1/);
    expect(r.stdout).toContain(`at https://platform.openai.com/settings/${project}/api-keys`);
    expect(r.stdout).toContain('Put the new key in OPENAI_API_KEY through your secret store');
    expect(r.stdout).toContain('1 revoked');
    expectNoSecrets(r, key, bystander);
  });

  it('two keys with the same redacted value: names both, deletes neither, exits 1', async () => {
    const key = makeKey('proj', 74);
    const twin = `${key.slice(0, 20)}${makeKey('proj', 74).slice(20, -4)}${key.slice(-4)}`;
    const { entries } = setUpProject(api, ORG, 5, [{ secret: key, entry: entry(key, { name: 'prod' }) }, { secret: twin, entry: entry(twin, { name: 'staging', serviceAccount: 'deploy-bot' }) }]);
    expect(entries[0]!.redacted_value).toBe(entries[1]!.redacted_value);
    const dir = tempDir();
    leakIn(dir, key);
    const deleted = deletes().length;
    const r = await cli(['revoke', '--yes', '--format', 'json'], dir, envFor(api, ADMIN));
    expect(r.code).toBe(1);
    expect(deletes().length).toBe(deleted);
    const out = jsonOf(r);
    expect(out.keys.map((k) => k.status)).toEqual(['ambiguous']);
    expect(out.keys[0]!.candidates.map((c: { name: string }) => c.name).sort()).toEqual(['prod', 'staging']);
    expect(out.keys[0]!.byHand).toMatch(/https:\/\/platform\.openai\.com\/settings\/proj_\d+\/api-keys/);
    expectNoSecrets(r, key, twin);
  });

  it('an admin key the Admin API refuses (403): a clear line, nothing deleted, exits 1', async () => {
    const key = makeKey('proj', 74);
    setUpProject(api, ORG, 3, [{ secret: key }]);
    const dir = tempDir();
    leakIn(dir, key);
    const deleted = deletes().length;
    const r = await cli(['revoke', '--yes'], dir, envFor(api, FORBIDDEN_ADMIN));
    expect(r.code).toBe(1);
    expect(deletes().length).toBe(deleted);
    expect(r.stdout).toContain('LIVE, admin key refused (403)');
    expect(r.stdout).toMatch(/By hand: use an admin key \(https:\/\/platform\.openai\.com\/settings\/organization\/admin-keys\)/);
    expectNoSecrets(r, key);
  });

  it('a key of another organization: not listed, not deleted, exits 1', async () => {
    const key = makeKey('proj', 74);
    const { project } = setUpProject(api, 'org-elsewhere', 3, [{ secret: key }]);
    const dir = tempDir();
    leakIn(dir, key);
    const before = api.requests.length;
    const r = await cli(['revoke', '--yes'], dir, envFor(api, ADMIN));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('LIVE, another organization');
    expect(r.stdout).toContain('the key belongs to organization org-elsewhere, OPENAI_ADMIN_KEY to org-revoke1');
    expect(api.requests.slice(before).filter((q) => q.url.includes(project) || q.method === 'DELETE')).toEqual([]);
    expect(api.orgs.keysOf(project)).toHaveLength(4);
    expectNoSecrets(r, key);
  });

  it('an already dead key: said so, no Admin API call, exits 0', async () => {
    const key = makeKey('proj', 74);
    api.set(key, 'invalid');
    const dir = tempDir();
    leakIn(dir, key);
    const before = api.requests.length;
    const r = await cli(['revoke', '--yes'], dir, envFor(api, ADMIN));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('already dead');
    expect(r.stdout).toContain('0 left live or unknown');
    expect(api.requests.slice(before).map((q) => q.url)).toEqual(['/v1/models']);
    expectNoSecrets(r, key);
  });

  it('a deletion that fails leaves the key live: reported with what to do, exits 1', async () => {
    const key = makeKey('svcacct', 74);
    const { project, entries } = setUpProject(api, ORG, 2, [{ secret: key, entry: entry(key, { serviceAccount: 'etl' }) }]);
    api.orgs.failing(entries[0]!.id);
    const dir = tempDir();
    leakIn(dir, key);
    const r = await cli(['revoke', '--yes', '--format', 'json'], dir, envFor(api, ADMIN));
    expect(r.code).toBe(1);
    const k = jsonOf(r).keys[0]!;
    expect(k.status).toBe('delete-failed');
    expect(k.live).toBe(true);
    expect(k.after.status).toBe('live');
    expect(k.detail).toMatch(/the deletion failed: deleting the key: HTTP 500 .*; it still works \(live\)/);
    expect(k.byHand).toContain(`https://platform.openai.com/settings/${project}/api-keys`);
    expect(k.match.owner).toEqual({ type: 'service_account', name: 'etl', id: expect.any(String) });
    expect(k.rotation).toBeUndefined();
    expectNoSecrets(r, key);
  });

  it('a legacy user key without a project, a key that matches nothing, a key OpenAI cannot judge: each a line, exit 1', async () => {
    const legacy = makeKey('legacy', 20);
    api.orgs.owner(legacy, { organization: ORG });
    const unmatched = makeKey('proj', 74);
    const { project } = setUpProject(api, ORG, 4, []);
    api.orgs.owner(unmatched, { organization: ORG, project });
    const flaky = makeKey('proj', 58);
    api.set(flaky, 'server-error');
    const dir = tempDir();
    leakIn(dir, legacy, unmatched, flaky);
    const deleted = deletes().length;
    const r = await cli(['revoke', '--yes', '--format', 'json'], dir, envFor(api, ADMIN));
    expect(r.code).toBe(1);
    expect(deletes().length).toBe(deleted);
    const out = jsonOf(r);
    const byEnd = Object.fromEntries(out.keys.map((k) => [k.redacted.slice(-4), k]));
    expect(byEnd[legacy.slice(-4)]).toMatchObject({ status: 'no-project', live: true });
    expect(byEnd[legacy.slice(-4)]!.byHand).toContain('https://platform.openai.com/api-keys');
    expect(byEnd[unmatched.slice(-4)]).toMatchObject({ status: 'no-match', live: true });
    expect(byEnd[unmatched.slice(-4)]!.detail).toContain(`none of the 4 key(s) of project ${project}`);
    expect(byEnd[flaky.slice(-4)]).toMatchObject({ status: 'unknown', live: true });
    expect(out.leftLive).toBe(3);
    expectNoSecrets(r, legacy, unmatched, flaky);
  });

  it('without OPENAI_ADMIN_KEY: verifies, says what is live and what to set, exits 1', async () => {
    const key = makeKey('proj', 74);
    setUpProject(api, ORG, 1, [{ secret: key }]);
    const dir = tempDir();
    leakIn(dir, key);
    const r = await cli(['revoke', '--yes'], dir, envFor(api));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('LIVE, no admin key');
    expect(r.stdout).toContain('set OPENAI_ADMIN_KEY to an admin key');
    expectNoSecrets(r, key);
  });

  it('a leaked admin key: found among the admin keys and deleted through admin_api_keys', async () => {
    const leaked = makeKey('admin', 58);
    const e = entry(leaked, { name: 'old automation', redacted: `sk-admin...${leaked.slice(-3)}` });
    api.orgs.admin(leaked, ORG, { entry: e });
    for (let i = 0; i < 3; i++) api.orgs.admin(makeKey('admin', 58), ORG, { entry: entry(makeKey('admin', 58)) });
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ops.sh'), `export OPENAI_ADMIN_KEY=${leaked}\n`);
    const deleted = deletes().length;
    const r = await cli(['revoke', '--yes', '--format', 'json'], dir, envFor(api, ADMIN));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(deletes().slice(deleted)).toEqual([`/v1/organization/admin_api_keys/${e.id}`]);
    const k = jsonOf(r).keys[0]!;
    expect(k).toMatchObject({ ruleId: 'openai-admin-key', status: 'revoked', live: false });
    expect(k.rotation.join('\n')).toContain('https://platform.openai.com/settings/organization/admin-keys');
    expect(k.rotation.join('\n')).toContain('Put the new key in OPENAI_ADMIN_KEY');
    expectNoSecrets(r, leaked);
  });

  it('--history and --range revoke keys that only the commits still hold', async () => {
    const repo = makeRepo();
    const old = makeKey('proj', 74);
    const added = makeKey('proj', 74);
    const { project, entries } = setUpProject(api, ORG, 2, [{ secret: old }, { secret: added }]);
    repo.write('config.js', `const key = "${old}";\n`);
    const base = repo.commit('add key');
    repo.write('config.js', 'const key = process.env.OPENAI_API_KEY;\n');
    repo.commit('remove key');
    repo.write('b.js', `export const k = "${added}";\n`);
    const head = repo.commit('another');
    repo.write('b.js', 'export const k = "";\n');
    repo.commit('gone again');

    const range = await cli(['revoke', '--range', `${base}..${head}`, '--format', 'json'], repo.dir, { ...envFor(api, ADMIN), ...repo.env, OPENAI_ADMIN_KEY: ADMIN });
    expect(range.stderr).toBe('');
    expect(range.code).toBe(1);
    const r1 = jsonOf(range);
    expect(r1.keys.map((k) => [k.redacted.slice(-4), k.status])).toEqual([[added.slice(-4), 'would-revoke']]);
    expect(r1.keys[0]!.found).toEqual([{ file: 'b.js', line: 1, commit: head }]);

    const history = await cli(['revoke', '--history', '--yes'], repo.dir, { ...envFor(api, ADMIN), ...repo.env, OPENAI_ADMIN_KEY: ADMIN });
    expect(history.code).toBe(0);
    expect(history.stdout).toContain(`It was found in config.js:1 (commit ${base.slice(0, 12)})`);
    expect(history.stdout).toContain('the commits keep the dead key');
    expect(api.orgs.keysOf(project).map((e) => e.id)).not.toContain(entries[0]!.id);
    expect(api.orgs.keysOf(project).map((e) => e.id)).not.toContain(entries[1]!.id);
    expectNoSecrets(history, old, added);
    expectNoSecrets(range, old, added);
  });

  it('--from-report: scans again what a JSON report names and revokes the keys it lists; a key gone since is reported, not ignored', async () => {
    const key = makeKey('proj', 74);
    const gone = makeKey('proj', 74);
    const unlisted = makeKey('proj', 74);
    const { project, entries } = setUpProject(api, ORG, 2, [{ secret: key }, { secret: gone }, { secret: unlisted }]);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.ts'), `const k = "${key}";\n`);
    writeFileSync(path.join(dir, 'b.ts'), `const k = "${gone}";\n`);
    const scan = await cli(['scan', '.', '--format', 'json', '--output', 'report.json'], dir, envFor(api));
    expect(scan.code).toBe(1);
    writeFileSync(path.join(dir, 'b.ts'), 'const k = process.env.OPENAI_API_KEY;\n');
    writeFileSync(path.join(dir, 'c.ts'), `const k = "${unlisted}";\n`);
    const r = await cli(['revoke', '--from-report', 'report.json', '--yes', '--format', 'json'], dir, envFor(api, ADMIN));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = jsonOf(r);
    expect(out.keys.map((k) => [k.redacted.slice(-4), k.status])).toEqual([
      [key.slice(-4), 'revoked'],
      [gone.slice(-4), 'not-found'],
    ]);
    expect(api.orgs.keysOf(project).map((e) => e.id)).toEqual(expect.arrayContaining([entries[1]!.id, entries[2]!.id]));
    expect(api.orgs.keysOf(project).map((e) => e.id)).not.toContain(entries[0]!.id);
    expectNoSecrets(r, key, gone, unlisted);
  });

  it('nothing found: exit 0; bad invocations: one line, exit 2', async () => {
    const empty = await cli(['revoke'], tempDir(), envFor(api, ADMIN));
    expect(empty.code).toBe(0);
    expect(empty.stdout).toBe('No OpenAI keys found: nothing to revoke.\n');
    const dir = tempDir();
    const cases: Array<[string[], RegExp, NodeJS.ProcessEnv?]> = [
      [['revoke', 'src', '--history'], /choose one source of keys/],
      [['revoke', '--yes', '--dry-run'], /contradict/],
      [['revoke', '--from-report', 'missing.json'], /--from-report: cannot read missing\.json/],
      [['revoke', '--range', 'nonsense'], /cannot read "nonsense" as a range/],
      [['revoke', '--verify-base-url', 'http://example.com'], /only sent over https/],
      [['revoke', '--admin-key', 'x'], /Unknown argument/],
    ];
    writeFileSync(path.join(dir, 'not-a-report.json'), '[1, 2]');
    cases.push([['revoke', '--from-report', 'not-a-report.json'], /not an openai-key-scan JSON report/]);
    for (const [args, message] of cases) {
      const r = await cli(args, dir, envFor(api, ADMIN));
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });
});
