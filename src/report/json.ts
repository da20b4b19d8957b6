import type { Finding, Report } from '../types.js';

/** A finding with the fields of design.md's JSON report, in its order; excerpts stay out of JSON. */
export function jsonFinding(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endColumn: f.endColumn,
    ...(f.commit !== undefined ? { commit: f.commit, author: f.author, date: f.date } : {}),
    redacted: f.redacted,
    fingerprint: f.fingerprint,
    encoding: f.encoding,
    ...(f.exposure?.length ? { exposure: f.exposure } : {}),
    ...(f.verification ? { verification: f.verification } : {}),
    message: f.message,
    ...(f.secret !== undefined ? { secret: f.secret } : {}),
    ...(f.suppressed ? { suppressed: f.suppressed } : {}),
  };
}

export function toJson(report: Report): string {
  return (
    JSON.stringify(
      {
        tool: report.tool,
        mode: report.mode,
        findings: report.findings.map(jsonFinding),
        stats: report.stats,
        ...(report.suppressed?.length ? { suppressed: report.suppressed.map(jsonFinding) } : {}),
        ...(report.stale?.length ? { stale: report.stale } : {}),
      },
      null,
      2,
    ) + '\n'
  );
}
