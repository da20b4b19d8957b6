import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { fingerprint } from '../../src/detect/fingerprint.js';
import { excerpt, maskText, redact } from '../../src/report/redact.js';
import { formatReport, FORMATS } from '../../src/report/index.js';
import type { Finding, Report } from '../../src/types.js';
import { makeKey, MARKER } from '../helpers/keys.js';

/**
 * The one door for printing a key (redact, maskText, excerpt) and each reporter over a hand-built
 * report, without spawning: the CLI's tests cover how the formats reach stdout.
 */

/** A key of the real shape from a fixed seed, so a snapshot of the redacted text is stable. */
function seededKey(seed: number, len = 40): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let x = seed;
  const part = () =>
    Array.from({ length: len }, () => {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      return alphabet[x % alphabet.length];
    }).join('');
  return `sk-proj-${part()}${MARKER}${part()}`;
}

describe('redact and maskText', () => {
  it('redact keeps the public prefix and the last four characters, nothing else', () => {
    const key = makeKey('svcacct', 74);
    expect(redact(key, 'sk-svcacct-')).toBe(`sk-svcacct-…${key.slice(-4)}`);
    // A prefix that would leave fewer than five hidden characters is dropped too.
    expect(redact('sk-abcdefgh', 'sk-abcdefg')).toBe('…efgh');
  });

  it.each([
    ['plain', (k: string) => k],
    ['base64', (k: string) => Buffer.from(k).toString('base64')],
    ['hex escapes', (k: string) => [...k].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('')],
    ['unicode escapes', (k: string) => [...k].map((c) => `\\u00${c.charCodeAt(0).toString(16)}`).join('')],
    ['percent-encoded', (k: string) => encodeURIComponent(`=${k}`)],
  ])('maskText replaces a %s key inside any text, and leaves the rest', (_name, encode) => {
    const key = makeKey();
    for (const shift of ['', 'a', 'ab']) {
      const text = `file ${shift}${encode(key)} here`;
      const masked = maskText(text);
      expect(masked).toMatch(/^file .*\[redacted\].* here$/);
      expect(masked).not.toContain(key);
      expect(masked).not.toContain(MARKER);
    }
    expect(maskText('nothing to hide: sk-your-key-here')).toBe('nothing to hide: sk-your-key-here');
  });

  it('excerpt replaces every key on the line, windows a long line, and masks what is left', () => {
    const [a, b] = [makeKey(), makeKey('admin', 58)];
    const line = `${'x'.repeat(5000)} const a = "${a}", b = "${b}"; // ${'y'.repeat(5000)}`;
    const span = (k: string, replacement: string) => ({ column: line.indexOf(k) + 1, endColumn: line.indexOf(k) + 1 + k.length, replacement });
    const spans = [span(a, redact(a, 'sk-proj-')), span(b, redact(b, 'sk-admin-'))];
    const text = excerpt(line, spans, spans[0]!);
    // 40 characters each side of the focus, cut inside the second key, which is replaced all the same.
    expect(text).toBe(`…${'x'.repeat(28)} const a = "${redact(a, 'sk-proj-')}", b = "${redact(b, 'sk-admin-')}…`);
    expect(text).not.toContain(a.slice(8, -4));
  });
});

