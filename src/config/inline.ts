/**
 * Inline allow: a line that contains `openai-key-scan:allow`, in any comment syntax, has its findings
 * suppressed (design.md "Allow lists"). `allow-next-line` and other longer directives are not this one.
 */
const SAME_LINE = /openai-key-scan:allow(?![\w-])/;

export function allowsLine(line: string): boolean {
  return SAME_LINE.test(line);
}
