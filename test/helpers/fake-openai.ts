import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 that answers like the OpenAI API (issue 6): per key, a scenario;
 * it records every request and counts how many were in flight at once.
 */
export type Scenario =
  | 'live'
  | 'invalid'
  | 'quota'
  | 'forbidden'
  | 'region'
  | 'ip-not-allowed'
  | 'ratelimit-once'
  | 'ratelimit'
  | 'server-error'
  | 'hang'
  | 'malformed'
  | 'redirect';

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A key as the Admin API lists it (the wire shape: snake_case, Unix seconds). */
export interface FakeKeyEntry {
  id: string;
  name: string;
  redacted_value: string;
  created_at: number;
  last_used_at: number | null;
  owner: { type: 'user'; user: { id: string; email: string; name: string } } | { type: 'service_account'; service_account: { id: string; name: string } };
}

/**
 * The organisation side (issue 17): projects with their keys, admin keys, deletion. Deleting an entry
 * linked to a key makes that key answer 401, unless the entry is `sticky` (a deletion that does not
 * take) or `failing` (DELETE answers 500).
 */
export interface FakeOrgs {
  /** An admin key of `organization`; `forbidden`: a key that gets 403 on the admin endpoints. */
  admin(key: string, organization: string, opts?: { forbidden?: boolean; entry?: FakeKeyEntry }): void;
  project(project: string, organization: string): void;
  /** A key entry in a project, optionally linked to the real key it stands for. */
  addKey(project: string, entry: FakeKeyEntry, secret?: string): void;
  /** Which organisation and project a key's verification names (none: a legacy key without project). */
  owner(key: string, ids: { organization: string; project?: string }): void;
  sticky(keyId: string): void;
  failing(keyId: string): void;
  /** Entries left in a project. */
  keysOf(project: string): FakeKeyEntry[];
  adminKeysOf(organization: string): FakeKeyEntry[];
}

