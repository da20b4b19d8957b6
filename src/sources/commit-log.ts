import { availableParallelism } from 'node:os';
import { addedBlobs, GitError, gitFailure, readBlobs, spawnFailure, spawnLog, hunkHeader, newPathOf, revList } from './git.js';
import { ARCHIVE_EXTENSIONS } from './archives/kind.js';
import type { Fragment, Origin, Report, Source, SourceSink } from '../types.js';

/**
 * The commit source (design.md `diff` and `history`): the lines every commit adds, read from a
 * streamed `git log -p`, one line at a time, so memory holds at most a window of one file's added
 * lines however large a commit is. Each fragment carries its commit's author time, and the run core
 * keeps each key at its earliest commit.
 *
 * What the repository cannot change: patches are read with `--text` (a `.gitattributes` saying
 * `-diff` or `binary` cannot turn a patch into "Binary files differ"), no external diff or textconv,
 * and replace refs off (sources/git.ts). A file whose added bytes hold NUL (a binary or UTF-16 file)
 * is read whole from its blob instead of line by line, so its decoding is the tree scan's.
 */

/** Each commit's header: `\x01oks\0<sha>\0<unix time>\0<ISO date>\0<author email>\0`, fields NUL-separated (never a regex over free text). */
const LOG_FORMAT = '--format=%x01oks%x00%H%x00%at%x00%aI%x00%ae%x00';
const HEADER = Buffer.from('\x01oks\0');

/** Added bytes of one file held before they are scanned as a window; the next window repeats the last OVERLAP bytes. */
const WINDOW = 8 * 1024 * 1024;
const OVERLAP = 64 * 1024;

