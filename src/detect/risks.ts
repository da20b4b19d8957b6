import { allowsLine } from '../config/inline.js';
import { maskText } from '../report/redact.js';
import { fingerprint } from './fingerprint.js';
import { RISK_RULES } from '../rules/risks.js';
import type { Finding, Fragment, FragmentWindow, Origin, RiskRule } from '../types.js';
import { Positions } from './positions.js';
import type { TextView } from './text.js';

/** A risk rule's match: where, what to show, and the message. No secret value is kept. */
export interface DetectedRisk {
  rule: RiskRule;
  message: string;
  /** The matched place with any assigned value cut out (`OPENAI_API_KEY=…`). */
  shown: string;
  excerpt: string;
  line: number;
  column: number;
  endColumn: number;
  lineIndex: number;
  start: number;
  end: number;
}

/** How far around a literal the regex looks: enough for any rule's line, bounded on minified code. */
const AROUND = 256;
const EXCERPT = 60;

/** The rules a file is subject to: switched on (`risks[id] !== false`) and accepting the path. */
export function risksFor(path: string, origin: Origin, enabled?: Record<string, boolean>): RiskRule[] {
  return RISK_RULES.filter((r) => enabled?.[r.id] !== false && (!r.appliesTo || r.appliesTo(path, origin)));
}

/** Text before a match that puts it in a comment: a comment line, or a comment opened before it. */
export function inComment(before: string): boolean {
  const t = before.trimStart();
  if (/^(?:\/\/|#|\*|\/\*|<!--)/.test(t)) return true;
  if (/(?:^|[\s;,(){}])\/\//.test(before)) return true;
  if (/\s#(?:\s|$)/.test(before)) return true;
  const open = before.lastIndexOf('/*');
  if (open !== -1 && before.indexOf('*/', open) === -1) return true;
  const html = before.lastIndexOf('<!--');
  return html !== -1 && before.indexOf('-->', html) === -1;
}

function lineStartNear(bytes: Uint8Array, at: number): number {
  const stop = Math.max(0, at - AROUND);
  for (let i = at - 1; i >= stop; i--) if (bytes[i] === 10) return i + 1;
  return stop;
}

function lineEndNear(bytes: Uint8Array, at: number): number {
  const stop = Math.min(bytes.length, at + AROUND);
  for (let i = at; i < stop; i++) {
    if (bytes[i] === 10) return i > 0 && bytes[i - 1] === 13 ? i - 1 : i;
  }
  return stop;
}

/**
 * Every risk in one file's text view. Each rule's literals are found with a native indexOf (one pass
 * per distinct literal, several GB/s); the rule's regex then runs only on the line around a hit,
 * clipped to AROUND bytes each side, so a multi-megabyte minified line costs nothing more.
 */
export function detectRisks(
  view: TextView,
  path: string,
  rules: readonly RiskRule[],
  window?: FragmentWindow,
  positions?: Positions,
): DetectedRisk[] {
  if (!rules.length) return [];
  const bytes = view.bytes;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const decode = (from: number, to: number) => buf.toString(view.utf16 ? 'latin1' : 'utf8', from, to);
  const found: DetectedRisk[] = [];
  const seen = new Set<string>();
  const inFile = new Map<RiskRule, boolean>();
  const literals = [...new Set(rules.flatMap((r) => r.literals))];
  for (const literal of literals) {
    const needle = Buffer.from(literal, 'latin1');
    const users = rules.filter((r) => r.literals.includes(literal));
    for (let hit = buf.indexOf(needle); hit !== -1; hit = buf.indexOf(needle, hit + 1)) {
      const from = lineStartNear(bytes, hit);
      const to = lineEndNear(bytes, hit + needle.length);
      const text = buf.toString('latin1', from, to);
      for (const rule of users) {
        rule.regex.lastIndex = 0;
        for (let m = rule.regex.exec(text); m; m = rule.regex.exec(text)) {
          if (m[0].length === 0) rule.regex.lastIndex++;
          const start = from + m.index;
          const end = start + m[0].length;
          if (start > hit || end < hit + needle.length) continue;
          const id = `${rule.id}:${start}`;
          if (seen.has(id)) continue;
          seen.add(id);
          if (window && (start < window.acceptFrom || start >= window.acceptTo)) continue;
          const groups = { ...m.groups };
          const before = buf.toString('latin1', Math.max(0, start - AROUND), start);
          if (rule.skipComments && inComment(before.slice(before.lastIndexOf('\n') + 1))) continue;
          if (rule.keep && !rule.keep(groups, path, before)) continue;
          if (rule.inFile) {
            if (!inFile.has(rule)) inFile.set(rule, rule.inFile.test(buf.toString('latin1')));
            if (!inFile.get(rule)) continue;
          }
          positions ??= new Positions(view, window);
          const at = positions.locate(start, end);
          if (allowsLine(positions.lineText(at.lineIndex))) continue;
          // The value, when the rule captures one, ends the match: cut it out of what is shown.
          const valueAt = groups.value ? end - Buffer.byteLength(groups.value, 'latin1') : end;
          const cut = valueAt < end ? '…' : '';
          const shown = decode(start, valueAt) + cut;
          const pre = decode(Math.max(from, start - EXCERPT), start);
          const post = cut ? '' : decode(end, Math.min(to, end + EXCERPT));
          const excerpt = maskText(`${start - EXCERPT > from ? '…' : ''}${pre}${shown}${post}${!cut && end + EXCERPT < to ? '…' : ''}`.replace(/\s+/g, ' ').trim());
          found.push({
            rule,
            message: rule.message(groups, path),
            shown: maskText(shown),
            excerpt,
            line: at.line,
            column: at.column,
            endColumn: at.endColumn,
            lineIndex: at.lineIndex,
            start,
            end,
          });
        }
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Risk findings of one fragment. The fingerprint names the rule, the file and what is shown (never a
 * value), so a baseline entry survives the lines moving.
 */
export function riskFindings(fragment: Fragment, risks: DetectedRisk[]): Finding[] {
  const { origin } = fragment;
  return risks.map((r): Finding => ({
    ruleId: r.rule.id,
    kind: 'risk',
    severity: r.rule.severity,
    file: fragment.path,
    line: fragment.lineMap ? (fragment.lineMap[r.line - 1] ?? r.line) : r.line,
    column: r.column,
    endColumn: r.endColumn,
    ...(origin.commit ? { commit: origin.commit } : {}),
    ...(origin.author ? { author: origin.author } : {}),
    ...(origin.date ? { date: origin.date } : {}),
    redacted: r.shown,
    fingerprint: fingerprint(`${r.rule.id}\0${fragment.path}\0${r.shown}`),
    encoding: 'plain',
    message: r.message,
    excerpt: r.excerpt,
  }));
}
