import { maskText } from '../report/redact.js';
import { printable } from '../report/text.js';
import { MAX_BODY_BYTES, readCapped } from '../verify/client.js';

/**
 * The few Admin API calls revocation needs (design.md "Revocation"), on plain fetch: list a project's
 * keys (every page), delete one, the same for admin keys. The admin key travels only in the
 * Authorization header, to the base URL verification uses; redirects are never followed; every body
 * read is capped; nothing from a response reaches output unmasked.
 */

/** 100 keys a page: 200 pages is 20,000 keys in one project, far past any real one; a server that pages forever stops here. */
export const MAX_PAGES = 200;

export interface KeyOwner {
  type: 'user' | 'service_account' | string;
  /** The user's e-mail or name, or the service account's name; server text, masked and escaped. */
  name?: string;
  id?: string;
}

/** One entry of a project's (or the organisation's admin) key list; strings are masked and escaped. */
export interface ApiKeyEntry {
  id: string;
  name?: string;
  redactedValue: string;
  /** ISO dates (the API gives Unix seconds). */
  createdAt?: string;
  lastUsedAt?: string;
  owner?: KeyOwner;
}

/** An Admin API call that did not do its job; `status` 0 for a network failure or an unreadable answer. */
export class AdminApiError extends Error {
  override readonly name = 'AdminApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface AdminClientOptions {
  baseUrl: string;
  adminKey: string;
  timeoutMs?: number;
}

interface Answer {
  status: number;
  organization?: string;
  body: unknown;
}

/** Server text made safe to print: keys masked, control characters escaped, length bounded. */
export function serverText(value: unknown, max = 200): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const s = printable(maskText(value));
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** The body as JSON, reading at most MAX_BODY_BYTES; undefined when empty or not JSON. */
async function cappedJson(res: Response): Promise<unknown> {
  const text = await readCapped(res);
  if (text === undefined) throw new AdminApiError(0, `HTTP ${res.status} with a body larger than ${MAX_BODY_BYTES / 1024} KiB: not read`);
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isoOf(seconds: unknown): string | undefined {
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : undefined;
}

function ownerOf(raw: unknown): KeyOwner | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const o = raw as Record<string, unknown>;
  const type = typeof o.type === 'string' ? o.type : 'unknown';
  const inner = (o[type] ?? o.user ?? o.service_account) as Record<string, unknown> | undefined;
  const name = serverText(inner?.email) ?? serverText(inner?.name);
  const id = serverText(inner?.id, 80);
  return { type: serverText(type, 40) ?? 'unknown', ...(name ? { name } : {}), ...(id ? { id } : {}) };
}

/** An entry as the API lists it; undefined when it lacks an id or a redacted value (it cannot be matched). */
export function entryOf(raw: unknown): ApiKeyEntry | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const e = raw as Record<string, unknown>;
  if (typeof e.id !== 'string' || !e.id || typeof e.redacted_value !== 'string') return undefined;
  const name = serverText(e.name);
  const createdAt = isoOf(e.created_at);
  const lastUsedAt = isoOf(e.last_used_at);
  const owner = ownerOf(e.owner);
  return {
    id: e.id,
    redactedValue: e.redacted_value,
    ...(name ? { name } : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(lastUsedAt ? { lastUsedAt } : {}),
    ...(owner ? { owner } : {}),
  };
}

/** Ids go into URL paths: only the characters OpenAI's ids use. */
function pathId(id: string, what: string): string {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(id)) throw new AdminApiError(0, `the ${what} id the server gave is not an id OpenAI uses: not sent`);
  return id;
}

