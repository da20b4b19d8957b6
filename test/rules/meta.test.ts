import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKeys } from '../../src/detect/index.js';
import { docsUrl, keyRule, README_URL, RULES } from '../../src/rules/index.js';
import { KEY_RULES } from '../../src/rules/keys.js';
import { RISK_SAMPLE_COUNTS } from '../../src/rules/sample-counts.js';
import { RISK_SAMPLES } from '../../src/rules/risks.samples.js';
import { makeKey } from '../helpers/keys.js';
import { runCli, tempDir } from '../helpers/repo.js';

/** Rules describe themselves (style.md habit 16), and `openai-key-scan rules` says what they say. */

const README = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('rule metadata', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s has a title, description and a README section of its own', (id, rule) => {
    expect(rule.title.length).toBeGreaterThan(5);
    expect(rule.description.length).toBeGreaterThan(40);
    expect(rule.docs).toBe(id);
    expect(docsUrl(rule)).toBe(`${README_URL}#${id}`);
    expect(README).toMatch(new RegExp(`^### ${id}$`, 'm'));
    if (rule.kind === 'risk') expect(rule.fix.length).toBeGreaterThan(20);
    else for (const shape of rule.shapes) expect(shape.prefix.test(shape.text.replace('<name>', 'my-service'))).toBe(true);
  });

  it('verification requests come from the rule: admin keys ask the admin endpoint', () => {
    const found = (key: string) => detectKeys(Buffer.from(key)).keys[0]!.rule;
    expect(found(makeKey('admin', 58)).verifyPath).toBe('/v1/organization/admin_api_keys?limit=1');
    for (const type of ['proj', 'svcacct', 'legacy', 'none'] as const) expect(found(makeKey(type, type === 'legacy' ? 20 : 74)).verifyPath).toBe('/v1/models');
    expect(keyRule('committed-dotenv')).toBeUndefined();
  });

  it('the risk sample counts that `rules` reports are the samples the tests run', () => {
    const actual = Object.fromEntries(Object.entries(RISK_SAMPLES).map(([id, s]) => [id, { match: s.match.length, noMatch: s.noMatch.length }]));
    // On failure: copy `actual` into src/rules/sample-counts.ts.
    expect(RISK_SAMPLE_COUNTS).toEqual(actual);
  });
});

describe('openai-key-scan rules', () => {
  it('--format json lists every rule with its shapes, docs link and sample counts', () => {
    const r = runCli(['rules', '--format', 'json'], { cwd: tempDir() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.tool.name).toBe('openai-key-scan');
    expect(out.rules.map((x: { id: string }) => x.id)).toEqual(RULES.map((x) => x.id));
    for (const rule of out.rules) {
      expect(rule).toMatchObject({ kind: expect.stringMatching(/^(key|risk)$/), title: expect.any(String), severity: expect.stringMatching(/^(critical|high|medium|low)$/), docs: `${README_URL}#${rule.id}` });
      const samples = rule.kind === 'key' ? KEY_RULES.find((k) => k.id === rule.id)!.samples : RISK_SAMPLES[rule.id]!;
      expect(rule.samples).toEqual({ match: samples.match.length, noMatch: samples.noMatch.length });
      expect(rule.samples.match).toBeGreaterThan(0);
      expect(rule.samples.noMatch).toBeGreaterThan(0);
    }
    const admin = out.rules.find((x: { id: string }) => x.id === 'openai-admin-key');
    expect(admin).toMatchObject({
      severity: 'critical',
      shapes: [{ prefix: 'sk-admin-', alphabet: 'base64url', segmentsSeen: [58], segmentsAccepted: { min: 20, max: 100, equal: true } }],
      verification: { method: 'GET', path: '/v1/organization/admin_api_keys?limit=1' },
    });
    const svc = out.rules.find((x: { id: string }) => x.id === 'openai-service-account-key');
    expect(svc.shapes.map((s: { prefix: string }) => s.prefix)).toEqual(['sk-svcacct-', 'sk-<name>-']);
    expect(out.rules.find((x: { id: string }) => x.id === 'browser-sdk')).toMatchObject({ kind: 'risk', fix: expect.stringMatching(/server route/) });
  });

  it('text lists each rule on a line of its own, with its shapes and docs link', () => {
    const r = runCli(['rules'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    for (const rule of RULES) {
      expect(r.stdout).toMatch(new RegExp(`^${rule.id} +${rule.kind} +${rule.severity} +${rule.title.replace(/[.]/g, '\\.')}$`, 'm'));
      expect(r.stdout).toContain(docsUrl(rule));
    }
    expect(r.stdout).toMatch(/^ {4}sk-proj- \+ segment \+ marker \+ segment of the same length \(base64url; seen: 20, 58, 74; accepted: 20-100\)$/m);
    expect(r.stdout).toMatch(/verified with GET \/v1\/organization\/admin_api_keys\?limit=1/);
  });

  it('refuses an unknown format', () => {
    const r = runCli(['rules', '--format', 'xml'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
