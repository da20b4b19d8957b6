import { type Fragment, type Origin, type Source } from '../types.js';
/**
 * git's pickaxe (-G, an extended regex) keeps only the file changes whose added or removed lines hold
 * a literal the detector starts from, so git writes (and we read) only those. UTF-16 text puts a NUL
 * between the marker's letters: `[^[:alnum:]]` matches it (`.` does not match NUL in git's regex).
 */
export declare function pickaxe(literals: readonly string[], wide: readonly string[]): string;
/** A blob to read whole after the log: a file whose added bytes hold NUL. */
interface BlobRef {
    id: string;
    path: string;
    origin: Origin;
}
/**
 * Turns `git log -p -U0` output into fragments, line by line. Hunk line counts decide what is a body
 * line, so an added line that itself starts with `++ ` is never taken for a file header.
 */
export declare class LogParser {
    private readonly emit;
    private readonly blobs;
    /** A commit's place in rev-list's order, for Origin.order. */
    private readonly orderOf?;
    unparsed: number;
    bytes: number;
    private carry;
    private carryLength;
    private origin;
    private file;
    private blobId;
    private parts;
    private numbers;
    private held;
    private binary;
    private oldLeft;
    private newLeft;
    private newLine;
    constructor(emit: (fragment: Fragment) => void, blobs: BlobRef[], 
    /** A commit's place in rev-list's order, for Origin.order. */
    orderOf?: ((commit: string) => number | undefined) | undefined);
    push(chunk: Buffer): void;
    end(): void;
    private inBody;
    private splitLongLine;
    private add;
    /** Emit the held lines as a fragment; `keepTail` starts the next window with the last lines (a key cut by the window edge is seen whole). */
    private flush;
    private line;
}
export interface CommitSourceOptions {
    mode: 'diff' | 'history';
    /** Where git runs: the work tree, or a bare repository's git directory. */
    root: string;
    /** `rev-list` arguments: a range, a commit, or `--all`. */
    revs: string[];
    /** Also read merge commits, each as what it adds beyond git's own merge of its parents. */
    includeMerges?: boolean;
    /** Literals the detector starts from (the pickaxe), and those also looked for as UTF-16. */
    literals: readonly string[];
    wideLiterals: readonly string[];
    maxFileSize: number;
    /** Read archives each commit adds whole (their members are opened by the run core). Default true. */
    archives?: boolean;
}
/**
 * The commits `rev-list` names (merges left out unless asked), streamed through `git log -p`. Large
 * histories are split between git processes, one per core: git's diffing is the cost, and it is
 * single-threaded.
 */
export declare function commitSource(options: CommitSourceOptions): Promise<Source>;
export {};
