/**
 * How many samples each risk rule is tested with, for `openai-key-scan rules`. The samples themselves
 * (risks.samples.ts) stay out of the bundles, whose own scan must stay clean; test/rules/meta.test.ts
 * fails, printing the right numbers, when these drift from them. Key rules carry their samples.
 */
export const RISK_SAMPLE_COUNTS: Record<string, { match: number; noMatch: number }> = {
  'committed-dotenv': { match: 9, noMatch: 14 },
  'public-env-var': { match: 14, noMatch: 11 },
  'browser-sdk': { match: 4, noMatch: 10 },
  'assembled-key': { match: 6, noMatch: 8 },
};
