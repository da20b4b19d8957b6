import { printable } from '../report/text.js';
import { TOOL_NAME, VERSION } from '../version.js';
import type { ApiKeyEntry } from './admin.js';
import type { KeyOutcome, RevokeReport, RevokeStatus } from './flow.js';

/** `revoke`'s output. Outcomes hold only redacted keys and masked server text; this escapes them for a terminal. */

const LABEL: Record<RevokeStatus, string> = {
  revoked: 'REVOKED',
  'would-revoke': 'LIVE, would revoke (dry run)',
  declined: 'LIVE, not deleted',
  'already-dead': 'already dead',
  'still-live': 'STILL LIVE after deletion',
  'delete-failed': 'deletion FAILED',
  'no-match': 'LIVE, no matching key in its project',
  ambiguous: 'LIVE, several keys look the same',
  'no-project': 'LIVE, no project (legacy key)',
  'other-organization': 'LIVE, another organization',
  'admin-forbidden': 'LIVE, admin key refused (403)',
  'admin-unauthorized': 'LIVE, admin key does not work (401)',
  'admin-error': 'LIVE, Admin API error',
  'no-admin-key': 'LIVE, no admin key',
  unknown: 'could not tell',
  'not-found': 'not found again',
};

function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : 'never';
}

export function entryLine(e: ApiKeyEntry, project?: string): string {
  const owner = e.owner ? `${e.owner.name ?? e.owner.id ?? '?'} (${e.owner.type === 'service_account' ? 'service account' : e.owner.type})` : 'unknown';
  const parts = [project ? `project ${project}` : '', `key "${e.name ?? ''}" (${e.id})`, `owner ${owner}`, `created ${day(e.createdAt)}`, `last used ${day(e.lastUsedAt)}`].filter(Boolean);
  return printable(parts.join(' · '));
}

function keyBlock(k: KeyOutcome): string[] {
  const out = [`${k.redacted}  ${k.ruleId}  ${LABEL[k.status]}`];
  const where = k.found.slice(0, 5).map((p) => `${p.file}:${p.line}${p.commit ? ` (commit ${p.commit.slice(0, 12)})` : ''}`);
  out.push(`  found in ${printable(where.join(', '))}${k.found.length > 5 ? ` and ${k.found.length - 5} more` : ''}`);
  if (k.match) out.push(`  ${entryLine(k.match, k.project)}`);
  else if (k.project || k.organization) out.push(`  ${printable([k.organization && `organization ${k.organization}`, k.project && `project ${k.project}`].filter(Boolean).join(', '))}`);
  for (const c of k.candidates ?? []) out.push(`  - ${entryLine(c)}`);
  out.push(`  ${printable(k.detail)}`);
  if (k.byHand) out.push(`  By hand: ${printable(k.byHand)}`);
  if (k.rotation) {
    out.push('  Rotate:');
    k.rotation.forEach((s, i) => out.push(`    ${i + 1}. ${printable(s)}`));
  }
  return out;
}

export function toRevokeText(report: RevokeReport): string {
  if (!report.keys.length) return 'No OpenAI keys found: nothing to revoke.\n';
  const out: string[] = [];
  for (const k of report.keys) out.push(...keyBlock(k), '');
  const dry = report.keys.filter((k) => k.status === 'would-revoke').length;
  const dead = report.keys.filter((k) => k.status === 'already-dead').length;
  const parts = [`${report.keys.length} key(s)`, `${report.revoked} revoked`, dead ? `${dead} already dead` : '', dry ? `${dry} would be revoked with --yes` : '', `${report.leftLive} left live or unknown`].filter(Boolean);
  out.push(parts.join(', ') + '.');
  if (report.dryRun && dry) out.push('Dry run: nothing was deleted. Run again with --yes to delete the matched keys.');
  return out.join('\n') + '\n';
}

export function toRevokeJson(report: RevokeReport): string {
  return `${JSON.stringify({ tool: { name: TOOL_NAME, version: VERSION }, ...report }, null, 2)}\n`;
}
