/** See ../index.ts: the OIDC path of @actions/core is never used. */
export declare class BearerCredentialHandler {
    constructor();
}
