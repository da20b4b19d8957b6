import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { processFragment, type PipelineOptions } from './fragment.js';
import { mergeTally, newTally, tallySink, type Tally } from './tally.js';
import type { FileEntry as Entry, Stats } from '../types.js';
import type { ArchiveLimits } from '../sources/archives/kind.js';
import { encodeBatch } from './batch.js';

const MAX_THREADS = 4;

/**
 * When workers pay: a worker costs about 0.1 s of CPU before it helps (50 ms to start, then compiling
 * the scan code again), and on trees one thread scans in a few tenths of a second it made the scan
 * slower, in CPU and in wall time (lodash, rxjs, date-fns, monaco-editor: 1 to 5 thousand files, 5 to
 * 100 MB). So they start only for a tree one thread would take about PARALLEL_FROM_MS on, estimated
 * from what the tree holds, never from a clock (the same tree always gets the same threads): a cost
 * per file and per byte, on the high side of -j 1 on those packages.
 */
const PARALLEL_FROM_MS = 500;
const MS_PER_FILE = 0.05;
const MS_PER_MB = 1;
/** Batches this thread scans before it judges the bytes per file. */
const JUDGE_AFTER = 8;

/**
 * Whether the files left are worth workers: `files` files still to scan, which, judging by those
 * scanned so far, hold `bytesPerFile` bytes each (unknown while listing: then the files alone decide).
 */
export function worthWorkers(files: number, bytesPerFile = 0): boolean {
  return files * (MS_PER_FILE + (bytesPerFile / 1e6) * MS_PER_MB) >= PARALLEL_FROM_MS;
}
/**
 * Files per batch, the unit a thread claims: small enough that the threads finish within a batch of
 * each other, large enough that messages cost little next to reading the files.
 */
const BATCH = 32;

export interface WorkerOptions extends Omit<PipelineOptions, 'onProgress'> {
  maxFileSize: number;
  /** Archive limits; default sources/archives/kind.ts DEFAULT_ARCHIVE_LIMITS. */
  archives?: ArchiveLimits;
  /** The shared claim counter: the next batch index to scan (set by the pool). */
  claims?: SharedArrayBuffer;
}

/** What a worker answers for each batch it claimed. */
export interface BatchResult {
  index: number;
  tally: Tally;
}

/** How many threads read and scan files (this one included), once a tree has shown itself large, or as asked. */
export function threadCount(requested: number | undefined): number {
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  return Math.min(MAX_THREADS, availableParallelism());
}

/**
 * The worker bundle sits next to the bundle that loads this module (dist/commands.js, dist/index.js,
 * dist/action.js). Running from sources (the unit tests) there is none, and the scan stays in one thread.
 */
