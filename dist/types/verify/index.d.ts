import type { Finding } from '../types.js';
export { resolveBaseUrl, checkBaseUrl, DEFAULT_BASE_URL, BASE_URL_ENV } from './client.js';
export interface VerifySettings {
    baseUrl: string;
    concurrency?: number;
    timeoutMs?: number;
    /** Whole verification, milliseconds. */
    budgetMs?: number;
}
export interface KeyVerifier {
    /** Check the finding's key (once per distinct key in the run) and set its `verification`; resolves when it is set. */
    verify(finding: Finding): Promise<void>;
    /** The scan has ended: the time budget runs from now. */
    scanned(): void;
}
/**
 * Verification as findings come: every distinct key is checked once (a key found in 20 places costs
 * one request), at most `concurrency` at a time, in the order keys first come; a finding whose key is
 * already being checked waits for that answer. A live key becomes critical, an invalid one low.
 * Findings need their `secret` (the pipeline's keepSecrets); none is ever dropped because its check
 * failed. The time budget counts from the end of the scan, as if every check had waited for it: a
 * check made while the scan still runs costs the budget nothing.
 */
export declare function keyVerifier(settings: VerifySettings): KeyVerifier;
/** Check every key among the findings (a finished scan's): see keyVerifier. */
export declare function verifyFindings(findings: Finding[], settings: VerifySettings): Promise<void>;
