/**
 * SHA-256 of `data`, in hex. node:crypto is loaded on first use (a scan that finds nothing hashes
 * nothing, and loading it costs a pre-commit hook a fifth of a bare Node start-up).
 */
export declare function sha256Hex(data: string, encoding?: BufferEncoding): string;
/**
 * A stable, non-reversible id of a key: the same key has the same fingerprint in every mode, so
 * baselines and allow lists can name it without holding it.
 *
 * Versioned in the value, as gitleaks' fingerprint/v2 does: scheme 1 is 16 hex characters of the
 * key's SHA-256 and is written bare (what every report and baseline has held so far); a later scheme
 * is written `v2:…`, and `v1:…` is read as the bare form, so stored files keep working when the scheme
 * changes.
 */
export declare function fingerprint(secret: string): string;
/** A fingerprint as config and baseline files may write it (`9c1f…` or `v1:9c1f…`), in the form reports use; undefined if it is neither. */
export declare function normalizeFingerprint(value: string): string | undefined;
