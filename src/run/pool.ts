import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PipelineOptions } from './fragment.js';
import { mergeTally, type Tally } from './tally.js';
import type { FileEntry as Entry, Stats } from '../types.js';
import type { ArchiveLimits } from '../sources/archives/kind.js';

/** Below this many files a tree is scanned in one thread: starting a worker costs ~30 ms. */
const PARALLEL_FROM = 1000;
const MAX_WORKERS = 4;
/** Files per message: large enough to amortise messaging, small enough to balance two cores. */
const BATCH = 96;

export interface WorkerOptions extends Omit<PipelineOptions, 'onProgress'> {
  maxFileSize: number;
  /** Archive limits; default sources/archives/kind.ts DEFAULT_ARCHIVE_LIMITS. */
  archives?: ArchiveLimits;
}

/** How many workers to start once a tree has shown itself large (PARALLEL_FROM files), or as asked. */
export function workerCount(requested: number | undefined): number {
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  return Math.min(MAX_WORKERS, availableParallelism());
}

/**
 * The worker bundle sits next to the bundle that loads this module (dist/commands.js, dist/index.js,
 * dist/action.js). Running from sources (the unit tests) there is none, and the scan stays in one thread.
 */
function workerUrl(): URL | undefined {
  const url = new URL('./scan-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

/**
 * Reads and scans listed files in worker threads while the tree is still being listed. Entries are
 * held back until the listing shows the tree is large enough to pay for workers (or --jobs asked for
 * them); then workers start (they boot while the listing goes on) and get batches round-robin as they
 * are listed. After the listing, batches go to whichever worker answers first. `finish` returns the
 * entries to scan in this thread when no worker was started.
 */
export class FilePool {
  private readonly slots: Slot[] = [];
  private pending: Entry[] = [];
  private listed = 0;
  private next = 0;
  private readonly jobs: number;
  private readonly url: URL | undefined;

  constructor(
    requested: number | undefined,
    private readonly options: WorkerOptions,
    private readonly tally: Tally,
    private readonly onProgress?: (stats: Stats) => void,
  ) {
    this.jobs = workerCount(requested);
    this.url = this.jobs > 1 ? workerUrl() : undefined;
    this.forced = requested !== undefined;
  }
  private readonly forced: boolean;

  add(entry: Entry): void {
    this.pending.push(entry);
    this.listed++;
    if (!this.url) return;
    if (!this.slots.length && (this.forced || this.listed >= PARALLEL_FROM)) this.start();
    while (this.slots.length && this.pending.length >= BATCH) {
      this.send(this.slots[this.next++ % this.slots.length]!, this.pending.splice(0, BATCH));
    }
  }

  private start(): void {
    for (let i = 0; i < this.jobs; i++) {
      const slot: Slot = { worker: new Worker(this.url!, { workerData: this.options }), inFlight: 0 };
      // Listen from the start: answers may arrive whenever the listing awaits.
      slot.worker.on('message', (part: Tally) => {
        slot.inFlight--;
        mergeTally(this.tally, part);
        this.onProgress?.(this.tally.stats);
        this.feed?.(slot);
      });
      slot.worker.on('error', (e) => this.fail(e));
      slot.worker.on('exit', (code) => this.fail(new Error(`scan worker exited with code ${code}`)));
      this.slots.push(slot);
    }
  }

  private send(slot: Slot, batch: Entry[]): void {
    slot.inFlight++;
    slot.worker.postMessage(batch);
  }

  private feed: ((slot: Slot) => void) | undefined;
  private failure: Error | undefined;
  private settle: ((e?: Error) => void) | undefined;

  private fail(e: Error): void {
    this.failure ??= e;
    this.settle?.(this.failure);
  }

  /** The listing is over: scan what is left and wait. Returns the entries for this thread if no worker ran. */
  async finish(): Promise<Entry[]> {
    if (!this.slots.length) return this.pending;
    const rest = this.pending;
    this.pending = [];
    // Smaller batches at the end, so the workers finish together.
    const size = Math.max(8, Math.min(BATCH, Math.ceil(rest.length / (this.slots.length * 4))));
    try {
      await new Promise<void>((resolve, reject) => {
        this.settle = (e) => (e ? reject(e) : resolve());
        if (this.failure) return reject(this.failure);
        this.feed = (slot) => {
          if (rest.length) this.send(slot, rest.splice(0, size));
          else if (this.slots.every((s) => s.inFlight === 0)) resolve();
        };
        for (const slot of this.slots) if (slot.inFlight === 0) this.feed(slot);
      });
    } finally {
      await Promise.all(this.slots.map((s) => s.worker.removeAllListeners('exit').terminate()));
    }
    return [];
  }
}
