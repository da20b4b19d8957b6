/**
 * The only way a key becomes printable text. Reporters receive findings whose `redacted` field came
 * from here; the raw key reaches output only through `--show-secrets`.
 */
/** Keep the public prefix and the last four characters, as the OpenAI dashboard shows keys. */
export declare function redact(secret: string, prefix: string): string;
export declare function maskText(text: string): string;
export interface ExcerptSpan {
    /** 1-based columns in code units, end exclusive. */
    column: number;
    endColumn: number;
    replacement: string;
}
/**
 * A short excerpt of a line around `focus`, with every span replaced by its redacted text. The line
 * is windowed before anything else so that a multi-megabyte minified line costs nothing. `spans`
 * are the line's spans in column order.
 */
export declare function excerpt(line: string, spans: ExcerptSpan[], focus: ExcerptSpan): string;
