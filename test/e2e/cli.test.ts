import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir } from '../helpers/repo.js';

function repoWithKeys() {
  const repo = makeRepo();
  const keys = { project: makeKey('proj', 74), admin: makeKey('admin', 58) };
  repo.write('src/lib/openai.ts', `import OpenAI from 'openai';\n\nexport const client = new OpenAI({\n  apiKey: '${keys.project}',\n});\n`);
  repo.write('config/admin.json', `{"admin": "${keys.admin}"}\n`);
  repo.write('README.md', '# nothing to see\n');
  repo.commit('init');
  return { repo, keys };
}

describe('openai-key-scan (tree scan through the built CLI)', () => {
  it('exits 1 and prints each key redacted, with where it is and what to do', () => {
    const { repo, keys } = repoWithKeys();
    const r = runCli([], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('src/lib/openai.ts');
    expect(r.stdout).toMatch(/4:12\s+high\s+openai-project-key\s+sk-proj-…/);
    expect(r.stdout).toContain(`sk-proj-…${keys.project.slice(-4)}`);
    expect(r.stdout).toMatch(/1:12\s+critical\s+openai-admin-key/);
    expect(r.stdout).toContain("│ apiKey: 'sk-proj-…");
    expect(r.stdout).toMatch(/2 OpenAI keys found in 2 files\./);
    expect(r.stdout).toContain('Revoke each key now');
    for (const k of Object.values(keys)) {
      expect(r.stdout).not.toContain(k);
      expect(r.stderr).not.toContain(k);
    }
  });

  it('writes the JSON report of design.md', () => {
    const { repo, keys } = repoWithKeys();
    const r = runCli(['--format', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ tool: { name: 'openai-key-scan' }, mode: 'tree' });
    expect(report.tool.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(report)).toEqual(['tool', 'mode', 'findings', 'stats']);
    expect(report.findings[1]).toEqual({
      ruleId: 'openai-project-key',
      kind: 'key',
      severity: 'high',
      file: 'src/lib/openai.ts',
      line: 4,
      column: 12,
      endColumn: 12 + 164,
      redacted: `sk-proj-…${keys.project.slice(-4)}`,
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      encoding: 'plain',
      message: expect.stringContaining('OpenAI project key'),
    });
    expect(report.stats).toMatchObject({ files: 3, skipped: { binary: 0, tooLarge: 0, unreadable: 0 } });
    expect(report.stats.bytes).toBeGreaterThan(100);
    expect(r.stdout).not.toContain(keys.project);
  });

  it('gives the same key the same fingerprint wherever it is', () => {
    const repo = makeRepo();
    const key = makeKey('svcacct', 74);
    repo.write('a.txt', key);
    repo.write('b/c.yaml', `x:\n  y: "${key}"`);
    const r = JSON.parse(runCli(['-f', 'json'], { cwd: repo.dir }).stdout);
    expect(r.findings).toHaveLength(2);
    expect(r.findings[0].fingerprint).toBe(r.findings[1].fingerprint);
  });

  it('exits 0 with a short summary when nothing is found', () => {
    const repo = makeRepo();
    repo.write('a.ts', 'const key = process.env.OPENAI_API_KEY;\n');
    const r = runCli([], { cwd: repo.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No OpenAI keys found\. scanned 1 file/);
  });

  it('shows full keys only with --show-secrets', () => {
    const { repo, keys } = repoWithKeys();
    const text = runCli(['--show-secrets'], { cwd: repo.dir });
    expect(text.stdout).toContain(keys.project);
    const json = JSON.parse(runCli(['--show-secrets', '-f', 'json'], { cwd: repo.dir }).stdout);
    expect(json.findings.map((f: { secret: string }) => f.secret).sort()).toEqual(Object.values(keys).sort());
  });

  it('honours --fail-on', () => {
    const { repo } = repoWithKeys();
    expect(runCli(['--fail-on', 'none'], { cwd: repo.dir }).code).toBe(0);
    expect(runCli(['--fail-on', 'critical'], { cwd: repo.dir }).code).toBe(1);
    const onlyHigh = makeRepo();
    onlyHigh.write('k.txt', makeKey('proj', 58));
    expect(runCli(['--fail-on', 'critical'], { cwd: onlyHigh.dir }).code).toBe(0);
    expect(runCli(['--fail-on', 'high'], { cwd: onlyHigh.dir }).code).toBe(1);
  });

  it('writes the report to --output and keeps stdout clean', () => {
    const { repo, keys } = repoWithKeys();
    const out = path.join(tempDir(), 'report.json');
    const r = runCli(['-f', 'json', '-o', out], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`report written to ${out}`);
    const written = readFileSync(out, 'utf8');
    expect(JSON.parse(written).findings).toHaveLength(2);
    expect(written).not.toContain(keys.admin);
  });

  it.each([
    [['does-not-exist'], /^openai-key-scan: no such file or directory: does-not-exist\n$/],
    [['--bogus'], /^openai-key-scan: Unknown argument: bogus \(see openai-key-scan --help\)\n$/],
    [['--fail-on', 'sometimes'], /^openai-key-scan: --fail-on: unknown value "sometimes" \(use one of key, live, any, none, critical, high, medium, low\)\n$/],
    [['--format', 'xml'], /^openai-key-scan: Invalid values:.*\n$/],
    [['--max-file-size', 'lots'], /^openai-key-scan: --max-file-size: cannot read "lots" as a size/],
    [['-o', '/nonexistent/dir/r.json'], /^openai-key-scan: cannot write the report to \/nonexistent\/dir\/r.json: ENOENT\n$/],
  ])('a bad invocation %j is one line on stderr and exit 2', (args, message) => {
    const dir = tempDir();
    const r = runCli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('scans a folder outside any repository', () => {
    const dir = tempDir();
    const key = makeKey('legacy', 20);
    // Empty first: nothing to find is exit 0, and says so.
    const empty = runCli([], { cwd: dir });
    expect([empty.code, empty.stderr]).toEqual([0, '']);
    expect(empty.stdout).toMatch(/^No OpenAI keys found\. scanned 0 files/);
    writeFileSync(path.join(dir, 'notes.txt'), `my key ${key}\n`);
    const r = runCli(['-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ file: 'notes.txt', ruleId: 'openai-user-key', line: 1, column: 8 });
  });
});

describe('inline allow', () => {
  it.each([
    ['//', (k: string) => `const k = "${k}"; // openai-key-scan:allow test fixture`],
    ['#', (k: string) => `OPENAI_API_KEY=${k} # openai-key-scan:allow`],
    ['<!-- -->', (k: string) => `<meta content="${k}"> <!-- openai-key-scan:allow -->`],
    ['/* */', (k: string) => `/* openai-key-scan:allow */ f("${k}")`],
  ])('suppresses the findings of a line with a %s comment, and only that line', (_syntax, line) => {
    const repo = makeRepo();
    const kept = makeKey('proj', 74);
    repo.write('a.txt', `${line(makeKey('proj', 74))}\n${kept}\n`);
    const r = JSON.parse(runCli(['-f', 'json'], { cwd: repo.dir }).stdout);
    expect(r.findings.map((f: { line: number }) => f.line)).toEqual([2]);
  });

  it('is not fooled by a longer directive', () => {
    const repo = makeRepo();
    repo.write('a.txt', `${makeKey()} // openai-key-scan:allowed-by-nobody\n`);
    expect(runCli([], { cwd: repo.dir }).code).toBe(1);
  });
});
