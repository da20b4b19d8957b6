import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import type { ArchiveSkipReason, SourceSink } from '../../types.js';
import { asarMembers } from './asar.js';
import { archiveKind, type ArchiveKind, type ArchiveLimits } from './kind.js';

/**
 * Opens archives in memory and hands over their members as `outer.zip!inner/path` (the `!` convention
 * of gitleaks and trufflehog), nested up to `maxDepth`. Nothing is written to disk. Loaded on demand
 * (see ./kind.ts); yauzl (zip) and modern-tar (tar) are loaded only when such an archive is met.
 *
 * Hostile archives end in a warning and a counted reason (ArchiveSkipReason), never a crash: every
 * decompressed byte is counted against one budget per top-level archive (`maxBytes`, all levels
 * together), a ratio of output to input no real data reaches marks a bomb, and the member count is
 * capped. A member with an unsafe name (`../`, absolute) is still read, with a warning: members are
 * never written anywhere, and skipping them would let a name hide a key.
 */

/** Deflate cannot exceed ~1032:1 in one stream; past this, output is reused (an overlapping-entries bomb) or nested. */
export const MAX_RATIO = 1000;
/** The ratio is judged only past this much output: small archives of zeros are no threat. */
const RATIO_FROM = 1024 * 1024;
export const MAX_MEMBERS = 100_000;

type Emit = (path: string, content: Buffer) => void;

class Budget {
  used = 0;
  members = 0;
  constructor(
    readonly max: number,
    /** Size of the top-level archive as read from its source. */
    readonly input: number,
  ) {}

  /** Why `more` decompressed bytes may not be read, or undefined when they may. */
  refuse(more: number): 'size' | 'ratio' | undefined {
    const total = this.used + more;
    if (total > this.max) return 'size';
    if (total > RATIO_FROM && total / Math.max(1, this.input) > MAX_RATIO) return 'ratio';
    return undefined;
  }
}

const WHY: Record<ArchiveSkipReason, string> = {
  depth: 'nested deeper than --max-archive-depth: not opened, its raw bytes are scanned',
  size: 'decompressed size over --max-archive-size: the rest of the archive is not read',
  ratio: `decompresses more than ${MAX_RATIO} times its size (a zip bomb?): the rest of the archive is not read`,
  members: `more than ${MAX_MEMBERS} members: the rest are not read`,
  corrupt: 'corrupt or truncated archive',
  encrypted: 'encrypted member: not read (an encrypted archive cannot be checked for keys)',
  unsupported: 'compressed with a method this scanner does not read',
  unsafeName: 'member named with ../ or an absolute path (read, but extracting this archive is unsafe)',
};

/** A member name that would leave the extraction folder if extracted. */
function unsafeName(name: string): boolean {
  const n = name.replace(/\\/g, '/');
  return n.startsWith('/') || /^[A-Za-z]:/.test(n) || n.split('/').includes('..');
}

class Opener {
  constructor(
    private readonly limits: ArchiveLimits,
    private readonly sink: SourceSink,
    private readonly emit: Emit,
    private readonly budget: Budget,
  ) {}

  note(reason: ArchiveSkipReason, file: string, detail?: string): void {
    this.sink.archive?.(reason, file, detail ? `${WHY[reason]} (${detail})` : WHY[reason]);
  }

  /** One member: opened when it is an archive and depth allows, else handed on as a fragment. */
  async member(container: string, name: string, content: Buffer, depth: number): Promise<void> {
    const path = `${container}!${name}`;
    if (unsafeName(name)) this.note('unsafeName', path);
    this.budget.members++;
    this.sink.archive?.('member', path);
    const kind = archiveKind(name, content);
    if (kind) {
      if (depth < this.limits.maxDepth) return this.open(path, content, kind, depth + 1);
      this.note('depth', path);
    }
    this.emit(path, content);
  }

  /**
   * Open `content` (an archive of `kind`) found at `path`, at nesting `depth` (1: a file of the tree).
   * An archive that cannot be opened at all is scanned as raw bytes: stored members still show.
   */
  async open(path: string, content: Buffer, kind: ArchiveKind, depth: number): Promise<void> {
    this.sink.archive?.('opened', path);
    const before = this.budget.members;
    let failed: string | undefined;
    try {
      if (kind === 'zip' || kind === 'crx') failed = await this.zip(path, kind === 'crx' ? crxZip(content) : content, depth);
      else if (kind === 'gzip') failed = await this.gzip(path, content, depth);
      else if (kind === 'tar') failed = await this.tar(path, content, depth);
      else failed = await this.asar(path, content, depth);
    } catch (e) {
      failed = e instanceof Error ? e.message : String(e);
    }
    if (failed === undefined) return;
    this.note('corrupt', path, failed);
    if (this.budget.members === before) this.emit(path, content);
  }

  /** Stop reading this archive (returns true) when `more` bytes would break the budget. */
  private over(path: string, more: number): boolean {
    const why = this.budget.refuse(more);
    if (!why) return false;
    this.note(why, path);
    return true;
  }

  private tooMany(path: string): boolean {
    if (this.budget.members < MAX_MEMBERS) return false;
    this.note('members', path);
    return true;
  }