export interface FakeOpenAI {
  url: string;
  requests: Recorded[];
  maxInFlight: number;
  /** With `hold`: requests held unanswered now. */
  held: number;
  /** With `hold`: resolves once `n` requests are held at the same time. */
  whenHeld(n: number): Promise<void>;
  /** With `hold`: answer the oldest held request. */
  releaseOne(): void;
  orgs: FakeOrgs;
  set(key: string, scenario: Scenario): void;
  /** Requests that carried this key. */
  countFor(key: string): number;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const PAGE_DEFAULT = 20;

function page(entries: FakeKeyEntry[], url: URL): unknown {
  const limit = Math.min(100, Math.max(1, Number(url.searchParams.get('limit') ?? PAGE_DEFAULT) || PAGE_DEFAULT));
  const after = url.searchParams.get('after');
  const from = after ? entries.findIndex((e) => e.id === after) + 1 : 0;
  const data = entries.slice(from, from + limit);
  return { object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: from + limit < entries.length };
}

const NOT_ADMIN = { error: { message: 'You have insufficient permissions for this operation. Missing scopes: api.management.read. Check that you have the correct role in your organization.', type: 'invalid_request_error', code: null } };

/**
 * `hold`: every request waits unanswered until the test releases it, so a test can count how many are
 * in flight at once without relying on a delay being long enough on a busy machine.
 */
export async function startFakeOpenAI(opts: { delayMs?: number; redirectTo?: string; hold?: boolean } = {}): Promise<FakeOpenAI> {
  const scenarios = new Map<string, Scenario>();
  const seen = new Map<string, number>();
  const state = { inFlight: 0, maxInFlight: 0 };
  const requests: Recorded[] = [];
  const hanging: ServerResponse[] = [];
  const held: Array<() => void> = [];
  let waiter: { n: number; resolve: () => void } | undefined;
  const admins = new Map<string, { organization: string; forbidden: boolean }>();
  const adminEntries = new Map<string, FakeKeyEntry[]>();
  const projects = new Map<string, { organization: string; keys: FakeKeyEntry[] }>();
  const secretOf = new Map<string, string>();
  const owners = new Map<string, { organization: string; project?: string }>();
  const sticky = new Set<string>();
  const failing = new Set<string>();
  const orgs: FakeOrgs = {
    admin(key, organization, o = {}) {
      admins.set(key, { organization, forbidden: o.forbidden === true });
      if (o.entry) {
        adminEntries.set(organization, [...(adminEntries.get(organization) ?? []), o.entry]);
        secretOf.set(o.entry.id, key);
      }
    },
    project: (project, organization) => void projects.set(project, { organization, keys: projects.get(project)?.keys ?? [] }),
    addKey(project, entry, secret) {
      projects.get(project)!.keys.push(entry);
      if (secret) secretOf.set(entry.id, secret);
    },
    owner: (key, ids) => void owners.set(key, ids),
    sticky: (id) => void sticky.add(id),
    failing: (id) => void failing.add(id),
    keysOf: (project) => projects.get(project)?.keys ?? [],
    adminKeysOf: (organization) => adminEntries.get(organization) ?? [],
  };
  /** Delete an entry: 500 when failing; else gone, and its key dead unless sticky. */
  const remove = (list: FakeKeyEntry[], id: string, res: ServerResponse, object: string) => {
    const at = list.findIndex((e) => e.id === id);
    if (at < 0) return json(res, 404, { error: { message: `No such key: ${id}`, type: 'invalid_request_error', code: 'not_found' } });
    if (failing.has(id)) return json(res, 500, { error: { message: 'The server had an error while processing your request.', type: 'server_error' } });
    list.splice(at, 1);
    const secret = secretOf.get(id);
    if (secret && !sticky.has(id)) {
      // A deleted admin key answers 401 like any dead key.
      scenarios.set(secret, 'invalid');
      admins.delete(secret);
    }
    return json(res, 200, { object, id, deleted: true });
  };
  /** The Admin API, for a request carrying `key`; undefined when the request is not for it. */
  const organization = (key: string, method: string, url: URL, res: ServerResponse): true | undefined => {
    const m = /^\/v1\/organization\/(?:admin_api_keys(?:\/([^/]+))?|projects\/([^/]+)\/api_keys(?:\/([^/]+))?)$/.exec(url.pathname);
    if (!m) return undefined;
    const admin = admins.get(key);
    // Not an admin key of ours: the per-key scenario answers (verification of a leaked admin key).
    if (!admin) return undefined;
    const hdr = { 'openai-organization': admin.organization };
    if (admin.forbidden) return (json(res, 403, NOT_ADMIN, hdr), true);
    const [, adminId, project, keyId] = m;
    if (project === undefined) {
      const list = adminEntries.get(admin.organization) ?? [];
      if (method === 'GET' && !adminId) return (json(res, 200, page(list, url), hdr), true);
      if (method === 'DELETE' && adminId) return (remove(list, adminId, res, 'organization.admin_api_key.deleted'), true);
    } else {
      const p = projects.get(decodeURIComponent(project));
      if (!p || p.organization !== admin.organization) return (json(res, 404, { error: { message: `No such project: ${project}`, type: 'invalid_request_error', code: 'not_found' } }, hdr), true);
      if (method === 'GET' && !keyId) return (json(res, 200, page(p.keys, url), hdr), true);
      if (method === 'DELETE' && keyId) return (remove(p.keys, keyId, res, 'organization.project.api_key.deleted'), true);
    }
    json(res, 405, { error: { message: 'Method not allowed' } });
    return true;
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      res.on('close', () => state.inFlight--);
      const key = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      if (opts.hold) {
        await new Promise<void>((release) => {
          held.push(release);
          if (waiter && held.length >= waiter.n) waiter.resolve();
        });
      }
      const owner = owners.get(key);
      const ids: Record<string, string> = owner ? { 'openai-organization': owner.organization, ...(owner.project ? { 'openai-project': owner.project } : {}) } : { 'openai-organization': 'org-test123', 'openai-project': 'proj_test456' };
      if (organization(key, req.method ?? 'GET', new URL(req.url ?? '/', 'http://127.0.0.1'), res)) return;
      switch (scenarios.get(key) ?? 'live') {
        case 'live':
          return json(res, 200, { object: 'list', data: [{ id: 'gpt-4o', object: 'model' }] }, ids);
        case 'invalid':
          return json(res, 401, { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
        case 'ip-not-allowed':
          return json(res, 401, { error: { message: 'You are not allowed to access this from your IP.', type: 'invalid_request_error', code: 'ip_not_authorized' } });
        case 'quota':
          return json(res, 429, { error: { message: 'You exceeded your current quota.', type: 'insufficient_quota', code: 'insufficient_quota' } }, ids);
        case 'forbidden':
          return json(res, 403, { error: { message: 'You have insufficient permissions for this operation. Missing scopes: api.model.read.', type: 'invalid_request_error', code: null } }, ids);
        case 'region':
          return json(res, 403, { error: { message: 'Country, region, or territory not supported', type: 'request_forbidden', code: 'unsupported_country_region_territory' } });
        case 'ratelimit-once':
          if (n === 1) return json(res, 429, { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } }, { 'retry-after': '1' });
          return json(res, 200, { object: 'list', data: [] }, ids);
        case 'ratelimit':
          return json(res, 429, { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } }, { 'retry-after': '1' });
        case 'server-error':
          return json(res, 500, { error: { message: 'The server had an error', type: 'server_error' } });
        case 'hang':
          hanging.push(res);
          return;
        case 'malformed':
          res.writeHead(401, { 'content-type': 'application/json' });
          return res.end('{"error": {"code": "invalid_api_k');
        case 'redirect':
          res.writeHead(302, { location: opts.redirectTo ?? 'http://127.0.0.1:9/' });
          return res.end();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    orgs,
    get maxInFlight() {
      return state.maxInFlight;
    },
    get held() {
      return held.length;
    },
    whenHeld: (n) =>
      new Promise<void>((resolve) => {
        if (held.length >= n) return resolve();
        waiter = { n, resolve };
      }),
    releaseOne: () => held.shift()?.(),
    set: (key, scenario) => void scenarios.set(key, scenario),
    countFor: (key) => requests.filter((r) => r.headers.authorization === `Bearer ${key}`).length,
    close: () =>
      new Promise<void>((r) => {
        for (const h of hanging) h.destroy();
        for (const release of held.splice(0)) release();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