export class AdminClient {
  private readonly timeoutMs: number;
  constructor(private readonly options: AdminClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  private async call(method: 'GET' | 'DELETE', path: string): Promise<Answer> {
    let res: Response;
    try {
      res = await fetch(`${this.options.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.options.adminKey}`, accept: 'application/json', 'user-agent': 'openai-key-scan' },
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      const name = (e as Error)?.name;
      throw new AdminApiError(0, name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${this.timeoutMs / 1000} s` : `network error (${(e as { cause?: { code?: string } }).cause?.code ?? name ?? 'unknown'})`);
    }
    const organization = res.headers.get('openai-organization') ?? undefined;
    const body = await cappedJson(res);
    return { status: res.status, ...(organization ? { organization: serverText(organization, 80) } : {}), body };
  }

  /** An error for a non-2xx answer: the status, OpenAI's error code, a masked message. */
  private failure(answer: Answer, what: string): AdminApiError {
    const err = (answer.body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    const code = serverText(err?.code, 60);
    const message = serverText(err?.message);
    const why = answer.status >= 300 && answer.status < 400 ? 'a redirect, not followed' : message ?? 'no error message';
    return new AdminApiError(answer.status, `${what}: HTTP ${answer.status}${code ? ` ${code}` : ''} (${why})`, code);
  }

  /**
   * Which organisation the admin key belongs to, from the `openai-organization` header of the
   * cheapest admin call; throws a 401 or 403 AdminApiError when the key is not a working admin key.
   */
  async organization(): Promise<string | undefined> {
    const answer = await this.call('GET', '/v1/organization/admin_api_keys?limit=1');
    if (answer.status !== 200) throw this.failure(answer, 'checking OPENAI_ADMIN_KEY');
    return answer.organization;
  }

  /** Every page of a list endpoint (`after` = the previous page's `last_id`, while `has_more`). */
  private async listAll(path: string, what: string): Promise<ApiKeyEntry[]> {
    const entries: ApiKeyEntry[] = [];
    const seen = new Set<string>();
    let after: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const sep = path.includes('?') ? '&' : '?';
      const answer = await this.call('GET', `${path}${sep}limit=100${after ? `&after=${encodeURIComponent(after)}` : ''}`);
      if (answer.status !== 200) throw this.failure(answer, what);
      const body = answer.body as { data?: unknown; has_more?: unknown; last_id?: unknown } | undefined;
      if (!body || !Array.isArray(body.data)) throw new AdminApiError(0, `${what}: HTTP 200 without a list of keys (a proxy in the way?)`);
      for (const raw of body.data) {
        const entry = entryOf(raw);
        if (entry) entries.push(entry);
      }
      if (body.has_more !== true) return entries;
      const last = typeof body.last_id === 'string' ? body.last_id : entries.at(-1)?.id;
      if (!last || seen.has(last)) throw new AdminApiError(0, `${what}: the server said there are more pages but gave no new cursor`);
      seen.add(last);
      after = last;
    }
    throw new AdminApiError(0, `${what}: more than ${MAX_PAGES} pages; stopped`);
  }

  /** All keys of a project, whoever owns them (users and service accounts). */
  async projectKeys(project: string): Promise<ApiKeyEntry[]> {
    return this.listAll(`/v1/organization/projects/${encodeURIComponent(pathId(project, 'project'))}/api_keys?owner_project_access=any`, `listing the keys of project ${project}`);
  }

  async adminKeys(): Promise<ApiKeyEntry[]> {
    return this.listAll('/v1/organization/admin_api_keys', 'listing the admin keys');
  }

  async deleteProjectKey(project: string, keyId: string): Promise<void> {
    const answer = await this.call('DELETE', `/v1/organization/projects/${encodeURIComponent(pathId(project, 'project'))}/api_keys/${pathId(keyId, 'key')}`);
    if (answer.status < 200 || answer.status >= 300) throw this.failure(answer, 'deleting the key');
  }

  async deleteAdminKey(keyId: string): Promise<void> {
    const answer = await this.call('DELETE', `/v1/organization/admin_api_keys/${pathId(keyId, 'key')}`);
    if (answer.status < 200 || answer.status >= 300) throw this.failure(answer, 'deleting the admin key');
  }
}
