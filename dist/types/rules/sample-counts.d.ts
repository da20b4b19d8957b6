/**
 * How many samples each risk rule is tested with, for `openai-key-scan rules`. The samples themselves
 * (risks.samples.ts) stay out of the bundles, whose own scan must stay clean; test/rules/meta.test.ts
 * fails, printing the right numbers, when these drift from them. Key rules carry their samples.
 */
export declare const RISK_SAMPLE_COUNTS: Record<string, {
    match: number;
    noMatch: number;
}>;
