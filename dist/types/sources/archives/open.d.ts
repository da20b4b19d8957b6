import type { SourceSink } from '../../types.js';
import { type ArchiveKind, type ArchiveLimits } from './kind.js';
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
export declare const MAX_RATIO = 1000;
export declare const MAX_MEMBERS = 100000;
type Emit = (path: string, content: Buffer) => void;
/**
 * Open the archive at `path` and hand each member (recursively) to `emit` as `path!member`. Never
 * throws for a bad archive: problems are notes on `sink`.
 */
export declare function openArchive(path: string, content: Buffer, kind: ArchiveKind, limits: ArchiveLimits, sink: SourceSink, emit: Emit): Promise<void>;
export {};
