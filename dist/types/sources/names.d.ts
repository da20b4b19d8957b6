/**
 * File names are bytes on Linux and in git, and need not be UTF-8. A name that is not is read by its
 * bytes (an fs call takes a Buffer path) and shown with each byte that is not part of valid UTF-8
 * written `\xff`: decoding it as UTF-8 would turn those bytes into U+FFFD, a name that does not exist,
 * and the file would be skipped without a word.
 */
export declare function nameFromBytes(bytes: Buffer): string;
/** Whether a name decoded as UTF-8 may have lost bytes (only then is it worth reading as bytes). */
export declare const mayBeLossy: (name: string) => boolean;
