import { inlineAllow, type InlineAllow } from '../config/inline.js';
import { maskText } from '../report/redact.js';
import { fingerprint } from './fingerprint.js';
import { RISK_RULES } from '../rules/risks.js';
import type { Finding, Fragment, FragmentWindow, Origin, RiskRule } from '../types.js';
import { Positions } from './positions.js';
import type { TextView } from './text.js';
import { work } from './work.js';

/** A risk rule's match: where, what to show, and the message. No secret value is kept. */
export interface DetectedRisk {
  rule: RiskRule;
  message: string;
  /** The matched place with any assigned value cut out (`OPENAI_API_KEY=…`). */
  shown: string;
  excerpt: string;
  /** An allow directive on the match's line, and one (`allow-next-line`) on the line above it. */
  allowHere?: InlineAllow;
  allowAbove?: InlineAllow;
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
/**
 * Findings per rule per file. Past a hundred the file is one pattern repeated (generated code) and
 * more findings tell nothing new; locating each on a multi-megabyte line would cost its length.
 */
const MAX_PER_RULE = 100;

/**
 * Risk literals of 8+ bytes are found by the key detector's one prefilter pass (detect/index.ts);
 * shorter ones (committed-dotenv's `OPENAI_`, read in .env files only) by indexOf here, since they
 * would shorten that pass's skip distance for every file.
 */
export const RISK_LITERALS: readonly string[] = [...new Set(RISK_RULES.flatMap((r) => r.literals))];
export const PREFILTERED_RISK_LITERALS: readonly string[] = RISK_LITERALS.filter((l) => l.length >= 8);

const PREFILTERED_RULES = new Set(RISK_RULES.filter((r) => r.literals.every((l) => PREFILTERED_RISK_LITERALS.includes(l))));
/** Rules that look for a literal of their own (shorter than the prefilter's window). */
const OWN_SEARCH_RULES = RISK_RULES.filter((r) => !PREFILTERED_RULES.has(r));

/**
 * The rules a file is subject to: switched on (`risks[id] !== false`) and accepting the path. Given
 * the prefilter's risk hits and none among them, only a rule with a search of its own can match: the
 * others are not even asked about the path (most files of a tree hold no risk literal).
 */
export function risksFor(path: string, origin: Origin, enabled?: Record<string, boolean>, prefiltered?: ReadonlyMap<string, number[]>): RiskRule[] {
  const candidates = prefiltered?.size === 0 ? OWN_SEARCH_RULES : RISK_RULES;
  return candidates.filter((r) => enabled?.[r.id] !== false && (!r.appliesTo || r.appliesTo(path, origin)));
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

function allOffsets(buf: Buffer, needle: Buffer): number[] {
  const out: number[] = [];
  for (let at = buf.indexOf(needle); at !== -1; at = buf.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/**
 * Every risk in one file's text view. Each rule's literals come from the key detector's prefilter
 * (`prefiltered`) or a native indexOf; the rule's regex then runs only on the line around a hit,
 * clipped to AROUND bytes each side, so a multi-megabyte minified line costs nothing more.
 */
export function detectRisks(
  view: TextView,
  path: string,
  rules: readonly RiskRule[],
  window?: FragmentWindow,
  positions?: Positions,
  prefiltered?: Map<string, number[]>,
): DetectedRisk[] {
  if (!rules.length) return [];
  // The common case: the prefilter saw no risk literal, and no rule needs a search of its own.
  if (prefiltered && prefiltered.size === 0 && rules.every((r) => PREFILTERED_RULES.has(r))) return [];
  const bytes = view.bytes;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const decode = (from: number, to: number) => buf.toString(view.utf16 ? 'latin1' : 'utf8', from, to);
  const found: DetectedRisk[] = [];
  const seen = new Set<string>();
  const inFile = new Map<RiskRule, boolean>();
  const allowed = new Map<number, { here?: InlineAllow; above?: InlineAllow }>();
  const count = new Map<RiskRule, number>();
  const literals = [...new Set(rules.flatMap((r) => r.literals))];
  for (const literal of literals) {
    const needle = Buffer.from(literal, 'latin1');
    const users = rules.filter((r) => r.literals.includes(literal));
    const offsets = prefiltered && PREFILTERED_RISK_LITERALS.includes(literal) ? (prefiltered.get(literal) ?? []) : allOffsets(buf, needle);
    // Hits whose lines (clipped to AROUND each side) overlap are read as one window, so each byte
    // meets each regex about once however many literals a file repeats.
    for (let i = 0; i < offsets.length; ) {
      const from = lineStartNear(bytes, offsets[i]!);
      let to = lineEndNear(bytes, offsets[i]! + needle.length);
      for (i++; i < offsets.length && offsets[i]! < to; i++) to = Math.max(to, lineEndNear(bytes, offsets[i]! + needle.length));
      const text = buf.toString('latin1', from, to);
      work.around += (to - from) * users.length;
      for (const rule of users) {
        rule.regex.lastIndex = 0;
        for (let m = rule.regex.exec(text); m; m = rule.regex.exec(text)) {
          if (m[0].length === 0) rule.regex.lastIndex++;
          const start = from + m.index;
          const end = start + m[0].length;
          if ((count.get(rule) ?? 0) >= MAX_PER_RULE) break;
          const id = `${rule.id}:${start}`;
          if (seen.has(id)) continue;
          seen.add(id);
          if (window && (start < window.acceptFrom || start >= window.acceptTo)) continue;
          if (rule.inFile) {
            if (!inFile.has(rule)) inFile.set(rule, rule.inFile.test(buf.toString('latin1')));
            if (!inFile.get(rule)) break;
          }
          const groups = { ...m.groups };
          const before = buf.toString('latin1', Math.max(0, start - AROUND), start);
          if (rule.skipComments && inComment(before.slice(before.lastIndexOf('\n') + 1))) continue;
          if (rule.keep && !rule.keep(groups, path, before)) continue;
          positions ??= new Positions(view, window);
          const at = positions.locate(start, end);
          let allow = allowed.get(at.lineIndex);
          if (!allow) {
            const here = positions.lineText(at.lineIndex);
            const above = at.lineIndex > 0 ? positions.lineText(at.lineIndex - 1) : undefined;
            allow = { here: inlineAllow(here), above: above === undefined ? undefined : inlineAllow('', above) };
            allowed.set(at.lineIndex, allow);
          }
          // The excerpt stays on the match's line, even when the window spans several.
          const lineFrom = from + text.lastIndexOf('\n', m.index) + 1;
          const nl = text.indexOf('\n', m.index);
          const lineTo = nl === -1 ? to : from + nl - (text[nl - 1] === '\r' ? 1 : 0);
          // The value, when the rule captures one, ends the match: cut it out of what is shown.
          const valueAt = groups.value ? end - Buffer.byteLength(groups.value, 'latin1') : end;
          const cut = valueAt < end ? '…' : '';
          const shown = decode(start, valueAt) + cut;
          const pre = decode(Math.max(lineFrom, start - EXCERPT), start);
          const post = cut ? '' : decode(end, Math.min(lineTo, end + EXCERPT));
          const excerpt = maskText(`${start - EXCERPT > lineFrom ? '…' : ''}${pre}${shown}${post}${!cut && end + EXCERPT < lineTo ? '…' : ''}`.replace(/\s+/g, ' ').trim());
          count.set(rule, (count.get(rule) ?? 0) + 1);
          found.push({
            rule,
            message: rule.message(groups, path),
            shown: maskText(shown),
            excerpt,
            ...(allow.here ? { allowHere: allow.here } : {}),
            ...(allow.above ? { allowAbove: allow.above } : {}),
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
export function riskFindings(fragment: Fragment, risks: DetectedRisk[], noInlineAllow = false): Finding[] {
  const { origin, lineMap } = fragment;
  // As for keys: the line above counts only when it is the file's previous line (not so in a diff).
  const allowOf = (r: DetectedRisk) => {
    if (noInlineAllow) return undefined;
    const adjacent = !lineMap || lineMap[r.lineIndex - 1] === lineMap[r.lineIndex]! - 1;
    return r.allowHere ?? (adjacent ? r.allowAbove : undefined);
  };
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
    ...(allowOf(r) ? { suppressed: { by: 'inline' as const, ...(allowOf(r)!.reason ? { reason: allowOf(r)!.reason } : {}) } } : {}),
  }));
}
