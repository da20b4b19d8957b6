import { describe, expect, it } from 'vitest';
import { detectRisks, inComment, risksFor } from '../../src/detect/risks.js';
import { textView } from '../../src/detect/text.js';
import { isDotenv, isDotenvTemplate, isPlaceholderValue, isSecretName, PUBLIC_PREFIXES, RISK_RULES } from '../../src/rules/risks.js';
import { RISK_SAMPLES } from '../../src/rules/risks.samples.js';
import type { Origin, RiskSample } from '../../src/types.js';
import { processFragment } from '../../src/run/fragment.js';
import { newTally } from '../../src/run/tally.js';
import { work } from '../../src/detect/work.js';
import { fill, MARKER } from '../helpers/keys.js';

const DEFAULT_PATH = 'src/app.ts';

function run(sample: RiskSample, only?: string) {
  const s = typeof sample === 'string' ? { text: sample } : sample;
  const path = s.path ?? DEFAULT_PATH;
  const origin: Origin = s.origin ?? { kind: 'tree' };
  const { text, keys } = fill(s.text);
  const rules = risksFor(path, origin).filter((r) => !only || r.id === only);
  return { risks: detectRisks(textView(Buffer.from(text))!, path, rules), keys, text };
}

const label = (s: RiskSample) => (typeof s === 'string' ? s : `${s.path ?? DEFAULT_PATH}: ${s.text.split('\n').join('⏎')}${s.origin ? ` (${JSON.stringify(s.origin)})` : ''}`);

/** Every risk rule's own samples: adding a rule or a sample needs no change here. */
describe.each(RISK_RULES.map((r) => [r.id, RISK_SAMPLES[r.id] ?? { match: [], noMatch: [] }] as const))('%s', (id, samples) => {
  it.each(samples.match.map((s) => [label(s), s] as const))('reports %s', (_l, sample) => {
    const { risks, keys } = run(sample, id);
    expect(risks.map((r) => r.rule.id)).toEqual([id]);
    const [r] = risks;
    expect(r!.message.length).toBeGreaterThan(40);
    // What a finding shows never holds a key or an assigned value.
    for (const k of keys) {
      expect(r!.shown).not.toContain(k.slice(12, 40));
      expect(r!.excerpt).not.toContain(k.slice(12, 40));
    }
  });

  it.each(samples.noMatch.map((s) => [label(s), s] as const))('does not report %s', (_l, sample) => {
    expect(run(sample, id).risks).toEqual([]);
  });

  it('has positive and negative samples', () => {
    expect(samples.match.length).toBeGreaterThan(2);
    expect(samples.noMatch.length).toBeGreaterThan(2);
  });
});

it('every sample set belongs to a rule', () => {
  expect(Object.keys(RISK_SAMPLES).sort()).toEqual(RISK_RULES.map((r) => r.id).sort());
});

describe('public-env-var', () => {
  it.each(Object.entries(PUBLIC_PREFIXES))('names the framework behind %s (%s)', (prefix, framework) => {
    const { risks } = run(`const k = process.env.${prefix}OPENAI_API_KEY;`, 'public-env-var');
    expect(risks).toHaveLength(1);
    expect(risks[0]!.message).toContain(framework);
    expect(risks[0]!.shown).toBe(`${prefix}OPENAI_API_KEY`);
  });

  it('reports each place once, with its column', () => {
    const { risks } = run('a = process.env.NEXT_PUBLIC_OPENAI_API_KEY; b = process.env.NEXT_PUBLIC_OPENAI_API_KEY;\nc = 1', 'public-env-var'); // openai-key-scan:allow
    expect(risks.map((r) => [r.line, r.column])).toEqual([
      [1, 17],
      [1, 61],
    ]);
  });

  it('shows the variable with its value cut out', () => {
    const { risks, keys } = run({ path: '.env.production', text: 'VITE_OPENAI_API_KEY={{key:proj:74}}' }, 'public-env-var'); // openai-key-scan:allow
    expect(risks[0]!.shown).toBe('VITE_OPENAI_API_KEY=…'); // openai-key-scan:allow
    expect(risks[0]!.excerpt).not.toContain(keys[0]!.slice(-20));
  });
});

