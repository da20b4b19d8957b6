import type { RiskRule } from '../types.js';
/**
 * Risk rules: patterns that put OpenAI keys where they leak, whether or not a key is present yet
 * (design.md "Risk rules"). Data, run by src/detect/risks.ts; each rule's samples are in
 * risks.samples.ts, by id.
 */
/** `.env`, `.env.local`, `.env.production`…: the files dotenv and the frameworks load. */
export declare function isDotenv(path: string): boolean;
export declare function isDotenvTemplate(path: string): boolean;
export declare function isSecretName(name: string): boolean;
/**
 * A value that is no secret: empty, short, a reference to another variable (`${OPENAI_KEY}`,
 * `$KEY`, `%KEY%`) or template text (`sk-...`, `<your key>`, `changeme`).
 */
export declare function isPlaceholderValue(raw: string): boolean;
/** Prefixes that build tools inline into client code, and who does it. */
export declare const PUBLIC_PREFIXES: Record<string, string>;
/**
 * Whether the text before a place on its line ends inside a string literal (`"`, `'` or a template
 * literal), by the quotes before it: `throw new Error("… dangerouslyAllowBrowser: true …")` is a
 * message, not a setting.
 */
export declare function inStringLiteral(lineBefore: string): boolean;
export declare const RISK_RULES: readonly RiskRule[];