  private async zip(path: string, content: Buffer, depth: number): Promise<string | undefined> {
    const { default: yauzl } = await import('yauzl');
    const zip = await new Promise<import('yauzl').ZipFile | string>((resolve) =>
      yauzl.fromBuffer(content, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (err, z) => resolve(err ? err.message : z!)),
    );
    if (typeof zip === 'string') return zip;
    return new Promise<string | undefined>((resolve) => {
      let done = false;
      const finish = (why?: string) => {
        if (done) return;
        done = true;
        zip.close();
        resolve(why);
      };
      zip.on('error', (e: Error) => finish(e.message));
      zip.on('end', () => finish());
      zip.on('entry', (entry: import('yauzl').Entry) => {
        if (done) return;
        const name = (entry.fileName as unknown as Buffer).toString('utf8');
        const where = `${path}!${name}`;
        if (name.endsWith('/')) return zip.readEntry();
        if (this.tooMany(path)) return finish();
        if (entry.isEncrypted()) {
          this.note('encrypted', where);
          return zip.readEntry();
        }
        if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
          this.note('unsupported', where, `method ${entry.compressionMethod}`);
          return zip.readEntry();
        }
        // The declared size is checked first; yauzl stops a member whose data outgrows it.
        if (this.over(path, entry.uncompressedSize)) return finish();
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) {
            this.note('corrupt', where, err?.message);
            return zip.readEntry();
          }
          const parts: Buffer[] = [];
          let got = 0;
          let ended = false;
          stream.on('data', (chunk: Buffer) => {
            got += chunk.length;
            parts.push(chunk);
          });
          stream.on('error', (e: Error) => {
            if (ended) return;
            ended = true;
            this.note('corrupt', where, e.message);
            zip.readEntry();
          });
          stream.on('end', () => {
            if (ended) return;
            ended = true;
            this.budget.used += got;
            this.member(path, name, parts.length === 1 ? parts[0]! : Buffer.concat(parts, got), depth).then(
              () => zip.readEntry(),
              (e: unknown) => finish(e instanceof Error ? e.message : String(e)),
            );
          });
        });
      });
      zip.readEntry();
    });
  }

  private async gzip(path: string, content: Buffer, depth: number): Promise<string | undefined> {
    const room = this.budget.max - this.budget.used;
    if (room <= 0) return void this.note('size', path);
    let data: Buffer;
    let truncated: string | undefined;
    try {
      data = gunzipSync(content, { maxOutputLength: room });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return void this.note('size', path);
      // A truncated stream: read what is there (a key in it is still a key), and say so.
      truncated = (e as Error).message;
      try {
        data = gunzipSync(content, { maxOutputLength: room, finishFlush: zlibConstants.Z_SYNC_FLUSH });
      } catch {
        return truncated;
      }
    }
    if (truncated) this.note('corrupt', path, truncated);
    if (this.over(path, data.length)) return undefined;
    this.budget.used += data.length;
    const inner = path.replace(/^.*[/!]/, '');
    // gzip + tar is one level: `x.tgz!package/index.js`, not `x.tgz!x.tar!package/index.js`.
    if (archiveKind(inner, data) === 'tar') return this.tar(path, data, depth);
    await this.member(path, inner.replace(/\.t?gz$/i, (ext) => (ext.toLowerCase() === '.tgz' ? '.tar' : '')) || 'data', data, depth);
    return undefined;
  }

  private async tar(path: string, content: Buffer, depth: number): Promise<string | undefined> {
    const { unpackTar } = await import('modern-tar');
    let stopped = false;
    let kept = 0;
    const filter = (h: { type?: string }) => {
      if (stopped || (h.type !== undefined && h.type !== 'file')) return false;
      if (this.budget.members + kept >= MAX_MEMBERS) {
        stopped = true;
        return false;
      }
      kept++;
      return true;
    };
    let broken: string | undefined;
    let entries: Awaited<ReturnType<typeof unpackTar>>;
    try {
      entries = await unpackTar(content, { strict: true, filter });
    } catch (e) {
      // Truncated or damaged: read what can be read, and say so.
      broken = e instanceof Error ? e.message : String(e);
      stopped = false;
      kept = 0;
      entries = await unpackTar(content, { strict: false, filter });
      if (!entries.length) return broken;
    }
    if (broken) this.note('corrupt', path, broken);
    for (const entry of entries) {
      if (!entry.data) continue;
      await this.member(path, entry.header.name, Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.length), depth);
    }
    if (stopped) this.note('members', path);
    return undefined;
  }

  private async asar(path: string, content: Buffer, depth: number): Promise<string | undefined> {
    const { members, problem } = asarMembers(content, MAX_MEMBERS);
    for (const m of members) await this.member(path, m.name, m.content, depth);
    return problem;
  }
}

/**
 * A Chrome extension: a `Cr24` header (version 2: key and signature lengths; version 3: one header
 * length) before an ordinary zip. https://chromium.googlesource.com/chromium/src/+/main/components/crx_file/
 */
function crxZip(content: Buffer): Buffer {
  const version = content.readUInt32LE(4);
  const start = version === 2 ? 16 + content.readUInt32LE(8) + content.readUInt32LE(12) : 12 + content.readUInt32LE(8);
  if (start > content.length) throw new Error('crx header longer than the file');
  return content.subarray(start);
}

/**
 * Open the archive at `path` and hand each member (recursively) to `emit` as `path!member`. Never
 * throws for a bad archive: problems are notes on `sink`.
 */
export async function openArchive(path: string, content: Buffer, kind: ArchiveKind, limits: ArchiveLimits, sink: SourceSink, emit: Emit): Promise<void> {
  const opener = new Opener(limits, sink, emit, new Budget(limits.maxBytes, content.length));
  await opener.open(path, content, kind, 1);
}
