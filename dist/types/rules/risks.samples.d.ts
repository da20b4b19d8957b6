import type { RiskSample } from '../types.js';
/**
 * What each risk rule (src/rules/risks.ts) must report (`match`) and must not (`noMatch`), by rule
 * id; test/risks/rules.test.ts runs them all and fails for a rule without both. They live beside the
 * rules rather than in them so that the bundles in dist/ hold no risky-looking lines, and each line that
 * looks risky carries an allow comment: the repository's own scan reports no risk but the ones
 * fixtures/webapp is made of.
 * `{{key:…}}` slots are filled with generated keys at test time; a sample's path defaults to
 * src/app.ts and its origin to a file outside git.
 */
export declare const RISK_SAMPLES: Record<string, {
    match: RiskSample[];
    noMatch: RiskSample[];
}>;
