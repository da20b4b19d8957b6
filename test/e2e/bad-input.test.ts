import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/built.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir } from '../helpers/repo.js';

/**
 * Hostile and odd input through the built CLI (issue 8): every bad file is skipped or read safely and
 * counted, never a stack trace, and the key in the good file next to it is still found.
 */

const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at |Error:|internal error/);

function json(stdout: string) {
  return JSON.parse(stdout) as { findings: Array<{ file: string; line: number; column: number; fingerprint: string }>; stats: { files: number; skipped: Record<string, number> } };
}

/** A folder holding one good file with a key and every kind of bad file beside it. */
function hostileTree(dir: string): { good: string } {
  const good = makeKey('proj', 74);
  writeFileSync(path.join(dir, 'good.ts'), `export const key = "${good}";\n`);
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'binary.png'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.from(makeKey())]));
  writeFileSync(path.join(dir, 'huge.log'), 'x'.repeat(4096));
  // Invalid UTF-8 (a lone continuation byte, a truncated sequence, an overlong form) around text.
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0x80, 0xc3, 0x0a, 0xc0, 0xaf, 0x0a]));
  // UTF-16 with an odd byte count (a truncated last code unit) and no byte order mark.
  writeFileSync(path.join(dir, 'odd-utf16.txt'), Buffer.concat([Buffer.from('hello\n', 'utf16le'), Buffer.from([0x41])]));
  symlinkSync('loop-b', path.join(dir, 'loop-a'));
  symlinkSync('loop-a', path.join(dir, 'loop-b'));
  mkdirSync(path.join(dir, 'sub'));
  symlinkSync('..', path.join(dir, 'sub', 'up'));
  symlinkSync('/etc/hostname', path.join(dir, 'outside'));
  execFileSync('mkfifo', [path.join(dir, 'fifo')]);
  return { good };
}

