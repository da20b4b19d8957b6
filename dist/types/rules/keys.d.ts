import type { KeyRule } from '../types.js';
/**
 * OpenAI secret keys: `sk-` + optional type prefix + random segment + `T3BlbkFJ` (base64 of "OpenAI")
 * + a second random segment of the same length. Lengths seen so far: 20 (alphanumeric), 46, 58, 74
 * (base64url); any equal pair from 20 to 100 is accepted since OpenAI promises no length.
 * Sources: ../shared/research/openai-key-formats.md (gitleaks, trufflehog, trivy, kingfisher fixtures).
 *
 * Samples: `{{key:<type>:<len>}}` is filled at test time with a random key of that shape
 * (`<type>` is legacy, proj, svcacct, admin, none or name=<service-name>); `{{fake:<vendor>}}` with a
 * look-alike that is not an OpenAI key. No key-shaped literal is committed.
 */
export declare const MARKER = "T3BlbkFJ";
export declare const KEY_RULES: readonly KeyRule[];
