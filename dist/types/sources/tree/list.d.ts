import { type Source, type SourceSink } from '../../types.js';
import type { Entry } from './read.js';
export interface TreeOptions {
    /** Read git-ignored files too (--no-ignore). */
    noIgnore?: boolean;
    /** Paths named by the user; none means the current directory. */
    paths: string[];
    cwd: string;
    include?: string[];
    exclude?: string[];
    maxFileSize: number;
}
/** The files a tree scan reads, after --include/--exclude, each once, in batches. */
export declare function treeEntries(opts: TreeOptions, sink: SourceSink): AsyncGenerator<Entry[]>;
/**
 * The tree source (design.md: the default command): the files under the named paths, listed here and
 * read by the run core (in worker threads for large trees).
 */
export declare function treeSource(opts: TreeOptions): Source;
