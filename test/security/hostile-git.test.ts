import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir, type Repo } from '../helpers/repo.js';

/**
 * Hostile repositories and pull requests (issue 14): each test mounts the attack against real git and
 * the CLI built from src/, and checks that no key hides, nothing from the repository runs, and nothing
 * is read or written where it should not be.
 */

function scan(repo: Repo, ...args: string[]) {
  const r = runCli([...args, '-f', 'json'], { cwd: repo.dir, env: repo.env });
  return { ...r, findings: r.code === 2 ? [] : (JSON.parse(r.stdout).findings as Array<{ file: string; commit?: string; author?: string; line: number }>) };
}

function baseCommit(repo: Repo): string {
  repo.write('README.md', '# app\n');
  return repo.commit('base');
}

describe('a pull request cannot hide a key', () => {
  it('in a commit whose author email holds U+2028, U+2029 or a carriage return (fsck accepts them)', () => {
    const repo = makeRepo();
    const base = baseCommit(repo);
    repo.write('a.ts', `k = "${makeKey()}"\n`);
    repo.git('add', 'a.ts');
    const tree = repo.git('write-tree').trim();
    const env = { ...repo.env, GIT_AUTHOR_EMAIL: 'evil\u2028x\u2029y\rz@example.test', GIT_AUTHOR_NAME: 'Evil\u2028Name' };
    const commit = execFileSync('git', ['commit-tree', tree, '-p', base, '-m', 'sneaky'], { cwd: repo.dir, env, encoding: 'utf8' }).trim();
    repo.git('reset', '-q', '--hard', commit);
    expect(spawnSync('git', ['fsck', '--strict'], { cwd: repo.dir, env: repo.env }).status).toBe(0);
    for (const args of [['diff', `${base}..HEAD`], ['history']]) {
      const r = scan(repo, ...args);
      expect(r.code, r.stderr).toBe(1);
      expect(r.findings.map((f) => [f.file, f.commit])).toEqual([['a.ts', commit]]);
    }
    // The text report shows the odd characters escaped, never raw.
    const text = runCli(['history'], { cwd: repo.dir, env: repo.env }).stdout;
    expect(text).not.toMatch(/[\u2028\u2029\r]/);
  });

  it.each(['* -diff', '* binary', '*.js -diff -text', '* diff=evil\n[diff "evil"]'])('behind .gitattributes `%s`', (attributes) => {
    const repo = makeRepo();
    const base = baseCommit(repo);
    repo.write('.gitattributes', `${attributes.split('\n')[0]}\n`);
    repo.write('app.min.js', `var k="${makeKey()}";\n`);
    repo.commit('bundle');
    for (const args of [['diff', `${base}..HEAD`], ['history']]) {
      const r = scan(repo, ...args);
      expect(r.code, r.stderr).toBe(1);
      expect(r.findings.map((f) => f.file)).toEqual(['app.min.js']);
    }
  });

  it('in a UTF-16 file, with or without a byte order mark', () => {
    const repo = makeRepo();
    const base = baseCommit(repo);
    const [a, b] = [makeKey(), makeKey('svcacct', 74)];
    repo.write('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`first\r\nkey=${a}\r\n`, 'utf16le')]));
    repo.write('plain16.txt', Buffer.from(`key=${b}\n`, 'utf16le'));
    repo.commit('utf-16 files');
    for (const args of [['diff', `${base}..HEAD`], ['history']]) {
      const r = scan(repo, ...args);
      expect(r.code, r.stderr).toBe(1);
      expect(r.findings.map((f) => f.file).sort()).toEqual(['le.txt', 'plain16.txt']);
    }
  });

  it('behind refs/replace (git replace swaps the commit for a clean one)', () => {
    const repo = makeRepo();
    const base = baseCommit(repo);
    repo.write('a.ts', `k = "${makeKey()}"\n`);
    const leaky = repo.commit('leak');
    repo.git('checkout', '-q', '--detach', base);
    repo.write('a.ts', 'k = process.env.OPENAI_API_KEY\n');
    const clean = repo.commit('clean look-alike');
    repo.git('checkout', '-q', 'main');
    repo.git('replace', leaky, clean);
    expect(repo.git('show', 'HEAD:a.ts')).not.toContain('sk-');
    for (const args of [['diff', `${base}..main`], ['history']]) {
      const r = scan(repo, ...args);
      expect(r.code, r.stderr).toBe(1);
      expect(r.findings.map((f) => f.commit)).toEqual([leaky]);
    }
  });

  it('in one enormous commit: a 30 MB added file is read in windows, the key on its last line found at its line', () => {
    const repo = makeRepo();
    const base = baseCommit(repo);
    const line = `${'x'.repeat(99)}\n`;
    const lines = Math.floor((30 * 1024 * 1024) / line.length);
    repo.write('big.txt', `${line.repeat(lines)}k="${makeKey()}"\n`);
    repo.commit('big');
    const r = scan(repo, 'diff', `${base}..HEAD`);
    expect(r.code, r.stderr).toBe(1);
    expect(r.findings.map((f) => [f.file, f.line])).toEqual([['big.txt', lines + 1]]);
  });
});

describe('nothing from the scanned repository runs', () => {
  it('core.fsmonitor in .git/config runs no command in tree and staged scans', () => {
    const repo = makeRepo();
    const marker = path.join(tempDir(), 'pwned');
    baseCommit(repo);
    repo.git('config', 'core.fsmonitor', `touch ${marker}; false`);
    repo.write('a.ts', `k = "${makeKey()}"\n`);
    expect(scan(repo).code).toBe(1);
    spawnSync('git', ['-c', 'core.fsmonitor=false', 'add', 'a.ts'], { cwd: repo.dir, env: repo.env });
    expect(scan(repo, 'staged').code).toBe(1);
    expect(existsSync(marker)).toBe(false);
  });

  it('an ext:: remote or a custom uploadpack runs nothing when diff fetches a missing commit', () => {
    const repo = makeRepo();
    const marker = path.join(tempDir(), 'pwned');
    baseCommit(repo);
    repo.git('config', 'remote.origin.url', `ext::sh -c touch% ${marker}`);
    const missing = 'a'.repeat(40);
    let r = scan(repo, 'diff', `${missing}..HEAD`);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n./);
    const origin = makeRepo();
    baseCommit(origin);
    repo.git('config', 'remote.origin.url', origin.dir);
    repo.git('config', 'remote.origin.uploadpack', `touch ${marker}; git-upload-pack`);
    r = scan(repo, 'diff', `${missing}..HEAD`);
    expect(r.code).toBe(2);
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses a base or head that starts with "-" (it would reach git as an option)', () => {
    const repo = makeRepo();
    baseCommit(repo);
    const marker = path.join(tempDir(), 'pwned');
    for (const args of [['diff', '--base', `--upload-pack=touch ${marker}`], ['diff', `--upload-pack=touch ${marker}..HEAD`], ['diff', '--base', 'HEAD', '--head', '--output=/tmp/x']]) {
      const r = runCli(args, { cwd: repo.dir, env: repo.env });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(marker)).toBe(false);
  });
});

