import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir } from '../helpers/repo.js';

/** Issue 14, "Denial of service": what a repository can make the scanner print or hold is bounded. */

describe('bounds', () => {
  it('the job summary stays under GitHub’s 1 MiB and says how many rows it left out', () => {
    const repo = makeRepo();
    const name = `${'deep/'.repeat(40)}keys.js`;
    const keys = Array.from({ length: 3000 }, () => makeKey('proj', 20));
    repo.write(name, keys.map((k) => `k("${k}")`).join('\n'));
    const summary = path.join(tempDir(), 'summary.md');
    writeFileSync(summary, '');
    const r = runCli(['-f', 'github'], { cwd: repo.dir, env: { ...repo.env, GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    const text = readFileSync(summary, 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    const left = /(\d+) more finding\(s\) left out of this table/.exec(text);
    expect(left).not.toBeNull();
    const rows = (text.match(/<tr>/g) ?? []).length - 1;
    expect(rows + Number(left![1])).toBe(3000);
  });

  it('a config with a million ignorePaths is one clear error, not a crash', () => {
    const repo = makeRepo();
    repo.write('.openai-key-scan.json', JSON.stringify({ ignorePaths: Array.from({ length: 1_000_000 }, (_, i) => `dir${i}/`) }));
    repo.write('a.txt', 'nothing\n');
    const r = runCli([], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    // The config's size cap (1 MB) or the entry cap, whichever comes first; and under the size cap:
    repo.write('.openai-key-scan.json', JSON.stringify({ ignorePaths: Array.from({ length: 5000 }, (_, i) => `d${i}/`) }));
    const r2 = runCli([], { cwd: repo.dir, env: repo.env });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('"ignorePaths" has 5000 entries, more than the 1000 allowed');
  });

  it('200,000 stale baseline entries: no stack overflow, a bounded list', () => {
    const repo = makeRepo();
    const findings = Array.from({ length: 200_000 }, (_, i) => ({ fingerprint: i.toString(16).padStart(16, '0'), file: `gone/${i}.ts`, ruleId: 'openai-project-key' }));
    repo.write('baseline.json', JSON.stringify({ version: 1, tool: 'openai-key-scan', findings }));
    repo.write('a.txt', 'nothing\n');
    repo.commit('baseline');
    const r = runCli(['--baseline', 'baseline.json'], { cwd: repo.dir, env: repo.env });
    expect(r.code, r.stderr.slice(0, 500)).toBe(0);
    expect(r.stdout).toContain('stale: 199950 more (the JSON report lists all 200000)');
    expect(r.stderr.split('\n').length).toBeLessThan(100);
    const json = runCli(['--baseline', 'baseline.json', '-f', 'json'], { cwd: repo.dir, env: repo.env });
    expect(JSON.parse(json.stdout).stale).toHaveLength(200_000);
  });
});
