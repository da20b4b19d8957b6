import type { Finding } from '../types.js';
import { keyRule } from '../rules/index.js';
import { verifyKey, verifyOptions } from './client.js';

export { resolveBaseUrl, checkBaseUrl, DEFAULT_BASE_URL, BASE_URL_ENV } from './client.js';

export interface VerifySettings {
  baseUrl: string;
  concurrency?: number;
  timeoutMs?: number;
  /** Whole verification, milliseconds. */
  budgetMs?: number;
}

/** Run `tasks` with at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/**
 * Check every distinct key among the findings once (a key found in 20 places costs one request) and
 * set `verification` on each key finding; a live key becomes critical, an invalid one low. Findings
 * need their `secret` (the pipeline's keepSecrets); none is ever dropped because its check failed.
 */
export async function verifyFindings(findings: Finding[], settings: VerifySettings): Promise<void> {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.kind !== 'key' || !f.secret) continue;
    const group = byKey.get(f.secret);
    if (group) group.push(f);
    else byKey.set(f.secret, [f]);
  }
  const options = verifyOptions(settings.baseUrl, settings.timeoutMs, settings.budgetMs);
  await pool([...byKey.keys()], settings.concurrency ?? 4, async (key) => {
    const group = byKey.get(key)!;
    const rule = keyRule(group[0]!.ruleId);
    const verification = rule ? await verifyKey(key, rule, options) : { status: 'error' as const, detail: `no key rule ${group[0]!.ruleId}` };
    for (const f of group) {
      f.verification = verification;
      if (verification.status === 'live') f.severity = 'critical';
      else if (verification.status === 'invalid') f.severity = 'low';
    }
  });
}
