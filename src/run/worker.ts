import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerOptions } from './pool.js';
import { processFragment } from './fragment.js';
import { newTally, tallySink } from './tally.js';
import { readFragments, Scratch, type Entry } from '../sources/tree/read.js';

/** A tree-scan worker: reads each batch of files it is sent and answers with what it found. */
const options = workerData as WorkerOptions;
const scratch = new Scratch();

parentPort!.on('message', (batch: Entry[]) => {
  const tally = newTally();
  const sink = tallySink(tally);
  for (const entry of batch) {
    readFragments(entry, options.maxFileSize, sink, scratch, (fragment) => processFragment(fragment, options, tally));
  }
  parentPort!.postMessage(tally);
});
