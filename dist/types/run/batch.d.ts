import type { FileEntry as Entry } from '../types.js';
/**
 * A batch of listed files, as the pool sends it to each worker: the paths joined into two strings
 * and a flag per file, since a structured clone of one object per file cost more than reading the
 * small files (170M instructions for 8,600 entries, serialising and rebuilding them property by
 * property). A batch holding a name that is not UTF-8 (its path in bytes) goes as objects.
 */
export type BatchMessage = {
    index: number;
    abs: string;
    files: string;
    flags: string;
} | {
    index: number;
    entries: Entry[];
};
/** A batch as posted to the workers. */
export declare function encodeBatch(index: number, entries: readonly Entry[]): BatchMessage;
/** The files of a batch, as a worker reads them. */
export declare function decodeBatch(m: BatchMessage): Entry[];
