import { describe, expect, it } from 'vitest';
import { scanHistory, scanStaged, scanTree } from '../../src/run/modes.js';
import { makeRepo } from '../helpers/repo.js';

/** `risks: { id: false }` (what the config file's `risks` map becomes) through every library entry. */
describe('risk rules switched off by id', () => {
  const off = { 'public-env-var': false, 'committed-dotenv': false };
  const risky = 'export const k = process.env.NEXT_PUBLIC_OPENAI_API_KEY;\n'; // openai-key-scan:allow
  const ids = (r: { findings: Array<{ ruleId: string }> }) => r.findings.map((f) => f.ruleId);

  it('tree, staged and history scans honour it', async () => {
    const repo = makeRepo();
    repo.write('a.ts', risky);
    repo.write('.env', 'OPENAI_API_KEY=corp-gateway-token-4d9a1c\n');
    repo.commit('risky');
    repo.write('b.ts', risky);
    repo.git('add', 'b.ts');
    expect(ids(await scanTree({ cwd: repo.dir }))).toEqual(['committed-dotenv', 'public-env-var', 'public-env-var']);
    expect(ids(await scanTree({ cwd: repo.dir, risks: off }))).toEqual([]);
    expect(ids(await scanTree({ cwd: repo.dir, risks: { 'committed-dotenv': false } }))).toEqual(['public-env-var', 'public-env-var']);
    expect(ids(await scanStaged({ cwd: repo.dir }))).toEqual(['public-env-var']);
    expect(ids(await scanStaged({ cwd: repo.dir, risks: off }))).toEqual([]);
    expect(ids(await scanHistory({ cwd: repo.dir }))).toEqual(['committed-dotenv', 'public-env-var']);
    expect(ids(await scanHistory({ cwd: repo.dir, risks: off }))).toEqual([]);
  });
});
