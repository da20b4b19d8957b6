import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutCredentials } from '../../src/report/jsonl.js';
import { CLI } from '../helpers/built.js';
import { startFakeOpenAI } from '../helpers/fake-openai.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir, type Repo } from '../helpers/repo.js';

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

  it('streamed with --sarif FILE, the SARIF copy still holds every finding', () => {
    const { repo } = repoWithHistory();
    const sarif = path.join(tempDir(), 'out.sarif');
    const r = runCli(['history', '-f', 'jsonl', '--sarif', sarif], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(1);
    const streamed = lines(r.stdout).filter((l) => l.type === 'finding').map((l) => l.fingerprint).sort();
    const results = JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results as Array<{ partialFingerprints: Record<string, string> }>;
    expect(streamed).toHaveLength(2);
    expect(results.map((x) => x.partialFingerprints['openaiKeyFingerprint/v1']!.split(':')[0]).sort()).toEqual(streamed);
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

/** The built CLI with its stdin left open: lines are read from stdout as they come. */
function liveCli(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: tempDir(), env: { ...env, NO_COLOR: '1', CI: 'true' } });
  let stdout = '';
  let stderr = '';
  const waiting = new Set<() => boolean>();
  const closed = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      for (const w of waiting) w();
      resolve(code);
    }),
  );
  child.stdout.on('data', (d) => {
    stdout += d;
    for (const w of waiting) if (w()) waiting.delete(w);
  });
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.on('error', () => {});
  return {
    stdin: child.stdin,
    closed,
    get lines() {
      return stdout ? lines(stdout) : [];
    },
    get stderr() {
      return stderr;
    },
    /** The first complete line that `pick` accepts; fails if the process ends without one. */
    line(pick: (l: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
      return new Promise((resolve, reject) => {
        const look = () => {
          const found = stdout.includes('\n') ? lines(stdout.slice(0, stdout.lastIndexOf('\n') + 1)).find(pick) : undefined;
          if (found) resolve(found);
          else if (child.exitCode !== null || child.signalCode !== null) reject(new Error(`ended without the line: ${stdout}${stderr}`));
          return found !== undefined;
        };
        if (!look()) waiting.add(look);
      });
    },
  };
}

/** More than one window of standard input (16 MiB and its overlaps), with no key in it. */
const FILLER = Buffer.alloc(17 * 1024 * 1024, 'a log line with nothing secret in it\n');