function escapeEre(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/**
 * git's pickaxe (-G, an extended regex) keeps only the file changes whose added or removed lines hold
 * a literal the detector starts from, so git writes (and we read) only those. UTF-16 text puts a NUL
 * between the marker's letters: `[^[:alnum:]]` matches it (`.` does not match NUL in git's regex).
 */
export function pickaxe(literals: readonly string[], wide: readonly string[]): string {
  // -G matches one line at a time: a literal that spans a line break (wrapped base64, a quoted-printable
  // soft break) is looked for as its pieces, each on its own line.
  const pieces = [...new Set(literals.flatMap((l) => (l.includes('\n') ? l.split(/\r?\n/).map((p) => p.replace(/[=\s]+$/, '').replace(/^\s+/, '')).filter((p) => p.length >= 3) : [l])))];
  // A term holding another term matches no line the shorter one misses: each alternative costs git time.
  const needed = pieces.filter((p) => !pieces.some((q) => q !== p && p.includes(q)));
  const terms = needed.map(escapeEre).concat(wide.map((l) => [...l].map(escapeEre).join('[^[:alnum:]]')));
  return `-G${terms.join('|')}`;
}

interface CommitInfo {
  commit: string;
  time: number;
  date: string;
  author: string;
}

function parseHeader(line: Buffer): CommitInfo | undefined {
  const fields = line.subarray(HEADER.length).toString('utf8').split('\0');
  const [commit, time, date, author] = fields;
  if (!commit || !/^[0-9a-f]{40,64}$/.test(commit) || !time || !/^\d+$/.test(time) || date === undefined || author === undefined) return undefined;
  return { commit, time: Number(time), date, author };
}

/** A blob to read whole after the log: a file whose added bytes hold NUL. */
interface BlobRef {
  id: string;
  path: string;
  origin: Origin;
}

/**
 * Turns `git log -p -U0` output into fragments, line by line. Hunk line counts decide what is a body
 * line, so an added line that itself starts with `++ ` is never taken for a file header.
 */
export class LogParser {
  unparsed = 0;
  bytes = 0;
  private carry: Buffer[] = [];
  private carryLength = 0;
  private origin: Origin | undefined;
  private file: string | undefined;
  private blobId: string | undefined;
  private parts: Buffer[] = [];
  private numbers: number[] = [];
  private held = 0;
  private binary = false;
  private oldLeft = 0;
  private newLeft = 0;
  private newLine = 0;

  constructor(
    private readonly emit: (fragment: Fragment) => void,
    private readonly blobs: BlobRef[],
  ) {}

  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    let from = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, from)) {
      let line = chunk.subarray(from, nl);
      if (this.carryLength) {
        line = Buffer.concat([...this.carry, line], this.carryLength + line.length);
        this.carry = [];
        this.carryLength = 0;
      }
      this.line(line);
      from = nl + 1;
    }
    if (from < chunk.length) {
      this.carry.push(chunk.subarray(from));
      this.carryLength += chunk.length - from;
      // One enormous added line (a minified bundle): scan it in windows rather than hold it whole.
      if (this.carryLength > WINDOW && this.inBody()) this.splitLongLine();
    }
  }

  end(): void {
    if (this.carryLength) this.line(Buffer.concat(this.carry, this.carryLength));
    this.carry = [];
    this.carryLength = 0;
    this.flush();
  }

  private inBody(): boolean {
    return this.oldLeft > 0 || this.newLeft > 0;
  }

  private splitLongLine(): void {
    const joined = Buffer.concat(this.carry, this.carryLength);
    if (joined[0] !== 0x2b || this.binary || !this.file) return;
    this.add(joined.subarray(1, joined.length - OVERLAP), this.newLine);
    this.flush(true);
    // The rest stays as a line of its own (the overlap included): the `+` keeps it an added line.
    const rest = Buffer.concat([Buffer.from('+'), joined.subarray(joined.length - OVERLAP)]);
    this.carry = [rest];
    this.carryLength = rest.length;
  }

  private add(content: Buffer, lineNumber: number): void {
    if (this.binary) return;
    if (content.includes(0)) {
      // Binary or UTF-16: read the blob whole (after the log), not its NUL-cut lines.
      this.binary = true;
      this.parts = [];
      this.numbers = [];
      this.held = 0;
      if (this.blobId && this.origin && this.file) this.blobs.push({ id: this.blobId, path: this.file, origin: this.origin });
      return;
    }
    this.parts.push(Buffer.from(content));
    this.numbers.push(lineNumber);
    this.held += content.length + 1;
    if (this.held > WINDOW) this.flush(true);
  }

  /** Emit the held lines as a fragment; `keepTail` starts the next window with the last lines (a key cut by the window edge is seen whole). */
  private flush(keepTail = false): void {
    if (this.file && this.origin && this.parts.length) {
      const content = Buffer.concat(this.parts.flatMap((p, i) => (i ? [NEWLINE, p] : [p])));
      this.emit({ path: this.file, content, origin: this.origin, lineMap: this.numbers });
    }
    if (keepTail) {
      const parts: Buffer[] = [];
      const numbers: number[] = [];
      let held = 0;
      for (let i = this.parts.length - 1; i >= 0 && held < OVERLAP; i--) {
        const part = this.parts[i]!.length > OVERLAP ? this.parts[i]!.subarray(-OVERLAP) : this.parts[i]!;
        parts.unshift(part);
        numbers.unshift(this.numbers[i]!);
        held += part.length + 1;
      }
      this.parts = parts;
      this.numbers = numbers;
      this.held = held;
    } else {
      this.parts = [];
      this.numbers = [];
      this.held = 0;
    }
  }

  private line(line: Buffer): void {
    if (this.inBody()) {
      const c = line[0];
      if (c === 0x2b) {
        this.add(line.subarray(1), this.newLine++);
        this.newLeft--;
      } else if (c === 0x2d) this.oldLeft--;
      else if (c === 0x20) {
        this.oldLeft--;
        this.newLeft--;
        this.newLine++;
      }
      // `\ No newline at end of file` counts for nothing.
      return;
    }
    if (line[0] === 0x01 && line.subarray(0, HEADER.length).equals(HEADER)) {
      this.flush();
      this.file = undefined;
      const info = parseHeader(line);
      if (!info) {
        this.unparsed++;
        this.origin = undefined;
        return;
      }
      this.origin = { kind: 'commit', commit: info.commit, author: info.author, date: info.date, time: info.time };
      return;
    }
    const text = line.toString('utf8');
    if (text.startsWith('diff --git ')) {
      this.flush();
      this.file = undefined;
      this.blobId = undefined;
      this.binary = false;
    } else if (text.startsWith('index ')) {
      const m = /^index [0-9a-f]+\.\.([0-9a-f]+)/.exec(text);
      this.blobId = m?.[1];
    } else if (text.startsWith('+++ ')) {
      this.file = newPathOf(text);
    } else if (text.startsWith('@@ ')) {
      const h = hunkHeader(text);
      if (!h) return;
      this.oldLeft = h.oldCount;
      this.newLine = h.newStart;
      this.newLeft = h.newCount;
    }
  }
}

const NEWLINE = Buffer.from('\n');

const ARCHIVE_NAME = new RegExp(`\\.(?:${ARCHIVE_EXTENSIONS.join('|')})$`, 'i');
const isArchiveName = (path: string) => ARCHIVE_NAME.test(path);

export interface CommitSourceOptions {
  mode: 'diff' | 'history';
  /** Where git runs: the work tree, or a bare repository's git directory. */
  root: string;
  /** `rev-list` arguments: a range, a commit, or `--all`. */
  revs: string[];
  /** Also read merge commits, each as what it adds beyond git's own merge of its parents. */
  includeMerges?: boolean;
  /** Literals the detector starts from (the pickaxe), and those also looked for as UTF-16. */
  literals: readonly string[];
  wideLiterals: readonly string[];
  maxFileSize: number;
  /** Read archives each commit adds whole (their members are opened by the run core). Default true. */
  archives?: boolean;
}

/** Below this many commits one git process does it all; above, the commits are split between cores. */
const PARALLEL_FROM = 400;
const MAX_PROCESSES = 4;

/**
 * Run one `git log -p` over `revs` (fed on stdin); each fragment goes to `emit` as it streams. The
 * stream pauses while `wait()` says the consumer is behind.
 */
