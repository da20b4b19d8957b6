import type { KeyRule, Rule } from '../types.js';
/** Every rule, keys first; the order of `rules`, SARIF's `tool.driver.rules` and the README. */
export declare const RULES: readonly Rule[];
/**
 * Where the README is read by people who installed the package. Each rule's `docs` is an anchor in
 * it (a `### <rule id>` heading in "Rules"; test/rules/meta.test.ts checks that each exists).
 */
export declare const README_URL = "https://www.npmjs.com/package/openai-key-scan";
export declare function docsUrl(rule: Rule): string;
export declare function ruleById(id: string): Rule | undefined;
/** The key rule a key finding came from; the verifier asks it which request to make. */
export declare function keyRule(id: string): KeyRule | undefined;
