import { describe, expect, it } from 'vitest';
import { materialize } from '../helpers/keys.js';
import { makeRepo, runCli } from '../helpers/repo.js';

describe('fixture project', () => {
  it('finds the keys planted in source, a Kubernetes Secret and a notebook, and nothing in docs or .env.example', () => {
    const repo = makeRepo();
    const planted = materialize('project', repo.dir);
    repo.commit('fixture');
    const r = runCli(['-f', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings as Array<Record<string, unknown>>;
    expect(findings.map((f) => [f.file, f.ruleId, f.encoding, f.line])).toEqual([
      ['k8s/secret.yaml', 'openai-service-account-key', 'base64', 7],
      ['notebooks/demo.ipynb', 'openai-user-key', 'plain', 8],
      ['src/client.ts', 'openai-project-key', 'plain', 4],
    ]);
    for (const keys of planted.values()) for (const k of keys) expect(r.stdout).not.toContain(k);
  });
});
