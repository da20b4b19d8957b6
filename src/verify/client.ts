import { UsageError } from '../types.js';
import type { KeyRule, Verification } from '../types.js';
import { fromOutside } from '../report/redact.js';

/**
 * One cheap, read-only, authenticated request per key (design.md "Verification"): GET /v1/models, or
 * GET /v1/organization/admin_api_keys for admin keys. The key travels only in the Authorization
 * header, redirects are never followed, and only a 401 whose error.code is invalid_api_key makes a
 * key `invalid`: calling a live key dead is worse than not checking.
 */

export const DEFAULT_BASE_URL = 'https://api.openai.com';
export const BASE_URL_ENV = 'OPENAI_KEY_SCAN_BASE_URL';

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
export function verifyOptions(baseUrl: string, timeoutMs = 10_000, budgetMs = 120_000): VerifyOptions {
  return { baseUrl, timeoutMs, retries: 2, maxRetryWaitMs: 10_000, deadline: performance.now() + budgetMs };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Where keys may be sent: https anywhere, or plain http to this machine only (tests, local proxies).
 * The only sources are the flag and OPENAI_KEY_SCAN_BASE_URL (never OPENAI_BASE_URL, which apps aim at
 * their own proxies, and never a file in the scanned repository).
 */
export function checkBaseUrl(value: string, source: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${source}: "${value}" is not a URL (example: https://api.openai.com)`);
  }
  if (url.username || url.password) throw new UsageError(`${source}: a verification URL cannot hold credentials`);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return url.href.replace(/\/+$/, '');
  throw new UsageError(`${source}: keys are only sent over https, or plain http to this machine (127.0.0.1, localhost); got ${url.protocol}//${url.host}`);
}

export function resolveBaseUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return checkBaseUrl(flag, '--verify-base-url');
  if (env[BASE_URL_ENV]) return checkBaseUrl(env[BASE_URL_ENV]!, BASE_URL_ENV);
  return DEFAULT_BASE_URL;
}

/** A verification answer or an Admin API page is a few KB (a page of 100 keys, about 40); more is not the API talking. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The body's text, reading at most `max` bytes; undefined when it is larger (the rest is not read). */
export async function readCapped(res: Response, max = MAX_BODY_BYTES): Promise<string | undefined> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

interface ApiError {
  code?: string | null;
  type?: string | null;
  message?: string | null;
}

async function errorOf(res: Response): Promise<ApiError | undefined> {
  try {
    const body = JSON.parse((await readCapped(res)) ?? '') as { error?: ApiError };
    if (!body || typeof body !== 'object' || !body.error || typeof body.error !== 'object') return undefined;
    // What the server says is text from outside: kept short, masked and escaped where it is stored.
    const text = (v: unknown) => (typeof v === 'string' ? fromOutside(v, 100) : undefined);
    return { code: text(body.error.code), type: text(body.error.type), message: text(body.error.message) };
  } catch {
    return undefined;
  }
}

const QUOTA_CODES = new Set(['insufficient_quota', 'billing_hard_limit_reached', 'billing_not_active', 'access_terminated']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Seconds or an HTTP date in Retry-After; OpenAI also sends retry-after-ms. */
function retryAfterMs(res: Response): number | undefined {
  const ms = Number(res.headers.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const h = res.headers.get('retry-after');
  if (!h) return undefined;
  const s = Number(h);
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const at = Date.parse(h);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

/** The organisation and project the API named, masked, escaped and cut like any text from outside. */
function withIds(v: Verification, res: Response): Verification {
  const header = (name: string) => {
    const value = res.headers.get(name);
    return value ? fromOutside(value, 100) : undefined;
  };
  const organization = header('openai-organization');
  const project = header('openai-project');
  return { ...v, ...(organization ? { organization } : {}), ...(project ? { project } : {}) };
}

/** What one response says about the key, or 'retry' for a rate limit. */
async function classify(res: Response): Promise<Verification | 'retry'> {
  const { status } = res;
  if (status === 200) {
    const body = await readCapped(res).catch(() => '');
    if (body === undefined) return { status: 'error', detail: `HTTP 200 with a body larger than ${MAX_BODY_BYTES / 1024} KiB: not read (a proxy or portal in the way?)` };
    try {
      JSON.parse(body);
    } catch {
      return { status: 'error', detail: 'HTTP 200 with a body that is not JSON (a proxy or portal in the way?)' };
    }
    return withIds({ status: 'live', detail: 'the key works: revoke it now' }, res);
  }
  if (status >= 300 && status < 400) return { status: 'error', detail: `HTTP ${status} redirect, not followed` };
  const err = await errorOf(res);
  if (status === 401) {
    if (err?.code === 'invalid_api_key') return { status: 'invalid', detail: 'revoked or never valid' };
    return { status: 'error', detail: `HTTP 401${err?.code ? ` ${err.code}` : ''}: could not tell (IP allow-list, organization membership?)` };
  }
  if (status === 403) {
    if (/insufficient permissions|missing scopes/i.test(err?.message ?? '')) return withIds({ status: 'forbidden', detail: 'the key works but is restricted: still revoke it' }, res);
    return { status: 'error', detail: `HTTP 403${err?.code ? ` ${err.code}` : ''}: could not tell` };
  }
  if (status === 429) {
    if (QUOTA_CODES.has(err?.code ?? '') || QUOTA_CODES.has(err?.type ?? '')) return withIds({ status: 'quota', detail: 'the key works but has no credit: still revoke it' }, res);
    return 'retry';
  }
  return { status: 'error', detail: `HTTP ${status}: could not tell` };
}

/** Check one key. Never throws: anything unexpected is `error`. */
export async function verifyKey(key: string, rule: Pick<KeyRule, 'verifyPath'>, options: VerifyOptions): Promise<Verification> {
  // The rule says which read-only request tells (admin keys cannot list models).
  const url = `${options.baseUrl}${rule.verifyPath}`;
  for (let attempt = 0; ; attempt++) {
    if (performance.now() > options.deadline) return { status: 'error', detail: 'not checked: the verification time budget ran out' };
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'GET',
        headers: { authorization: `Bearer ${key}`, accept: 'application/json', 'user-agent': 'openai-key-scan' },
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (e) {
      const name = (e as Error)?.name;
      const detail = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${options.timeoutMs / 1000} s` : `network error (${(e as { cause?: { code?: string } }).cause?.code ?? name ?? 'unknown'})`;
      return { status: 'error', detail };
    }
    let result: Verification | 'retry';
    try {
      result = await classify(res);
    } catch {
      result = { status: 'error', detail: `HTTP ${res.status} with an unreadable body` };
    }
    if (result !== 'retry') return result;
    const wait = retryAfterMs(res) ?? 1000 * 2 ** attempt;
    if (attempt >= options.retries || wait > options.maxRetryWaitMs || performance.now() + wait > options.deadline) {
      return { status: 'error', detail: 'rate limited (HTTP 429) and retries ran out: could not tell' };
    }
    await sleep(wait);
  }
}
