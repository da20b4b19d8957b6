import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSource } from '../../src/run/driver.js';
import type { FileEntry, Source } from '../../src/types.js';
import { makeKey } from '../helpers/keys.js';
import { tempDir } from '../helpers/repo.js';

/**
 * A tree scan hands a finding on once its batch of files and every batch listed before it are done,
 * not when the whole tree is read: counted by the files read when each finding arrives.
 */
describe('tree findings stream by batch', () => {
  it('the first file\'s key is handed on long before the last file is read, and lines keep the listing order', async () => {
    const dir = tempDir();
    const files: FileEntry[] = [];
    const keyed = new Set([0, 100, 300]);
    for (let i = 0; i < 320; i++) {
      const name = `f${String(i).padStart(3, '0')}.ts`;
      writeFileSync(path.join(dir, name), keyed.has(i) ? `export const k = "${makeKey()}";\n` : `export const n = ${i};\n`);
      files.push({ abs: path.join(dir, name), file: name });
    }
    const source: Source = {
      mode: 'tree',
      async *items() {
        for (let i = 0; i < files.length; i += 40) yield files.slice(i, i + 40);
      },
    };
    let read = 0;
    const handedOn: Array<{ file: string; read: number }> = [];
    const report = await runSource(source, {
      maxFileSize: 1 << 20,
      jobs: 1,
      onProgress: (stats) => (read = stats.files),
      onFinding: (f) => void handedOn.push({ file: f.file, read }),
    });
    expect(handedOn.map((h) => h.file)).toEqual(['f000.ts', 'f100.ts', 'f300.ts']);
    // f000.ts is in the first batch: handed on before most of the tree is read.
    expect(handedOn[0]!.read).toBeLessThan(100);
    expect(handedOn[1]!.read).toBeLessThan(300);
    expect(report.findings).toEqual([]);
    expect(report.stats.files).toBe(320);
  });
});
