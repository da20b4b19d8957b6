import type { Finding, Verification } from '../types.js';
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
export function keyVerifier(settings: VerifySettings): KeyVerifier {
  const options = verifyOptions(settings.baseUrl, settings.timeoutMs, settings.budgetMs);
  const budget = options.deadline - performance.now();
  options.deadline = Infinity;
  const limit = Math.max(1, settings.concurrency ?? 4);
  let active = 0;
  const waiting: (() => void)[] = [];
  const checks = new Map<string, Promise<Verification>>();
  const check = async (key: string, ruleId: string): Promise<Verification> => {
    if (active < limit) active++;
    else await new Promise<void>((r) => waiting.push(r)); // handed the slot of a check that ended
    try {
      const rule = keyRule(ruleId);
      return rule ? await verifyKey(key, rule, options) : { status: 'error', detail: `no key rule ${ruleId}` };
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
  return {
    async verify(f) {
      if (f.kind !== 'key' || !f.secret) return;
      let answer = checks.get(f.secret);
      if (!answer) checks.set(f.secret, (answer = check(f.secret, f.ruleId)));
      const verification = await answer;
      f.verification = verification;
      if (verification.status === 'live') f.severity = 'critical';
      else if (verification.status === 'invalid') f.severity = 'low';
    },
    scanned() {
      options.deadline = performance.now() + budget;
    },
  };
}

/** Check every key among the findings (a finished scan's): see keyVerifier. */
export async function verifyFindings(findings: Finding[], settings: VerifySettings): Promise<void> {
  const verifier = keyVerifier(settings);
  verifier.scanned();
  await Promise.all(findings.map((f) => verifier.verify(f)));
}
