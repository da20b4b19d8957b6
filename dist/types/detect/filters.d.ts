/** Shannon entropy in bits per character. */
export declare function entropy(s: string): number;
/** Why a structurally valid key is a placeholder, or undefined when it looks random. */
export declare function placeholderReason(left: string, right: string): string | undefined;
