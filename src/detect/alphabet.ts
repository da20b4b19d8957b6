/** Byte classes used by the matcher, as lookup tables (a table read beats a regex per byte). */

function table(chars: string): Uint8Array {
  const t = new Uint8Array(256);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

const ALNUM_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Characters a key can contain (base64url). A key is bounded by "no key character on either side". */
export const KEY_CHAR = table(ALNUM_CHARS + '_-');
export const ALNUM = table(ALNUM_CHARS);
/** Characters of a service-account name inside a key prefix. */
export const NAME_CHAR = table(ALNUM_CHARS + '-');
export const HEX = table('0123456789abcdefABCDEF');
/** Standard and URL-safe base64, padding excluded. */
export const BASE64_CHAR = table(ALNUM_CHARS + '+/_-');

/** Value of a hex digit byte, or -1. */
export const HEX_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX_VALUE['0123456789abcdef'.charCodeAt(i)] = i;
  HEX_VALUE['0123456789ABCDEF'.charCodeAt(i)] = i;
}
