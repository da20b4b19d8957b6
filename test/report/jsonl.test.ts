import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutCredentials } from '../../src/report/jsonl.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir } from '../helpers/repo.js';

const lines = (out: string) => out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

function repoWithHistory() {
  const repo = makeRepo();
  const keys = { a: makeKey('proj', 74), b: makeKey('admin', 58) };
  repo.write('src/a.ts', `export const k = '${keys.a}';\n`);
  const first = repo.commit('add a');
  repo.write('src/a.ts', 'export const k = process.env.OPENAI_API_KEY;\n');
  repo.write('conf/b.json', `{"key": "${keys.b}"}\n`);
  const second = repo.commit('swap a for b');
  return { repo, keys, first, second };
}

describe('--format jsonl', () => {
  it('writes one line per finding, each with repository, commit and fingerprint, then one summary line', () => {
    const { repo, keys, first, second } = repoWithHistory();
    const r = runCli(['history', '--format', 'jsonl', '--repository', 'acme/web'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out).toHaveLength(3);
    const [f1, f2, summary] = [out.find((l) => l.file === 'src/a.ts')!, out.find((l) => l.file === 'conf/b.json')!, out[2]!];
    expect(f1).toMatchObject({ type: 'finding', repository: 'acme/web', commit: first, ruleId: 'openai-project-key', fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(f2).toMatchObject({ type: 'finding', repository: 'acme/web', commit: second, ruleId: 'openai-admin-key' });
    expect(Object.keys(f1).slice(0, 3)).toEqual(['type', 'repository', 'ruleId']);
    expect(summary).toMatchObject({ type: 'summary', repository: 'acme/web', mode: 'history', findings: 2, keys: 2, commits: 2, bySeverity: { critical: 1, high: 1 }, byRule: { 'openai-project-key': 1, 'openai-admin-key': 1 } });
    expect(summary.stats).toMatchObject({ files: expect.any(Number) });
    for (const k of Object.values(keys)) expect(r.stdout + r.stderr).not.toContain(k);
  });

  it('holds a full key only with --show-secrets, as json does', () => {
    const { repo, keys } = repoWithHistory();
    const shown = runCli(['history', '-f', 'jsonl', '--show-secrets'], { cwd: repo.dir, env: repo.env });
    expect(lines(shown.stdout).filter((l) => l.type === 'finding').map((l) => l.secret).sort()).toEqual([keys.a, keys.b].sort());
  });

  it('labels lines with remote.origin.url, credentials stripped and never printed', () => {
    const { repo } = repoWithHistory();
    const token = `ghp_${'x'.repeat(8)}tok`;
    repo.git('remote', 'add', 'origin', `https://x-access-token:${token}@git.example.test/acme/web.git?auth=${token}`);
    const r = runCli(['history', '-f', 'jsonl', '-q'], { cwd: repo.dir, env: repo.env });
    expect(new Set(lines(r.stdout).map((l) => l.repository))).toEqual(new Set(['https://git.example.test/acme/web.git']));
    expect(r.stdout + r.stderr).not.toContain(token);
  });

  it('writes to --output line by line, and a tree scan has no commit field', () => {
    const { repo } = repoWithHistory();
    const file = path.join(tempDir(), 'out.jsonl');
    const r = runCli(['-f', 'jsonl', '--repository', 'r', '-o', file, '-q'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(1);
    const out = lines(readFileSync(file, 'utf8'));
    expect(out.map((l) => l.type)).toEqual(['finding', 'summary']);
    expect(out[0]).not.toHaveProperty('commit');
    expect(out[1]).toMatchObject({ mode: 'tree', findings: 1 });
  });
});

describe('-C DIR and bare repositories', () => {
  it('runs as if started in DIR, and scans the history of a bare mirror', () => {
    const { repo, first, second } = repoWithHistory();
    const mirror = path.join(tempDir(), 'web.git');
    execFileSync('git', ['clone', '-q', '--mirror', repo.dir, mirror], { env: repo.env });
    const r = runCli(['-C', mirror, 'history', '-f', 'jsonl'], { cwd: tempDir(), env: repo.env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out.filter((l) => l.type === 'finding').map((l) => l.commit).sort()).toEqual([first, second].sort());
    // The mirror's origin is the repository it was cloned from.
    expect(out.at(-1)).toMatchObject({ type: 'summary', repository: repo.dir, findings: 2 });
  });

  it('a missing DIR is one line and exit 2', () => {
    const r = runCli(['-C', path.join(tempDir(), 'nope'), 'history'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/-C .*nope: no such directory/);
    expect(runCli(['history', '-C'], { cwd: tempDir() })).toMatchObject({ code: 2, stderr: expect.stringMatching(/^openai-key-scan: Not enough arguments following: C/) });
  });
});

describe('withoutCredentials', () => {
  it.each([
    ['https://user:pass@github.com/acme/web.git', 'https://github.com/acme/web.git'],
    ['https://TOKEN@github.com/acme/web', 'https://github.com/acme/web'],
    ['https://github.com/acme/web.git?access_token=abc#frag', 'https://github.com/acme/web.git'],
    ['http://u:p@127.0.0.1:8080/r.git', 'http://127.0.0.1:8080/r.git'],
    ['ssh://git@github.com/acme/web.git', 'ssh://git@github.com/acme/web.git'],
    ['ssh://git:pw@github.com/acme/web.git', 'ssh://github.com/acme/web.git'],
    ['git@github.com:acme/web.git', 'git@github.com:acme/web.git'],
    ['file:///srv/git/web.git', 'file:///srv/git/web.git'],
    ['/srv/git/web.git', '/srv/git/web.git'],
  ])('%s → %s', (url, label) => {
    expect(withoutCredentials(url)).toBe(label);
  });

  it('masks anything key-shaped left', () => {
    const key = makeKey('proj', 20);
    expect(withoutCredentials(`https://host/${key}.git`)).not.toContain(key);
  });
});
