import { sha256Hex } from '../detect/fingerprint.js';
import { docsUrl, README_URL, RULES, ruleById } from '../rules/index.js';
import type { Finding, Report, Severity } from '../types.js';
import { maskText } from './redact.js';
import { KEY_STEPS } from './text.js';

/**
 * GitLab's secret-detection report (`artifacts: reports: secret_detection`), schema 15.2.1 of
 * gitlab-org/security-products/security-report-schemas: what GitLab shows in a merge request's
 * security widget and the vulnerability report. Shape facts from that schema: `location.commit.sha`
 * is required, times are `yyyy-mm-ddThh:mm:ss` in UTC, severities are capitalised, the first
 * identifier is the primary one. No key: `raw_source_code_extract` holds the redacted form.
 */

export const GITLAB_SCHEMA_VERSION = '15.2.1';
export const GITLAB_SCHEMA_URL = `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/secret-detection-report-format.json`;

const SEVERITY: Record<Severity, 'Critical' | 'High' | 'Medium' | 'Low'> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };
/** GitLab's own secrets analyzer writes this when a finding belongs to no commit (a tree scan outside git). */
const NO_COMMIT = '0000000';

function gitlabTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** A stable UUID-shaped id per finding place, so re-running the job does not churn GitLab's ids. */
function placeHash(f: Finding): string {
  return sha256Hex(`${f.ruleId}\0${f.fingerprint}\0${f.file}\0${f.line}\0${f.column}\0${f.commit ?? ''}`);
}

function findingId(f: Finding): string {
  const h = placeHash(f);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function identifier(ruleId: string) {
  const rule = ruleById(ruleId);
  return {
    type: 'openai_key_scan_rule_id',
    name: rule?.title ?? ruleId,
    value: ruleId,
    ...(rule ? { url: docsUrl(rule) } : {}),
  };
}

export interface GitlabOptions {
  /** The commit a tree or staged scan looked at (HEAD), for findings that carry none. */
  headCommit?: string | undefined;
  /** When the report is written (tests pin it). */
  now?: number;
}

export function toGitlabReport(report: Report, opts: GitlabOptions = {}): Record<string, unknown> {
  const end = opts.now ?? Date.now();
  const tool = { id: report.tool.name, name: report.tool.name, version: report.tool.version, url: README_URL, vendor: { name: report.tool.name } };
  const vulnerabilities = report.findings.map((f) => {
    const rule = ruleById(f.ruleId);
    const steps = rule?.kind === 'risk' ? [rule.fix] : KEY_STEPS;
    return {
      id: findingId(f),
      name: rule?.title ?? f.ruleId,
      description: f.message,
      severity: SEVERITY[f.severity],
      solution: steps.join(' '),
      identifiers: [identifier(f.ruleId)],
      location: {
        file: f.file,
        start_line: f.line,
        end_line: f.line,
        commit: {
          sha: f.commit ?? opts.headCommit ?? NO_COMMIT,
          ...(f.author !== undefined ? { author: maskText(f.author) } : {}),
          ...(f.date !== undefined ? { date: f.date } : {}),
        },
      },
      raw_source_code_extract: f.redacted,
      ...(rule ? { links: [{ name: `${f.ruleId} in the openai-key-scan README`, url: docsUrl(rule) }] } : {}),
    };
  });
  return {
    version: GITLAB_SCHEMA_VERSION,
    schema: GITLAB_SCHEMA_URL,
    scan: {
      analyzer: tool,
      scanner: tool,
      type: 'secret_detection',
      start_time: gitlabTime(end - report.stats.durationMs),
      end_time: gitlabTime(end),
      status: 'success',
      messages: report.warnings.map((w) => ({ level: 'warn', value: maskText(w.message) || w.code })),
      primary_identifiers: RULES.map((r) => identifier(r.id)),
    },
    vulnerabilities,
  };
}

export function toGitlab(report: Report, opts: GitlabOptions = {}): string {
  return JSON.stringify(toGitlabReport(report, opts), null, 2) + '\n';
}

/**
 * GitLab's Code Quality report (`artifacts: reports: codequality`), which every GitLab tier shows in
 * a merge request (the secret-detection widget needs Ultimate): a JSON array of issues, each with a
 * description, a check name, a unique fingerprint, a severity (`info`, `minor`, `major`, `critical`,
 * `blocker`) and a location (`path`, `lines.begin`). No key: the description holds the redacted form.
 */
const QUALITY_SEVERITY: Record<Severity, 'blocker' | 'critical' | 'major' | 'minor'> = { critical: 'blocker', high: 'critical', medium: 'major', low: 'minor' };

export function toCodeQualityReport(report: Report): Array<Record<string, unknown>> {
  return report.findings.map((f) => ({
    type: 'issue',
    check_name: f.ruleId,
    description: `${maskText(f.message)} (${f.redacted}${f.commit ? `, commit ${f.commit.slice(0, 12)}` : ''})`,
    categories: ['Security'],
    fingerprint: placeHash(f).slice(0, 32),
    severity: QUALITY_SEVERITY[f.severity],
    location: { path: f.file, lines: { begin: f.line } },
  }));
}

export function toCodeQuality(report: Report): string {
  return JSON.stringify(toCodeQualityReport(report), null, 2) + '\n';
}