describe('committed-dotenv', () => {
  it('says how to untrack, ignore and rotate', () => {
    const { risks } = run({ path: 'web/.env.local', text: 'OPENAI_API_KEY={{key:proj:74}}' }, 'committed-dotenv');
    expect(risks[0]!.message).toContain('git rm --cached .env.local');
    expect(risks[0]!.message).toContain('.gitignore');
    expect(risks[0]!.message).toContain('rotate');
    expect(risks[0]!.shown).toBe('OPENAI_API_KEY=…');
  });

  it.each(['.env', '.env.local', 'a/b/.env.production', '.env.development.local'])('%s is a .env file', (p) => {
    expect(isDotenv(p)).toBe(true);
  });
  it.each(['env.ts', '.envrc', 'src/.environment', 'x.env.ts'])('%s is not', (p) => {
    expect(isDotenv(p)).toBe(false);
  });
  it.each(['.env.example', '.env.sample', '.env.template', '.env.dist', '.env.local.example'])('%s is a template', (p) => {
    expect(isDotenvTemplate(p)).toBe(true);
  });
  it.each([
    ['', true],
    ['""', true],
    ['sk-...', true],
    ['sk-proj-xxxxxxxxxxxxxxxx', true],
    ['<your-key>', true],
    ['${OPENAI_API_KEY}', true],
    ['$OPENAI_KEY', true],
    ['"{{ openai_api_key }}"', true],
    ['${{ secrets.OPENAI_API_KEY }}', true],
    ['"a-real-looking-value-123" # comment', false],
    ['a-real-looking-value-123', false],
    [`sk-proj-${'Ab1'.repeat(6)}xxx${MARKER}${'Ab1'.repeat(6)}TODO`, false],
  ])('value %j is a placeholder: %s', (v, yes) => {
    expect(isPlaceholderValue(v)).toBe(yes);
  });
  it.each([
    ['OPENAI_API_KEY', true],
    ['OPENAI_ADMIN_KEY', true],
    ['OPENAI_SECRET', true],
    ['OPENAI_MAX_TOKENS', false],
    ['OPENAI_MODEL', false],
    ['OPENAI_ORG_ID', false],
  ])('%s names a secret: %s', (n, yes) => {
    expect(isSecretName(n)).toBe(yes);
  });
});

