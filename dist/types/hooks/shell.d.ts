/** A word for a POSIX shell line: as it is when it is plainly safe, else single-quoted. */
export declare function shellWord(s: string): string;