describe('--format jsonl streams', () => {
  it('writes a finding\'s line while standard input is still open, the summary after it closes', async () => {
    const key = makeKey();
    const cli = liveCli(['-', '-f', 'jsonl', '--repository', 'logs', '--stdin-filename', 'app.log']);
    cli.stdin.write(`boot: OPENAI_API_KEY=${key}\n`);
    cli.stdin.write(FILLER);
    // Read before stdin ends: a run that writes its lines at the end never gets here.
    const found = await cli.line((l) => l.type === 'finding');
    expect(found).toMatchObject({ repository: 'logs', file: 'app.log', line: 1, fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(cli.lines.map((l) => l.type)).toEqual(['finding']);
    cli.stdin.end('one more line\n');
    expect(await cli.closed).toBe(1);
    const out = cli.lines;
    expect(out.map((l) => l.type)).toEqual(['finding', 'summary']);
    expect(out[1]).toMatchObject({ mode: 'stdin', findings: 1, keys: 1, bySeverity: { high: 1 } });
    expect(JSON.stringify(out) + cli.stderr).not.toContain(key);
  }, 60_000);

  it('--verify checks a key while the scan goes on, and its line carries the answer', async () => {
    const slow = await startFakeOpenAI({ hold: true });
    try {
      const key = makeKey();
      const cli = liveCli(['-', '-f', 'jsonl', '--verify'], { ...process.env, OPENAI_KEY_SCAN_BASE_URL: slow.url });
      cli.stdin.write(`${key}\n`);
      cli.stdin.write(FILLER);
      // The request comes while stdin is open; the line waits for its answer.
      await slow.whenHeld(1);
      expect(cli.lines).toEqual([]);
      slow.releaseOne();
      expect(await cli.line((l) => l.type === 'finding')).toMatchObject({ severity: 'critical', verification: { status: 'live' } });
      cli.stdin.end();
      expect(await cli.closed).toBe(1);
      expect(cli.lines.at(-1)).toMatchObject({ type: 'summary', findings: 1, bySeverity: { critical: 1 } });
      expect(slow.countFor(key)).toBe(1);
    } finally {
      await slow.close();
    }
  }, 60_000);

  /** Commit `files` with the author date `time` seconds into an arbitrary day. */
  function commitAt(repo: Repo, time: number, message: string, files: Record<string, string | Buffer>): string {
    repo.env.GIT_AUTHOR_DATE = `${1_700_000_000 + time} +0000`;
    for (const [file, content] of Object.entries(files)) repo.write(file, content);
    return repo.commit(message, ...Object.keys(files));
  }

  /** A history's json report and its jsonl lines, as [type, file, line, commit, fingerprint]. */
  function bothReports(repo: Repo) {
    const json = runCli(['history', '-f', 'json'], { cwd: repo.dir, env: repo.env });
    const jsonl = runCli(['history', '-f', 'jsonl', '--repository', 'r'], { cwd: repo.dir, env: repo.env });
    expect(json.stderr + jsonl.stderr).toBe('');
    const report = JSON.parse(json.stdout) as { findings: Array<Record<string, unknown>>; suppressed?: Array<Record<string, unknown>> };
    const row = (type: unknown, f: Record<string, unknown>) => [type, f.file, f.line, f.commit, f.fingerprint].join(' ');
    const fromJson = [...report.findings.map((f) => row('finding', f)), ...(report.suppressed ?? []).map((f) => row('suppressed', f))];
    const out = lines(jsonl.stdout);
    return { report, out, fromJson: fromJson.sort(), fromJsonl: out.slice(0, -1).map((l) => row(l.type, l)).sort() };
  }

  it('history: each streamed line is the json report\'s finding, at its earliest commit by author time, blobs and rebased commits included', () => {
    const repo = makeRepo();
    const [k1, k2, k3] = [makeKey(), makeKey('admin', 58), makeKey('svcacct', 74)];
    const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    commitAt(repo, 3000, 'k1 and a UTF-16 file', { 'a.ts': `k = "${k1}"\n`, 'w.txt': utf16(`key=${k3}\n`) });
    const wide = repo.git('rev-parse', 'HEAD').trim();
    commitAt(repo, 4000, 'k1 again, k2, w.txt as UTF-8', { 'a.ts': `k = "${k1}" // moved\n`, 'c.ts': `k = "${k2}"\n`, 'w.txt': `key=${k3}\n` });
    commitAt(repo, 4000, 'k2 again, same second', { 'c.ts': `const k = "${k2}";\n`, 'd.ts': `k = "${k2}" // openai-key-scan:allow fixture\n` });
    // Rebased: newest in the graph, oldest author date; it re-adds k1 to a.ts.
    const rebased = commitAt(repo, 1000, 'rebased', { 'a.ts': `k = "${k1}"\n`, 'b.ts': `k = "${k1}"\n` });
    const { report, out, fromJson, fromJsonl } = bothReports(repo);
    expect(fromJsonl).toEqual(fromJson);
    expect(out.at(-1)).toMatchObject({ type: 'summary', findings: report.findings.length, suppressed: report.suppressed?.length ?? 0 });
    const commitOf = (file: string) => out.find((l) => l.file === file)?.commit;
    expect(commitOf('a.ts')).toBe(rebased);
    // The UTF-16 blob (read after the log) is the earlier sighting than the text in the next commit.
    expect(commitOf('w.txt')).toBe(wide);
    expect(out.filter((l) => l.type === 'suppressed').map((l) => l.file)).toEqual(['d.ts']);
  });

  it('history of 450 commits on three branches with merges, read by several git processes: the same lines as the json report', () => {
    const repo = makeRepo();
    const keys = Array.from({ length: 12 }, (_, i) => makeKey(i % 2 ? 'proj' : 'admin', 58));
    // A fixed pseudo-random walk, built in one fast-import.
    let seed = 18;
    const next = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const chunks: string[] = [];
    const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
    const tips: Record<string, number> = {};
    for (let i = 1; i <= 450; i++) {
      const branch = i < 5 ? 'main' : ['main', 'dev', 'topic'][next(3)]!;
      // Mostly ascending author dates, many within one second, some far back (rebased).
      const time = 1_700_000_000 + (next(10) ? Math.floor(i / 3) : next(i));
      const lines = Array.from({ length: 1 + next(3) }, () => `k = "${keys[next(keys.length)]}"`).join('\n');
      chunks.push(`commit refs/heads/${branch}\nmark :${i}\nauthor A <a@x.test> ${time} +0000\ncommitter C <c@x.test> ${1_700_000_000 + i} +0000\n${data(`c${i}`)}`);
      if (!(branch in tips) && branch !== 'main') chunks.push(`from :${tips.main}\n`);
      else if (branch !== 'main' && !next(8)) chunks.push(`from :${tips[branch]}\nmerge :${tips.main}\n`);
      chunks.push(`M 100644 inline f${next(8)}.ts\n${data(`${lines}\n`)}`);
      tips[branch] = i;
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, env: repo.env, input: chunks.join('') });
    expect(Number(repo.git('rev-list', '--all', '--merges', '--count'))).toBeGreaterThan(0);
    const { report, fromJson, fromJsonl } = bothReports(repo);
    expect(report.findings.length).toBeGreaterThan(12);
    expect(fromJsonl).toEqual(fromJson);
  }, 60_000);
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
