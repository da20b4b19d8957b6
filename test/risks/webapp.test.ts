import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeKey, materialize } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir, type Repo } from '../helpers/repo.js';
import { buildWebapp, type BuiltWebapp } from '../helpers/webapp.js';

/**
 * fixtures/webapp (Vite and Next.js shapes) through the built CLI: the source tree, then the build
 * outputs that `npm run build` leaves in git-ignored dist/ and .next/, scanned by name as in CI.
 */
type F = Record<string, unknown> & { ruleId: string; kind: string; severity: string; file: string; line: number; column: number; message: string; exposure?: string[] };

let repo: Repo;
let planted: Map<string, string[]>;
let built: BuiltWebapp;
const nextKey = makeKey('proj', 74);
const serverKey = makeKey('admin', 58);
const allKeys = () => [...[...planted.values()].flat(), nextKey, serverKey];

function scan(args: string[], cwd = repo.dir) {
  const r = runCli(['-f', 'json', ...args], { cwd });
  for (const k of allKeys()) {
    expect(r.stdout).not.toContain(k);
    expect(r.stderr).not.toContain(k);
  }
  const findings = r.stdout ? (JSON.parse(r.stdout).findings as F[]) : [];
  return { ...r, findings };
}

const brief = (fs: F[]) => fs.map((f) => [f.file, f.ruleId, f.severity, f.exposure ?? []]);

beforeAll(() => {
  repo = makeRepo();
  planted = materialize('webapp', repo.dir);
  writeFileSync(path.join(repo.dir, '.gitignore'), 'node_modules/\ndist/\n.next/\n.env.local\n');
  repo.commit('web app');
  built = buildWebapp(repo.dir, { next: nextKey, server: serverKey });
});

