import { describe, expect, it } from 'vitest';
import { detectKeys } from '../src/detect/index.js';
import { KEY_RULES } from '../src/rules/keys.js';
import { fill, makeKey, SHAPES } from './helpers/keys.js';

/** Every rule's own samples: the test needs no change when a rule or a sample is added. */
describe.each(KEY_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(rule.samples.match)('reports %s', (sample) => {
    const { text, keys } = fill(sample);
    const found = detectKeys(Buffer.from(text)).keys;
    expect(found.map((k) => k.rule.id)).toEqual([rule.id]);
    expect(found.map((k) => k.secret)).toEqual(keys);
  });

  it.each(rule.samples.noMatch)('does not report %s', (sample) => {
    const { text } = fill(sample);
    expect(detectKeys(Buffer.from(text)).keys).toEqual([]);
  });
});

describe('key shapes', () => {
  it.each(SHAPES)('$type with $len-character segments is $ruleId', ({ type, len, ruleId }) => {
    const key = makeKey(type, len);
    const [found, ...rest] = detectKeys(Buffer.from(`x = "${key}"\n`)).keys;
    expect(rest).toEqual([]);
    expect(found?.rule.id).toBe(ruleId);
    expect(found?.secret).toBe(key);
  });

  it.each([20, 21, 33, 46, 58, 74, 99, 100])('accepts any equal segment length (%i)', (len) => {
    const key = makeKey('proj', len);
    expect(detectKeys(Buffer.from(key)).keys.map((k) => k.secret)).toEqual([key]);
  });

  it.each([19, 101, 150])('rejects segment length %i', (len) => {
    expect(detectKeys(Buffer.from(makeKey('proj', len))).keys).toEqual([]);
  });

  it.each([',', ')', '&', '<', '\\"', '\\n', "'", '`', ';', ' ', '\t', '}', ']', '|', '.', ':', '/', '#'])(
    'ends a key at %j, whatever follows',
    (after) => {
      const key = makeKey('proj', 74);
      expect(detectKeys(Buffer.from(`f(${key}${after}rest)`)).keys.map((k) => k.secret)).toEqual([key]);
    },
  );

  it('bounds a key by key characters on either side, not by a list', () => {
    const key = makeKey('proj', 74);
    expect(detectKeys(Buffer.from(`a${key}`)).keys).toEqual([]);
    expect(detectKeys(Buffer.from(`${key}-`)).keys).toEqual([]);
    expect(detectKeys(Buffer.from(`_${key}`)).keys).toEqual([]);
  });
});
