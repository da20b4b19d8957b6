import { maskText } from '../report/redact.js';
import { resolveBaseUrl } from '../verify/client.js';
import { keyRule } from '../rules/index.js';
import { verifyKey, verifyOptions } from '../verify/client.js';
import type { Finding, Verification } from '../types.js';
import { AdminApiError, AdminClient, type ApiKeyEntry } from './admin.js';
import { matchingEntries } from './match.js';

/**
 * From found keys to dead keys (design.md "Revocation"): verify each distinct key; for a working one,
 * find its project from the verification's headers, list the project's keys with the admin key, and
 * act only on exactly one entry whose redacted value agrees with the key. Nothing is deleted unless
 * the caller confirms; after a deletion the key is verified again and is `revoked` only on a 401.
 */

export const DASHBOARD_URL = 'https://platform.openai.com/api-keys';
export const ADMIN_KEYS_URL = 'https://platform.openai.com/settings/organization/admin-keys';
export const ADMIN_KEY_ENV = 'OPENAI_ADMIN_KEY';

export function projectKeysUrl(project: string): string {
  return `https://platform.openai.com/settings/${encodeURIComponent(project)}/api-keys`;
}

/**
 * What became of one key. Left live (`live: true`) unless it is `revoked` or `already-dead`: a key
 * the tool could not judge counts as live, because exit 0 over a working key is the worst failure.
 */
export type RevokeStatus =
  | 'revoked'
  | 'would-revoke'
  | 'declined'
  | 'already-dead'
  | 'still-live'
  | 'delete-failed'
  | 'no-match'
  | 'ambiguous'
  | 'no-project'
  | 'other-organization'
  | 'admin-forbidden'
  | 'admin-unauthorized'
  | 'admin-error'
  | 'no-admin-key'
  | 'unknown'
  | 'not-found';

export interface FoundAt {
  file: string;
  line: number;
  commit?: string;
}

export interface KeyOutcome {
  ruleId: string;
  redacted: string;
  fingerprint: string;
  status: RevokeStatus;
  /** Still works, or could not be shown dead. */
  live: boolean;
  /** What happened, one sentence. */
  detail: string;
  /** What a person should do by hand, when the tool stopped short. */
  byHand?: string;
  verification?: Verification;
  /** The verification after the deletion. */
  after?: Verification;
  organization?: string;
  project?: string;
  match?: ApiKeyEntry;
  /** Several agreeing entries: the first few, for the person who must choose. */
  candidates?: ApiKeyEntry[];
  found: FoundAt[];
  /** After a revocation: how to replace the key. */
  rotation?: string[];
}

export interface RevokeReport {
  dryRun: boolean;
  adminOrganization?: string;
  keys: KeyOutcome[];
  revoked: number;
  leftLive: number;
}

/** What a confirmation callback is asked about: one key and the single entry it matched. */
export interface RevokePlan {
  redacted: string;
  project?: string;
  entry: ApiKeyEntry;
  admin: boolean;
}

export interface RevokeOptions {
  /** The admin key; default: the OPENAI_ADMIN_KEY environment variable (never a flag or a file). */
  adminKey?: string;
  /** Default: OPENAI_KEY_SCAN_BASE_URL, else https://api.openai.com (https, or http to loopback only). */
  baseUrl?: string;
  /** Delete matched keys: false (dry run, the default), true, or ask per key. */
  confirm?: boolean | ((plan: RevokePlan) => Promise<boolean>);
  /** Per request, milliseconds (default 10 s for verification, 15 s for the Admin API). */
  timeoutMs?: number;
  /** Waits before each re-check after a deletion (OpenAI may take a moment to drop a key); default [0, 2000, 5000]. */
  recheckDelaysMs?: number[];
  /** Called as each key is settled (progress, or printing as you go). */
  onOutcome?: (outcome: KeyOutcome) => void;
}