describe('bad input never costs a finding elsewhere', () => {
  it.each([
    ['outside a repository', false],
    ['inside a git repository', true],
  ])('%s: skips and counts each bad file and still finds the key next to them', (_name, inRepo) => {
    const dir = inRepo ? makeRepo().dir : tempDir();
    const { good } = hostileTree(dir);
    const r = runCli(['-f', 'json', '--max-file-size', '1KB'], { cwd: dir });
    noTrace(r.stderr);
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    // binary.png is read on its raw bytes (its key at byte 8), and so is odd-utf16.txt (NULs, no marker).
    expect(report.findings.map((f) => [f.file, f.line, f.column])).toEqual([['binary.png', 1, 9], ['good.ts', 1, 21]]);
    expect(report.stats.skipped).toMatchObject({ binary: 0, tooLarge: 1 });
    // Links (loops, out of the tree) are never followed: skipped and counted, or not listed at all.
    // Four links (two in a loop, one up the tree, one out of it); the FIFO is special where it is listed (git lists no FIFO).
    expect(report.stats.skipped).toMatchObject({ symlink: 4, special: inRepo ? 0 : 1 });
    expect(r.stdout).not.toContain(good);
  });

  it('reads a file with invalid UTF-8 byte by byte: a key in it is found, with a column that counts what is there', () => {
    const dir = tempDir();
    const key = makeKey('svcacct', 74);
    writeFileSync(path.join(dir, 'mixed.txt'), Buffer.concat([Buffer.from([0x80, 0xc3, 0x20]), Buffer.from(`${key}\n`)]));
    const r = runCli(['-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings).toMatchObject([{ file: 'mixed.txt', line: 1, column: 4 }]);
  });

  it('finds a key in a UTF-16 file without a byte order mark, either byte order', () => {
    const dir = tempDir();
    const le = makeKey();
    const be = makeKey('admin', 58);
    writeFileSync(path.join(dir, 'le.txt'), Buffer.from(`line one\nk=${le}\n`, 'utf16le'));
    writeFileSync(path.join(dir, 'be.txt'), Buffer.from(`é\n\nk=${be}\n`, 'utf16le').swap16());
    const r = runCli(['-f', 'json'], { cwd: dir });
    expect(json(r.stdout).findings.map((f) => [f.file, f.line, f.column])).toEqual([
      ['be.txt', 3, 3],
      ['le.txt', 2, 3],
    ]);
  });

  it('reports odd file names exactly: spaces, newlines, quotes, backslashes, non-ASCII', () => {
    const repo = makeRepo();
    const names = ['with space.ts', 'new\nline.ts', 'quote"d\'.ts', 'back\\slash.ts', 'ünï €.ts', '-dash.ts'];
    for (const n of names) repo.write(n, `k = "${makeKey()}"\n`);
    repo.commit('odd names');
    repo.write('untracked ñ.ts', `k = "${makeKey()}"\n`);
    const r = runCli(['-f', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.file).sort()).toEqual([...names, 'untracked ñ.ts'].sort());
    const text = runCli([], { cwd: repo.dir });
    noTrace(text.stderr);
    // In the text report a newline in a name is shown escaped, so one finding never looks like two files.
    expect(text.stdout).toContain('new\\nline.ts');
  });

  it('never lets a scanned file write control sequences to the terminal', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'evil.js'), `x = "\x1b]0;pwned\x07\x1b[2J" + "${makeKey()}"\n`);
    const r = runCli([], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stdout).toContain('\\x1b]0;pwned\\x07');
  });

  it('counts a device or FIFO named on the command line as a special file', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    const r = runCli(['-f', 'json', '/dev/zero', 'fifo'], { cwd: dir });
    noTrace(r.stderr);
    expect(r.code).toBe(0);
    expect(json(r.stdout).stats.skipped.special).toBe(2);
  });

  it('warns about a file it is not allowed to read, and goes on', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const key = makeKey();
    writeFileSync(path.join(dir, 'ok.txt'), `${key}\n`, { mode: 0o644 });
    writeFileSync(path.join(dir, 'secret.txt'), `${makeKey()}\n`, { mode: 0o000 });
    // Root reads anything: run the CLI as nobody then, as a user without the permission would.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    // nobody must reach node and the built CLI (test/setup/build.ts puts it in a world-readable
    // folder, so a checkout in a private directory works): say so plainly if not.
    const probe = spawnSync(process.execPath, [CLI, '--version'], { cwd: dir, encoding: 'utf8', ...asNobody });
    if (probe.status !== 0) throw new Error(`this test runs ${process.execPath} ${CLI} as nobody, who cannot: ${probe.error?.message ?? probe.stderr}`);
    const r = spawnSync(process.execPath, [CLI, '-f', 'json', '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true', HOME: dir }, ...asNobody });
    noTrace(r.stderr);
    expect(r.stderr).toMatch(/warning: cannot read secret\.txt \(EACCES\): skipped/);
    expect(r.status).toBe(1);
    const report = json(r.stdout);
    expect(report.findings.map((f) => f.file)).toEqual(['ok.txt']);
    expect(report.stats.skipped.unreadable).toBe(1);
  });

  it('scans a repository with no commit yet (no HEAD)', () => {
    const repo = makeRepo();
    repo.write('a.ts', `k = "${makeKey()}"\n`);
    const r = runCli(['-f', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.file)).toEqual(['a.ts']);
  });

  it('without git on PATH, scans every file and says .gitignore is not applied', () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'ignored.txt\n');
    repo.write('a.ts', `k = "${makeKey()}"\n`);
    repo.write('ignored.txt', `k = "${makeKey()}"\n`);
    repo.commit('init', '.gitignore', 'a.ts');
    const r = runCli(['-f', 'json'], { cwd: repo.dir, env: { ...repo.env, PATH: path.dirname(process.execPath) === '/usr/bin' ? '/nonexistent' : path.dirname(process.execPath) } });
    noTrace(r.stderr);
    expect(r.stderr).toMatch(/git not found on PATH: scanning every file, \.gitignore is not applied/);
    expect(json(r.stdout).findings.map((f) => f.file).sort()).toEqual(['a.ts', 'ignored.txt']);
  });
});
