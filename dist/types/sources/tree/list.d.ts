import { type SourceSink } from '../../types.js';
import type { Entry } from './read.js';
export interface TreeOptions {
    /** Paths named by the user; none means the current directory. */
    paths: string[];
    cwd: string;
    include?: string[];
    exclude?: string[];
    maxFileSize: number;
}
/** The files a tree scan reads, after --include/--exclude, each once. */
export declare function treeEntries(opts: TreeOptions, sink: SourceSink): AsyncGenerator<Entry>;
