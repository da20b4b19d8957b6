import type { KeyRule, Rule } from '../types.js';
import { KEY_RULES } from './keys.js';
import { RISK_RULES } from './risks.js';

/** Every rule, keys first; the order of `rules`, SARIF's `tool.driver.rules` and the README. */
export const RULES: readonly Rule[] = [...KEY_RULES, ...RISK_RULES];

/**
 * Where the README is read by people who installed the package. Each rule's `docs` is an anchor in
 * it (a `### <rule id>` heading in "Rules"; test/rules/meta.test.ts checks that each exists).
 */
export const README_URL = 'https://www.npmjs.com/package/openai-key-scan';

export function docsUrl(rule: Rule): string {
  return `${README_URL}#${rule.docs}`;
}

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** The key rule a key finding came from; the verifier asks it which request to make. */
export function keyRule(id: string): KeyRule | undefined {
  const rule = BY_ID.get(id);
  return rule?.kind === 'key' ? rule : undefined;
}
