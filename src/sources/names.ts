import { isUtf8 } from 'node:buffer';

/**
 * File names are bytes on Linux and in git, and need not be UTF-8. A name that is not is read by its
 * bytes (an fs call takes a Buffer path) and shown with each byte that is not part of valid UTF-8
 * written `\xff`: decoding it as UTF-8 would turn those bytes into U+FFFD, a name that does not exist,
 * and the file would be skipped without a word.
 */
export function nameFromBytes(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    const seq = n ? bytes.subarray(i, i + n) : undefined;
    if (seq && seq.length === n && isUtf8(seq)) {
      out += seq.toString('utf8');
      i += n;
    } else {
      out += `\\x${b.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** Whether a name decoded as UTF-8 may have lost bytes (only then is it worth reading as bytes). */
export const mayBeLossy = (name: string): boolean => name.includes('\uFFFD');
