import type { KeyRule, Verification } from '../types.js';
/**
 * One cheap, read-only, authenticated request per key (design.md "Verification"): GET /v1/models, or
 * GET /v1/organization/admin_api_keys for admin keys. The key travels only in the Authorization
 * header, redirects are never followed, and only a 401 whose error.code is invalid_api_key makes a
 * key `invalid`: calling a live key dead is worse than not checking.
 */
export declare const DEFAULT_BASE_URL = "https://api.openai.com";
export declare const BASE_URL_ENV = "OPENAI_KEY_SCAN_BASE_URL";
export interface VerifyOptions {
    baseUrl: string;
    /** Per request, milliseconds. */
    timeoutMs: number;
    /** How many times a rate-limited (429, not quota) request is retried. */
    retries: number;
    /** Longest wait for one Retry-After, milliseconds. */
    maxRetryWaitMs: number;
    /** Absolute deadline (performance.now()) after which no request starts. */
    deadline: number;
}
/** The limits every check runs under: 10 s a request, two retries of a rate limit, each wait at most 10 s. */
export declare function verifyOptions(baseUrl: string, timeoutMs?: number, budgetMs?: number): VerifyOptions;
/**
 * Where keys may be sent: https anywhere, or plain http to this machine only (tests, local proxies).
 * The only sources are the flag and OPENAI_KEY_SCAN_BASE_URL (never OPENAI_BASE_URL, which apps aim at
 * their own proxies, and never a file in the scanned repository).
 */
export declare function checkBaseUrl(value: string, source: string): string;
export declare function resolveBaseUrl(flag: string | undefined, env?: NodeJS.ProcessEnv): string;
/** A verification answer or an Admin API page is a few KB (a page of 100 keys, about 40); more is not the API talking. */
export declare const MAX_BODY_BYTES: number;
/** The body's text, reading at most `max` bytes; undefined when it is larger (the rest is not read). */
export declare function readCapped(res: Response, max?: number): Promise<string | undefined>;
/** Check one key. Never throws: anything unexpected is `error`. */
export declare function verifyKey(key: string, rule: Pick<KeyRule, 'verifyPath'>, options: VerifyOptions): Promise<Verification>;
