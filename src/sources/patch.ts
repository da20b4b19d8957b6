import type { Fragment } from '../types.js';
import { unquote } from './staged.js';

/**
 * Streaming reader of `git log -p` output (diff and history modes). Output is cut into one block per
 * commit at the header line our `--format` writes; a block with no literal the detector starts from
 * (most of them) is dropped after one prefilter pass, so parsing costs nothing where there is no key
 * and memory holds at most one commit's patch.
 */

/** Each commit's header line: `\x01oks <sha> <unix time> <ISO date> <author email>`. */
export const LOG_FORMAT = '--format=%x01oks %H %at %aI %ae';
const SEP = Buffer.from('\n\x01oks ');

export interface CommitInfo {
  commit: string;
  time: number;
  date: string;
  author: string;
}

/** Splits a byte stream into blocks that start at a commit header, joining chunks once per block. */
export class BlockSplitter {
  private parts: Buffer[] = [];
  private length = 0;
  /** The last SEP.length - 1 bytes seen, however many chunks they came in. */
  private tail = Buffer.alloc(0);

  /** Complete blocks ended by this chunk. */
  push(chunk: Buffer): Buffer[] {
    const blocks: Buffer[] = [];
    // A separator may straddle earlier chunks and this one: look at the seam first.
    const keep = SEP.length - 1;
    const before = this.tail;
    const seamCuts: number[] = [];
    if (before.length) {
      const seam = Buffer.concat([before, chunk.subarray(0, keep)]);
      // Only separators that straddle the seam: one wholly inside earlier data was cut already.
      for (let i = seam.indexOf(SEP); i !== -1 && i < before.length; i = seam.indexOf(SEP, i + 1)) {
        if (i + SEP.length > before.length) seamCuts.push(this.length - before.length + i);
      }
    }
    this.tail = chunk.length >= keep ? Buffer.from(chunk.subarray(chunk.length - keep)) : Buffer.concat([before, chunk]).subarray(-keep);
    const base = this.length;
    this.parts.push(chunk);
    this.length += chunk.length;
    const cuts = [...seamCuts];
    for (let i = chunk.indexOf(SEP); i !== -1; i = chunk.indexOf(SEP, i + 1)) cuts.push(base + i);
    if (!cuts.length) return blocks;
    const all = Buffer.concat(this.parts, this.length);
    let from = 0;
    for (const cut of cuts) {
      if (cut + 1 > from) blocks.push(all.subarray(from, cut + 1));
      from = cut + 1;
    }
    const rest = all.subarray(from);
    this.parts = rest.length ? [rest] : [];
    this.length = rest.length;
    return blocks;
  }

  end(): Buffer | undefined {
    if (!this.length) return undefined;
    const all = Buffer.concat(this.parts, this.length);
    this.parts = [];
    this.length = 0;
    return all;
  }
}

function parseHeader(line: string): CommitInfo | undefined {
  const m = /^\x01oks ([0-9a-f]+) (\d+) (\S+) (.*)$/.exec(line);
  return m ? { commit: m[1]!, time: Number(m[2]), date: m[3]!, author: m[4]! } : undefined;
}

/**
 * The fragments of one commit's block: per file, the added lines joined, with their line numbers in
 * the new file. Hunk line counts decide what is a body line, so an added line that itself starts
 * with `++ ` is never taken for a file header.
 */
export function commitFragments(block: Buffer): { info: CommitInfo | undefined; fragments: Fragment[] } {
  let pos = 0;
  const nextLine = (): string | undefined => {
    if (pos >= block.length) return undefined;
    let end = block.indexOf(10, pos);
    if (end === -1) end = block.length;
    const line = block.toString('utf8', pos, end);
    pos = end + 1;
    return line;
  };
  const info = parseHeader(nextLine() ?? '');
  const fragments: Fragment[] = [];
  if (!info) return { info, fragments };
  const origin = { kind: 'commit' as const, commit: info.commit, author: info.author, date: info.date };
  let file: string | undefined;
  let lines: string[] = [];
  let numbers: number[] = [];
  const flush = () => {
    if (file && lines.length) fragments.push({ path: file, content: Buffer.from(lines.join('\n')), origin, lineMap: numbers });
    lines = [];
    numbers = [];
  };
  let oldLeft = 0;
  let newLeft = 0;
  let newLine = 0;
  for (let line = nextLine(); line !== undefined; line = nextLine()) {
    if (oldLeft > 0 || newLeft > 0) {
      const c = line[0];
      if (c === '+') {
        lines.push(line.slice(1));
        numbers.push(newLine++);
        newLeft--;
      } else if (c === '-') oldLeft--;
      else if (c === ' ') {
        oldLeft--;
        newLeft--;
        newLine++;
      }
      // `\ No newline at end of file` counts for nothing.
      continue;
    }
    if (line.startsWith('diff --git ')) {
      flush();
      file = undefined;
    } else if (line.startsWith('+++ ')) {
      const name = line.slice(4).replace(/\t$/, '');
      file = name === '/dev/null' ? undefined : unquote(name).replace(/^b\//, '');
    } else if (line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      oldLeft = m[1] === undefined ? 1 : Number(m[1]);
      newLine = Number(m[2]);
      newLeft = m[3] === undefined ? 1 : Number(m[3]);
    }
  }
  flush();
  return { info, fragments };
}
