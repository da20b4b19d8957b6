import { describe, expect, it } from 'vitest';
import { baselineText, entriesOf, parseBaseline } from '../../src/config/baseline.js';
import { applySuppressions } from '../../src/config/suppress.js';
import { fingerprint } from '../../src/detect/fingerprint.js';
import { redact } from '../../src/report/redact.js';
import { exitCodeFor, parseFailOn, type FailOn } from '../../src/run/policy.js';
import { UsageError, type Finding, type Report } from '../../src/types.js';
import { makeKey } from '../helpers/keys.js';

/** The allow-list stage and the exit policy as functions (the CLI's tests cover their flags). */

function keyFinding(file: string, over: Partial<Finding> = {}): Finding {
  const key = makeKey();
  return { ruleId: 'openai-project-key', kind: 'key', severity: 'high', file, line: 1, column: 1, endColumn: key.length + 1, redacted: redact(key, 'sk-proj-'), fingerprint: fingerprint(key), encoding: 'plain', message: 'key', ...over }; // openai-key-scan:allow (a prefix argument, not an assembled key)
}

function riskFinding(file: string, severity: Finding['severity'] = 'medium'): Finding {
  return { ruleId: 'public-env-var', kind: 'risk', severity, file, line: 1, column: 1, endColumn: 2, redacted: 'X', fingerprint: fingerprint(`r\0${file}`), encoding: 'plain', message: 'risk' };
}

function reportOf(findings: Finding[], mode: Report['mode'] = 'tree'): Report {
  return { tool: { name: 'openai-key-scan', version: '0' }, mode, findings, stats: { files: 1, bytes: 1, durationMs: 0, skipped: { binary: 0, tooLarge: 0, unreadable: 0, symlink: 0, special: 0, archive: 0 } }, warnings: [] };
}

describe('parseBaseline', () => {
  it('reads what baselineText writes', () => {
    const entries = entriesOf([keyFinding('b.ts'), keyFinding('a.ts')]);
    expect(parseBaseline(baselineText(entries), 'base.json')).toEqual([...entries].sort((x, y) => x.file.localeCompare(y.file)));
  });

  it.each([
    ['{', /^base\.json: not valid JSON \(.*\): write it with `openai-key-scan baseline`$/],
    ['[]', /^base\.json: not a version 1 baseline/],
    ['{"version":2,"findings":[]}', /^base\.json: not a version 1 baseline/],
    ['{"version":1,"findings":[{"fingerprint":"x","file":"a"}]}', /^base\.json: findings\[0\] needs fingerprint, file and ruleId strings$/],
  ])('refuses %s with a UsageError naming the file', (text, message) => {
    expect(() => parseBaseline(text, 'base.json')).toThrow(UsageError);
    expect(() => parseBaseline(text, 'base.json')).toThrow(message);
  });
});