function workerUrl(): URL | undefined {
  const url = new URL('./scan-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Reads and scans the files a tree lists, in this thread and, for a large tree, in worker threads.
 *
 * Listed files are cut into batches in listing order. This thread lists, then scans batches. Workers
 * start once the tree shows itself large enough to pay for them (worthWorkers): while it is still
 * being listed when the file count alone says so, else once the first batches scanned here tell the
 * bytes per file; at once when --jobs asked for threads. Every batch is posted to every worker, and a
 * thread scans the batches it claims from a shared counter (Atomics), so none waits for another to
 * hand out work. With N threads asked for, N − 1 are workers.
 *
 * Each batch has its own tally, merged into the run's in batch order once all are done: the report
 * (skipped files, warnings, archive counts, findings before sorting) is the same whichever thread
 * scanned what, and the same as with one thread.
 */
export class FilePool {
  private readonly batches: Entry[][] = [];
  private current: Entry[] = [];
  private readonly results: (Tally | undefined)[] = [];
  private done = 0;
  private listed = 0;
  /** The next batch to scan while no worker runs (then the shared counter takes over). */
  private next = 0;
  private readonly threads: number;
  private readonly url: URL | undefined;
  private readonly forced: boolean;
  private workers: Worker[] = [];
  private claims: Int32Array | undefined;
  private failure: Error | undefined;
  /** Called when a result arrives or a worker fails, while `finish` waits. */
  private wake: (() => void) | undefined;
  /** files and bytes so far, for the progress line. */
  private readonly live: Stats;
  /** Batches merged into the run's tally so far (always a prefix, in listing order). */
  private merged = 0;

  constructor(
    requested: number | undefined,
    private readonly options: WorkerOptions,
    private readonly tally: Tally,
    private readonly onProgress?: (stats: Stats) => void,
    /** Called (and awaited) after batches were merged into the run's tally: their findings are final. */
    private readonly onMerged?: () => void | Promise<void>,
  ) {
    this.threads = threadCount(requested);
    this.url = this.threads > 1 ? workerUrl() : undefined;
    this.forced = requested !== undefined;
    this.live = { ...tally.stats, skipped: { ...tally.stats.skipped } };
  }

  /** Files as the source lists them, in order. */
  add(entries: readonly Entry[]): void {
    for (const entry of entries) {
      this.current.push(entry);
      if (this.current.length === BATCH) this.seal();
    }
    this.listed += entries.length;
    if (this.url && !this.workers.length && (this.forced || worthWorkers(this.listed))) this.start();
  }

  /** Close the batch being filled and post it to the workers. */
  private seal(): void {
    if (!this.current.length) return;
    const index = this.batches.length;
    this.batches.push(this.current);
    this.current = [];
    if (this.workers.length) {
      const message = encodeBatch(index, this.batches[index]!);
      for (const w of this.workers) w.postMessage(message);
    }
  }

  private start(): void {
    this.claims = new Int32Array(new SharedArrayBuffer(4));
    // Batches this thread has claimed already are not the workers' to take.
    this.claims[0] = this.next;
    const workerData: WorkerOptions = { ...this.options, claims: this.claims.buffer as SharedArrayBuffer };
    for (let i = 1; i < this.threads; i++) {
      const worker = new Worker(this.url!, { workerData });
      // Listen from the start: answers may arrive whenever this thread awaits.
      worker.on('message', (r: BatchResult) => this.record(r.index, r.tally));
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => this.fail(new Error(`scan worker exited with code ${code}`)));
      // The batches sealed before the workers started.
      this.workers.push(worker);
    }
    for (let index = 0; index < this.batches.length; index++) {
      const message = encodeBatch(index, this.batches[index]!);
      for (const w of this.workers) w.postMessage(message);
    }
  }

  private record(index: number, part: Tally): void {
    this.results[index] = part;
    this.batches[index] = [];
    this.done++;
    this.live.files += part.stats.files;
    this.live.bytes += part.stats.bytes;
    this.onProgress?.(this.live);
    this.wake?.();
  }

  /**
   * Merge the finished batches that follow those merged already, in listing order, and tell the
   * driver (a finding is streamed as soon as its batch and every batch before it are done). Only
   * after the listing: the listing's own skips come first whichever thread is faster.
   */
  private async mergeDone(): Promise<void> {
    const from = this.merged;
    for (; this.merged < this.batches.length && this.results[this.merged]; this.merged++) {
      mergeTally(this.tally, this.results[this.merged]!);
      this.results[this.merged] = undefined;
    }
    if (this.merged > from) await this.onMerged?.();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.wake?.();
  }

  /**
   * The listing is over: scan the batches no worker has claimed, wait for the workers' answers, and
   * merge every batch's tally into the run's, in listing order.
   */
  async finish(): Promise<void> {
    this.seal();
    try {
      const total = this.batches.length;
      if (total) {
        // Loaded only when files are listed: the hook reads blobs, never files.
        const { readFragments, Scratch } = await import('../sources/tree/read.js');
        const { maxFileSize, archives } = this.options;
        const scratch = new Scratch();
        let files = 0;
        let bytes = 0;
        for (;;) {
          if (this.failure) throw this.failure;
          const index = this.claims ? Atomics.add(this.claims, 0, 1) : this.next++;
          if (index >= total) break;
          const batch = this.batches[index]!;
          const part = newTally();
          const sink = tallySink(part);
          for (const entry of batch) {
            const archive = readFragments(entry, maxFileSize, sink, scratch, (fragment) => processFragment(fragment, this.options, part), archives);
            if (archive) await archive;
          }
          this.record(index, part);
          await this.mergeDone();
          files += batch.length;
          bytes += part.stats.bytes;
          if (this.url && !this.workers.length && index + 1 >= JUDGE_AFTER && worthWorkers(this.listed - files, bytes / files)) this.start();
          // Let the workers' answers in (progress, failures) between batches.
          if (this.workers.length) await new Promise((resolve) => setImmediate(resolve));
        }
        while (this.done < total) {
          if (this.failure) throw this.failure;
          await new Promise<void>((resolve) => (this.wake = resolve));
          this.wake = undefined;
          await this.mergeDone();
        }
      }
      await this.mergeDone();
    } finally {
      await this.close();
    }
  }

  /** Stop the workers (after the scan, or when the listing failed). */
  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.removeAllListeners('exit').terminate()));
  }
}
