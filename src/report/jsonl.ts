import type { Finding, Report } from '../types.js';
import { jsonFinding } from './json.js';
import { maskText } from './redact.js';

/**
 * `--format jsonl` (design.md "Formats"): one line per finding, then one summary line. Every line
 * names its repository, so runs over many repositories concatenate into one file that `jq`,
 * DuckDB's `read_json` or `.github/org-scan/merge.mjs` can deduplicate by fingerprint, repository and file.
 * Like `json`, no line holds a full key unless --show-secrets was given. The lines can be written as
 * the run hands findings on (`JsonlLines`), or from a finished report (`jsonlLines`).
 */

export interface JsonlOptions {
  /** The label every line carries (`--repository`, else the origin URL without credentials). */
  repository: string;
}

/** `##[` can only be inside a JSON string: `\u005b` keeps the value and keeps the GitHub runner from reading the line as a command. */
const commandSafe = (line: string) => line.replaceAll('##[', '##\\u005b');

/** A finding line: `type` first so a reader can tell lines apart, then the JSON report's fields. */
function findingLine(f: Finding, repository: string): string {
  // Names from a scanned repository are masked here as everywhere else text from outside is printed.
  const fields = jsonFinding({ ...f, file: maskText(f.file), ...(f.author !== undefined ? { author: maskText(f.author) } : {}) });
  return `${commandSafe(JSON.stringify({ type: f.suppressed ? 'suppressed' : 'finding', repository, ...fields }))}\n`;
}

/**
 * The lines of one run, a finding at a time: each line as soon as its finding is given, the summary
 * (counted along the way, so no findings list is needed) at the end.
 */
export class JsonlLines {
  private findings = 0;
  private keys = 0;
  private suppressed = 0;
  private readonly bySeverity: Record<string, number> = {};
  private readonly byRule: Record<string, number> = {};

  constructor(private readonly repository: string) {}

  /** The line of a finding (kept, or set apart by an allow list: `type` says which), already made printable (reportForOutput). */
  line(f: Finding): string {
    if (f.suppressed) this.suppressed++;
    else {
      this.findings++;
      if (f.kind === 'key') this.keys++;
      this.bySeverity[f.severity] = (this.bySeverity[f.severity] ?? 0) + 1;
      this.byRule[f.ruleId] = (this.byRule[f.ruleId] ?? 0) + 1;
    }
    return findingLine(f, this.repository);
  }

  /** The last line: the counts of the lines given, and the run's stats, commits and warnings. */
  summary(report: Report): string {
    const summary = {
      type: 'summary',
      repository: this.repository,
      tool: report.tool,
      mode: report.mode,
      findings: this.findings,
      keys: this.keys,
      bySeverity: this.bySeverity,
      byRule: this.byRule,
      suppressed: this.suppressed,
      ...(report.commits !== undefined ? { commits: report.commits } : {}),
      stats: report.stats,
      warnings: report.warnings.map((w) => ({ code: w.code, message: maskText(w.message) })),
    };
    return `${commandSafe(JSON.stringify(summary))}\n`;
  }
}

/** The lines of a finished report, one at a time, each ending in a newline: written as they come, never joined first. */
export function* jsonlLines(report: Report, opts: JsonlOptions): Generator<string> {
  const lines = new JsonlLines(opts.repository);
  for (const f of report.findings) yield lines.line(f);
  for (const f of report.suppressed ?? []) yield lines.line(f);
  yield lines.summary(report);
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
