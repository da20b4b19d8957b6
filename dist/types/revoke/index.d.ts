import { type FoundAt, type RevokeOptions, type RevokeReport } from './flow.js';
export { revokeFindings, rotationSteps, groupKeys, DASHBOARD_URL, ADMIN_KEYS_URL, ADMIN_KEY_ENV, projectKeysUrl } from './flow.js';
export type { RevokeOptions, RevokeReport, KeyOutcome, RevokeStatus, RevokePlan, FoundAt, UnresolvedKey } from './flow.js';
export { AdminClient, AdminApiError, type ApiKeyEntry, type KeyOwner } from './admin.js';
export { agrees, redactedParts, matchingEntries } from './match.js';
export { toRevokeText, toRevokeJson, entryLine } from './format.js';
/** Where the keys to revoke come from: exactly one of these (none: the current directory's tree). */
export interface RevokeSource {
    /** Files or folders, as a tree scan reads them. */
    paths?: string[];
    /** Every commit reachable from any ref. */
    history?: boolean;
    /** The commits in base..head. */
    range?: {
        base: string;
        head: string;
    };
    /**
     * A JSON report (`--format json`) of an earlier scan. It holds fingerprints, never keys: the files
     * and commits it names are scanned again and the keys whose fingerprints it lists are revoked.
     */
    fromReport?: string;
    cwd?: string;
}
interface ReportKey {
    ruleId: string;
    redacted: string;
    fingerprint: string;
    found: FoundAt[];
}
/** The key findings of a JSON report, by fingerprint; a file that is not our JSON report is a UsageError. */
export declare function reportKeys(text: string, file: string): Map<string, ReportKey>;
/**
 * Find the keys of one source and revoke each (see revokeFindings): the library's `revoke`, which the
 * CLI's `openai-key-scan revoke` calls. Dry run unless `confirm` says otherwise.
 */
export declare function revoke(source?: RevokeSource, options?: RevokeOptions): Promise<RevokeReport>;