describe('matcher', () => {
  it.each([
    ['// x', true],
    ['  # x', true],
    [' * x', true],
    ['a = 1; // x', true],
    ['/* x', true],
    ['<!-- x', true],
    ['a /* b */ c ', false],
    ['const url = "https://x"; ', false],
    ['color: #fff; ', false],
    ['const a = ', false],
  ])('%j is in a comment: %s', (before, yes) => {
    expect(inComment(before)).toBe(yes);
  });

  it('honours risks: { id: false }', () => {
    const path = '.env';
    expect(risksFor(path, { kind: 'tree' }).map((r) => r.id)).toContain('committed-dotenv');
    expect(risksFor(path, { kind: 'tree' }, { 'committed-dotenv': false }).map((r) => r.id)).not.toContain('committed-dotenv');
    expect(risksFor(path, { kind: 'tree' }, { 'browser-sdk': false }).map((r) => r.id)).toContain('committed-dotenv');
  });

  it('without a risk literal in the prefilter pass, only a rule that searches on its own is kept', () => {
    const none = new Map<string, number[]>();
    const ids = (path: string, hits?: Map<string, number[]>) => risksFor(path, { kind: 'tree' }, undefined, hits).map((r) => r.id);
    expect(ids('src/app.ts')).toEqual(['public-env-var', 'browser-sdk', 'assembled-key']);
    expect(ids('src/app.ts', none)).toEqual([]);
    expect(ids('src/app.ts', new Map([['AllowBrowser', [10]]]))).toEqual(['public-env-var', 'browser-sdk', 'assembled-key']);
    // committed-dotenv looks for `OPENAI_` itself (seven bytes, shorter than the prefilter's window).
    expect(ids('.env', none)).toEqual(['committed-dotenv']);
    // Same findings either way: a .env file with a key variable and no prefiltered literal.
    const view = textView(Buffer.from('OPENAI_API_KEY=s3cr3t-value-2024\n'))!;
    const all = detectRisks(view, '.env', risksFor('.env', { kind: 'tree' }), undefined, undefined, none);
    expect(all.map((r) => r.rule.id)).toEqual(['committed-dotenv']);
    expect(detectRisks(view, '.env', risksFor('.env', { kind: 'tree' }, undefined, none), undefined, undefined, none)).toEqual(all);
  });

  it('looks only around each literal on a multi-megabyte minified line', () => {
    const filler = 'a=1;'.repeat(1_000_000);
    const text = `import "openai";${filler}const c=new Qe({dangerouslyAllowBrowser:!0});${filler}process.env.VITE_OPENAI_API_KEY`; // openai-key-scan:allow
    const before = { ...work };
    const risks = detectRisks(textView(Buffer.from(text))!, 'dist/assets/index.js', risksFor('dist/assets/index.js', { kind: 'tree' }));
    expect(risks.map((r) => [r.rule.id, r.line, r.column])).toEqual([
      ['browser-sdk', 1, 16 + 4_000_000 + 17],
      ['public-env-var', 1, 16 + 8_000_000 + 46 + 12],
    ]);
    expect(risks[0]!.excerpt.length).toBeLessThan(200);
    // Each regex reads the 256 bytes each side of its literal, not the 8 MB line; placing the two
    // finds reads the line up to them (from its start for each, as they come out of order) and the
    // allow check reads it once.
    expect(work.around - before.around).toBeLessThan(4 * 1024);
    expect(work.lines - before.lines).toBeLessThanOrEqual(3 * text.length);
  });

  it('marks a risk an inline allow covers (same line, or allow-next-line above), with its reason', () => {
    const fragment = (text: string, lineMap?: number[]) => ({ path: 'src/a.ts', content: Buffer.from(text), origin: { kind: 'tree' as const }, ...(lineMap ? { lineMap } : {}) });
    const findings = (text: string, lineMap?: number[], noInlineAllow = false) => {
      const tally = newTally();
      processFragment(fragment(text, lineMap), { noInlineAllow }, tally);
      return tally.findings.map((f) => [f.line, f.suppressed ?? null]);
    };
    const same = 'const k = process.env.VITE_OPENAI_API_KEY; // openai-key-scan:allow demo only'; // openai-key-scan:allow
    expect(findings(same)).toEqual([[1, { by: 'inline', reason: 'demo only' }]]);
    expect(findings(same, undefined, true)).toEqual([[1, null]]);
    // openai-key-scan:allow-next-line (this file's own scan: the sample below holds two risky places)
    const next = '// openai-key-scan:allow-next-line\nconst k = process.env.VITE_OPENAI_API_KEY;\nconst j = process.env.VITE_OPENAI_API_KEY;';
    expect(findings(next)).toEqual([
      [2, { by: 'inline' }],
      [3, null],
    ]);
    // In a diff the line above is only the previous line when the file's lines are adjacent.
    expect(findings(next, [4, 9, 10])).toEqual([
      [9, null],
      [10, null],
    ]);
  });

  it('locates matches in UTF-16 files and after multi-byte characters', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('x\nconst k = process.env.VITE_OPENAI_API_KEY\n', 'utf16le')]); // openai-key-scan:allow
    const a = detectRisks(textView(utf16)!, 'a.ts', risksFor('a.ts', { kind: 'tree' }));
    expect(a.map((r) => [r.line, r.column])).toEqual([[2, 23]]);
    const b = detectRisks(textView(Buffer.from('const é = "ü"; const k = process.env.VITE_OPENAI_API_KEY'))!, 'a.ts', risksFor('a.ts', { kind: 'tree' })); // openai-key-scan:allow
    expect(b.map((r) => [r.line, r.column])).toEqual([[1, 38]]);
  });
});
