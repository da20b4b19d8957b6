/** See ../index.ts: the OIDC path of @actions/core is never used. */
export class BearerCredentialHandler {
  constructor() {
    throw new Error('openai-key-scan makes no HTTP requests through @actions/http-client');
  }
}
