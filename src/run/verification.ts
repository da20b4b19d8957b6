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
export async function verifySettings(choice: VerifyChoice): Promise<{ baseUrl: string; concurrency: number; timeoutMs: number }> {
  const { resolveBaseUrl } = await import('../verify/index.js');
  const { UsageError } = await import('../types.js');
  const concurrency = choice.concurrency ?? 4;
  const timeout = choice.timeoutSeconds ?? 10;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError(`--verify-concurrency: give a whole number from 1 to 64 (got ${String(concurrency)})`);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600) throw new UsageError(`--verify-timeout: give a number of seconds above 0 and at most 600 (got ${String(timeout)})`);
  return { baseUrl: resolveBaseUrl(choice.baseUrl), concurrency, timeoutMs: timeout * 1000 };
}

/** The verifier a run checks keys with as findings come (verify/index.ts keyVerifier). */
export async function keyVerifierFor(settings: { baseUrl: string; concurrency: number; timeoutMs: number }): Promise<KeyVerifier> {
  const { keyVerifier } = await import('../verify/index.js');
  return keyVerifier(settings);
}
