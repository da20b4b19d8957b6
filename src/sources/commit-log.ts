import { availableParallelism } from 'node:os';
import { addedBlobs, GitError, gitFailure, readBlobs, spawnFailure, spawnLog, hunkHeader, newPathOf, revList } from './git.js';
import { ARCHIVE_EXTENSIONS } from './archives/kind.js';
import { comparePlaces, type Fragment, type Origin, type Place, type Report, type Source, type SourceSink } from '../types.js';

/**
 * The commit source (design.md `diff` and `history`): the lines every commit adds, read from a
 * streamed `git log -p`, one line at a time, so memory holds at most a window of one file's added
 * lines however large a commit is. Each fragment carries its commit's author time, and the run core
 * keeps each key at its earliest commit.
 *
 * Commits are read oldest first (author time, then rev-list's order), each git process in that order,
 * so the run core can hand a finding on as soon as every process has read past it (`floor`): the
 * earliest commit of a key is settled while the log is still being read, not at its end. Blobs read
 * after the log (binary and UTF-16 files, archives) come last, in the same order; until then the files
 * they belong to wait (`waits`).
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
  const terms = lineTerms(literals).map(escapeEre).concat(lineTerms(wide).map((l) => [...l].map(escapeEre).join('[^[:alnum:]]')));
  return `-G${terms.join('|')}`;
}

/**
 * -G matches one line at a time: a literal that spans a line break (wrapped base64, a quoted-printable
 * soft break) is looked for as its pieces, each on its own line. A term holding another term matches
 * no line the shorter one misses: each alternative costs git time.
 */