describe('fixture web app', () => {
  it('source tree: keys, committed .env, public variables and the browser SDK; build outputs are ignored', () => {
    const r = scan([]);
    expect(r.code).toBe(1);
    expect(brief(r.findings)).toEqual([
      ['.env', 'committed-dotenv', 'medium', []],
      ['.env', 'openai-project-key', 'high', ['dotenv']],
      ['app/page.tsx', 'public-env-var', 'high', []],
      ['index.html', 'openai-project-key', 'critical', ['client-bundle']],
      ['src/lib/openai.ts', 'public-env-var', 'high', []],
      ['src/lib/openai.ts', 'openai-service-account-key', 'high', []],
      ['src/lib/openai.ts', 'browser-sdk', 'high', []],
    ]);
    const [dotenv, , page, html, , , sdk] = r.findings;
    expect(dotenv!.message).toContain('git rm --cached .env');
    expect(dotenv!.redacted).toBe('OPENAI_API_KEY=…');
    expect(page!.message).toContain('Next.js');
    expect(page!.redacted).toBe('NEXT_PUBLIC_OPENAI_API_KEY'); // openai-key-scan:allow
    expect(page).toMatchObject({ line: 6, column: 51 });
    expect(html!.message).toContain('anyone who loads the page can read it');
    expect(html!.message).toContain('server-side proxy');
    expect(html).toMatchObject({ line: 8 });
    expect(r.findings[4]!.message).toContain('Vite');
    expect(sdk).toMatchObject({ line: 6, column: 3 });
  });

  it('`openai-key-scan dist` after the build: the minified bundle and its source map are critical', () => {
    const r = scan(['dist']);
    expect(r.code).toBe(1);
    expect(brief(r.findings)).toEqual([
      ['dist/assets/index-4f2a9c1d.js', 'openai-service-account-key', 'critical', ['client-bundle']],
      ['dist/assets/index-4f2a9c1d.js', 'browser-sdk', 'high', []],
      ['dist/assets/index-4f2a9c1d.js.map', 'openai-service-account-key', 'critical', ['source-map']],
    ]);
    const bundle = built.files.get('dist/assets/index-4f2a9c1d.js')!;
    expect(bundle.length).toBeGreaterThan(3 * 1000 * 1000);
    const key = planted.get('src/lib/openai.ts')![0]!;
    const [inBundle, sdk, inMap] = r.findings;
    expect(inBundle).toMatchObject({ line: 1, column: bundle.indexOf(key) + 1, endColumn: bundle.indexOf(key) + 1 + key.length });
    expect(inBundle!.message).toMatch(/^OpenAI service account key in a client bundle, in plain text: anyone who loads the page can read it\. .*server-side proxy.*not a better hiding place/);
    expect(sdk!.redacted).toBe('dangerouslyAllowBrowser:!0'); // openai-key-scan:allow
    expect(inMap!.message).toMatch(/^OpenAI service account key in a source map, .*anyone who loads the page can read it/);
    // The same key in source, bundle and map: one fingerprint.
    const src = scan([]).findings.find((f) => f.file === 'src/lib/openai.ts' && f.kind === 'key')!;
    expect(new Set([src.fingerprint, inBundle!.fingerprint, inMap!.fingerprint]).size).toBe(1);
  });

  it('`openai-key-scan .next`: a client chunk is critical, a server chunk is not exposed, a clean map says nothing', () => {
    const r = scan(['.next']);
    expect(r.code).toBe(1);
    expect(brief(r.findings)).toEqual([
      ['.next/server/app/api/chat/route.js', 'openai-admin-key', 'critical', []],
      ['.next/static/chunks/app/page-8c1e2f0a.js', 'openai-project-key', 'critical', ['client-bundle']],
    ]);
    expect(r.findings[0]!.message).not.toContain('loads the page');
    expect(r.findings[1]!.message).toContain('anyone who loads the page can read it');
  });

  it('text report: severity, exposure message and the fix, no key', () => {
    const r = runCli(['dist', '.next'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('critical');
    expect(r.stdout).toContain('in a client bundle, in plain text: anyone who loads the page can read it');
    for (const k of allKeys()) expect(r.stdout).not.toContain(k);
  });

  it('SARIF and GitHub annotations: risks are warnings with their own advice, keys errors', () => {
    const sarif = JSON.parse(runCli(['-f', 'sarif'], { cwd: repo.dir }).stdout);
    const run = sarif.runs[0];
    const level = (id: string) => run.results.filter((r: { ruleId: string }) => r.ruleId === id).map((r: { level: string }) => r.level);
    expect(level('public-env-var')).toEqual(['warning', 'warning']);
    expect(level('committed-dotenv')).toEqual(['warning']);
    expect(level('openai-project-key')).toEqual(['error', 'error']);
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'browser-sdk');
    expect(rule.shortDescription.text).toBe('OpenAI SDK allowed in the browser');
    expect(rule.defaultConfiguration.level).toBe('warning');
    const gh = runCli(['-f', 'github'], { cwd: repo.dir, env: { ...process.env, GITHUB_STEP_SUMMARY: '' } });
    const lines = gh.stdout.split('\n').filter((l) => l.startsWith('::'));
    const risky = lines.filter((l) => l.includes('public-env-var') || l.includes('browser-sdk') || l.includes('committed-dotenv'));
    expect(risky.length).toBe(4);
    for (const l of risky) {
      expect(l).toMatch(/^::warning /);
      expect(l).not.toContain('Revoke it at');
    }
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(3);
    for (const k of allKeys()) expect(gh.stdout + JSON.stringify(sarif)).not.toContain(k);
  });

  it('worker threads find the same (risk options and exposure cross the thread boundary)', () => {
    const one = scan(['.', 'dist', '.next', '-j', '1']);
    const two = scan(['.', 'dist', '.next', '-j', '2']);
    expect(brief(two.findings)).toEqual(brief(one.findings));
    expect(one.findings.length).toBe(12);
  });

  it('risks only warn: exit 0 under the default --fail-on key, 1 under --fail-on high', () => {
    const r = scan(['app', 'vite.config.ts', 'next.config.mjs', 'server']);
    expect(brief(r.findings)).toEqual([['app/page.tsx', 'public-env-var', 'high', []]]);
    expect(r.code).toBe(0);
    expect(scan(['app', '--fail-on', 'high']).code).toBe(1);
    expect(scan(['app', '--fail-on', 'critical']).code).toBe(0);
  });

  it('a build output outside any repository: `npx openai-key-scan dist`', () => {
    const out = tempDir('oks-build-');
    cpSync(path.join(repo.dir, 'dist'), path.join(out, 'dist'), { recursive: true });
    const r = scan(['dist'], out);
    expect(brief(r.findings)).toEqual([
      ['dist/assets/index-4f2a9c1d.js', 'openai-service-account-key', 'critical', ['client-bundle']],
      ['dist/assets/index-4f2a9c1d.js', 'browser-sdk', 'high', []],
      ['dist/assets/index-4f2a9c1d.js.map', 'openai-service-account-key', 'critical', ['source-map']],
    ]);
  });
});

describe('committed-dotenv and how git knows the file', () => {
  const line = () => `OPENAI_API_KEY=${makeKey('proj', 74)}\n`;
  const risks = (fs: F[]) => fs.filter((f) => f.kind === 'risk').map((f) => [f.file, f.ruleId]);

  it('tracked: reported; untracked: only the key; ignored and named: only the key', () => {
    const r = makeRepo();
    r.write('.gitignore', '.env.local\n');
    r.write('.env', line());
    r.commit('tracked .env');
    r.write('.env.development', line());
    r.write('.env.local', line());
    const all = scan([], r.dir).findings;
    expect(risks(all)).toEqual([['.env', 'committed-dotenv']]);
    expect(all.filter((f) => f.kind === 'key').map((f) => [f.file, f.exposure])).toEqual([
      ['.env', ['dotenv']],
      ['.env.development', ['dotenv']],
    ]);
    expect(risks(scan(['.env.local', '.env.development', '.env'], r.dir).findings)).toEqual([['.env', 'committed-dotenv']]);
  });

  it('staged: the pre-commit hook reports a .env file about to be committed', () => {
    const r = makeRepo();
    r.write('README.md', 'x\n');
    r.commit('init');
    r.write('.env.production', line());
    r.git('add', '.env.production');
    const s = scan(['staged'], r.dir);
    expect(s.code).toBe(1);
    expect(risks(s.findings)).toEqual([['.env.production', 'committed-dotenv']]);
  });

  it('diff: a commit that adds a .env file with a value that is no key shape is still reported', () => {
    const r = makeRepo();
    r.write('README.md', 'x\n');
    const base = r.commit('init');
    r.write('.env', 'OPENAI_API_KEY=corp-proxy-token-8f2b9c1e77\n');
    r.write('src/app.ts', 'export const k = process.env.VITE_OPENAI_API_KEY;\n'); // openai-key-scan:allow
    const head = r.commit('add env');
    const d = scan(['diff', `${base}..${head}`], r.dir);
    expect(risks(d.findings)).toEqual([
      ['.env', 'committed-dotenv'],
      ['src/app.ts', 'public-env-var'],
    ]);
    expect(d.stdout).not.toContain('corp-proxy-token-8f2b9c1e77');
    expect(d.code).toBe(0);
  });

  it('outside git: a .env file that is present is reported', () => {
    const dir = tempDir('oks-nogit-');
    writeFileSync(path.join(dir, '.env'), line());
    writeFileSync(path.join(dir, '.env.example'), 'OPENAI_API_KEY=sk-...\n');
    expect(risks(scan([], dir).findings)).toEqual([['.env', 'committed-dotenv']]);
  });
});

describe('this repository', () => {
  it("its own scan reports no risk but the ones fixtures/webapp is made of (samples live outside dist/ bundles)", () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const r = runCli(['-f', 'json', '--fail-on', 'none'], { cwd: root });
    const files = new Set((JSON.parse(r.stdout).findings as F[]).filter((f) => f.kind === 'risk').map((f) => f.file));
    expect([...files].sort()).toEqual(['fixtures/webapp/app/page.tsx', 'fixtures/webapp/src/lib/openai.ts']);
  });
});
