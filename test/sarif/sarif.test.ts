import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { README_URL, RULES } from '../../src/rules/index.js';
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
    const history = path.join(dir, 'history.sarif');
    expect(runCli(['-f', 'sarif', '-o', tree], { cwd: repo.dir, env: repo.env }).code).toBe(1);
    expect(runCli(['diff', `${base}..HEAD`, '--sarif', diff], { cwd: repo.dir, env: repo.env }).code).toBe(1);
    expect(runCli(['history', '-f', 'sarif', '-o', history], { cwd: repo.dir, env: repo.env }).code).toBe(1);
    for (const [file, mode] of [[tree, 'tree'], [diff, 'diff'], [history, 'history']] as const) {
      const v = validate(file);
      expect(v.out).toMatch(/Analysis completed successfully/);
      expect(v.out).not.toMatch(/: error /);
      expect(v.code).toBe(0);
      const text = readFileSync(file, 'utf8');
      for (const k of keys) expect(text).not.toContain(k);
      const run = JSON.parse(text).runs[0];
      // One analysis per mode: a diff upload never marks a history alert fixed.
      expect(run.automationDetails).toEqual({ id: `openai-key-scan/${mode}/` });
      expect(run.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
      // Every rule, fired or not, so code scanning knows each one ran.
      expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
      for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
    const sarif = JSON.parse(readFileSync(tree, 'utf8'));
    const run = sarif.runs[0];
    expect(sarif.version).toBe('2.1.0');
    const admin = run.tool.driver.rules.find((r: { id: string }) => r.id === 'openai-admin-key');
    expect(admin.help.text).toMatch(/Revoke each key now/);
    expect(admin.defaultConfiguration.level).toBe('error');
    expect(admin.properties['security-severity']).toBe('9.5');
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'browser-sdk').defaultConfiguration.level).toBe('warning');
    expect(run.results).toHaveLength(5);
    const first = run.results.find((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'src/a%20b.ts');
    expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 12, endColumn: 12 + keys[0]!.length });
    expect(first.partialFingerprints['openaiKeyFingerprint/v1']).toMatch(/^[0-9a-f]{16}:src\/a b\.ts$/);
    expect(JSON.parse(readFileSync(diff, 'utf8')).runs[0].results.map((r: { properties: { commit?: string } }) => typeof r.properties.commit)).toEqual(['string']);
  }, 60_000);

  it('every rule has help text and a help URI to its own README section', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const dir = tempDir();
    const file = path.join(dir, 'empty.sarif');
    writeFileSync(path.join(dir, 'clean.txt'), 'nothing here\n');
    expect(runCli(['-f', 'sarif', '-o', file, '.'], { cwd: dir }).code).toBe(0);
    const run = JSON.parse(readFileSync(file, 'utf8')).runs[0];
    expect(run.results).toEqual([]);
    expect(run.tool.driver.rules).toHaveLength(RULES.length);
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toBe(`${README_URL}#${rule.id}`);
      expect(rule.help.text.length).toBeGreaterThan(40);
      expect(rule.help.markdown).toContain(rule.helpUri);
      expect(rule.fullDescription.text.length).toBeGreaterThan(20);
      // The anchor exists: GitHub and npm make `### openai-admin-key` into #openai-admin-key.
      expect(readme).toMatch(new RegExp(`^### \`?${rule.id}\`?$`, 'm'));
    }
    const v = validate(file);
    expect(v.out).not.toMatch(/: error /);
    expect(v.code).toBe(0);
  }, 60_000);

  it('the validator catches a broken file (the check can fail)', () => {
    const file = path.join(tempDir(), 'bad.sarif');
    writeFileSync(file, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ message: {} }] }] }));
    const v = validate(file);
    expect(v.out).toMatch(/error/i);
  }, 60_000);
});
