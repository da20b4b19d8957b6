import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/built.js';
import { makeKey } from '../helpers/keys.js';
import { gitEnv, runCli, tempDir } from '../helpers/repo.js';

const ORG = path.resolve(import.meta.dirname, '../../.github/org-scan');
const SHARD = path.join(ORG, 'shard.sh');
const MERGE = path.join(ORG, 'merge.mjs');
const REPOS = 22;
const SHARDS = 4;

type Line = Record<string, unknown>;
const lines = (text: string): Line[] => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
const idOf = (f: Line) => JSON.stringify([f.repository, f.fingerprint, f.file, f.commit]);

/**
 * An "organisation" of bare repositories served by file:// URLs: most hold keys (one key shared by two
 * repositories, one key in two files, one key added and removed again), some hold none, one is empty.
 */
function makeOrg() {
  const root = tempDir('oks-org-');
  const env = gitEnv();
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });
  const shared = makeKey('proj', 74);
  const urls: string[] = [];
  for (let i = 0; i < REPOS; i++) {
    const name = `repo-${String(i).padStart(2, '0')}`;
    const work = path.join(root, 'work', name);
    mkdirSync(path.join(work, 'src'), { recursive: true });
    git(work, 'init', '-q');
    const bare = path.join(root, 'acme', `${name}.git`);
    if (i === REPOS - 1) {
      git(root, 'init', '-q', '--bare', bare); // empty: no commits at all
    } else {
      writeFileSync(path.join(work, 'README.md'), `# ${name}\n`);
      if (i % 3 !== 0) writeFileSync(path.join(work, 'src/config.ts'), `export const key = '${i % 5 === 1 ? shared : makeKey('proj', 74)}';\n`);
      git(work, 'add', '.');
      git(work, 'commit', '-q', '-m', 'first');
      if (i % 4 === 1) {
        const key = makeKey('svcacct', 46);
        writeFileSync(path.join(work, 'a.env'), `OPENAI_API_KEY=${key}\n`);
        writeFileSync(path.join(work, 'src/b.py'), `KEY = "${key}"\n`);
        git(work, 'add', '.');
        git(work, 'commit', '-q', '-m', 'second');
        git(work, 'rm', '-q', 'src/b.py');
        git(work, 'commit', '-q', '-m', 'removed again, still in history');
      }
      git(root, 'clone', '-q', '--bare', work, bare);
    }
    urls.push(pathToFileURL(bare).href);
  }
  const list = path.join(root, 'repos.txt');
  writeFileSync(list, `# clone URL [label]\n${urls.join('\n')}\n`);
  return { root, env, urls, list, shared };
}

describe('organisation-wide scan: shard.sh with xargs -P 2, then merge.mjs', () => {
  it('merges to exactly the sum of the single-repository scans', { timeout: 240_000 }, () => {
    const org = makeOrg();
    const out = path.join(org.root, 'out');
    const env = { ...org.env, OKS_BIN: `${process.execPath} ${CLI}`, TMPDIR: tempDir('oks-clones-') };
    const xargs = spawnSync('bash', ['-c', `seq 0 ${SHARDS - 1} | xargs -P 2 -I{} "$0" "$1" {} ${SHARDS} "$2"`, SHARD, org.list, out], { env, encoding: 'utf8' });
    expect(xargs.stderr).toBe('');
    expect(xargs.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(Array.from({ length: SHARDS }, (_, i) => `shard-${i}.jsonl`));
    expect(readdirSync(env.TMPDIR)).toEqual([]); // every clone deleted

    const merged = path.join(org.root, 'merged.jsonl');
    const summaryMd = path.join(org.root, 'summary.md');
    const m = spawnSync(process.execPath, [MERGE, '--output', merged, '--summary', summaryMd, ...readdirSync(out).map((f) => path.join(out, f))], { encoding: 'utf8' });
    expect(m.status).toBe(1); // findings

    // The same repositories, each scanned alone in a mirror of its own.
    const single: Line[] = [];
    for (const url of org.urls.slice(0, -1)) {
      const mirror = path.join(tempDir('oks-one-'), 'm.git');
      execFileSync('git', ['clone', '-q', '--mirror', url, mirror], { env: org.env });
      const label = `acme/${path.basename(url, '.git')}`;
      const r = runCli(['-C', mirror, 'history', '-f', 'jsonl', '--repository', label, '-q'], { cwd: org.root, env: org.env });
      expect(r.code, r.stderr).toBeLessThan(2);
      single.push(...lines(r.stdout).filter((l) => l.type === 'finding'));
    }
    const all = lines(readFileSync(merged, 'utf8'));
    const findings = all.filter((l) => l.type === 'finding');
    const summary = all.at(-1)!;
    expect(findings.length).toBeGreaterThan(REPOS / 2);
    expect(findings.map(idOf).sort()).toEqual(single.map(idOf).sort());
    expect(summary).toMatchObject({
      type: 'summary',
      repositories: REPOS - 1,
      findings: single.length,
      keys: single.filter((f) => f.kind === 'key').length,
      errors: [],
      skipped: [{ repository: `acme/repo-${REPOS - 1}`, message: expect.stringContaining('empty') }],
    });
    // A key shared by two repositories is one distinct key, found in both.
    expect(summary.distinctKeys).toBe(new Set(single.filter((f) => f.kind === 'key').map((f) => f.fingerprint)).size);
    const md = readFileSync(summaryMd, 'utf8');
    expect(md).toContain(`${REPOS - 1} repositories scanned`);
    expect(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| severity')).length).toBe(single.length);
    expect(readFileSync(merged, 'utf8') + md).not.toContain(org.shared);
  });

  it('a repository that cannot be cloned is an error line, and the merge fails', () => {
    const root = tempDir('oks-org-');
    const list = path.join(root, 'repos.txt');
    writeFileSync(list, `${pathToFileURL(path.join(root, 'gone.git')).href} acme/gone`);
    const out = path.join(root, 'out');
    const r = spawnSync('bash', [SHARD, list, '0', '1', out], { env: { ...gitEnv(), OKS_BIN: `${process.execPath} ${CLI}` }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(lines(readFileSync(path.join(out, 'shard-0.jsonl'), 'utf8'))).toEqual([{ type: 'error', repository: 'acme/gone', message: 'git clone --mirror failed' }]);
    const m = spawnSync(process.execPath, [MERGE, path.join(out, 'shard-0.jsonl')], { encoding: 'utf8' });
    expect(m.status).toBe(2);
    expect(lines(m.stdout).at(-1)).toMatchObject({ type: 'summary', repositories: 0, errors: [{ repository: 'acme/gone' }] });
  });

  it('rejects a bad invocation with one line and exit 2', () => {
    expect(spawnSync('bash', [SHARD, 'list', '3', '2', 'out'], { encoding: 'utf8' })).toMatchObject({ status: 2, stderr: expect.stringMatching(/^shard\.sh: INDEX must be below COUNT/) });
    expect(spawnSync(process.execPath, [MERGE], { encoding: 'utf8' })).toMatchObject({ status: 2, stderr: expect.stringMatching(/^merge\.mjs: name the shard files/) });
  });
});
