/**
 * Placeholders that have the shape of a key: documentation text, runs of one character, counting
 * sequences. They are checked on each random segment alone (a word across the marker is chance).
 * Words of five letters or more count in either segment; four-letter ones (`your`, `XXXX`) only when
 * both segments hold one, as a person filling in a placeholder writes them: a single `your` turns up
 * by chance in about 1 in 25,000 real 74+74 keys (measured), a pair in about 1 in 2 billion. Measured
 * on 1,000,000 random keys of each shape (test/bench/placeholder-rate.mjs): see the README.
 */
const WORDS = /EXAMPLE|[Ee]xample|PLACEHOLDER|[Pp]laceholder|REPLACE|[Rr]eplace|REDACTED|[Rr]edacted|DUMMY|[Dd]ummy|SAMPLE|[Ss]ample/;
const SHORT_WORDS = /YOUR|[Yy]our|XXXX|xxxx/;

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
  if (WORDS.test(left) || WORDS.test(right) || (SHORT_WORDS.test(left) && SHORT_WORDS.test(right))) return 'placeholder text';
  const random = left + right;
  if (hasRun(left, 6) || hasRun(right, 6)) return 'repeated or sequential characters';
  if (entropy(random) < 3.5) return 'low entropy';
  return undefined;
}
