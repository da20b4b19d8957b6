import { fromOutside } from '../report/redact.js';

/**
 * Inline allow (design.md "Allow lists"): `openai-key-scan:allow` anywhere on a line, in any comment
 * syntax (`//`, `#`, `<!-- -->`, `/* *\/`, `--`, `;`), suppresses that line's findings;
 * `openai-key-scan:allow-next-line` suppresses the next line's (for formats where a trailing comment
 * would change the value, like .properties or multi-line shell). Text after the directive is the
 * reason, shown by --explain. Longer directives (`openai-key-scan:allowed`) are not these.
 */
const DIRECTIVE = /openai-key-scan:allow(-next-line)?(?![\w-])(.*)$/;

export interface InlineAllow {
  /** Which line carried the directive. */
  where: 'same-line' | 'previous-line';
  reason?: string;
}

function parse(line: string | undefined, nextLine: boolean): InlineAllow | undefined {
  if (line === undefined) return undefined;
  // A native search first, and the regex only on a short slice: a minified line can be megabytes.
  const at = line.indexOf('openai-key-scan:allow');
  if (at === -1) return undefined;
  const m = DIRECTIVE.exec(line.slice(at, at + 400));
  if (!m || Boolean(m[1]) !== nextLine) return undefined;
  const reason = m[2]!
    .replace(/\s*(\*\/|-->|%>|#}|\}\}).*$/, '')
    .replace(/^\s*[:\-\u2013\u2014]?\s*/, '')
    .trim();
  // The reason is text from the scanned file: it may hold the line's own key (masked here, once).
  return { where: nextLine ? 'previous-line' : 'same-line', ...(reason ? { reason: fromOutside(reason, 200) } : {}) };
}

/** The allow that covers `line`, given the line just above it (if it is the real previous line). */
export function inlineAllow(line: string, previousLine?: string): InlineAllow | undefined {
  return parse(line, false) ?? parse(previousLine, true);
}
