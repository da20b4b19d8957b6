import { runCliAsync, type CliResult } from '../helpers/repo.js';
import type { FakeKeyEntry, FakeOpenAI } from '../helpers/fake-openai.js';
import { makeKey } from '../helpers/keys.js';

/** Shared set-up for the revoke tests: an organisation with projects full of keys on the fake server. */

let seq = 0;
const CREATED = Date.UTC(2026, 0, 15) / 1000;
const USED = Date.UTC(2026, 10, 30) / 1000;

/** How the Admin API shows a key: its type prefix, a mask, the last four characters. */
export function redactedOf(secret: string): string {
  const prefix = /^sk-(?:[A-Za-z]+-)?/.exec(secret)![0];
  return `${prefix}****${secret.slice(-4)}`;
}

export function entry(secret: string, opts: { name?: string; serviceAccount?: string; redacted?: string } = {}): FakeKeyEntry {
  const n = ++seq;
  return {
    id: `key_${n.toString().padStart(5, '0')}`,
    name: opts.name ?? `key ${n}`,
    redacted_value: opts.redacted ?? redactedOf(secret),
    created_at: CREATED,
    last_used_at: USED,
    owner: opts.serviceAccount
      ? { type: 'service_account', service_account: { id: `svc_${n}`, name: opts.serviceAccount } }
      : { type: 'user', user: { id: `user_${n}`, email: `dev${n}@example.test`, name: `Dev ${n}` } },
  };
}

/**
 * A project in `organization` holding `filler` unrelated keys and then the given keys (linked to their
 * real values, so deleting the entry kills the key); each key's verification names this project.
 */
export function setUpProject(api: FakeOpenAI, organization: string, filler: number, keys: Array<{ secret: string; entry?: FakeKeyEntry }>): { project: string; entries: FakeKeyEntry[] } {
  const project = `proj_${++seq}`;
  api.orgs.project(project, organization);
  for (let i = 0; i < filler; i++) api.orgs.addKey(project, entry(makeKey('proj', 74)));
  const entries = keys.map((k) => {
    const e = k.entry ?? entry(k.secret);
    api.orgs.addKey(project, e, k.secret);
    api.orgs.owner(k.secret, { organization, project });
    return e;
  });
  return { project, entries };
}

export type Run = CliResult;

/** The CLI, run asynchronously (the fake server lives in this process). */
export function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return runCliAsync(args, cwd, env);
}

/** The environment a revoke run sees: the fake server, and the admin key (or none). */
export function envFor(api: FakeOpenAI, adminKey?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, OPENAI_KEY_SCAN_BASE_URL: api.url };
  delete env.OPENAI_ADMIN_KEY;
  if (adminKey) env.OPENAI_ADMIN_KEY = adminKey;
  return env;
}