describe('reporters over a hand-built report', () => {
  const key = seededKey(7);
  const admin = seededKey(11).replace('sk-proj-', 'sk-admin-');
  const line = `const client = new OpenAI({ apiKey: "${key}" });`;
  const at = line.indexOf(key) + 1;
  const keyFinding: Finding = {
    ruleId: 'openai-project-key',
    kind: 'key',
    severity: 'high',
    file: 'src/client.ts',
    line: 3,
    column: at,
    endColumn: at + key.length,
    redacted: redact(key, 'sk-proj-'),
    fingerprint: fingerprint(key),
    encoding: 'plain',
    exposure: ['client-bundle'],
    verification: { status: 'live', organization: 'org-test123' },
    message: 'OpenAI project key in plain text: anyone who can read this file can use it',
    excerpt: excerpt(line, [{ column: at, endColumn: at + key.length, replacement: redact(key, 'sk-proj-') }], { column: at, endColumn: at + key.length, replacement: redact(key, 'sk-proj-') }), // openai-key-scan:allow (a prefix argument, not an assembled key)
  };
  const historyFinding: Finding = {
    ...keyFinding,
    ruleId: 'openai-admin-key',
    severity: 'critical',
    file: 'ops/deploy.sh',
    line: 12,
    commit: 'a'.repeat(40),
    author: 'Test <test@example.test>',
    date: '2026-01-02T03:04:05Z',
    redacted: redact(admin, 'sk-admin-'),
    fingerprint: fingerprint(admin),
    encoding: 'base64',
    verification: undefined,
    exposure: undefined,
    // A message built from outside text: masked where it was made.
    message: maskText(`OpenAI admin key base64-encoded near ${Buffer.from(admin).toString('base64')}`),
    excerpt: undefined,
  };
  const riskFinding: Finding = {
    ruleId: 'committed-dotenv',
    kind: 'risk',
    severity: 'medium',
    // A file name with a control sequence in it: escaped for the terminal.
    file: 'web/\u001b[31m.env',
    line: 1,
    column: 1,
    endColumn: 16,
    redacted: 'OPENAI_API_KEY=…',
    fingerprint: fingerprint('committed-dotenv\0web/.env\0OPENAI_API_KEY=…'),
    encoding: 'plain',
    message: 'a committed .env file sets OPENAI_API_KEY',
  };
  const report: Report = {
    tool: { name: 'openai-key-scan', version: '0.0.0-test' },
    mode: 'tree',
    findings: [keyFinding, historyFinding, riskFinding],
    stats: { files: 3, bytes: 2048, durationMs: 1234, skipped: { binary: 1, tooLarge: 0, symlink: 0, special: 0, unreadable: 0, archive: 0 } },
    warnings: [],
    suppressed: [{ ...keyFinding, file: 'test/fixture.ts', suppressed: { by: 'inline', reason: 'a revoked key' } }],
    stale: ['allowFingerprints: 0123456789abcdef matches nothing'],
  };

  it.each(FORMATS)('%s: no raw key, in any encoding, anywhere in the output', (format) => {
    const out = formatReport(report, format, { color: format === 'text', explain: true });
    for (const k of [key, admin]) {
      expect(out).not.toContain(k);
      expect(out).not.toContain(k.slice(8, -4));
      expect(out).not.toContain(Buffer.from(k).toString('base64').slice(0, 40));
    }
    expect(out).not.toContain(MARKER);
  });

  it('json: the fields of design.md, in order, with no excerpt', () => {
    const json = JSON.parse(formatReport(report, 'json', { color: false }));
    expect(Object.keys(json)).toEqual(['tool', 'mode', 'findings', 'stats', 'suppressed', 'stale']);
    expect(json.findings.map((f: Record<string, unknown>) => Object.keys(f))).toEqual([
      ['ruleId', 'kind', 'severity', 'file', 'line', 'column', 'endColumn', 'redacted', 'fingerprint', 'encoding', 'exposure', 'verification', 'message'],
      ['ruleId', 'kind', 'severity', 'file', 'line', 'column', 'endColumn', 'commit', 'author', 'date', 'redacted', 'fingerprint', 'encoding', 'message'],
      ['ruleId', 'kind', 'severity', 'file', 'line', 'column', 'endColumn', 'redacted', 'fingerprint', 'encoding', 'message'],
    ]);
    expect(json.findings[0]).toMatchObject({ redacted: keyFinding.redacted, fingerprint: keyFinding.fingerprint, column: at, verification: { status: 'live' } });
    expect(json.suppressed[0].suppressed).toEqual({ by: 'inline', reason: 'a revoked key' });
  });

  it('json: a key is in the output only when the finding carries it (--show-secrets)', () => {
    const shown = formatReport({ ...report, findings: [{ ...keyFinding, secret: key }] }, 'json', { color: false });
    expect(JSON.parse(shown).findings[0].secret).toBe(key);
  });

  it('sarif: every rule listed (not only those that fired), results with regions and fingerprints, risks as warnings', () => {
    const sarif = JSON.parse(formatReport(report, 'sarif', { color: false }));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    // Every rule, fired or not (issue 18); each result's ruleIndex points at its own.
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['openai-project-key', 'error'],
      ['openai-admin-key', 'error'],
      ['committed-dotenv', 'warning'],
    ]);
    expect(run.results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: at, endColumn: at + key.length });
    expect(JSON.stringify(run.results[0].partialFingerprints)).toContain(keyFinding.fingerprint);
  });

  it('text: what a person reads (no colour), file names escaped', () => {
    const text = formatReport(report, 'text', { color: false, explain: true });
    expect(text).toContain('web/\\x1b[31m.env');
    expect(text).not.toContain('\u001b');
    expect(text).toMatchSnapshot();
  });
});
