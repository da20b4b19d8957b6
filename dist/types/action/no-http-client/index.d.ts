/**
 * Bundled in place of @actions/http-client (an esbuild alias). @actions/core imports it only for
 * getIDToken (OIDC), which this tool never calls; the real package loads http, https and TLS on every
 * start of the CLI, the pre-commit hook included. Anything that did reach it fails loudly.
 */
export declare class HttpClient {
    constructor();
}
