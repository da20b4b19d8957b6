import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ACTION } from '../helpers/built.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, tempDir, type Repo } from '../helpers/repo.js';

/**
 * The action's bundle run as GitHub runs it (issue 4): `node dist/action.js` in a checkout, with
 * GITHUB_EVENT_NAME, a real-shaped payload file, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and INPUT_*.
 */

const ZERO = '0'.repeat(40);

interface World {
  origin: Repo;
  base: string;
  key: string;
  keyCommit: string;
  head: string;
}

/** origin: main with history; feature adds a key in one commit and removes it in the next. */
function world(): World {
  const origin = makeRepo();
  origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
  origin.write('README.md', '# app\n');
  origin.commit('init');
  origin.write('src/app.ts', 'export const app = 1;\n');
  const base = origin.commit('app');
  origin.git('checkout', '-q', '-b', 'feature');
  const key = makeKey();
  origin.write('src/openai.ts', `export const client = new OpenAI({ apiKey: "${key}" });\n`);
  const keyCommit = origin.commit('add client');
  origin.write('src/openai.ts', 'export const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n');
  const head = origin.commit('use env');
  origin.git('checkout', '-q', 'main');
  return { origin, base, key, keyCommit, head };
}

/** actions/checkout's default: a depth-1 clone of one ref. */
function checkout(w: World, ref: string): string {
  const dir = tempDir('oks-ws-');
  execFileSync('git', ['clone', '-q', '--depth=1', '--branch', ref, `file://${w.origin.dir}`, dir], { env: w.origin.env });
  return dir;
}

function runAction(w: World, workspace: string, event: string, payload: object, inputs: Record<string, string> = {}) {
  const dir = tempDir('oks-runner-');
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: NodeJS.ProcessEnv = {
    ...w.origin.env,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: workspace,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [ACTION], { cwd: workspace, env, encoding: 'utf8' });
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(files.output, 'utf8').matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(files.summary, 'utf8'), outputs };
}

const repoPayload = { repository: { default_branch: 'main', full_name: 'acme/app' } };

