/**
 * A user glob matches the path itself and, like a .gitignore entry, anything below it; a bare name
 * (`vendor`) matches at any depth. picomatch loads only when there is a glob to match: the hook and
 * the workers never evaluate it.
 */
export declare function globMatcher(globs: string[] | undefined): Promise<((file: string) => boolean) | undefined>;
