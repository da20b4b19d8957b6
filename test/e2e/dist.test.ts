import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/repo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

describe('committed dist/', () => {
  it('is what a fresh build of src/ produces', () => {
    const out = tempDir('oks-build-');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, env: { ...process.env, OUT_DIR: out }, stdio: 'pipe' });
    const committed = listFiles(path.join(ROOT, 'dist'));
    expect(committed).toEqual(listFiles(out));
    for (const f of committed) {
      const same = readFileSync(path.join(ROOT, 'dist', f)).equals(readFileSync(path.join(out, f)));
      expect(same, `dist/${f} is stale: run npm run build and commit dist/`).toBe(true);
    }
  }, 120_000);

  it('passes its own scan: no key-shaped literal is committed', () => {
    const r = runCli([], { cwd: ROOT });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