describe('the GitHub Action', () => {
  /** Shared, read only: tests clone it (checkout) and never change it; one that must, builds its own. */
  const w = world();

  it('pull_request: scans base..head from a depth-1 checkout, annotates, summarises, sets outputs, fails', () => {
    const ws = checkout(w, 'feature');
    const sarif = path.join(tempDir(), 'results.sarif');
    const r = runAction(w, ws, 'pull_request', { ...repoPayload, number: 7, pull_request: { number: 7, base: { sha: w.base, ref: 'main' }, head: { sha: w.head, ref: 'feature' } } }, { 'sarif-file': sarif });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`::error title=openai-project-key \\(high\\),file=src/openai.ts,line=1,col=45,endColumn=\\d+::.*added in ${w.keyCommit.slice(0, 12)}`));
    expect(r.stdout).toContain(`::error::openai-key-scan: 1 finding(s) at or above fail-on=key`);
    expect(r.summary).toContain('<td>src/openai.ts:1</td>');
    expect(r.summary).toContain(`<td>${w.keyCommit.slice(0, 12)}</td>`);
    expect(r.outputs).toEqual({ findings: '1', 'live-keys': '0', 'sarif-file': sarif });
    expect(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results).toHaveLength(1);
    for (const text of [r.stdout, r.stderr, r.summary, readFileSync(sarif, 'utf8')]) {
      expect(text).not.toContain(w.key);
      expect(text).not.toContain('::add-mask::');
    }
  });

  it('push: scans before..after; fail-on none keeps the step green', () => {
    const ws = checkout(w, 'feature');
    const r = runAction(w, ws, 'push', { ...repoPayload, ref: 'refs/heads/feature', before: w.base, after: w.head }, { 'fail-on': 'none' });
    expect(r.code).toBe(0);
    expect(r.outputs.findings).toBe('1');
  });

  it('push of a new branch: scans the commits it adds, not all history', () => {
    // This test adds a branch and a merge: its own world, so the shared one stays as built.
    const own = world();
    const origin = own.origin;
    const r0 = runAction(own, checkout(own, 'feature'), 'push', { ...repoPayload, ref: 'refs/heads/feature', before: ZERO, after: own.head, created: true });
    expect(r0.code).toBe(1);
    expect(r0.summary).toContain(own.keyCommit.slice(0, 12));
    // A new branch whose commits add nothing: a key elsewhere in history is not this push's.
    origin.git('checkout', '-q', '-b', 'docs', own.head);
    origin.write('docs.md', 'docs\n');
    const docs = origin.commit('docs');
    origin.git('checkout', '-q', 'main');
    origin.git('merge', '-q', '--no-ff', '-m', 'merge feature', 'feature');
    const r = runAction(own, checkout(own, 'docs'), 'push', { ...repoPayload, ref: 'refs/heads/docs', before: ZERO, after: docs, created: true });
    expect(r.stdout).toContain('new branch');
    expect(r.outputs.findings).toBe('0');
    expect(r.code).toBe(0);
  });

  it('push edge cases: before == after, a deleted branch, a force-push whose before is gone, the first commit', () => {
    const ws = checkout(w, 'feature');
    expect(runAction(w, ws, 'push', { ...repoPayload, ref: 'refs/heads/feature', before: w.head, after: w.head })).toMatchObject({ code: 0, outputs: { findings: '0' } });
    expect(runAction(w, ws, 'push', { ...repoPayload, ref: 'refs/heads/gone', before: w.head, after: ZERO, deleted: true })).toMatchObject({ code: 0, outputs: { findings: '0' } });
    const forced = runAction(w, ws, 'push', { ...repoPayload, ref: 'refs/heads/feature', before: 'f'.repeat(40), after: w.head, forced: true });
    expect(forced.stdout).toContain('force-push');
    expect(forced.outputs.findings).toBe('1');
    // The repository's very first push: one root commit with a key.
    const solo = makeRepo();
    solo.write('k.ts', `k = "${makeKey()}"\n`);
    const root = solo.commit('first');
    const r = runAction({ ...w, origin: solo }, solo.dir, 'push', { ref: 'refs/heads/main', before: ZERO, after: root, created: true, repository: { default_branch: 'main' } });
    expect(r).toMatchObject({ code: 1, outputs: { findings: '1' } });
  });

  it('workflow_dispatch: scans the workspace tree', () => {
    const ws = checkout(w, 'feature');
    writeFileSync(path.join(ws, 'local.env'), `OPENAI_API_KEY=${makeKey('svcacct', 74)}\n`);
    const r = runAction(w, ws, 'workflow_dispatch', { ...repoPayload, inputs: {} });
    expect(r.stdout).toContain('scanning the workspace');
    expect(r).toMatchObject({ code: 1, outputs: { findings: '1' } });
  });

  it('schedule: the workspace tree; mode history in a depth-1 checkout warns that history is incomplete', () => {
    const ws = checkout(w, 'feature');
    writeFileSync(path.join(ws, 'local.env'), `OPENAI_API_KEY=${makeKey('svcacct', 74)}\n`);
    const nightly = runAction(w, ws, 'schedule', { schedule: '0 3 * * *' });
    expect(nightly.stdout).toContain('scanning the workspace');
    expect(nightly).toMatchObject({ code: 1, outputs: { findings: '1' } });
    const audit = runAction(w, checkout(w, 'feature'), 'schedule', { schedule: '0 3 * * *' }, { mode: 'history' });
    expect(audit.stdout).toMatch(/^::warning title=incomplete history::this clone is shallow: history covers only the 1 commit\(s\).*fetch-depth: 0/m);
    expect(audit.summary).toContain('this clone is shallow');
    expect(audit).toMatchObject({ code: 0, outputs: { findings: '0' } });
  });

  it('a fork pull request: depth-1 checkout of refs/pull/N/merge, head reachable only through refs/pull/N/head', () => {
    const origin = makeRepo();
    // What GitHub serves: any commit reachable from a ref, refs/pull/* included (no branch holds the fork's commits).
    origin.git('config', 'uploadpack.allowReachableSHA1InWant', 'true');
    origin.write('README.md', '# app\n');
    const base = origin.commit('init');
    origin.git('checkout', '-q', '-b', 'fork-main');
    const key = makeKey();
    origin.write('src/k.ts', `export const k = "${key}";\n`);
    const keyCommit = origin.commit('key from a fork');
    origin.write('src/k.ts', 'export const k = process.env.OPENAI_API_KEY;\n');
    const head = origin.commit('env instead');
    origin.git('checkout', '-q', 'main');
    const merge = origin.git('commit-tree', `${head}^{tree}`, '-p', base, '-p', head, '-m', 'Merge pull request 9').trim();
    origin.git('update-ref', 'refs/pull/9/head', head);
    origin.git('update-ref', 'refs/pull/9/merge', merge);
    origin.git('branch', '-q', '-D', 'fork-main');
    // actions/checkout on a pull_request: fetch the merge ref at depth 1 and check it out.
    const ws = tempDir('oks-ws-');
    const g = (...args: string[]) => execFileSync('git', args, { cwd: ws, env: origin.env });
    g('init', '-q');
    g('remote', 'add', 'origin', `file://${origin.dir}`);
    g('fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/9/merge:refs/remotes/pull/9/merge');
    g('checkout', '-q', 'refs/remotes/pull/9/merge');
    const payload = { ...repoPayload, number: 9, pull_request: { number: 9, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'main', repo: { fork: true, full_name: 'someone/app' } } } };
    const r = runAction({ ...w, origin }, ws, 'pull_request', payload);
    expect(r).toMatchObject({ code: 1, outputs: { findings: '1' } });
    expect(r.summary).toContain(`<td>${keyCommit.slice(0, 12)}</td>`);
    for (const t of [r.stdout, r.stderr, r.summary]) expect(t).not.toContain(key);
  });

  it('escapes odd file names in annotations (a comma, a colon, a newline, a percent sign)', () => {
    const repo = makeRepo();
    const key = makeKey();
    repo.write('a,b:c%d\ne.ts', `k = "${key}"\n`);
    repo.commit('odd name');
    const r = runAction({ ...w, origin: repo }, repo.dir, 'workflow_dispatch', {});
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=openai-project-key \(high\),file=a%2Cb%3Ac%25d%0Ae\.ts,line=1,/m);
    expect(r.stdout).not.toContain(key);
  });

  it('annotates the 10 most severe findings and counts the rest', () => {
    const repo = makeRepo();
    for (let i = 0; i < 13; i++) repo.write(`k${String(i).padStart(2, '0')}.ts`, `k = "${makeKey(i < 2 ? 'admin' : 'proj', i < 2 ? 58 : 74)}"\n`);
    repo.commit('many');
    const r = runAction({ ...w, origin: repo }, repo.dir, 'workflow_dispatch', {});
    expect(r.stdout.match(/^::error title=/gm)).toHaveLength(10);
    expect(r.stdout).toMatch(/::warning::3 more finding\(s\) are not annotated.*all 13/);
    expect(r.summary.match(/<tr>/g)).toHaveLength(14);
  });

  it('a pull request that allows its own key: listed on pull_request, not obeyed on pull_request_target', () => {
    const origin = makeRepo();
    origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    origin.write('README.md', '# app\n');
    const base = origin.commit('init');
    origin.git('checkout', '-q', '-b', 'sneaky');
    const key = makeKey();
    origin.write('src/k.ts', `export const k = "${key}";\n`);
    origin.commit('key');
    const fingerprint = JSON.parse(spawnSync(process.execPath, [CLI, '-f', 'json', 'src/k.ts'], { cwd: origin.dir, encoding: 'utf8' }).stdout).findings[0].fingerprint;
    origin.write('.openai-key-scan.json', JSON.stringify({ allowFingerprints: [{ fingerprint, comment: 'totally fine' }] }));
    const head = origin.commit('allow it');
    const sw = { ...w, origin };
    const payload = { ...repoPayload, pull_request: { base: { sha: base }, head: { sha: head } } };

    const pr = runAction(sw, checkout(sw, 'sneaky'), 'pull_request', payload);
    expect(pr.code).toBe(0);
    expect(pr.summary).toContain('Suppressed in this change');
    expect(pr.summary).toContain('<td>src/k.ts:1</td>');
    expect(pr.stdout).toMatch(/::warning title=suppressed in this change,file=src\/k\.ts,line=1::/);

    const target = runAction(sw, checkout(sw, 'sneaky'), 'pull_request_target', payload);
    expect(target.code).toBe(1);
    expect(target.outputs.findings).toBe('1');
    expect(target.summary).toContain('.openai-key-scan.json was changed in this pull request: on pull_request_target the base branch&#39;s version is used');
    for (const t of [pr.stdout, pr.summary, target.stdout, target.summary]) expect(t).not.toContain(key);
  });

  it('pull_request_target: a key typed into a merge commit is found, and deleting the base config keeps its failOn', () => {
    const origin = makeRepo();
    origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    origin.write('a.ts', 'one\n');
    // The base branch fails on any finding, risks included.
    origin.write('.openai-key-scan.json', JSON.stringify({ failOn: 'any' }));
    const base = origin.commit('init');
    origin.git('checkout', '-q', '-b', 'pr');
    origin.write('a.ts', 'pr\n');
    origin.commit('pr work');
    origin.git('checkout', '-q', 'main');
    origin.write('a.ts', 'main\n');
    origin.commit('main work');
    origin.git('checkout', '-q', 'pr');
    // A conflicted merge of main whose resolution brings in a key neither parent has.
    spawnSync('git', ['merge', '-q', 'main'], { cwd: origin.dir, env: origin.env });
    const key = makeKey();
    origin.write('a.ts', `const k = "${key}";\n`);
    origin.git('rm', '-q', '.openai-key-scan.json');
    origin.write('.env', `${'VITE_'}OPENAI_API_KEY=sk-placeholder\n`);
    const head = origin.commit('merge main');
    const sw = { ...w, origin };
    const payload = { ...repoPayload, pull_request: { base: { sha: base }, head: { sha: head } } };
    const target = runAction(sw, checkout(sw, 'pr'), 'pull_request_target', payload);
    expect(target.code, target.stdout).toBe(1);
    expect(target.stdout).toMatch(/::error title=openai-project-key[^\n]*file=a\.ts/);
    expect(target.stdout).toContain('fail-on=any');
    expect(target.stdout).not.toContain(key);
  });

  it('without a checkout says to add actions/checkout; a tree scan writes a job summary of closed cells', () => {
    const empty = tempDir('oks-empty-ws-');
    const r = runAction(w, empty, 'pull_request', { ...repoPayload, pull_request: { base: { sha: w.base }, head: { sha: w.head } } });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/::error::openai-key-scan: no git checkout in the workspace: add `- uses: actions\/checkout@v4`/);
    const ws = checkout(w, 'main');
    writeFileSync(path.join(ws, 'k.ts'), `k = "${makeKey()}"\n`);
    const tree = runAction(w, ws, 'workflow_dispatch', {});
    expect(tree.code).toBe(1);
    expect(tree.summary.match(/<td/g)?.length).toBeGreaterThan(0);
    expect(tree.summary.match(/<td/g)?.length).toBe(tree.summary.match(/<\/td>/g)?.length);
  });

  it('a range it cannot get is one clear failure, exit 2', () => {
    const ws = checkout(w, 'feature');
    const r = runAction(w, ws, 'pull_request', { ...repoPayload, pull_request: { base: { sha: 'e'.repeat(40) }, head: { sha: w.head } } });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error::openai-key-scan: commit e{40} is not in this clone and could not be fetched: .*fetch-depth: 0/m);
    expect(existsSync(ws)).toBe(true);
  });
});