describe('applySuppressions', () => {
  it('sets apart what ignorePaths, allowFingerprints and the baseline accept, with why; keeps the rest', async () => {
    const [ignored, allowed, baselined, kept] = [keyFinding('vendor/x.js'), keyFinding('a.ts'), keyFinding('b.ts'), keyFinding('c.ts')];
    const out = await applySuppressions(reportOf([ignored, allowed, baselined, kept]), {
      config: { ignorePaths: ['vendor/**'], allowFingerprints: [{ fingerprint: allowed.fingerprint, comment: 'revoked' }] },
      configFile: '.openai-key-scan.json',
      baselineEntries: entriesOf([baselined]),
      baselineFile: '/repo/.openai-key-scan-baseline.json',
      cwd: '/repo',
      complete: false,
    });
    expect(out.findings).toEqual([kept]);
    expect(out.suppressed!.map((f) => [f.file, f.suppressed])).toEqual([
      ['vendor/x.js', { by: 'config', reason: 'ignorePaths in .openai-key-scan.json' }],
      ['a.ts', { by: 'config', reason: 'allowFingerprints in .openai-key-scan.json: revoked' }],
      ['b.ts', { by: 'baseline', reason: '.openai-key-scan-baseline.json' }],
    ]);
    expect(out.stale).toEqual([]);
  });

  it('a baseline entry is for its file and rule: the same key elsewhere is still reported', async () => {
    const f = keyFinding('a.ts');
    const moved = { ...f, file: 'b.ts' };
    const out = await applySuppressions(reportOf([moved]), { config: {}, baselineEntries: entriesOf([f]), baselineFile: 'base.json', cwd: '.', complete: false });
    expect(out.findings).toEqual([moved]);
  });

  it('in a diff, marks a suppression the range itself added (not at the base) as inChange', async () => {
    const [old, added] = [keyFinding('a.ts'), keyFinding('b.ts')];
    const config = { allowFingerprints: [{ fingerprint: old.fingerprint }, { fingerprint: added.fingerprint }] };
    const out = await applySuppressions(reportOf([old, added], 'diff'), {
      config,
      configFile: 'c.json',
      cwd: '.',
      complete: false,
      atBase: { config: { allowFingerprints: [{ fingerprint: old.fingerprint }] }, baseline: undefined },
    });
    expect(out.suppressed!.map((f) => [f.file, f.suppressed?.inChange])).toEqual([
      ['a.ts', false],
      ['b.ts', true],
    ]);
  });

  it('after a complete scan, names entries that match nothing as stale (and only then)', async () => {
    const gone = keyFinding('gone.ts');
    const input = { config: { allowFingerprints: [{ fingerprint: gone.fingerprint, comment: 'old' }] }, configFile: 'c.json', baselineEntries: entriesOf([gone]), baselineFile: 'base.json', cwd: '.' };
    const full = await applySuppressions(reportOf([]), { ...input, complete: true });
    expect(full.stale).toEqual([
      `c.json: allowFingerprints entry ${gone.fingerprint} (old) matches nothing any more: remove it`,
      `base.json: entry ${gone.fingerprint} gone.ts (openai-project-key) matches nothing any more: remove it with --update`,
    ]);
    expect(full.warnings).toEqual(full.stale!.map((s) => ({ code: 'stale-allow', message: `stale: ${s}` })));
    expect((await applySuppressions(reportOf([]), { ...input, complete: false })).stale).toEqual([]);
  });

  it('refuses --update on a partial scan or without a baseline', async () => {
    await expect(applySuppressions(reportOf([]), { config: {}, cwd: '.', complete: true, update: true })).rejects.toThrow(/--update needs --baseline FILE/);
    await expect(applySuppressions(reportOf([]), { config: {}, baselineEntries: [], baselineFile: 'b.json', cwd: '.', complete: false, update: true })).rejects.toThrow(/--update prunes the baseline after a full scan/);
  });
});

describe('exit policy', () => {
  const key = keyFinding('a.ts');
  const live = keyFinding('b.ts', { verification: { status: 'live' }, severity: 'critical' });
  const risk = riskFinding('c.ts', 'medium');
  it.each<[FailOn, string, Finding[], 0 | 1]>([
    ['key', 'a risk', [risk], 0],
    ['key', 'a risk and a key', [risk, key], 1],
    ['live', 'a key', [key], 0],
    ['live', 'a live key', [live], 1],
    ['any', 'a risk', [risk], 1],
    ['none', 'all three', [key, live, risk], 0],
    ['critical', 'a key and a risk', [key, risk], 0],
    ['critical', 'a live key', [live], 1],
    ['high', 'a key', [key], 1],
    ['medium', 'a risk', [risk], 1],
    ['low', 'nothing', [], 0],
  ])('--fail-on %s over %s exits %i', (failOn, _what, findings, code) => {
    expect(exitCodeFor(findings, failOn)).toBe(code);
  });

  it('parseFailOn takes each documented value and refuses others in one line naming where', () => {
    for (const v of ['key', 'live', 'any', 'none', 'critical', 'high', 'medium', 'low']) expect(parseFailOn(v)).toBe(v);
    expect(() => parseFailOn('sometimes', 'failOn in c.json')).toThrow(new UsageError('failOn in c.json: unknown value "sometimes" (use one of key, live, any, none, critical, high, medium, low)'));
  });
});
