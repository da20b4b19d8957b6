import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, validateConfig } from '../../src/config/file.js';
import { RISK_RULES } from '../../src/rules/risks.js';
import { FAIL_ON_VALUES } from '../../src/run/policy.js';
import { UsageError } from '../../src/types.js';

/** config.schema.json (for editors and `$schema`) and validateConfig (what the scanner obeys) agree. */

const SCHEMA = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../src/config/config.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
const schemaAccepts = ajv.compile(SCHEMA);

function validatorAccepts(config: unknown): boolean {
  try {
    validateConfig(config, '.openai-key-scan.json');
    return true;
  } catch (e) {
    if (e instanceof UsageError) return false;
    throw e;
  }
}

const VALID: unknown[] = [
  {},
  { $schema: './node_modules/openai-key-scan/dist/config.schema.json' },
  { comment: 'owned by the platform team' },
  { ignorePaths: ['test/fixtures', 'docs/**/*.md'] },
  { allowFingerprints: [{ fingerprint: '9c1f0e2b7a4d3e11', comment: 'revoked 2026-01-02' }, { fingerprint: '0123456789abcdef' }] },
  ...FAIL_ON_VALUES.map((failOn) => ({ failOn })),
  { risks: { 'committed-dotenv': false, 'public-env-var': true, 'browser-sdk': false } },
  { risks: {} },
  { maxFileSize: '50MB' },
  { maxFileSize: '512k' },
  { maxFileSize: ' 1.5 gb ' },
  { maxFileSize: '1048576' },
  { maxFileSize: 1048576 },
  {
    $schema: 'https://example.test/config.schema.json',
    ignorePaths: ['vendor'],
    allowFingerprints: [],
    failOn: 'high',
    risks: { 'browser-sdk': false },
    maxFileSize: '10MB',
  },
];

const INVALID: unknown[] = [
  null,
  [],
  'ignorePaths',
  42,
  { unknown: true },
  { verifyBaseUrl: 'https://evil.test' },
  { baseUrl: 'https://evil.test' },
  { endpoint: 'https://evil.test' },
  { $schema: 42 },
  { comment: ['a', 'b'] },
  { ignorePaths: 'test/fixtures' },
  { ignorePaths: [''] },
  { ignorePaths: [1] },
  { allowFingerprints: {} },
  { allowFingerprints: ['9c1f0e2b7a4d3e11'] },
  { allowFingerprints: [{ fingerprint: '9C1F0E2B7A4D3E11' }] },
  { allowFingerprints: [{ fingerprint: '9c1f0e2b7a4d3e1' }] },
  { allowFingerprints: [{ comment: 'no fingerprint' }] },
  { allowFingerprints: [{ fingerprint: '9c1f0e2b7a4d3e11', file: 'a.ts' }] },
  { allowFingerprints: [{ fingerprint: '9c1f0e2b7a4d3e11', comment: 1 }] },
  { allowFingerprints: [null] },
  { failOn: 'never' },
  { failOn: 'KEY' },
  { failOn: 1 },
  { risks: { 'not-a-rule': false } },
  { risks: { 'browser-sdk': 'off' } },
  { risks: ['browser-sdk'] },
  { risks: null },
  { maxFileSize: '50 potatoes' },
  { maxFileSize: 'big' },
  { maxFileSize: -1 },
  { maxFileSize: 0 },
  { maxFileSize: true },
  { maxFileSize: null },
];

describe('config.schema.json and validateConfig', () => {
  it.each(VALID.map((c) => [JSON.stringify(c), c]))('both accept %s', (_name, config) => {
    expect(schemaAccepts(config), JSON.stringify(schemaAccepts.errors)).toBe(true);
    expect(validatorAccepts(config)).toBe(true);
  });

  it.each(INVALID.map((c) => [JSON.stringify(c), c]))('both refuse %s', (_name, config) => {
    expect(schemaAccepts(config)).toBe(false);
    expect(validatorAccepts(config)).toBe(false);
  });

  it('names exactly the fail-on values and risk rules the scanner has', () => {
    expect(SCHEMA.properties.failOn.enum).toEqual([...FAIL_ON_VALUES]);
    expect(SCHEMA.properties.risks.propertyNames.enum).toEqual(RISK_RULES.map((r) => r.id));
  });

  it('lists every key the validator knows, and no other', () => {
    // A key the schema lacks is one an editor flags as an error while the scanner obeys it.
    expect(Object.keys(SCHEMA.properties).sort()).toEqual([...CONFIG_KEYS].sort());
    for (const key of Object.keys(SCHEMA.properties)) {
      const sample = VALID.find((c) => c && typeof c === 'object' && key in c);
      expect(sample, `no valid sample sets ${key}`).toBeDefined();
    }
  });
});
