import { textView, viewEncoding } from '../detect/text.js';
import type { Fragment, FragmentWindow, Origin, Source, SourceSink } from '../types.js';
import { nextWindow, OVERLAP, WINDOW, windowAt } from './tree/read.js';

/**
 * The stdin source (`openai-key-scan -`): a pipe (logs, `kubectl logs`, another tool's output) read
 * as one file named by `--stdin-filename`, with the same detector and encodings as a file on disk.
 * No size cap (the user chose what to pipe), and memory stays bounded: past one window the stream is scanned window by window with overlaps, exactly
 * as a large file is (sources/tree/read.ts), holding at most two windows at a time.
 */

const ORIGIN: Origin = { kind: 'stdin' };

export interface StdinOptions {
  /** The name findings carry, and that exposure and risk rules judge (e.g. dist/app.js). */
  name: string;
  input: AsyncIterable<Buffer | string>;
}

export function stdinSource(options: StdinOptions): Source {
  return { mode: 'stdin', items: (sink) => stdinFragments(options, sink) };
}

async function* stdinFragments({ name, input }: StdinOptions, sink: SourceSink): AsyncGenerator<Fragment> {
  const iterator = input[Symbol.asyncIterator]();
  /** Bytes held, starting at stream offset `base`. */
  let held: Buffer = Buffer.alloc(0);
  let base = 0;
  let done = false;
  let total = 0;
  const fill = async (upTo: number) => {
    const parts: Buffer[] = [held];
    let length = held.length;
    while (!done && base + length < upTo) {
      const r = await iterator.next();
      if (r.done) done = true;
      else {
        const chunk = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
        parts.push(chunk);
        length += chunk.length;
        total += chunk.length;
      }
    }
    held = Buffer.concat(parts, length);
  };
  await fill(WINDOW + 2 * OVERLAP + 1);
  if (done && held.length <= WINDOW + 2 * OVERLAP) {
    yield { path: name, content: held, origin: ORIGIN };
    return;
  }
  const at = { line: 0, column: 0 };
  let encoding: FragmentWindow['encoding'] = 'utf8';
  let fileBom = 0;
  for (let k = 0; ; k++) {
    const from = Math.max(0, k * WINDOW - OVERLAP);
    await fill((k + 1) * WINDOW + OVERLAP + 1);
    // Drop what no later window needs.
    if (from > base) {
      held = held.subarray(from - base);
      base = from;
    }
    const end = Math.min(base + held.length, (k + 1) * WINDOW + OVERLAP);
    const content = held.subarray(0, end - from);
    if (k === 0) {
      const view = textView(content);
      // Binary input: the raw bytes, window by window, like a large binary file (detect/binary.ts).
      // An archive this large on stdin is read so too (its index is at its end): stored members show.
      if (!view) encoding = 'binary';
      else ({ encoding, bom: fileBom } = viewEncoding(content, view));
    }
    const window = windowAt(k, from, done ? total : Infinity, k === 0 ? fileBom : 0, encoding, at);
    yield { path: name, content: Buffer.from(content), origin: ORIGIN, window };
    if (window.acceptTo === Infinity) return;
    nextWindow(content, window, k, from, at);
  }
}
