import type { KeyVerifier } from '../verify/index.js';
/** --verify (design.md "Verification"): one request per distinct key, bounded. Without it, no network at all. */
export interface VerifyChoice {
    /** https, or http to loopback; default OPENAI_KEY_SCAN_BASE_URL, else https://api.openai.com. */
    baseUrl?: string;
    /** Requests at once (1 to 64; default 4). */
    concurrency?: number;
    /** Seconds per request (default 10). */
    timeoutSeconds?: number;
}
/** The settings as the client takes them; a bad value is a usage error before anything is scanned. */
export declare function verifySettings(choice: VerifyChoice): Promise<{
    baseUrl: string;
    concurrency: number;
    timeoutMs: number;
}>;
/** The verifier a run checks keys with as findings come (verify/index.ts keyVerifier). */
export declare function keyVerifierFor(settings: {
    baseUrl: string;
    concurrency: number;
    timeoutMs: number;
}): Promise<KeyVerifier>;
