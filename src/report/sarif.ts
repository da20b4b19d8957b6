import type { Log, ReportingDescriptor, Result } from 'sarif';
import { docsUrl, README_URL, RULES } from '../rules/index.js';
import type { Report, Rule, Severity } from '../types.js';
import { maskText } from './redact.js';
import { placeNote, placeOf } from './place.js';
import { KEY_STEPS } from './text.js';

/**
 * SARIF 2.1.0 (design.md "Formats"): every rule the scanner has (not only those that fired, so code
 * scanning knows a rule that stopped firing still ran), each with help text and a link to its README
 * section; results with their region and `partialFingerprints` from the key fingerprint (so code
 * scanning tracks a key across edits); `automationDetails.id` per mode, so a `diff` upload and a
 * `history` upload are separate analyses; and no key: messages hold only the redacted form.
 */

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
/** GitHub code scanning reads `security-severity` (0-10) to rank security results. */
const SCORE: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.0', low: '2.0' };

/** Risks warn (design.md "Exit codes"): never an error-level result, whatever their severity. */
function levelOf(kind: Rule['kind'], severity: Severity): 'error' | 'warning' | 'note' {
  return kind === 'risk' ? 'warning' : LEVEL[severity];
}

function steps(rule: Rule): string[] {
  return rule.kind === 'key' ? KEY_STEPS : [rule.fix];
}

export function sarifRule(rule: Rule): ReportingDescriptor {
  const todo = steps(rule).map((s, i) => `${i + 1}. ${s}`).join('\n');
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    helpUri: docsUrl(rule),
    help: {
      text: `${rule.description}\n\nWhat to do:\n${todo}\n\n${docsUrl(rule)}`,
      markdown: `${rule.description}\n\n**What to do:**\n\n${todo}\n\n[${rule.id} in the openai-key-scan README](${docsUrl(rule)})`,
    },
    defaultConfiguration: { level: levelOf(rule.kind, rule.severity) },
    properties: { tags: ['security', 'secret', 'openai', rule.kind], 'security-severity': SCORE[rule.severity] },
  };
}

function uri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** `openai-key-scan/<mode>/`: code scanning keeps one analysis per id (plus the upload's category). */
export function automationId(report: Report): string {
  return `${report.tool.name}/${report.mode}/`;
}

export function toSarifLog(report: Report): Log {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const results: Result[] = report.findings.map((f) => {
    const place = placeOf(f);
    return {
    ruleId: f.ruleId,
    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId)! } : {}),
    level: levelOf(f.kind, f.severity),
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
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: README_URL,
            rules: RULES.map(sarifRule),
          },
        },
        automationDetails: { id: automationId(report) },
        // A report exists only when the scan ran to its end; warnings (unreadable files, a shallow
        // history) travel as notifications, masked like every string from outside.
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.warnings.map((w) => ({ level: 'warning' as const, message: { text: maskText(w.message) }, descriptor: { id: w.code } })),
          },
        ],
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the scanned repository or folder.' } } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export function toSarif(report: Report): string {
  return JSON.stringify(toSarifLog(report), null, 2) + '\n';
}
