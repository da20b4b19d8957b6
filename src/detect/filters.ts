/**
 * Placeholders that have the shape of a key: documentation text, runs of one character, counting
 * sequences. They are checked on the two random segments only, and are long enough (4+ characters,
 * case-sensitive) that a real random 40- to 148-character segment pair trips them about once in
 * 100,000 keys (trufflehog's 4-letter, case-insensitive wordlist hides real keys far more often).
 */
const WORDS = /EXAMPLE|[Ee]xample|XXXX|xxxx|PLACEHOLDER|[Pp]laceholder|YOUR|[Yy]our|REPLACE|[Rr]eplace|REDACTED|[Rr]edacted|DUMMY|[Dd]ummy|SAMPLE|[Ss]ample/;

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A run of `n` identical characters, or of `n` characters counting up or down by one. */
function hasRun(s: string, n: number): boolean {
  let same = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    same = d === 0 ? same + 1 : 1;
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (same >= n || up >= n || down >= n) return true;
  }
  return false;
}

/** Why a structurally valid key is a placeholder, or undefined when it looks random. */
export function placeholderReason(left: string, right: string): string | undefined {
  const random = left + right;
  if (WORDS.test(random)) return 'placeholder text';
  if (hasRun(left, 6) || hasRun(right, 6)) return 'repeated or sequential characters';
  if (entropy(random) < 3.5) return 'low entropy';
  return undefined;
}
