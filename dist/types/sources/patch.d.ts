import type { Fragment } from '../types.js';
/**
 * Streaming reader of `git log -p` output (diff and history modes). Output is cut into one block per
 * commit at the header line our `--format` writes; a block with no literal the detector starts from
 * (most of them) is dropped after one prefilter pass, so parsing costs nothing where there is no key
 * and memory holds at most one commit's patch.
 */
/** Each commit's header line: `\x01oks <sha> <unix time> <ISO date> <author email>`. */
export declare const LOG_FORMAT = "--format=%x01oks %H %at %aI %ae";
export interface CommitInfo {
    commit: string;
    time: number;
    date: string;
    author: string;
}
/** Splits a byte stream into blocks that start at a commit header, joining chunks once per block. */
export declare class BlockSplitter {
    private parts;
    private length;
    /** The last SEP.length - 1 bytes seen, however many chunks they came in. */
    private tail;
    /** Complete blocks ended by this chunk. */
    push(chunk: Buffer): Buffer[];
    end(): Buffer | undefined;
}
/**
 * The fragments of one commit's block: per file, the added lines joined, with their line numbers in
 * the new file. Hunk line counts decide what is a body line, so an added line that itself starts
 * with `++ ` is never taken for a file header.
 */
export declare function commitFragments(block: Buffer): {
    info: CommitInfo | undefined;
    fragments: Fragment[];
};
