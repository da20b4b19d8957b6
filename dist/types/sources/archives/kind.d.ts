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
export declare const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits;
/**
 * File name endings of archives, for sources that must pick candidates by name before reading any
 * bytes (a commit's added blobs: git's pickaxe cannot see a key inside compressed data). The bytes
 * still decide (archiveKind).
 */
export declare const ARCHIVE_EXTENSIONS: readonly string[];
export declare function archiveKind(name: string, head: Uint8Array): ArchiveKind | undefined;
/**
 * Every member of an archive as a fragment of its own, `path!member`, with the archive's origin (a
 * tree file, a staged or committed blob, stdin). The readers (./open.ts) load here, on first use.
 */
export declare function readArchive(path: string, origin: Origin, kind: ArchiveKind, content: Buffer, limits: ArchiveLimits, sink: SourceSink, each: (fragment: Fragment) => void): Promise<void>;
