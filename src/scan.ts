import { TreePool } from './parallel.js';
import { DEFAULT_MAX_FILE_SIZE, finishReport, newTally, processFragment, tallySink, type PipelineOptions } from './pipeline.js';
import { readFragments, Scratch } from './sources/tree/read.js';
import { treeEntries } from './sources/tree/list.js';
import type { Report, Stats } from './types.js';

export { DEFAULT_MAX_FILE_SIZE, keyFindings, compareFindings, newTally, mergeTally, tallySink, processFragment, finishReport, runPipeline } from './pipeline.js';
export type { PipelineOptions, Tally } from './pipeline.js';

export interface ScanOptions {
  /** Paths to scan; none means the current directory. */
  paths?: string[];
  cwd?: string;
  include?: string[];
  exclude?: string[];
  maxFileSize?: number;
  /** Put the full key in `secret` on each finding. Off by default. */
  showSecrets?: boolean;
  /** Keep the key in `secret` for verification; the caller strips it before output. */
  keepSecrets?: boolean;
  /** Ignore openai-key-scan:allow comments. */
  noInlineAllow?: boolean;
  /** Called after each file, for progress display. */
  onProgress?: (stats: Stats) => void;
  /** Worker threads for a tree scan: 1 scans in this thread; default: one per core for large trees. */
  jobs?: number;
  /** Risk rules switched on or off by id (see PipelineOptions). */
  risks?: Record<string, boolean>;
}

/**
 * Scan a directory tree: inside a git repository, tracked and untracked-not-ignored files. Large trees
 * are read and scanned by worker threads (one per core, up to 4); small ones in this thread, where
 * starting workers would cost more than it saves.
 */
export async function scan(options: ScanOptions = {}): Promise<Report> {
  const started = performance.now();
  const treeOptions = {
    paths: options.paths ?? [],
    cwd: options.cwd ?? process.cwd(),
    include: options.include,
    exclude: options.exclude,
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  };
  const tally = newTally();
  const sink = tallySink(tally);
  const pipeline: PipelineOptions = { showSecrets: options.showSecrets, keepSecrets: options.keepSecrets, risks: options.risks, noInlineAllow: options.noInlineAllow };
  const pool = new TreePool(options.jobs, { ...pipeline, maxFileSize: treeOptions.maxFileSize }, tally, options.onProgress);
  for await (const entry of treeEntries(treeOptions, sink)) pool.add(entry);
  const local = await pool.finish();
  if (local.length) {
    const scratch = new Scratch();
    for (const entry of local) {
      readFragments(entry, treeOptions.maxFileSize, sink, scratch, (fragment) => processFragment(fragment, pipeline, tally));
      options.onProgress?.(tally.stats);
    }
  }
  return finishReport('tree', tally, started);
}
