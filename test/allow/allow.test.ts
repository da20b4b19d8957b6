import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE, validateConfig } from '../../src/config/file.js';
import { UsageError } from '../../src/types.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, type Repo } from '../helpers/repo.js';

/** Inline allow, the config file and the baseline, in tree, staged and diff modes (issue 7). */

interface J {
  findings: Array<{ file: string; line: number; fingerprint: string }>;
  suppressed?: Array<{ file: string; line: number; suppressed: { by: string; reason?: string; inChange?: boolean } }>;
  stale?: string[];
}

function run(repo: Repo, ...args: string[]) {
  const r = runCli(args, { cwd: repo.dir, env: repo.env });
  return { ...r, json: (args.includes('json') && r.stdout ? JSON.parse(r.stdout) : undefined) as J };
}

const fp = (repo: Repo, file: string) => run(repo, '-f', 'json', '--no-inline-allow', file).json.findings[0]!.fingerprint;

describe('inline allow', () => {
  it('allow on the line, allow-next-line for the line below, in any comment syntax, with a reason --explain shows', () => {
    const repo = makeRepo();
    repo.write('a.ts', `const k = "${makeKey()}"; // openai-key-scan:allow revoked test key\n`);
    repo.write('b.py', `K = "${makeKey()}"  # openai-key-scan:allow\n`);
    repo.write('c.html', `<meta name="k" content="${makeKey()}"> <!-- openai-key-scan:allow: docs sample -->\n`);
    repo.write('d.css', `/* openai-key-scan:allow */ .x{--k:"${makeKey()}"}\n`);
    repo.write('app.properties', `# openai-key-scan:allow-next-line fixture for the parser tests\nopenai.key=${makeKey()}\nother.key=${makeKey()}\n`);
    const r = run(repo, '-f', 'json');
    expect(r.code).toBe(1);
    expect(r.json.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['app.properties:3']);
    expect(r.json.suppressed!.map((f) => [f.file, f.suppressed.by, f.suppressed.reason])).toEqual([
      ['a.ts', 'inline', 'revoked test key'],
      ['app.properties', 'inline', 'fixture for the parser tests'],
      ['b.py', 'inline', undefined],
      ['c.html', 'inline', 'docs sample'],
      ['d.css', 'inline', undefined],
    ]);
    const text = run(repo, '--explain');
    expect(text.stdout).toContain('Suppressed (5):');
    expect(text.stdout).toMatch(/a\.ts:1:\d+\s+openai-project-key\s+sk-proj-…\S+\s+suppressed by an openai-key-scan:allow comment \(revoked test key\)/);
    expect(run(repo).stdout).toContain('5 finding(s) suppressed by allow lists (--explain lists them).');
    expect(run(repo, '-f', 'json', '--no-inline-allow').json.findings).toHaveLength(6);
  });
});

