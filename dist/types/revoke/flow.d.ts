import type { Finding, Verification } from '../types.js';
import { type ApiKeyEntry } from './admin.js';
/**
 * From found keys to dead keys (design.md "Revocation"): verify each distinct key; for a working one,
 * find its project from the verification's headers, list the project's keys with the admin key, and
 * act only on exactly one entry whose redacted value agrees with the key. Nothing is deleted unless
 * the caller confirms; after a deletion the key is verified again and is `revoked` only on a 401.
 */
export declare const DASHBOARD_URL = "https://platform.openai.com/api-keys";
export declare const ADMIN_KEYS_URL = "https://platform.openai.com/settings/organization/admin-keys";
export declare const ADMIN_KEY_ENV = "OPENAI_ADMIN_KEY";
export declare function projectKeysUrl(project: string): string;
/**
 * What became of one key. Left live (`live: true`) unless it is `revoked` or `already-dead`: a key
 * the tool could not judge counts as live, because exit 0 over a working key is the worst failure.
 */
export type RevokeStatus = 'revoked' | 'would-revoke' | 'declined' | 'already-dead' | 'still-live' | 'delete-failed' | 'no-match' | 'ambiguous' | 'no-project' | 'other-organization' | 'admin-forbidden' | 'admin-unauthorized' | 'admin-error' | 'no-admin-key' | 'unknown' | 'not-found';
export interface FoundAt {
    file: string;
    line: number;
    commit?: string;
}
export interface KeyOutcome {
    ruleId: string;
    redacted: string;
    fingerprint: string;
    status: RevokeStatus;
    /** Still works, or could not be shown dead. */
    live: boolean;
    /** What happened, one sentence. */
    detail: string;
    /** What a person should do by hand, when the tool stopped short. */
    byHand?: string;
    verification?: Verification;
    /** The verification after the deletion. */
    after?: Verification;
    organization?: string;
    project?: string;
    match?: ApiKeyEntry;
    /** Several agreeing entries: the first few, for the person who must choose. */
    candidates?: ApiKeyEntry[];
    found: FoundAt[];
    /** After a revocation: how to replace the key. */
    rotation?: string[];
}
export interface RevokeReport {
    dryRun: boolean;
    adminOrganization?: string;
    keys: KeyOutcome[];
    revoked: number;
    leftLive: number;
}
/** What a confirmation callback is asked about: one key and the single entry it matched. */
export interface RevokePlan {
    redacted: string;
    project?: string;
    entry: ApiKeyEntry;
    admin: boolean;
}
export interface RevokeOptions {
    /** The admin key; default: the OPENAI_ADMIN_KEY environment variable (never a flag or a file). */
    adminKey?: string;
    /** Default: OPENAI_KEY_SCAN_BASE_URL, else https://api.openai.com (https, or http to loopback only). */
    baseUrl?: string;
    /** Delete matched keys: false (dry run, the default), true, or ask per key. */
    confirm?: boolean | ((plan: RevokePlan) => Promise<boolean>);
    /** Per request, milliseconds (default 10 s for verification, 15 s for the Admin API). */
    timeoutMs?: number;
    /** Waits before each re-check after a deletion (OpenAI may take a moment to drop a key); default [0, 2000, 5000]. */
    recheckDelaysMs?: number[];
    /** Called as each key is settled (progress, or printing as you go). */
    onOutcome?: (outcome: KeyOutcome) => void;
}
/** A key the caller knows of but could not give in full (a report entry not found again). */
export interface UnresolvedKey {
    ruleId: string;
    redacted: string;
    fingerprint: string;
    found: FoundAt[];
}
interface KeyGroup {
    secret: string;
    ruleId: string;
    redacted: string;
    fingerprint: string;
    found: FoundAt[];
    /** A variable the key was assigned to, read from the redacted excerpt (OPENAI_API_KEY=…). */
    variable?: string;
}
/** Distinct keys among the findings, each with every place it was found. Findings need `secret`. */
export declare function groupKeys(findings: Finding[]): KeyGroup[];
/** The steps after a revocation: where the key sat, who makes the new one, where it goes. */
export declare function rotationSteps(group: Pick<KeyGroup, 'ruleId' | 'found' | 'variable'>, entry: ApiKeyEntry | undefined, project: string | undefined): string[];
/**
 * Revoke every distinct key among `findings` (they need `secret`: scan with `keepSecrets: true`).
 * `unresolved` keys (known only by fingerprint) are reported as left live, with what to do.
 */
export declare function revokeFindings(findings: Finding[], options?: RevokeOptions, unresolved?: UnresolvedKey[]): Promise<RevokeReport>;
export {};
