import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir } from '../helpers/repo.js';

/**
 * Issue 14, "Silently skipped": a file whose name is not valid UTF-8 was skipped by tree scans with no
 * finding, no skip count and exit 0. It is read by its bytes and reported with the bytes escaped.
 */

const bytesPath = (dir: string, ...parts: Buffer[]) => Buffer.concat([Buffer.from(dir), ...parts.flatMap((p) => [Buffer.from('/'), p])]);
const BAD_FILE = Buffer.concat([Buffer.from('bad'), Buffer.from([0xff, 0xfe]), Buffer.from('.ts')]);
const BAD_DIR = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9])]); // latin-1 "café"
const OK_UNICODE = 'café-ünïcode.ts';

function plant(dir: string): string[] {
  const keys = [makeKey(), makeKey(), makeKey()];
  writeFileSync(bytesPath(dir, BAD_FILE), `const k = "${keys[0]}";\n`);
  mkdirSync(bytesPath(dir, BAD_DIR));
  writeFileSync(bytesPath(dir, BAD_DIR, Buffer.from('inner.ts')), `const k = "${keys[1]}";\n`);
  writeFileSync(path.join(dir, OK_UNICODE), `const k = "${keys[2]}";\n`);
  return keys;
}

const EXPECTED = ['bad\\xff\\xfe.ts', 'caf\\xe9/inner.ts', OK_UNICODE].sort();

describe('file names that are not UTF-8', () => {
  it('outside a repository: read by their bytes, shown escaped', () => {
    const dir = tempDir();
    plant(dir);
    const r = runCli(['-f', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file).sort()).toEqual(EXPECTED);
    // In worker threads too: a path in bytes crosses the thread boundary as it is.
    const j = runCli(['-f', 'json', '-j', '2'], { cwd: dir });
    expect(j.code, j.stderr).toBe(1);
    expect(JSON.parse(j.stdout).findings.map((f: { file: string }) => f.file).sort()).toEqual(EXPECTED);
  });

  it('inside a repository: tracked and untracked files alike', () => {
    const repo = makeRepo();
    plant(repo.dir);
    repo.git('add', '--', BAD_FILE.toString('latin1').replace(/[^\x20-\x7e]/g, '?'));
    const r = runCli(['-f', 'json'], { cwd: repo.dir, env: repo.env });
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file).sort()).toEqual(EXPECTED);
    repo.git('add', '-A');
    repo.git('commit', '-qm', 'all');
    const t = runCli([], { cwd: repo.dir, env: repo.env });
    expect(t.code).toBe(1);
    expect(t.stdout).toContain('bad\\xff\\xfe.ts');
    expect(t.stdout).toContain('3 OpenAI keys found in 3 files');
  });

  it('in a named folder, among the files git ignores (a build output kept by a tracked .gitkeep)', () => {
    const repo = makeRepo();
    mkdirSync(path.join(repo.dir, 'dist'));
    writeFileSync(path.join(repo.dir, 'dist/.gitkeep'), '');
    writeFileSync(path.join(repo.dir, '.gitignore'), 'dist/*\n!dist/.gitkeep\n');
    repo.git('add', '.');
    repo.git('commit', '-qm', 'keep dist');
    plant(path.join(repo.dir, 'dist'));
    const r = runCli(['dist', '-f', 'json'], { cwd: repo.dir, env: repo.env });
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file).sort()).toEqual(EXPECTED.map((f) => `dist/${f}`));
  });
});
