import type { ApiKeyEntry } from './admin.js';

/**
 * Which listed key a found key is. The Admin API shows each key as a `redacted_value`: the visible
 * head (`sk-proj-`, sometimes a few characters more), a mask (`...`, `…` or a run of `*`), the last
 * few characters. A found key agrees with an entry when it starts with the head and ends with the
 * tail; the revocation acts only on exactly one agreeing entry.
 */

export interface RedactedParts {
  head: string;
  tail: string;
}

/** The visible head and tail of a redacted value, or undefined when it cannot be read as one. */
export function redactedParts(value: string): RedactedParts | undefined {
  const m = /^(sk-[A-Za-z0-9_-]*?)(?:\.{3,}|\u2026|\*{3,})([A-Za-z0-9_-]+)$/.exec(value);
  if (!m) return undefined;
  return { head: m[1]!, tail: m[2]! };
}

/** Fewer visible characters at the end than this match too many keys to mean anything. */
export const MIN_TAIL = 3;

export function agrees(key: string, redactedValue: string): boolean {
  const parts = redactedParts(redactedValue);
  if (!parts || parts.tail.length < MIN_TAIL) return false;
  return parts.head.length + parts.tail.length < key.length && key.startsWith(parts.head) && key.endsWith(parts.tail);
}

/** Every entry the key agrees with: one is a match, none or several is a reason to stop. */
export function matchingEntries(key: string, entries: ApiKeyEntry[]): ApiKeyEntry[] {
  return entries.filter((e) => agrees(key, e.redactedValue));
}
