import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir } from '../helpers/repo.js';

/** Inputs that used to pass while checking nothing (issue 13): stdin, ignored files, bare clones, bad flag values. */

type Json = { mode: string; findings: Array<{ file: string; line: number; severity: string; exposure?: string[] }>; stats: { files: number; skipped: Record<string, number> } };
const json = (stdout: string) => JSON.parse(stdout) as Json;

describe('standard input (`-`)', () => {
  it('reads the pipe, not the current directory, and judges it by --stdin-filename', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'other.ts'), `k = "${makeKey()}"\n`);
    const input = `var a=1;\nvar k="${makeKey('svcacct', 74)}";\n`;
    let r = runCli(['-', '-f', 'json'], { cwd: dir, input });
    expect(r.code, r.stderr).toBe(1);
    expect(json(r.stdout)).toMatchObject({ mode: 'stdin', findings: [{ file: '<stdin>', line: 2 }] });
    r = runCli(['-', '--stdin-filename', 'dist/app.js', '-f', 'json'], { cwd: dir, input });
    expect(json(r.stdout).findings).toMatchObject([{ file: 'dist/app.js', severity: 'critical', exposure: ['client-bundle'] }]);
    expect(runCli(['-', '-f', 'json'], { cwd: dir, input: 'nothing here\n' }).code).toBe(0);
  });

  it('reads a stream larger than a window in bounded windows: keys at every edge found once, at their lines', () => {
    const line = `${'y'.repeat(63)}\n`;
    const block = line.repeat((16 * 1024 * 1024) / line.length);
    const keys = [makeKey(), makeKey('admin', 58), makeKey('proj', 58)];
    const input = `${block.slice(0, -40)}\nk="${keys[0]}"\n${block}${block.slice(0, 10)}\nk="${keys[1]}"\n${line.repeat(100)}k="${keys[2]}"\n`;
    const r = runCli(['-', '-f', 'json'], { cwd: tempDir(), input });
    expect(r.code, r.stderr).toBe(1);
    const lines = input.split('\n');
    const expected = keys.map((k) => lines.findIndex((l) => l.includes(k)) + 1);
    expect(json(r.stdout).findings.map((f) => f.line)).toEqual(expected);
  });

  it('`-` with other paths, or --stdin-filename without `-`, is a usage error', () => {
    const dir = tempDir();
    for (const args of [['-', 'a.ts'], ['--stdin-filename', 'x.js']]) {
      const r = runCli(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('--no-ignore', () => {
  it('reads what git ignores under the paths (node_modules too), .git excepted', () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'secret.txt\nnode_modules/\n');
    repo.write('a.ts', 'clean\n');
    repo.commit('init');
    repo.write('secret.txt', `k = "${makeKey()}"\n`);
    repo.write('node_modules/pkg/index.js', `k = "${makeKey()}"\n`);
    repo.write('.git/leak.txt', `k = "${makeKey()}"\n`);
    expect(json(runCli(['-f', 'json'], { cwd: repo.dir }).stdout).findings).toEqual([]);
    const r = runCli(['--no-ignore', '-f', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.file).sort()).toEqual(['node_modules/pkg/index.js', 'secret.txt']);
  });
});

describe('history in bare and mirror clones', () => {
  it.each(['--bare', '--mirror'])('git clone %s: every commit is scanned', (flag) => {
    const origin = makeRepo();
    origin.write('a.ts', `k = "${makeKey()}"\n`);
    const leak = origin.commit('leak');
    origin.write('a.ts', 'clean\n');
    origin.commit('clean');
    const dir = path.join(tempDir(), 'clone.git');
    execFileSync('git', ['clone', '-q', flag, origin.dir, dir], { env: origin.env });
    const r = runCli(['history', '-f', 'json'], { cwd: dir, env: origin.env });
    expect(r.code, r.stderr).toBe(1);
    expect(json(r.stdout).findings).toMatchObject([{ file: 'a.ts', commit: leak }]);
  });
});

describe('bad option values are one line naming the option, exit 2', () => {
  it.each([
    [['--format', 'xml'], /format.*xml.*text/],
    [['--format'], /format/],
    [['-j', '0'], /--jobs: give a whole number of threads from 1 to 64/],
    [['--jobs', 'abc'], /--jobs/],
    [['--jobs', '2000'], /--jobs: give a whole number of threads from 1 to 64/],
    [['--verify-timeout', '-5'], /--verify-timeout/],
    [['--max-file-size', '0'], /--max-file-size: a size of 0 would skip every file/],
    [['-f', 'json', '-f', 'sarif'], /--format is given 2 times/],
    [['--config', '.'], /not a regular file/],
    [['--fail-on', 'live'], /--fail-on live .*--verify/],
  ])('%j', (args, message) => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    const r = runCli(args as string[], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a FIFO as --config is refused, not waited on', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'cfg.json')]);
    const r = runCli(['--config', 'cfg.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a regular file/);
  });
});

describe('-v and the messages', () => {
  it('-v names each skipped file and why; the summary counts links in the plural', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ok.ts'), 'clean\n');
    writeFileSync(path.join(dir, 'big.log'), 'x'.repeat(4096));
    writeFileSync(path.join(dir, 'bin.dat'), Buffer.from([0, 1, 2, 0, 3]));
    for (const n of ['l1', 'l2', 'l3', 'l4']) symlinkSync('ok.ts', path.join(dir, n));
    const r = runCli(['-v', '--max-file-size', '1KB'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/skipped big\.log: too large/);
    expect(r.stderr).toMatch(/skipped l1: symlink/);
    expect(r.stdout).toMatch(/4 symlinks/);
  });

  it('a mistyped ref in a full clone is called unknown, not missing history', () => {
    const repo = makeRepo();
    repo.write('a.ts', 'x\n');
    repo.commit('c');
    const r = runCli(['diff', 'mian..HEAD'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown revision "mian"/);
    expect(r.stderr).not.toMatch(/fetch-depth/);
  });

  it('the blocked-commit advice offers no allow comment for a JSON file (it has none)', () => {
    const repo = makeRepo();
    repo.write('a.ts', 'x\n');
    repo.commit('c');
    repo.write('config.json', JSON.stringify({ key: makeKey() }));
    repo.git('add', 'config.json');
    const r = runCli(['staged'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/config\.json cannot hold a comment: add \{ "fingerprint": "[0-9a-f]{16}"/);
    expect(r.stdout).not.toMatch(/Add the comment `openai-key-scan:allow`/);
  });
});

describe('a byte order mark that lies', () => {
  it.each([
    ['FF FE', [0xff, 0xfe]],
    ['FE FF', [0xfe, 0xff]],
  ])('%s then plain ASCII: the key in the bytes as they are is found, at its line', (_name, bom) => {
    const dir = tempDir();
    const key = makeKey();
    writeFileSync(path.join(dir, '.env'), Buffer.concat([Buffer.from(bom), Buffer.from(`# app\nOPENAI_API_KEY=${key}\n`)]));
    const r = runCli(['-f', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(json(r.stdout).findings.filter((f) => f.file === '.env' && f.line === 2)).toHaveLength(1);
    expect(r.stdout).not.toContain(key);
  });

  it('a real UTF-16 file with the same key in plain bytes elsewhere reports it once', () => {
    const dir = tempDir();
    const key = makeKey();
    writeFileSync(path.join(dir, 'both.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`k=${key}\r\n`, 'utf16le')]));
    const r = runCli(['-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings).toHaveLength(1);
  });
});
