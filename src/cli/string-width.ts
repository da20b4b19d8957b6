import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Terminal width of a string, for yargs' help layout (bundled in place of the `string-width` package
 * by an esbuild alias). The package runs a large emoji regex per character, and yargs measures the
 * whole help text on every command run, even when no help is shown: ~20 ms of the pre-commit hook's
 * start-up. ASCII (all of our help) is counted at once; other text by code point.
 */
const ANSI = /\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

export default function stringWidth(text: string): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  const s = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  if (/^[\x20-\x7e]*$/.test(s)) return s.length;
  let width = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue; // control characters
    if ((cp >= 0x300 && cp < 0x370) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f)) continue; // combining, zero-width
    width += eastAsianWidth(cp);
  }
  return width;
}
