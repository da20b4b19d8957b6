import type { Finding, Report } from '../types.js';
import { jsonFinding } from './json.js';
import { maskText } from './redact.js';

/**
 * `--format jsonl` (design.md "Formats"): one line per finding, then one summary line. Every line
 * names its repository, so runs over many repositories concatenate into one file that `jq`,
 * DuckDB's `read_json` or `.github/org-scan/merge.mjs` can deduplicate by fingerprint, repository and file.
 * Like `json`, no line holds a full key unless --show-secrets was given.
 */

export interface JsonlOptions {
  /** The label every line carries (`--repository`, else the origin URL without credentials). */
  repository: string;
}

/** A finding line: `type` first so a reader can tell lines apart, then the JSON report's fields. */
function findingLine(type: 'finding' | 'suppressed', f: Finding, repository: string): string {
  // Names from a scanned repository are masked here as everywhere else text from outside is printed.
  const fields = jsonFinding({ ...f, file: maskText(f.file), ...(f.author !== undefined ? { author: maskText(f.author) } : {}) });
  return JSON.stringify({ type, repository, ...fields });
}

function countBy(findings: Finding[], key: (f: Finding) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[key(f)] = (out[key(f)] ?? 0) + 1;
  return out;
}

/** The lines of the report, one at a time, each ending in a newline: written as they come, never joined first. */
export function* jsonlLines(report: Report, opts: JsonlOptions): Generator<string> {
  const { repository } = opts;
  for (const f of report.findings) yield `${findingLine('finding', f, repository)}\n`;
  for (const f of report.suppressed ?? []) yield `${findingLine('suppressed', f, repository)}\n`;
  const summary = {
    type: 'summary',
    repository,
    tool: report.tool,
    mode: report.mode,
    findings: report.findings.length,
    keys: report.findings.filter((f) => f.kind === 'key').length,
    bySeverity: countBy(report.findings, (f) => f.severity),
    byRule: countBy(report.findings, (f) => f.ruleId),
    suppressed: report.suppressed?.length ?? 0,
    ...(report.commits !== undefined ? { commits: report.commits } : {}),
    stats: report.stats,
    warnings: report.warnings.map((w) => ({ code: w.code, message: maskText(w.message) })),
  };
  yield `${JSON.stringify(summary)}\n`;
}

export function toJsonl(report: Report, opts: JsonlOptions): string {
  return [...jsonlLines(report, opts)].join('');
}

/**
 * A clone URL without credentials: `https://user:token@host/x` → `https://host/x` (query and fragment
 * dropped too: tokens ride there as well); an ssh user name (`git@host:x`, `ssh://git@host/x`) holds no
 * secret and stays. Anything key-shaped left is masked.
 */
export function withoutCredentials(url: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/is.exec(url);
  // No scheme: a local path, or scp-like `user@host:path`, whose user is a name, never a password.
  if (!scheme) return maskText(url);
  const [, proto, authority, rest] = scheme as unknown as [string, string, string, string];
  const at = authority.lastIndexOf('@');
  const host = at < 0 ? authority : authority.slice(at + 1);
  const user = at < 0 ? '' : authority.slice(0, at);
  const keepUser = /^(ssh|git\+ssh|ssh\+git)$/i.test(proto) && user && !user.includes(':') ? `${user}@` : '';
  const pathOnly = rest.replace(/[?#].*$/s, '');
  return maskText(`${proto}://${keepUser}${host}${pathOnly}`);
}
