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

export interface FakeOpenAI {
  url: string;
  requests: Recorded[];
  maxInFlight: number;
  set(key: string, scenario: Scenario): void;
  /** Requests that carried this key. */
  countFor(key: string): number;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startFakeOpenAI(opts: { delayMs?: number; redirectTo?: string } = {}): Promise<FakeOpenAI> {
  const scenarios = new Map<string, Scenario>();
  const seen = new Map<string, number>();
  const state = { inFlight: 0, maxInFlight: 0 };
  const requests: Recorded[] = [];
  const hanging: ServerResponse[] = [];
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
      const ids = { 'openai-organization': 'org-test123', 'openai-project': 'proj_test456' };
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
    get maxInFlight() {
      return state.maxInFlight;
    },
    set: (key, scenario) => void scenarios.set(key, scenario),
    countFor: (key) => requests.filter((r) => r.headers.authorization === `Bearer ${key}`).length,
    close: () =>
      new Promise<void>((r) => {
        for (const h of hanging) h.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
