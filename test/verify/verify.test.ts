import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers/built.js';
import { startFakeOpenAI, type FakeOpenAI, type Scenario } from '../helpers/fake-openai.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, runCliAsync as cli, tempDir } from '../helpers/repo.js';

/** --verify and `verify` against a real loopback server that answers like the OpenAI API (issue 6). */



let api: FakeOpenAI;
let other: FakeOpenAI;
beforeAll(async () => {
  other = await startFakeOpenAI();
  api = await startFakeOpenAI({ redirectTo: `${other.url}/v1/models` });
});
afterAll(async () => {
  await api.close();
  await other.close();
});

describe('--verify', () => {
  it('maps every answer to the statuses of design.md, sets severity, and never drops a finding', async () => {
    const cases: Array<[Scenario, string, string]> = [
      ['live', 'live', 'critical'],
      ['invalid', 'invalid', 'low'],
      ['quota', 'quota', 'high'],
      ['forbidden', 'forbidden', 'high'],
      ['region', 'error', 'high'],
      ['ip-not-allowed', 'error', 'high'],
      ['ratelimit-once', 'live', 'critical'],
      ['server-error', 'error', 'high'],
      ['malformed', 'error', 'high'],
      ['redirect', 'error', 'high'],
      ['hang', 'error', 'high'],
    ];
    const dir = tempDir();
    const keys = cases.map(([scenario]) => {
      const k = makeKey();
      api.set(k, scenario);
      return k;
    });
    writeFileSync(path.join(dir, 'keys.txt'), keys.map((k, i) => `${cases[i]![0]} = "${k}"`).join('\n') + '\n');
    const r = await cli(['-f', 'json', '--verify', '--verify-base-url', api.url, '--verify-timeout', '1.5'], dir);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings as Array<{ line: number; severity: string; verification: { status: string; organization?: string; project?: string; detail?: string } }>;
    expect(findings).toHaveLength(cases.length);
    expect(findings.map((f) => [cases[f.line - 1]![0], f.verification.status, f.severity])).toEqual(cases);
    const live = findings.find((f) => f.line === 1)!;
    expect(live.verification).toMatchObject({ organization: 'org-test123', project: 'proj_test456' });
    expect(other.requests).toHaveLength(0); // the redirect was not followed
    for (const k of keys) expect(r.stdout + r.stderr).not.toContain(k);
  }, 30_000);

  it('sends one request per distinct key, only in the Authorization header, with bounded concurrency', async () => {
    // The server holds every request until the test releases it: concurrency is counted, not timed.
    const slow = await startFakeOpenAI({ hold: true });
    try {
      const dir = tempDir();
      const keys = Array.from({ length: 12 }, () => makeKey('svcacct', 74));
      const admin = makeKey('admin', 58);
      // Each key in three places.
      for (let i = 0; i < 3; i++) writeFileSync(path.join(dir, `f${i}.ts`), [...keys, admin].map((k) => `k = "${k}"`).join('\n'));
      const run = cli(['-f', 'json', '--verify', '--verify-concurrency', '3', '--verify-timeout', '60'], dir, { ...process.env, OPENAI_KEY_SCAN_BASE_URL: slow.url });
      // 13 distinct keys, 3 at a time: each release lets exactly one more request in.
      for (let answered = 0; answered < 13; answered++) {
        await slow.whenHeld(Math.min(3, 13 - answered));
        expect(slow.held).toBe(Math.min(3, 13 - answered));
        slow.releaseOne();
      }
      const r = await run;
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).findings).toHaveLength(39);
      expect(slow.requests).toHaveLength(13);
      for (const k of keys) expect(slow.countFor(k)).toBe(1);
      expect(slow.maxInFlight).toBe(3);
      expect(slow.requests.filter((q) => q.url === '/v1/organization/admin_api_keys?limit=1').map((q) => q.headers.authorization)).toEqual([`Bearer ${admin}`]);
      expect(slow.requests.filter((q) => q.url === '/v1/models')).toHaveLength(12);
      for (const q of slow.requests) {
        const { authorization, ...rest } = q.headers;
        const secret = authorization!.slice('Bearer '.length);
        expect(q.method).toBe('GET');
        expect(q.url + q.body + JSON.stringify(rest)).not.toContain(secret);
      }
    } finally {
      await slow.close();
    }
  }, 30_000);

  it('gives up on a key that stays rate limited, within the bound, as error', async () => {
    const dir = tempDir();
    const k = makeKey();
    api.set(k, 'ratelimit');
    writeFileSync(path.join(dir, 'k.txt'), `${k}\n`);
    const before = api.countFor(k);
    const r = await cli(['-f', 'json', '--verify', '--verify-base-url', api.url], dir);
    expect(JSON.parse(r.stdout).findings[0].verification).toMatchObject({ status: 'error', detail: expect.stringMatching(/rate limited/) });
    expect(api.countFor(k) - before).toBe(3);
  }, 30_000);

  it('--fail-on live fails only on keys proven live', async () => {
    const dir = tempDir();
    const dead = makeKey();
    api.set(dead, 'invalid');
    writeFileSync(path.join(dir, 'k.txt'), `${dead}\n`);
    const pass = await cli(['--verify', '--verify-base-url', api.url, '--fail-on', 'live'], dir);
    expect(pass.code).toBe(0);
    expect(pass.stdout).toContain('verification: invalid: revoked or never valid');
    const live = makeKey();
    writeFileSync(path.join(dir, 'l.txt'), `${live}\n`);
    const fail = await cli(['--verify', '--verify-base-url', api.url, '--fail-on', 'live'], dir);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toMatch(/verification: LIVE: the key works; organization org-test123, project proj_test456/);
  }, 30_000);

  it('ignores OPENAI_BASE_URL and .env files, and refuses a config that names a URL', async () => {
    const repo = makeRepo();
    const k = makeKey();
    repo.write('.env', `OPENAI_BASE_URL=${other.url}\nOPENAI_KEY_SCAN_BASE_URL=${other.url}\n`);
    repo.write('k.ts', `k = "${k}"\n`);
    repo.commit('.env pointing elsewhere');
    const before = other.requests.length;
    const env = { ...repo.env, OPENAI_BASE_URL: other.url, OPENAI_KEY_SCAN_BASE_URL: api.url };
    const r = await cli(['-f', 'json', '--verify', 'k.ts'], repo.dir, env);
    expect(JSON.parse(r.stdout).findings[0].verification.status).toBe('live');
    expect(other.requests.length).toBe(before);
    expect(api.countFor(k)).toBe(1);
    // A config file that tries to name the URL is refused outright: nothing is sent anywhere.
    repo.write('.openai-key-scan.json', JSON.stringify({ verifyBaseUrl: other.url }));
    const refused = await cli(['--verify', 'k.ts'], repo.dir, env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/\.openai-key-scan\.json: "verifyBaseUrl" is not allowed: a config file can never set where keys are sent/);
    expect(other.requests.length).toBe(before);
    expect(api.countFor(k)).toBe(1);
  }, 30_000);

  it('refuses plain http to another machine, and bad URLs, before sending anything', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'k.txt'), `${makeKey()}\n`);
    for (const [args, env, message] of [
      [['--verify-base-url', 'http://api.example.test'], {}, /--verify-base-url: keys are only sent over https, or plain http to this machine/],
      [[], { OPENAI_KEY_SCAN_BASE_URL: 'ftp://x' }, /OPENAI_KEY_SCAN_BASE_URL: keys are only sent over https/],
      [['--verify-base-url', 'not a url'], {}, /is not a URL/],
    ] as const) {
      const r = await cli(['--verify', ...args], dir, { ...process.env, ...env });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('makes no request at all without --verify', async () => {
    const dir = tempDir();
    const k = makeKey();
    writeFileSync(path.join(dir, 'k.txt'), `${k}\n`);
    const r = await cli(['-f', 'json'], dir, { ...process.env, OPENAI_KEY_SCAN_BASE_URL: api.url });
    expect(r.code).toBe(1);
    expect(api.countFor(k)).toBe(0);
    expect(JSON.parse(r.stdout).findings[0].verification).toBeUndefined();
  });
});

describe('openai-key-scan verify', () => {
  it('reads one key from stdin and says what it is; exit 1 works, 0 invalid, 2 unknown', async () => {
    const dir = tempDir();
    const env = { ...process.env, OPENAI_KEY_SCAN_BASE_URL: api.url };
    const live = makeKey('admin', 58);
    const r = await cli(['verify'], dir, env, `${live}\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^sk-admin-…[\w-]{4} \(OpenAI admin key\): LIVE: the key works; organization org-test123/);
    expect(r.stdout).not.toContain(live);
    const dead = makeKey();
    api.set(dead, 'invalid');
    const j = await cli(['verify', '-f', 'json'], dir, env, dead);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout)).toMatchObject({ ruleId: 'openai-project-key', verification: { status: 'invalid' } });
    const broken = makeKey();
    api.set(broken, 'server-error');
    expect((await cli(['verify'], dir, env, broken)).code).toBe(2);
  });

  it('never takes the key from the command line', async () => {
    const key = makeKey();
    const r = runCli(['verify', key], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/stdin/);
    expect(r.stderr).not.toContain(key);
    const none = runCli(['verify'], { cwd: tempDir(), input: 'no key here' });
    expect(none.stderr).toMatch(/stdin holds no OpenAI key/);
  });
});
