/**
 * A stable, non-reversible id of a key: the same key has the same fingerprint in every mode, so
 * baselines and allow lists can name it without holding it. Versioned (gitleaks keeps fingerprint v1
 * and v2 side by side) so stored files keep working if the scheme ever changes.
 */
export declare const FINGERPRINT_VERSION = 1;
export declare function fingerprint(secret: string): string;
