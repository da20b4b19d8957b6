import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerOptions } from './pool.js';
import { processFragment } from './fragment.js';
import { newTally, tallySink } from './tally.js';
import { DEFAULT_ARCHIVE_LIMITS } from '../sources/archives/kind.js';
import { readFragments, Scratch, type Entry } from '../sources/tree/read.js';

/** A tree-scan worker: reads each batch of files it is sent and answers with what it found. */
const options = workerData as WorkerOptions;
const scratch = new Scratch();

/** Batches one after another: an archive's members are read after an await. */
let queue: Promise<void> = Promise.resolve();

async function scanBatch(batch: Entry[]): Promise<void> {
  const tally = newTally();
  const sink = tallySink(tally);
  for (const entry of batch) {
    const archive = readFragments(entry, options.maxFileSize, sink, scratch, (fragment) => processFragment(fragment, options, tally), options.archives ?? DEFAULT_ARCHIVE_LIMITS);
    if (archive) await archive;
  }
  parentPort!.postMessage(tally);
}

parentPort!.on('message', (batch: Entry[]) => {
  queue = queue.then(() => scanBatch(batch));
});