describe('config file', () => {
  it('ignorePaths, allowFingerprints with a comment, failOn and maxFileSize; flags win over it', () => {
    const repo = makeRepo();
    repo.write('fixtures/keys.txt', `${makeKey()}\n`);
    repo.write('src/allowed.ts', `k = "${makeKey()}"\n`);
    repo.write('src/real.ts', `k = "${makeKey()}"\n`);
    repo.write('big.js', `${' '.repeat(3000)}${makeKey()}\n`);
    const allowed = fp(repo, 'src/allowed.ts');
    repo.write('.openai-key-scan.json', JSON.stringify({ ignorePaths: ['fixtures'], allowFingerprints: [{ fingerprint: allowed, comment: 'revoked 2026-01-02, ticket SEC-1' }], failOn: 'none', maxFileSize: '2KB' }, null, 2));
    const r = run(repo, '-f', 'json');
    expect(r.code).toBe(0); // failOn: none
    expect(r.json.findings.map((f) => f.file)).toEqual(['src/real.ts']);
    expect(r.json.suppressed!.map((f) => [f.file, f.suppressed.by, f.suppressed.reason])).toEqual([['src/allowed.ts', 'config', 'allowFingerprints in .openai-key-scan.json: revoked 2026-01-02, ticket SEC-1']]);
    expect(run(repo, '-f', 'json', '--fail-on', 'key').code).toBe(1);
    expect(run(repo, '-f', 'json', '--max-file-size', '1MB').json.findings.map((f) => f.file)).toEqual(['big.js', 'src/real.ts']);
  });

  it('reads the "openai-key-scan" field of package.json, and --config FILE overrides', () => {
    const repo = makeRepo();
    repo.write('vendor/x.js', `k="${makeKey()}"\n`);
    repo.write('package.json', JSON.stringify({ name: 'app', 'openai-key-scan': { ignorePaths: ['vendor'] } }));
    expect(run(repo, '-f', 'json').json.findings).toEqual([]);
    repo.write('ci/strict.json', JSON.stringify({ failOn: 'any' }));
    expect(run(repo, '-f', 'json', '--config', 'ci/strict.json').json.findings.map((f) => f.file)).toEqual(['vendor/x.js']);
  });

  it.each([
    [{ ignorePath: ['x'] }, /\.openai-key-scan\.json: "ignorePath" is not a config key \(known: ignorePaths, allowFingerprints, failOn, risks, maxFileSize\)/],
    [{ ignorePaths: 'dist' }, /"ignorePaths" must be an array of glob strings/],
    [{ allowFingerprints: ['abc'] }, /"allowFingerprints\[0\]" must be an object/],
    [{ allowFingerprints: [{ fingerprint: 'zz' }] }, /"allowFingerprints\[0\]\.fingerprint" must be a 16-character hex fingerprint/],
    [{ failOn: 'sometimes' }, /"failOn" must be one of key, live, any/],
    [{ risks: { 'committed-dotenv': 'no' } }, /"risks" must be an object of rule ids to true\/false/],
    [{ verifyBaseUrl: 'http://127.0.0.1:1' }, /"verifyBaseUrl" is not allowed: a config file can never set where keys are sent/],
  ])('rejects %j with a message naming the key and the file', (config, message) => {
    // The validator itself: spawning git and the CLI for each case adds nothing to what it checks.
    expect(() => validateConfig(config, CONFIG_FILE)).toThrow(UsageError);
    expect(() => validateConfig(config, CONFIG_FILE)).toThrow(message);
  });

  // Through the CLI: a bad config stops the scan with one line and exit 2 (maxFileSize's syntax is
  // checked by the validator, as config.schema.json does).
  it.each([
    [{ failOn: 'sometimes' }, /^openai-key-scan: \.openai-key-scan\.json: "failOn" must be one of key, live, any/],
    [{ maxFileSize: 'huge' }, /^openai-key-scan: \.openai-key-scan\.json: "maxFileSize" cannot read "huge" as a size/],
  ])('stops on %j with that one line and exit 2', (config, message) => {
    const repo = makeRepo();
    repo.write('.openai-key-scan.json', JSON.stringify(config));
    const r = run(repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('risks switches risk rules off (and names an unknown one)', () => {
    const repo = makeRepo();
    repo.write('.env', `OPENAI_API_KEY=${makeKey()}\n`);
    // Split so that this repository's own scan does not see a browser-sdk risk here.
    repo.write('src/client.ts', `new OpenAI({ ${'dangerously'}AllowBrowser: true });\n`);
    repo.git('add', '.env');
    const rules = (r: ReturnType<typeof run>) => [...new Set(r.json.findings.map((f) => (f as unknown as { ruleId: string }).ruleId))].sort();
    expect(rules(run(repo, '-f', 'json'))).toEqual(['browser-sdk', 'committed-dotenv', 'openai-project-key']);
    repo.write('.openai-key-scan.json', JSON.stringify({ risks: { 'committed-dotenv': false, 'browser-sdk': false } }));
    expect(rules(run(repo, '-f', 'json'))).toEqual(['openai-project-key']);
    repo.git('add', '.');
    expect(rules(run(repo, 'staged', '-f', 'json'))).toEqual(['openai-project-key']);
    repo.write('.openai-key-scan.json', JSON.stringify({ risks: { 'public-env': false } }));
    expect(run(repo).stderr).toMatch(/"risks\.public-env" is not a risk rule \(known: committed-dotenv, public-env-var, browser-sdk, assembled-key\)/);
  });

  it('says so when the file is not JSON', () => {
    const repo = makeRepo();
    repo.write('.openai-key-scan.json', '{ "failOn": ');
    const r = run(repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^openai-key-scan: \.openai-key-scan\.json: not valid JSON/);
  });
});

describe('baseline', () => {
  it('is stable (sorted, no secret, no lines, no time), suppresses exactly its findings, reports stale entries, and --update prunes', () => {
    const repo = makeRepo();
    const [k1, k2, k3] = [makeKey(), makeKey('admin', 58), makeKey('svcacct', 74)];
    repo.write('src/b.ts', `a = "${k1}"\n`);
    repo.write('src/a.ts', `b = "${k2}"\n`);
    repo.commit('old keys');
    const b = run(repo, 'baseline');
    expect(b.code).toBe(0);
    expect(b.stderr).toMatch(/wrote 2 finding\(s\) to \.openai-key-scan-baseline\.json/);
    const file = path.join(repo.dir, '.openai-key-scan-baseline.json');
    const text = readFileSync(file, 'utf8');
    const parsed = JSON.parse(text);
    expect(parsed.version).toBe(1);
    expect(parsed.findings.map((e: { file: string }) => e.file)).toEqual(['src/a.ts', 'src/b.ts']);
    expect(Object.keys(parsed.findings[0]).sort()).toEqual(['file', 'fingerprint', 'ruleId']);
    for (const k of [k1, k2]) expect(text).not.toContain(k);
    // Moving lines and re-running change nothing.
    repo.write('src/b.ts', `// moved\n\n a = "${k1}"\n`);
    run(repo, 'baseline');
    expect(readFileSync(file, 'utf8')).toBe(text);

    // A new key in a baselined file, and a baselined key copied to another file, are new findings.
    repo.write('src/b.ts', `// moved\n\n a = "${k1}"\nc = "${k3}"\n`);
    repo.write('src/c.ts', `again = "${k2}"\n`);
    const r = run(repo, '-f', 'json', '--baseline', '.openai-key-scan-baseline.json');
    expect(r.code).toBe(1);
    expect(r.json.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['src/b.ts:4', 'src/c.ts:1']);
    expect(r.json.suppressed!.map((f) => [f.file, f.suppressed.by])).toEqual([
      ['src/a.ts', 'baseline'],
      ['src/b.ts', 'baseline'],
    ]);

    // Fix one: its entry is now stale; --update removes it.
    repo.write('src/a.ts', 'b = process.env.OPENAI_ADMIN_KEY\n');
    const stale = run(repo, '--baseline', '.openai-key-scan-baseline.json');
    expect(stale.stdout).toMatch(/stale: .*\.openai-key-scan-baseline\.json: entry [0-9a-f]{16} src\/a\.ts \(openai-admin-key\) matches nothing any more: remove it with --update/);
    run(repo, '--baseline', '.openai-key-scan-baseline.json', '--update');
    expect(JSON.parse(readFileSync(file, 'utf8')).findings.map((e: { file: string }) => e.file)).toEqual(['src/b.ts']);
    const again = run(repo, '--baseline', '.openai-key-scan-baseline.json', '--update', 'src');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--update prunes the baseline after a full scan/);
  });

  it('applies in staged mode too: inline allows, config allowFingerprints and the baseline', () => {
    const repo = makeRepo();
    const old = makeKey();
    repo.write('a.ts', `k = "${old}"\n`);
    repo.commit('a');
    run(repo, 'baseline');
    // Re-added on a new line of the same file: still the baselined key in the same file.
    repo.write('a.ts', `// header\nk = "${old}"\nj = "${makeKey()}" // openai-key-scan:allow fixture\n`);
    const byConfig = makeKey('svcacct', 74);
    repo.write('b.ts', `k = "${byConfig}"\n`);
    repo.write('.openai-key-scan.json', JSON.stringify({ allowFingerprints: [{ fingerprint: fp(repo, 'b.ts'), comment: 'sandbox key' }] }));
    repo.git('add', 'a.ts', 'b.ts');
    const r = run(repo, 'staged', '-f', 'json', '--all-lines', '--baseline', '.openai-key-scan-baseline.json');
    expect(r.code).toBe(0);
    expect(r.json.findings).toEqual([]);
    expect(r.json.suppressed!.map((f) => f.suppressed.by).sort()).toEqual(['baseline', 'config', 'inline']);
    // Without --all-lines, only what the commit adds: the allowed line is untouched after a commit.
    repo.commit('all of it');
    repo.write('a.ts', `${readFileSync(path.join(repo.dir, 'a.ts'), 'utf8')}// one more line\n`);
    repo.git('add', 'a.ts');
    expect(run(repo, 'staged', '-f', 'json', '--explain').json.suppressed ?? []).toEqual([]);
  });
});

describe('a change cannot silence itself unseen (diff mode)', () => {
  it('lists what the range suppressed with allow comments, config entries or baseline entries it added', () => {
    const repo = makeRepo();
    const atBase = makeKey('admin', 58);
    repo.write('old.ts', `k = "${atBase}"\n`);
    repo.write('.openai-key-scan.json', JSON.stringify({ ignorePaths: ['legacy'] }));
    const base = repo.commit('base');
    const [inline, byConfig, byBaseline] = [makeKey(), makeKey('svcacct', 74), makeKey('proj', 58)];
    repo.write('src/inline.ts', `k = "${inline}" // openai-key-scan:allow trust me\n`);
    repo.write('src/config.ts', `k = "${byConfig}"\n`);
    repo.write('src/baseline.ts', `k = "${byBaseline}"\n`);
    repo.write('legacy/x.ts', `k = "${makeKey()}"\n`);
    repo.commit('keys');
    const configFp = fp(repo, 'src/config.ts');
    repo.write('.openai-key-scan.json', JSON.stringify({ ignorePaths: ['legacy'], allowFingerprints: [{ fingerprint: configFp, comment: 'fine' }] }));
    repo.write('bl.json', JSON.stringify({ version: 1, tool: 'openai-key-scan', findings: [{ fingerprint: fp(repo, 'src/baseline.ts'), file: 'src/baseline.ts', ruleId: 'openai-project-key' }] }));
    repo.commit('allow them');
    const r = run(repo, 'diff', `${base}..HEAD`, '-f', 'json', '--baseline', 'bl.json');
    expect(r.code).toBe(0);
    const byFile = Object.fromEntries(r.json.suppressed!.map((f) => [f.file, f.suppressed]));
    expect(byFile['src/inline.ts']).toMatchObject({ by: 'inline', inChange: true });
    expect(byFile['src/config.ts']).toMatchObject({ by: 'config', inChange: true });
    expect(byFile['src/baseline.ts']).toMatchObject({ by: 'baseline', inChange: true });
    // legacy/ was ignored before the change: suppressed, but not by this change.
    expect(byFile['legacy/x.ts']).toMatchObject({ by: 'config', inChange: false });
    const text = run(repo, 'diff', `${base}..HEAD`, '--baseline', 'bl.json');
    expect(text.stdout).toContain('Suppressed in this change (3)');
    expect(text.stdout).toMatch(/src\/inline\.ts:1:\d+.*\[added in this change\]/);
    expect(text.stdout).not.toMatch(/legacy\/x\.ts.*added in this change/);
  });
});