async function streamLog(root: string, flags: string[], revs: string[], parser: LogParser, backpressure: { paused(): Promise<void> | undefined }): Promise<void> {
  const child = spawnLog(root, flags);
  const stderr: Buffer[] = [];
  child.stderr.on('data', (d: Buffer) => stderr.push(d));
  const closed = new Promise<number>((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) => reject(spawnFailure(e)));
    child.on('close', (code) => resolve(code ?? 1));
  });
  closed.catch(() => {});
  child.stdin.on('error', () => {});
  child.stdin.end(`${revs.join('\n')}\n`);
  for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
    parser.push(chunk);
    const wait = backpressure.paused();
    if (wait) await wait;
  }
  parser.end();
  const code = await closed;
  if (code !== 0) throw gitFailure('git log', code, Buffer.concat(stderr).toString('utf8'));
}

/**
 * The commits `rev-list` names (merges left out unless asked), streamed through `git log -p`. Large
 * histories are split between git processes, one per core: git's diffing is the cost, and it is
 * single-threaded.
 */
export async function commitSource(options: CommitSourceOptions): Promise<Source> {
  const { root } = options;
  const revs = await revList(root, options.revs, options.includeMerges === true);
  const flags = [
    '-p', '-U0', '-M', '--text', '--full-index', '--no-color', '--no-ext-diff', '--no-textconv',
    '--src-prefix=a/', '--dst-prefix=b/', pickaxe(options.literals, options.wideLiterals), LOG_FORMAT,
    ...(options.includeMerges ? ['--diff-merges=remerge'] : []),
  ];
  const parsers: LogParser[] = [];
  return {
    mode: options.mode,
    async *items(sink: SourceSink) {
      const queue: Fragment[] = [];
      const blobs: BlobRef[] = [];
      let wake: (() => void) | undefined;
      let resume: (() => void) | undefined;
      let resumed: Promise<void> | undefined;
      let queued = 0;
      const emit = (f: Fragment) => {
        queue.push(f);
        queued += f.content.length;
        wake?.();
      };
      // Git waits while the scan is behind: at most a few windows' worth of fragments are held.
      const backpressure = {
        paused: () => {
          if (queue.length < 64 && queued < 2 * WINDOW) return undefined;
          resumed ??= new Promise<void>((r) => (resume = r));
          return resumed;
        },
      };
      // The archives' listing runs beside the log (it reads trees, not blobs: cheap).
      const archives = options.archives !== false ? addedBlobs(root, revs, isArchiveName) : undefined;
      archives?.catch(() => {});
      const jobs = revs.length >= PARALLEL_FROM ? Math.min(MAX_PROCESSES, availableParallelism()) : 1;
      const shares: string[][] = Array.from({ length: jobs }, () => []);
      revs.forEach((rev, i) => shares[i % jobs]!.push(rev));
      let failure: unknown;
      let running = 0;
      for (const share of shares) {
        if (!share.length) continue;
        const parser = new LogParser(emit, blobs);
        parsers.push(parser);
        running++;
        streamLog(root, flags, share, parser, backpressure)
          .catch((e: unknown) => (failure ??= e))
          .finally(() => {
            running--;
            wake?.();
          });
      }
      for (;;) {
        while (queue.length) {
          const next = queue.shift()!;
          queued -= next.content.length;
          yield next;
          if (queue.length < 16 && queued < WINDOW && resume) {
            const r = resume;
            resume = undefined;
            resumed = undefined;
            r();
          }
        }
        if (failure) throw failure;
        if (!running) break;
        await new Promise<void>((r) => (wake = r));
        wake = undefined;
      }
      if (failure) throw failure;
      // Archives the commits add: compressed, so the pickaxe could not see a key in them. Read whole
      // from their blobs; those already queued (a stored member's key showed) are not read twice.
      if (options.archives !== false) {
        const queued = new Set(blobs.map((b) => b.id));
        for (const a of await archives!) {
          if (queued.has(a.blob)) continue;
          queued.add(a.blob);
          blobs.push({ id: a.blob, path: a.path, origin: { kind: 'commit', commit: a.commit, author: a.author, date: a.date, time: a.time } });
        }
      }
      // Binary and UTF-16 files, read whole from their blobs.
      let i = 0;
      for await (const { content } of readBlobs(root, blobs.map((b) => b.id))) {
        const blob = blobs[i++]!;
        if (!content) sink.skip('unreadable', blob.path, `git cat-file could not read blob ${blob.id.slice(0, 12)}`);
        else if (content.length > options.maxFileSize) sink.skip('tooLarge', blob.path, `${content.length} bytes`);
        else yield { path: blob.path, content, origin: blob.origin };
      }
    },
    finish(report: Report) {
      report.commits = revs.length;
      report.stats.bytes = parsers.reduce((n, p) => n + p.bytes, 0);
      const unparsed = parsers.reduce((n, p) => n + p.unparsed, 0);
      // A commit that could not be read is an error, never a clean pass. (git's pickaxe leaves out the
      // commits with nothing to look at, so the commits read are fewer than those asked for.)
      if (unparsed) throw new GitError(`could not read ${unparsed} commit header(s) from git log: the scan is incomplete (run git fsck)`);
    },
  };
}