function lineTerms(literals: readonly string[]): string[] {
  const pieces = [...new Set(literals.flatMap((l) => (l.includes('\n') ? l.split(/\r?\n/).map((p) => p.replace(/[=\s]+$/, '').replace(/^\s+/, '')).filter((p) => p.length >= 3) : [l])))];
  return pieces.filter((p) => !pieces.some((q) => q !== p && p.includes(q)));
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
    /** A commit's place in rev-list's order, for Origin.order. */
    private readonly orderOf?: (commit: string) => number | undefined,
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
      const order = this.orderOf?.(info.commit);
      this.origin = { kind: 'commit', commit: info.commit, author: info.author, date: info.date, time: info.time, ...(order !== undefined ? { order } : {}) };
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

/** One git process of a commit source, and where its reading has got to. Commits are named by their index in rev-list's list. */
interface Reader {
  /** From position i of its feed (the commits it reads, in order) on, the commit with the lowest place. */
  lowest: Int32Array;
  /** No fragment of this process still to come lies below this place. */
  bound: Place;
  /** Its fragments waiting in the queue. */
  queued: number;
  done: boolean;
}

const NOWHERE: Place = { time: Infinity, order: 0 };

/** The file, and each part of it before a `!` (an archive member is named after its archive: `a.zip!b.js`). */
function heads(file: string): string[] {
  const out = [file];
  for (let i = file.indexOf('!'); i !== -1; i = file.indexOf('!', i + 1)) out.push(file.slice(0, i));
  return out;
}

/**
 * The commits `rev-list` names (merges left out unless asked), streamed through `git log -p`. Large
 * histories are split between git processes, one per core: git's diffing is the cost, and it is
 * single-threaded.
 */
export async function commitSource(options: CommitSourceOptions): Promise<Source> {
  const { root } = options;
  const { commits: revs, times, merges: isMerge } = await revList(root, options.revs, options.includeMerges === true);
  const n = revs.length;
  const placeOfRev = (i: number): Place => ({ time: times[i]!, order: i });
  const lower = (i: number, j: number) => times[i]! - times[j]! || i - j;
  // Oldest first (a tie of author time keeps rev-list's order, as the earliest-commit rule does), so
  // findings settle as the log goes. Merges are read newest first, as rev-list lists them, and before
  // anything else in their process: git's remerge diff of a merge changes once the same process has
  // read the merge's ancestors (git 2.39), and a merge read alone is the one to trust.
  const merges: number[] = [];
  const reading: number[] = [];
  for (let i = 0; i < n; i++) (isMerge[i] ? merges : reading).push(i);
  reading.sort(lower);
  /** Where each commit sits in its process's feed. */
  const position = new Int32Array(n);
  const flags = [
    '-p', '-U0', '-M', '--text', '--full-index', '--no-color', '--no-ext-diff', '--no-textconv',
    '--src-prefix=a/', '--dst-prefix=b/', pickaxe(options.literals, options.wideLiterals), LOG_FORMAT,
    ...(options.includeMerges ? ['--diff-merges=remerge'] : []),
  ];
  const parsers: LogParser[] = [];
  const readers: Reader[] = [];
  // Blobs to read after the log, and what the run may ask meanwhile.
  const blobs: BlobRef[] = [];
  const blobPaths = new Set<string>();
  let seenBlobs = 0;
  const archivePaths = new Set<string>();
  let archivesListed = options.archives === false;
  let phase: 'log' | 'blobs' | 'done' = 'log';
  let toRead: BlobRef[] = [];
  let nextBlob = 0;
  const placeOf = (o: Origin): Place => ({ time: o.time ?? 0, order: o.order ?? 0 });
  return {
    mode: options.mode,
    async *items(sink: SourceSink) {
      const queue: { fragment: Fragment; reader: Reader }[] = [];
      let wake: (() => void) | undefined;
      let resume: (() => void) | undefined;
      let resumed: Promise<void> | undefined;
      let queued = 0;
      // Git waits while the scan is behind: at most a few windows' worth of fragments are held.
      const backpressure = {
        paused: () => {
          if (queue.length < 64 && queued < 2 * WINDOW) return undefined;
          resumed ??= new Promise<void>((r) => (resume = r));
          return resumed;
        },
      };
      // The archives' listing runs beside the log (it reads trees, not blobs: cheap). It is fed
      // rev-list's order: of one archive blob added in several places, the first listed is read.
      const archives = options.archives !== false ? addedBlobs(root, revs, isArchiveName) : undefined;
      archives?.then((list) => {
        for (const a of list) archivePaths.add(a.path);
        archivesListed = true;
      }, () => {});
      const jobs = n >= PARALLEL_FROM ? Math.min(MAX_PROCESSES, availableParallelism()) : 1;
      const shares: number[][] = Array.from({ length: jobs }, () => []);
      merges.forEach((rev, i) => shares[i % jobs]!.push(rev));
      reading.forEach((rev, i) => shares[i % jobs]!.push(rev));
      let failure: unknown;
      let running = 0;
      for (const feed of shares) {
        if (!feed.length) continue;
        const lowest = new Int32Array(feed.length);
        for (let i = feed.length - 1; i >= 0; i--) {
          position[feed[i]!] = i;
          lowest[i] = i + 1 < feed.length && lower(lowest[i + 1]!, feed[i]!) < 0 ? lowest[i + 1]! : feed[i]!;
        }
        const reader: Reader = { lowest, bound: placeOfRev(lowest[0]!), queued: 0, done: false };
        readers.push(reader);
        // git writes the commits in the order it was given them (--no-walk=unsorted), leaving out
        // those with nothing to show: a header's commit is found by walking on through the feed.
        let cursor = 0;
        const orderOf = (commit: string) => {
          for (let j = cursor; j < feed.length; j++) {
            if (revs[feed[j]!] === commit) {
              cursor = j;
              return feed[j];
            }
          }
          return undefined;
        };
        const parser = new LogParser(
          (fragment) => {
            queue.push({ fragment, reader });
            reader.queued++;
            queued += fragment.content.length;
            wake?.();
          },
          blobs,
          orderOf,
        );
        parsers.push(parser);
        running++;
        streamLog(root, flags, feed.map((i) => revs[i]!), parser, backpressure)
          .catch((e: unknown) => (failure ??= e))
          .finally(() => {
            reader.done = true;
            running--;
            wake?.();
          });
      }
      for (;;) {
        while (queue.length) {
          const { fragment, reader } = queue.shift()!;
          queued -= fragment.content.length;
          reader.queued--;
          // A process reads its commits in its feed's order: nothing it has still to give lies below its rest.
          const { order } = fragment.origin;
          if (order !== undefined) reader.bound = placeOfRev(reader.lowest[position[order]!]!);
          yield fragment;
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
      toRead = blobs.map((b) => ({ ...b, origin: { ...b.origin, order: n + (b.origin.order ?? 0) } }));
      if (options.archives !== false) {
        const queued = new Set(blobs.map((b) => b.id));
        const listed = await archives!;
        // Where the (few) commits adding archives are in rev-list's list.
        const wanted = new Set(listed.map((a) => a.commit));
        const orders = new Map<string, number>();
        revs.forEach((commit, i) => wanted.has(commit) && orders.set(commit, i));
        for (const a of listed) {
          if (queued.has(a.blob)) continue;
          queued.add(a.blob);
          toRead.push({ id: a.blob, path: a.path, origin: { kind: 'commit', commit: a.commit, author: a.author, date: a.date, time: a.time, order: 2 * n + (orders.get(a.commit) ?? 0) } });
        }
      }
      // Binary and UTF-16 files, then archives, read whole from their blobs, oldest first.
      toRead.sort((a, b) => comparePlaces(placeOf(a.origin), placeOf(b.origin)));
      phase = 'blobs';
      for await (const { content } of readBlobs(root, toRead.map((b) => b.id))) {
        const blob = toRead[nextBlob++]!;
        if (!content) sink.skip('unreadable', blob.path, `git cat-file could not read blob ${blob.id.slice(0, 12)}`);
        else if (content.length > options.maxFileSize) sink.skip('tooLarge', blob.path, `${content.length} bytes`);
        else yield { path: blob.path, content, origin: blob.origin };
      }
      phase = 'done';
    },
    floor() {
      if (phase === 'blobs') return nextBlob < toRead.length ? placeOf(toRead[nextBlob]!.origin) : NOWHERE;
      if (phase === 'done') return NOWHERE;
      let floor = NOWHERE;
      for (const r of readers) if (!(r.done && r.queued === 0) && comparePlaces(r.bound, floor) < 0) floor = r.bound;
      return floor;
    },
    waits(file: string) {
      // After the log, blobs are read in ascending place: the floor alone bounds them.
      if (phase !== 'log') return false;
      // A blob found during the log lies above the floor of that moment: only files it names can be undercut.
      for (; seenBlobs < blobs.length; seenBlobs++) blobPaths.add(blobs[seenBlobs]!.path);
      return heads(file).some((h) => blobPaths.has(h) || archivePaths.has(h) || (!archivesListed && isArchiveName(h)));
    },
    finish(report: Report) {
      report.commits = n;
      report.stats.bytes = parsers.reduce((n, p) => n + p.bytes, 0);
      const unparsed = parsers.reduce((n, p) => n + p.unparsed, 0);
      // A commit that could not be read is an error, never a clean pass. (git's pickaxe leaves out the
      // commits with nothing to look at, so the commits read are fewer than those asked for.)
      if (unparsed) throw new GitError(`could not read ${unparsed} commit header(s) from git log: the scan is incomplete (run git fsck)`);
    },
  };
}
