import { BASELINE_CAP, readRegularFile, writeFileAtomic } from './files.js';
import { UsageError } from '../types.js';
import type { Finding } from '../types.js';
import { normalizeFingerprint } from '../detect/fingerprint.js';
import { pathFromOutside } from '../report/redact.js';

/**
 * The baseline file (design.md "Allow lists"): accepted findings as fingerprint + file + rule, with no
 * secret, no line numbers and no timestamps, sorted and versioned, so that moving lines or re-running
 * never changes it and a diff of it reads as what was accepted. The same key in another file is a new
 * finding; another key in the same file never matches an entry.
 */

export const BASELINE_FILE = '.openai-key-scan-baseline.json';
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  file: string;
  ruleId: string;
}

/**
 * Files are compared as written to a baseline: masked and escaped (a file named with a key is stored
 * with the key masked, and still matches the finding it came from).
 */
export const entryKey = (e: BaselineEntry): string => `${e.fingerprint}\0${pathFromOutside(e.file)}\0${e.ruleId}`;

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const seen = new Map<string, BaselineEntry>();
  for (const e of entries) seen.set(entryKey(e), { fingerprint: e.fingerprint, file: e.file, ruleId: e.ruleId });
  return [...seen.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
}

export function baselineText(entries: BaselineEntry[]): string {
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: 'openai-key-scan', findings: sortEntries(entries) }, null, 2)}\n`;
}

export function entriesOf(findings: Finding[]): BaselineEntry[] {
  return findings.map((f) => ({ fingerprint: f.fingerprint, file: pathFromOutside(f.file), ruleId: f.ruleId }));
}

export function parseBaseline(text: string, file: string): BaselineEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not valid JSON (${(e as Error).message.split('\n')[0]}): write it with \`openai-key-scan baseline\``);
  }
  const obj = json as { version?: unknown; findings?: unknown };
  if (!obj || typeof obj !== 'object' || obj.version !== BASELINE_VERSION || !Array.isArray(obj.findings)) {
    throw new UsageError(`${file}: not a version ${BASELINE_VERSION} baseline: write it with \`openai-key-scan baseline\``);
  }
  return obj.findings.map((e, i) => {
    const r = e as Record<string, unknown>;
    if (!r || typeof r.fingerprint !== 'string' || typeof r.file !== 'string' || typeof r.ruleId !== 'string') {
      throw new UsageError(`${file}: findings[${i}] needs fingerprint, file and ruleId strings`);
    }
    const fingerprint = normalizeFingerprint(r.fingerprint);
    if (fingerprint === undefined) throw new UsageError(`${file}: findings[${i}].fingerprint is not a fingerprint as reports show it`);
    return { fingerprint, file: r.file, ruleId: r.ruleId };
  });
}

/** The baseline at `file`, read only as a regular file (inside `root` when given) up to a size cap. */
export function readBaseline(file: string, root?: string): BaselineEntry[] {
  const text = readRegularFile(file, `--baseline ${file}`, BASELINE_CAP, root);
  if (text === undefined) throw new UsageError(`--baseline: no such file: ${file} (write one with \`openai-key-scan baseline\`)`);
  return parseBaseline(text, file);
}

/** Written atomically, never through a link out of `root`. */
export function writeBaseline(file: string, entries: BaselineEntry[], root?: string): void {
  writeFileAtomic(file, baselineText(entries), 'the baseline', root);
}
