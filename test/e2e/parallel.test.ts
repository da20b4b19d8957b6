import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeKey, noise } from '../helpers/keys.js';
import { runCli, tempDir } from '../helpers/repo.js';

describe('tree scan in worker threads', () => {
  it('finds the same keys, at the same places, with the same stats as one thread', () => {
    const dir = tempDir();
    const planted: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const sub = path.join(dir, `pkg${i % 37}`, `d${i % 5}`);
      mkdirSync(sub, { recursive: true });
      let body = noise(200 + (i % 7) * 100).toString();
      if (i % 150 === 0) {
        const key = makeKey(i % 300 === 0 ? 'proj' : 'admin', i % 300 === 0 ? 74 : 58);
        planted.push(key);
        body += `\nconst k = "${key}";\n`;
      }
      writeFileSync(path.join(sub, `f${i}.js`), body);
    }
    writeFileSync(path.join(dir, 'bin.dat'), Buffer.from([0, 1, 2, 3]));
    const runs = [['-j', '1'], ['-j', '2'], []].map((jobs) => {
      const r = runCli(['-f', 'json', '.', ...jobs], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout);
      delete report.stats.durationMs;
      return report;
    });
    expect(runs[0].findings).toHaveLength(planted.length);
    expect(runs[0].stats).toMatchObject({ files: 1501, skipped: { binary: 0 } });
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });
});
