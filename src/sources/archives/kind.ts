/**
 * Which archive format a file is, by its first bytes (and for Electron's asar, by its name as well):
 * cheap enough to ask of every file a source reads. The readers themselves (./open.ts and the libraries
 * it uses) are loaded only when one is met, so scans without archives never load them.
 */

import type { Fragment, Origin, SourceSink } from '../../types.js';

export type ArchiveKind = 'zip' | 'crx' | 'gzip' | 'tar' | 'asar';

/** Archive limits (README "What is read"). Depth 0 switches archives off: they are read as binary files. */
export interface ArchiveLimits {
  /** How deep archives are opened: 1 opens archives but not archives inside them. */
  maxDepth: number;
  /** Decompressed bytes read from one top-level archive, all nesting levels together. */
  maxBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxDepth: 2, maxBytes: 256 * 1024 * 1024 };

const ASAR = /\.asar$/i;

/**
 * File name endings of archives, for sources that must pick candidates by name before reading any
 * bytes (a commit's added blobs: git's pickaxe cannot see a key inside compressed data). The bytes
 * still decide (archiveKind).
 */
export const ARCHIVE_EXTENSIONS: readonly string[] = [
  'zip', 'jar', 'war', 'ear', 'aar', 'whl', 'egg', 'nupkg', 'apk', 'aab', 'ipa', 'vsix', 'crx', 'xpi',
  'docx', 'xlsx', 'pptx', 'odt', 'ods', 'gz', 'tgz', 'tar', 'asar',
];

export function archiveKind(name: string, head: Uint8Array): ArchiveKind | undefined {
  const b = head;
  if (b.length < 4) return undefined;
  // Local file header, or the end record of an empty zip.
  if (b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6))) return 'zip';
  if (b[0] === 0x43 && b[1] === 0x72 && b[2] === 0x32 && b[3] === 0x34) return 'crx'; // "Cr24"
  if (b[0] === 0x1f && b[1] === 0x8b) return 'gzip';
  if (b.length >= 262 && b[257] === 0x75 && b[258] === 0x73 && b[259] === 0x74 && b[260] === 0x61 && b[261] === 0x72) return 'tar'; // "ustar"
  // asar: a pickle whose first field is 4 (the size of the header-size pickle).
  // The name last: a regex on every file's path cost more than the byte tests above.
  if (b[0] === 4 && b[1] === 0 && b[2] === 0 && b[3] === 0 && ASAR.test(name)) return 'asar';
  return undefined;
}

type Readers = typeof import('./open.js');

/**
 * The archive readers and their libraries are a bundle of their own next to the running one
 * (dist/archives.js): the CLI, the hook and the scan workers never load or parse them until an
 * archive is met. From sources (the unit tests) the module itself. The specifier is computed so that
 * the bundler leaves it alone.
 */
function loadReaders(): Promise<Readers> {
  const here = import.meta.url;
  return import(new URL(here.endsWith('.ts') ? './open.ts' : './archives.js', here).href) as Promise<Readers>;
}

/**
 * Every member of an archive as a fragment of its own, `path!member`, with the archive's origin (a
 * tree file, a staged or committed blob, stdin). The readers (./open.ts) load here, on first use.
 */
export async function readArchive(
  path: string,
  origin: Origin,
  kind: ArchiveKind,
  content: Buffer,
  limits: ArchiveLimits,
  sink: SourceSink,
  each: (fragment: Fragment) => void,
): Promise<void> {
  try {
    const { openArchive } = await loadReaders();
    await openArchive(path, content, kind, limits, sink, (member, bytes) => each({ path: member, content: bytes, origin }));
  } catch (e) {
    sink.archive?.('corrupt', path, `cannot read archive (${e instanceof Error ? e.message : String(e)})`);
  }
}
