import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeKey, noise } from '../helpers/keys.js';
import { worthWorkers } from '../../src/run/pool.js';
import { PKG } from '../helpers/built.js';
import { runCli, tempDir } from '../helpers/repo.js';

describe('tree scan in worker threads', () => {
  it('finds the same keys, at the same places, with the same stats, skipped files and warnings, in the same order, as one thread', () => {
    const dir = tempDir();
    const planted: string[] = [];
    let tooLarge = 0;
    let corrupt = 0;
    // 12,000 files: enough that the default starts workers while listing, and that a worker, once
    // started, finds batches left to claim (this thread scans too).
    const N = 12_000;
    for (let i = 0; i < N; i++) {
      const sub = path.join(dir, `pkg${i % 37}`, `d${i % 5}`);
      if (i < 37 * 5) mkdirSync(sub, { recursive: true });
      let body = noise(200 + (i % 7) * 100).toString();
      if (i % 1000 === 0) {
        const key = makeKey(i % 2000 === 0 ? 'proj' : 'admin', i % 2000 === 0 ? 74 : 58);
        planted.push(key);
        body += `\nconst k = "${key}";\n`;
      }
      // Files that workers skip or warn about, spread over many batches: their order in the report
      // must not depend on which thread read them.
      if (i % 397 === 13) {
        body = noise(5000).toString();
        tooLarge++;
      }
      if (i % 889 === 7) {
        writeFileSync(path.join(sub, `a${i}.tgz`), gzipSync(Buffer.from(noise(3000).toString())).subarray(0, 40));
        corrupt++;
      }
      writeFileSync(path.join(sub, `f${i}.js`), body);
    }
    writeFileSync(path.join(dir, 'bin.dat'), Buffer.from([0, 1, 2, 3]));
    const runs = [['-j', '1'], ['-j', '2'], ['-j', '3'], []].map((jobs) => {
      const r = runCli(['-f', 'json', '--verbose', '--max-file-size', '4KB', '.', ...jobs], { cwd: dir });
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout);
      delete report.stats.durationMs;
      return { report, stderr: r.stderr };
    });
    const [one] = runs;
    expect(one!.report.findings).toHaveLength(planted.length);
    expect(one!.report.stats).toMatchObject({ files: N + 1 + corrupt - tooLarge, skipped: { binary: 0, tooLarge, archive: corrupt } });
    const skipped = one!.stderr.split('\n').filter((l) => l.includes(': too large'));
    expect(skipped).toHaveLength(tooLarge);
    expect(one!.stderr.split('\n').filter((l) => l.includes('warning:'))).toHaveLength(corrupt);
    for (const run of runs.slice(1)) {
      expect(run.report).toEqual(one!.report);
      expect(run.stderr).toBe(one!.stderr);
    }
  }, 90_000);

  it('a listing that fails after the workers started leaves no thread running (the library call rejects, the process ends)', () => {
    const dir = tempDir();
    for (let i = 0; i < 50; i++) writeFileSync(path.join(dir, `f${i}.js`), noise(300).toString());
    const script = path.join(tempDir(), 'scan.mjs');
    writeFileSync(
      script,
      `import { scanTree } from ${JSON.stringify(path.join(PKG, 'dist/index.js'))};
      scanTree({ cwd: ${JSON.stringify(dir)}, paths: ['.', 'missing'], jobs: 2 }).then(() => console.log('resolved'), (e) => console.log('rejected: ' + e.message));\n`,
    );
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.stdout.trim()).toBe('rejected: no such file or directory: missing');
    expect(r.status).toBe(0);
  });
});

describe('when a tree scan starts workers', () => {
  it('only for a tree one thread would take a while on: many files, or fewer larger ones; never for a small repository', () => {
    // While listing, the file count alone decides.
    expect(worthWorkers(1_500)).toBe(false);
    expect(worthWorkers(9_000)).toBe(false);
    expect(worthWorkers(10_000)).toBe(true);
    // Then the bytes per file of the batches scanned so far: 5,000 files of 8 KB (date-fns) stay in one
    // thread, 5,000 of 60 KB (minified bundles and source maps) do not; nor 1,400 of 100 KB (monaco-editor).
    expect(worthWorkers(5_000, 8_000)).toBe(false);
    expect(worthWorkers(5_000, 60_000)).toBe(true);
    expect(worthWorkers(1_400, 100_000)).toBe(false);
    expect(worthWorkers(40, 20_000_000)).toBe(true);
  });
});