describe('config and baseline are read only as regular files inside the repository', () => {
  it.each([
    ['a link to /dev/zero', (p: string) => symlinkSync('/dev/zero', p), /not a regular file|link out of the repository/],
    ['a FIFO', (p: string) => execFileSync('mkfifo', [p]), /not a regular file/],
    ['a link to a file outside the repository', (p: string) => symlinkSync('/etc/hostname', p), /link out of the repository/],
  ])('.openai-key-scan.json as %s is refused with one line', (_name, plant, message) => {
    const repo = makeRepo();
    baseCommit(repo);
    plant(path.join(repo.dir, '.openai-key-scan.json'));
    const r = runCli([], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    if (existsSync('/etc/hostname')) expect(r.stderr).not.toContain(readFileSync('/etc/hostname', 'utf8').trim() || '\0');
  });

  it('a --baseline that is a FIFO is refused, not waited on', () => {
    const repo = makeRepo();
    baseCommit(repo);
    execFileSync('mkfifo', [path.join(repo.dir, 'bl.json')]);
    const r = runCli(['--baseline', 'bl.json'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a regular file/);
  });

  it('baseline and -o never write through a link that leads out of the repository, and write atomically', () => {
    const repo = makeRepo();
    baseCommit(repo);
    const outside = path.join(tempDir(), 'victim.txt');
    writeFileSync(outside, 'precious\n');
    symlinkSync(outside, path.join(repo.dir, '.openai-key-scan-baseline.json'));
    symlinkSync(outside, path.join(repo.dir, 'report.json'));
    let r = runCli(['baseline'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/link that leads out of the repository/);
    r = runCli(['-f', 'json', '-o', 'report.json'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(readFileSync(outside, 'utf8')).toBe('precious\n');
    // A link inside the repository is written through (its target), and no temporary file is left.
    mkdirSync(path.join(repo.dir, 'reports'));
    writeFileSync(path.join(repo.dir, 'reports/out.json'), '');
    symlinkSync('reports/out.json', path.join(repo.dir, 'inside.json'));
    r = runCli(['-f', 'json', '-o', 'inside.json'], { cwd: repo.dir, env: repo.env });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(path.join(repo.dir, 'reports/out.json'), 'utf8')).mode).toBe('tree');
    expect(execFileSync('ls', ['-a', repo.dir], { encoding: 'utf8' })).not.toMatch(/\.tmp/);
  });
});
