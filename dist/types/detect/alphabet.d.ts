/** Byte classes used by the matcher, as lookup tables (a table read beats a regex per byte). */
/** Characters a key can contain (base64url). A key is bounded by "no key character on either side". */
export declare const KEY_CHAR: Uint8Array<ArrayBufferLike>;
export declare const ALNUM: Uint8Array<ArrayBufferLike>;
/** Characters of a service-account name inside a key prefix. */
export declare const NAME_CHAR: Uint8Array<ArrayBufferLike>;
export declare const HEX: Uint8Array<ArrayBufferLike>;
/** Standard and URL-safe base64, padding excluded. */
export declare const BASE64_CHAR: Uint8Array<ArrayBufferLike>;
/** Value of a hex digit byte, or -1. */
export declare const HEX_VALUE: Int8Array<ArrayBuffer>;
