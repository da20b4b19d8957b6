import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PKG } from '../helpers/built.js';
import { runCli } from '../helpers/repo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

describe('committed dist/', () => {
  it('is what a fresh build of src/ produces', () => {
    // The test run's own build of src/ (test/setup/build.ts) is the fresh build.
    const out = path.join(PKG, 'dist');
    const committed = listFiles(path.join(ROOT, 'dist'));
    expect(committed).toEqual(listFiles(out));
    for (const f of committed) {
      const same = readFileSync(path.join(ROOT, 'dist', f)).equals(readFileSync(path.join(out, f)));
      expect(same, `dist/${f} is stale: run npm run build and commit dist/`).toBe(true);
    }
  });

  it('passes its own scan: no key-shaped literal is committed', () => {
    const r = runCli([], { cwd: ROOT });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
