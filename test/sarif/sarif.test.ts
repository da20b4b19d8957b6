import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir } from '../helpers/repo.js';

/** SARIF 2.1.0 output checked by Microsoft's official validator, run from node_modules (issue 4). */

const VALIDATOR = path.resolve(import.meta.dirname, '../../node_modules/@microsoft/sarif-multitool/bin.js');

function validate(file: string) {
  const r = spawnSync(process.execPath, [VALIDATOR, 'validate', file], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('--format sarif', () => {
  it('passes the SARIF validator with no errors, one rule per ruleId, fingerprints and no key', () => {
    const repo = makeRepo();
    const keys = [makeKey('proj', 74), makeKey('admin', 58), makeKey('legacy', 20), makeKey('proj', 58)];
    repo.write('src/a b.ts', `const a = "${keys[0]}";\nconst b = "${keys[3]}";\n`);
    repo.write('ops/admin.py', `ADMIN = "${keys[1]}"\n`);
    repo.write('legacy.txt', `${keys[2]}\n`);
    const base = repo.commit('keys');
    repo.write('more.ts', `k = "${makeKey()}"\n`);
    repo.commit('more');
    const dir = tempDir();
    const tree = path.join(dir, 'tree.sarif');
    const diff = path.join(dir, 'diff.sarif');
    expect(runCli(['-f', 'sarif', '-o', tree], { cwd: repo.dir, env: repo.env }).code).toBe(1);
    expect(runCli(['diff', `${base}..HEAD`, '--sarif', diff], { cwd: repo.dir, env: repo.env }).code).toBe(1);
    for (const file of [tree, diff]) {
      const v = validate(file);
      expect(v.out).toMatch(/Analysis completed successfully/);
      expect(v.out).not.toMatch(/: error /);
      expect(v.code).toBe(0);
      const text = readFileSync(file, 'utf8');
      for (const k of keys) expect(text).not.toContain(k);
    }
    const sarif = JSON.parse(readFileSync(tree, 'utf8'));
    const run = sarif.runs[0];
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['openai-admin-key', 'openai-project-key', 'openai-user-key']);
    expect(run.tool.driver.rules[0].help.text).toMatch(/Revoke each key now/);
    expect(run.results).toHaveLength(5);
    const first = run.results.find((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'src/a%20b.ts');
    expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 12, endColumn: 12 + keys[0]!.length });
    expect(first.partialFingerprints['openaiKeyFingerprint/v1']).toMatch(/^[0-9a-f]{16}:src\/a b\.ts$/);
    expect(JSON.parse(readFileSync(diff, 'utf8')).runs[0].results.map((r: { properties: { commit?: string } }) => typeof r.properties.commit)).toEqual(['string']);
  }, 60_000);

  it('the validator catches a broken file (the check can fail)', () => {
    const file = path.join(tempDir(), 'bad.sarif');
    writeFileSync(file, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ message: {} }] }] }));
    const v = validate(file);
    expect(v.out).toMatch(/error/i);
  }, 60_000);
});
