import type { Finding } from '../types.js';
export { resolveBaseUrl, checkBaseUrl, DEFAULT_BASE_URL, BASE_URL_ENV } from './client.js';
export interface VerifySettings {
    baseUrl: string;
    concurrency?: number;
    timeoutMs?: number;
    /** Whole verification, milliseconds. */
    budgetMs?: number;
}
/**
 * Check every distinct key among the findings once (a key found in 20 places costs one request) and
 * set `verification` on each key finding; a live key becomes critical, an invalid one low. Findings
 * need their `secret` (the pipeline's keepSecrets); none is ever dropped because its check failed.
 */
export declare function verifyFindings(findings: Finding[], settings: VerifySettings): Promise<void>;
