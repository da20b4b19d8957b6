import { KEY_RULES } from '../rules/keys.js';
import { RISK_RULES } from '../rules/risks.js';
import type { Finding, Report, Severity } from '../types.js';
import { KEY_STEPS } from './text.js';
import { placeNote, placeOf } from './place.js';
import { maskText } from './redact.js';

/**
 * SARIF 2.1.0 (design.md "Formats"): one rule per ruleId with help text, results with their region,
 * `partialFingerprints` from the key fingerprint (so code scanning tracks a key across edits), and
 * no key: the message holds only the redacted form.
 */

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
/** GitHub code scanning reads `security-severity` (0-10) to rank security results. */
const SCORE: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.0', low: '2.0' };
const HELP_URI = 'https://platform.openai.com/api-keys';

function ruleTitle(id: string): string {
  return [...KEY_RULES, ...RISK_RULES].find((r) => r.id === id)?.title ?? id.replace(/-/g, ' ');
}

function help(f: Finding): { text: string; markdown: string } {
  if (f.kind !== 'key') return { text: f.message, markdown: f.message };
  return {
    text: KEY_STEPS.map((s, i) => `${i + 1}. ${s}`).join('\n'),
    markdown: KEY_STEPS.map((s, i) => `${i + 1}. ${s}`).join('\n'),
  };
}

function uri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

export function toSarif(report: Report): string {
  const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const rules = ruleIds.map((id) => {
    const sample = report.findings.find((f) => f.ruleId === id)!;
    const worst = report.findings.filter((f) => f.ruleId === id).map((f) => f.severity).sort((a, b) => Number(SCORE[b]) - Number(SCORE[a]))[0]!;
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: ruleTitle(id) },
      fullDescription: { text: sample.kind === 'key' ? `${ruleTitle(id)}: a secret that grants use of the OpenAI API and bills its owner.` : sample.message },
      helpUri: HELP_URI,
      help: help(sample),
      // Risks warn (design.md "Exit codes"): never an error-level result, whatever their severity.
      defaultConfiguration: { level: sample.kind === 'risk' ? 'warning' : LEVEL[worst] },
      properties: { tags: ['security', 'secret', 'openai'], 'security-severity': SCORE[worst] },
    };
  });
  const results = report.findings.map((f) => {
    const place = placeOf(f);
    return {
    ruleId: f.ruleId,
    ruleIndex: ruleIds.indexOf(f.ruleId),
    level: f.kind === 'risk' ? 'warning' : LEVEL[f.severity],
    message: {
      text: `${f.message}${placeNote(f, place)} (${f.redacted}${f.verification ? `, ${f.verification.status}` : ''}${f.commit ? `, added in ${f.commit.slice(0, 12)}` : ''})`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(place.file), uriBaseId: '%SRCROOT%' },
          // An archive member or binary content: the outer file, line 1 (GitHub needs a line).
          region: place.region ?? { startLine: 1 },
        },
      },
    ],
    partialFingerprints: { 'openaiKeyFingerprint/v1': `${f.fingerprint}:${f.file}` },
    properties: {
      severity: f.severity,
      redacted: f.redacted,
      encoding: f.encoding,
      ...(f.commit ? { commit: f.commit } : {}),
      ...(f.exposure?.length ? { exposure: f.exposure } : {}),
      verification: f.verification?.status ?? 'unchecked',
      ...(f.file !== place.file ? { file: maskText(f.file) } : {}),
      ...(f.offset !== undefined ? { offset: f.offset } : {}),
    },
  };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: 'https://www.npmjs.com/package/openai-key-scan',
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the scanned repository or folder.' } } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
