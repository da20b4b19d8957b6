import { parentPort, workerData } from 'node:worker_threads';
import type { BatchResult, WorkerOptions } from './pool.js';
import { decodeBatch, type BatchMessage } from './batch.js';
import { processFragment } from './fragment.js';
import { newTally, tallySink } from './tally.js';
import { DEFAULT_ARCHIVE_LIMITS } from '../sources/archives/kind.js';
import { readFragments, Scratch, type Entry } from '../sources/tree/read.js';

/**
 * A tree-scan worker (run/pool.ts): it is sent every batch of listed files, claims batches from the
 * shared counter, reads and scans each one it claims and answers with what it found there.
 */
const options = workerData as WorkerOptions;
const claims = new Int32Array(options.claims!);
const archives = options.archives ?? DEFAULT_ARCHIVE_LIMITS;
const scratch = new Scratch();

/** Batches received, by index (they arrive in order); those below `dropped` are claimed and let go. */
const batches: (Entry[] | undefined)[] = [];
let received = 0;
let dropped = 0;
let running = false;

async function scanBatch(index: number, batch: Entry[]): Promise<void> {
  const tally = newTally();
  const sink = tallySink(tally);
  for (const entry of batch) {
    const archive = readFragments(entry, options.maxFileSize, sink, scratch, (fragment) => processFragment(fragment, options, tally), archives);
    if (archive) await archive;
  }
  parentPort!.postMessage({ index, tally } satisfies BatchResult);
}

/** Claim and scan batches until every batch received so far is claimed (by this thread or another). */
async function pump(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (;;) {
      const next = Atomics.load(claims, 0);
      for (; dropped < Math.min(next, received); dropped++) batches[dropped] = undefined;
      if (next >= received) break;
      if (Atomics.compareExchange(claims, 0, next, next + 1) !== next) continue;
      await scanBatch(next, batches[next]!);
    }
  } finally {
    running = false;
  }
}

parentPort!.on('message', (m: BatchMessage) => {
  batches[m.index] = decodeBatch(m);
  received = m.index + 1;
  void pump();
});
