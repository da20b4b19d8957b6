import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { mergeTally, type PipelineOptions, type Tally } from './scan.js';
import type { Entry } from './sources/tree.js';
import type { Stats } from './types.js';

/** Below this many files a tree is scanned in one thread: starting a worker costs ~30 ms. */
const PARALLEL_FROM = 1000;
const MAX_WORKERS = 4;
/** Files per message: large enough to amortise messaging, small enough to balance two cores. */
const BATCH = 96;

export interface WorkerOptions extends Omit<PipelineOptions, 'onProgress'> {
  maxFileSize: number;
}

export function workerCount(requested: number | undefined, files: number): number {
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  if (files < PARALLEL_FROM) return 1;
  return Math.min(MAX_WORKERS, availableParallelism(), Math.ceil(files / PARALLEL_FROM));
}

/**
 * The worker bundle sits next to the bundle that loads this module (dist/cli.js, dist/index.js,
 * dist/action.js). Running from sources (the unit tests) there is none, and the scan stays in one thread.
 */
function workerUrl(): URL | undefined {
  const url = new URL('./scan-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Read and scan entries in worker threads, merging what they find into `tally`. Returns false (having
 * done nothing) when no worker bundle is available.
 */
export async function scanInWorkers(
  entries: Entry[],
  jobs: number,
  options: WorkerOptions,
  tally: Tally,
  onProgress?: (stats: Stats) => void,
): Promise<boolean> {
  const url = workerUrl();
  if (!url) return false;
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= entries.length) {
          resolve();
          return;
        }
        worker.postMessage(entries.slice(next, next + BATCH));
        next += BATCH;
      };
      worker.on('message', (part: Tally) => {
        mergeTally(tally, part);
        onProgress?.(tally.stats);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (next < entries.length || code !== 0 ? reject(new Error(`scan worker exited with code ${code}`)) : undefined));
      send();
    });
  const workers = Array.from({ length: jobs }, () => new Worker(url, { workerData: options }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return true;
}
