import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

/**
 * SHA-256 of `data`, in hex. node:crypto is loaded on first use (a scan that finds nothing hashes
 * nothing, and loading it costs a pre-commit hook a fifth of a bare Node start-up).
 */
export function sha256Hex(data: string, encoding: BufferEncoding = 'utf8'): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha256').update(data, encoding).digest('hex');
}

/**
 * A stable, non-reversible id of a key: the same key has the same fingerprint in every mode, so
 * baselines and allow lists can name it without holding it.
 *
 * Versioned in the value, as gitleaks' fingerprint/v2 does: scheme 1 is 16 hex characters of the
 * key's SHA-256 and is written bare (what every report and baseline has held so far); a later scheme
 * is written `v2:…`, and `v1:…` is read as the bare form, so stored files keep working when the scheme
 * changes.
 */
export function fingerprint(secret: string): string {
  return sha256Hex(secret, 'latin1').slice(0, 16);
}

/** A fingerprint as config and baseline files may write it (`9c1f…` or `v1:9c1f…`), in the form reports use; undefined if it is neither. */
export function normalizeFingerprint(value: string): string | undefined {
  const m = /^(?:v1:)?([0-9a-f]{16})$/.exec(value);
  return m ? m[1] : undefined;
}