/** A key the caller knows of but could not give in full (a report entry not found again). */
export interface UnresolvedKey {
  ruleId: string;
  redacted: string;
  fingerprint: string;
  found: FoundAt[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface KeyGroup {
  secret: string;
  ruleId: string;
  redacted: string;
  fingerprint: string;
  found: FoundAt[];
  /** A variable the key was assigned to, read from the redacted excerpt (OPENAI_API_KEY=…). */
  variable?: string;
}

const VARIABLE = /\b([A-Z][A-Z0-9_]{2,})["']?\s*(?::=|=|:)\s*["'`]?sk-/;

/** Distinct keys among the findings, each with every place it was found. Findings need `secret`. */
export function groupKeys(findings: Finding[]): KeyGroup[] {
  const groups = new Map<string, KeyGroup>();
  for (const f of findings) {
    if (f.kind !== 'key' || !f.secret) continue;
    let g = groups.get(f.secret);
    if (!g) {
      g = { secret: f.secret, ruleId: f.ruleId, redacted: f.redacted, fingerprint: f.fingerprint, found: [] };
      groups.set(f.secret, g);
    }
    const at: FoundAt = { file: maskText(f.file), line: f.line, ...(f.commit ? { commit: f.commit } : {}) };
    if (!g.found.some((p) => p.file === at.file && p.line === at.line && p.commit === at.commit)) g.found.push(at);
    g.variable ??= f.excerpt ? VARIABLE.exec(f.excerpt)?.[1] : undefined;
  }
  // Admin keys last: the admin key doing the work may itself be among them.
  return [...groups.values()].sort((a, b) => Number(a.ruleId === 'openai-admin-key') - Number(b.ruleId === 'openai-admin-key'));
}

function whereText(found: FoundAt[]): string {
  const shown = found.slice(0, 5).map((p) => `${p.file}:${p.line}${p.commit ? ` (commit ${p.commit.slice(0, 12)})` : ''}`);
  return shown.join(', ') + (found.length > 5 ? ` and ${found.length - 5} more` : '');
}

/** The steps after a revocation: where the key sat, who makes the new one, where it goes. */
export function rotationSteps(group: Pick<KeyGroup, 'ruleId' | 'found' | 'variable'>, entry: ApiKeyEntry | undefined, project: string | undefined): string[] {
  const admin = group.ruleId === 'openai-admin-key';
  const variable = group.variable ?? (admin ? ADMIN_KEY_ENV : 'OPENAI_API_KEY');
  const where = admin ? ADMIN_KEYS_URL : project ? projectKeysUrl(project) : DASHBOARD_URL;
  const forWhom =
    entry?.owner?.type === 'service_account'
      ? ` for the service account${entry.owner.name ? ` "${entry.owner.name}"` : ''} (project settings > Service accounts)`
      : entry?.owner?.name
        ? ` (the old one belonged to ${entry.owner.name})`
        : '';
  const inHistory = group.found.some((p) => p.commit);
  return [
    `It was found in ${whereText(group.found)}: take it out of ${group.found.length === 1 ? 'that place' : 'those places'}${inHistory ? '; the commits keep the dead key, which is harmless now (rewriting history only tidies up)' : ''}.`,
    `A person creates the new key${forWhom} at ${where}: the Admin API cannot create ${admin ? 'admin' : 'project'} keys, and a new key is seen once, in the dashboard.`,
    `Put the new key in ${variable} through your secret store (CI secrets such as GitHub Actions secrets, your host's environment settings, or a secret manager), never in a file in the repository; then redeploy whatever used the old key.`,
  ];
}

/** Header values are server text: masked like any other before they can reach output. */
function cleanVerification(v: Verification): Verification {
  return { ...v, ...(v.organization ? { organization: maskText(v.organization) } : {}), ...(v.project ? { project: maskText(v.project) } : {}) };
}

function isLive(status: RevokeStatus, after?: Verification): boolean {
  if (status === 'revoked' || status === 'already-dead') return false;
  if (status === 'delete-failed' && after?.status === 'invalid') return false;
  return true;
}

/** The admin key's organisation, asked once per run; the error is kept and given to every key. */
class AdminSession {
  private org: Promise<string | undefined> | undefined;
  /** Set once the organisation is known. */
  known: string | undefined;
  constructor(readonly client: AdminClient) {}
  organization(): Promise<string | undefined> {
    this.org ??= this.client.organization().then((o) => (this.known = o));
    return this.org;
  }
}

/** A failed Admin API call as the outcome the person sees. */
function adminFailure(e: unknown, byHandUrl: string): Pick<KeyOutcome, 'status' | 'detail' | 'byHand'> {
  const err = e instanceof AdminApiError ? e : new AdminApiError(0, (e as Error)?.message ?? String(e));
  const detail = maskText(err.message);
  if (err.status === 401) return { status: 'admin-unauthorized', detail: `${detail}: OPENAI_ADMIN_KEY does not work (revoked, or not an admin key)`, byHand: `create an admin key at ${ADMIN_KEYS_URL} and run again, or delete the key by hand at ${byHandUrl}` };
  if (err.status === 403) return { status: 'admin-forbidden', detail: `${detail}: OPENAI_ADMIN_KEY may not use the Admin API (a project key, or an admin key without the api_keys permission)`, byHand: `use an admin key (${ADMIN_KEYS_URL}) with write access to API keys, or delete the key by hand at ${byHandUrl}` };
  return { status: 'admin-error', detail, byHand: `try again later, or delete the key by hand at ${byHandUrl}` };
}

async function settle(group: KeyGroup, v: Verification, session: AdminSession | undefined, options: RevokeOptions, verify: (key: string, ruleId: string) => Promise<Verification>): Promise<KeyOutcome> {
  const admin = group.ruleId === 'openai-admin-key';
  const base = {
    ruleId: group.ruleId,
    redacted: group.redacted,
    fingerprint: group.fingerprint,
    verification: cleanVerification(v),
    found: group.found,
    ...(v.organization ? { organization: maskText(v.organization) } : {}),
    ...(v.project ? { project: maskText(v.project) } : {}),
  };
  const done = (o: Omit<KeyOutcome, keyof typeof base | 'live'> & Partial<KeyOutcome>): KeyOutcome => ({ ...base, ...o, live: isLive(o.status, o.after) });
  const handUrl = admin ? ADMIN_KEYS_URL : v.project ? projectKeysUrl(v.project) : DASHBOARD_URL;

  if (v.status === 'invalid') return done({ status: 'already-dead', detail: 'the key answers 401 invalid_api_key: already revoked, or never valid; nothing to delete' });
  if (v.status === 'error' || v.status === 'unchecked') {
    return done({ status: 'unknown', detail: `could not tell whether the key works (${maskText(v.detail ?? 'no detail')}); nothing was deleted`, byHand: `check the key ending ${group.redacted.slice(-4)} at ${DASHBOARD_URL} and delete it there, or run again later` });
  }
  if (!session) {
    return done({ status: 'no-admin-key', detail: `the key works, and ${ADMIN_KEY_ENV} is not set, so its project's keys cannot be listed`, byHand: `set ${ADMIN_KEY_ENV} to an admin key (${ADMIN_KEYS_URL}) and run again, or delete the key by hand at ${handUrl}` });
  }
  if (!admin && !v.project) {
    return done({ status: 'no-project', detail: 'the key works but OpenAI names no project for it (a legacy user key): the Admin API cannot find it', byHand: `delete it by hand at ${DASHBOARD_URL} (legacy keys are listed under "User API keys"), signed in as its owner` });
  }

  let adminOrg: string | undefined;
  try {
    adminOrg = await session.organization();
  } catch (e) {
    return done(adminFailure(e, handUrl));
  }
  if (adminOrg && v.organization && adminOrg !== v.organization) {
    return done({ status: 'other-organization', detail: `the key belongs to organization ${maskText(v.organization)}, ${ADMIN_KEY_ENV} to ${adminOrg}: nothing was listed or deleted`, byHand: `run again with an admin key of ${maskText(v.organization)}, or ask an owner of that organization to delete it at ${handUrl}` });
  }

  let entries: ApiKeyEntry[];
  try {
    entries = admin ? await session.client.adminKeys() : await session.client.projectKeys(v.project!);
  } catch (e) {
    if (e instanceof AdminApiError && e.status === 404) {
      return done({ status: 'other-organization', detail: `project ${maskText(v.project ?? '')} is not in the admin key's organization (HTTP 404)`, byHand: `run again with an admin key of the organization that owns the project, or delete the key by hand at ${handUrl}` });
    }
    return done(adminFailure(e, handUrl));
  }
  const matches = matchingEntries(group.secret, entries);
  const listed = admin ? `the organization's ${entries.length} admin key(s)` : `the ${entries.length} key(s) of project ${maskText(v.project!)}`;
  if (matches.length === 0) {
    return done({ status: 'no-match', detail: `none of ${listed} ends like this key: nothing was deleted`, byHand: `find the key ending ${group.redacted.slice(-4)} at ${handUrl} and delete it by hand` });
  }
  if (matches.length > 1) {
    return done({
      status: 'ambiguous',
      detail: `${matches.length} of ${listed} show the same redacted value: the tool will not guess which one this is`,
      byHand: `open ${handUrl}, tell the keys apart by name, owner and last use (below), and delete the right one by hand`,
      candidates: matches.slice(0, 10),
    });
  }
  const entry = matches[0]!;
  const plan: RevokePlan = { redacted: group.redacted, entry, admin, ...(v.project ? { project: v.project } : {}) };
  const confirm = options.confirm ?? false;
  const go = typeof confirm === 'function' ? await confirm(plan) : confirm;
  if (!go) {
    const status = typeof confirm === 'function' ? 'declined' : 'would-revoke';
    return done({
      status,
      match: entry,
      detail: status === 'declined' ? 'not deleted: you said no' : 'matched exactly one key; dry run, nothing deleted (run again with --yes to delete it)',
      byHand: `delete it with --yes, or by hand at ${handUrl}`,
    });
  }

  let deleteError: string | undefined;
  try {
    if (admin) await session.client.deleteAdminKey(entry.id);
    else await session.client.deleteProjectKey(v.project!, entry.id);
  } catch (e) {
    deleteError = maskText((e as Error)?.message ?? String(e));
  }
  // A failed deletion leaves the key as it was: one check says so. After a deletion, OpenAI may
  // take a moment to stop accepting the key, so wait and check again before calling it live.
  const delays = deleteError ? [0] : (options.recheckDelaysMs ?? [0, 2000, 5000]);
  let after: Verification = { status: 'unchecked' };
  for (const ms of delays) {
    if (ms > 0) await sleep(ms);
    after = await verify(group.secret, group.ruleId);
    if (after.status === 'invalid') break;
  }
  if (after.status === 'invalid') {
    return done({
      status: 'revoked',
      match: entry,
      after: cleanVerification(after),
      detail: deleteError ? `the deletion answered with an error (${deleteError}), but the key now answers 401: revoked` : 'deleted, and the key now answers 401: revoked',
      rotation: rotationSteps(group, entry, v.project),
    });
  }
  const afterText = after.status === 'error' ? `could not tell whether it still works (${maskText(after.detail ?? '')})` : `it still works (${after.status})`;
  if (deleteError) {
    return done({ status: 'delete-failed', match: entry, after: cleanVerification(after), detail: `the deletion failed: ${deleteError}; ${afterText}`, byHand: `delete it by hand at ${handUrl} now` });
  }
  return done({ status: 'still-live', match: entry, after: cleanVerification(after), detail: `the deletion was accepted, but ${afterText}`, byHand: `check ${handUrl}: the key may be a different one with the same ending; delete the right one by hand` });
}

/** Pool of `limit` workers over `items`, in order of the results. */
async function mapPool<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await run(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

/**
 * Revoke every distinct key among `findings` (they need `secret`: scan with `keepSecrets: true`).
 * `unresolved` keys (known only by fingerprint) are reported as left live, with what to do.
 */
export async function revokeFindings(findings: Finding[], options: RevokeOptions = {}, unresolved: UnresolvedKey[] = []): Promise<RevokeReport> {
  const baseUrl = options.baseUrl ?? resolveBaseUrl(undefined);
  const adminKey = options.adminKey ?? process.env[ADMIN_KEY_ENV];
  const groups = groupKeys(findings);
  const limits = verifyOptions(baseUrl, options.timeoutMs ?? 10_000, 300_000);
  // The key's rule says which request checks it (admin keys: the admin endpoint).
  const verify = (key: string, ruleId: string): Promise<Verification> => {
    const rule = keyRule(ruleId);
    return rule ? verifyKey(key, rule, limits) : Promise.resolve({ status: 'error', detail: `no key rule ${ruleId}` });
  };
  const first = await mapPool(groups, 4, (g) => verify(g.secret, g.ruleId));
  const session = adminKey ? new AdminSession(new AdminClient({ baseUrl, adminKey, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) })) : undefined;
  const keys: KeyOutcome[] = [];
  let adminOrganization: string | undefined;
  for (const [i, group] of groups.entries()) {
    const outcome = await settle(group, first[i]!, session, options, verify);
    keys.push(outcome);
    options.onOutcome?.(outcome);
  }
  adminOrganization = session?.known;
  for (const u of unresolved) {
    const outcome: KeyOutcome = {
      ...u,
      status: 'not-found',
      live: true,
      detail: 'the report names this key, but it is no longer in the files or commits the report names: it could not be checked',
      byHand: `find the key ending ${u.redacted.slice(-4)} at ${DASHBOARD_URL} and delete it by hand`,
    };
    keys.push(outcome);
    options.onOutcome?.(outcome);
  }
  return {
    dryRun: options.confirm === undefined || options.confirm === false,
    ...(adminOrganization ? { adminOrganization } : {}),
    keys,
    revoked: keys.filter((k) => k.status === 'revoked').length,
    leftLive: keys.filter((k) => k.live).length,
  };
}
