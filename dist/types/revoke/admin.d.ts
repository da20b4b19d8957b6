/**
 * The few Admin API calls revocation needs (design.md "Revocation"), on plain fetch: list a project's
 * keys (every page), delete one, the same for admin keys. The admin key travels only in the
 * Authorization header, to the base URL verification uses; redirects are never followed; every body
 * read is capped; nothing from a response reaches output unmasked.
 */
/** 100 keys a page: 200 pages is 20,000 keys in one project, far past any real one; a server that pages forever stops here. */
export declare const MAX_PAGES = 200;
export interface KeyOwner {
    type: 'user' | 'service_account' | string;
    /** The user's e-mail or name, or the service account's name; server text, masked and escaped. */
    name?: string;
    id?: string;
}
/** One entry of a project's (or the organisation's admin) key list; strings are masked and escaped. */
export interface ApiKeyEntry {
    id: string;
    name?: string;
    redactedValue: string;
    /** ISO dates (the API gives Unix seconds). */
    createdAt?: string;
    lastUsedAt?: string;
    owner?: KeyOwner;
}
/** An Admin API call that did not do its job; `status` 0 for a network failure or an unreadable answer. */
export declare class AdminApiError extends Error {
    readonly status: number;
    readonly code?: string | undefined;
    readonly name = "AdminApiError";
    constructor(status: number, message: string, code?: string | undefined);
}
export interface AdminClientOptions {
    baseUrl: string;
    adminKey: string;
    timeoutMs?: number;
}
/** Server text made safe to print: keys masked, control characters escaped, length bounded. */
export declare function serverText(value: unknown, max?: number): string | undefined;
/** An entry as the API lists it; undefined when it lacks an id or a redacted value (it cannot be matched). */
export declare function entryOf(raw: unknown): ApiKeyEntry | undefined;
export declare class AdminClient {
    private readonly options;
    private readonly timeoutMs;
    constructor(options: AdminClientOptions);
    private call;
    /** An error for a non-2xx answer: the status, OpenAI's error code, a masked message. */
    private failure;
    /**
     * Which organisation the admin key belongs to, from the `openai-organization` header of the
     * cheapest admin call; throws a 401 or 403 AdminApiError when the key is not a working admin key.
     */
    organization(): Promise<string | undefined>;
    /** Every page of a list endpoint (`after` = the previous page's `last_id`, while `has_more`). */
    private listAll;
    /** All keys of a project, whoever owns them (users and service accounts). */
    projectKeys(project: string): Promise<ApiKeyEntry[]>;
    adminKeys(): Promise<ApiKeyEntry[]>;
    deleteProjectKey(project: string, keyId: string): Promise<void>;
    deleteAdminKey(keyId: string): Promise<void>;
}
