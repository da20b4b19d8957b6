import { type DetectedKey } from './index.js';
import type { Finding, Fragment, FragmentWindow } from '../types.js';
/**
 * Keys in binary content (a SQLite database, a `.pyc`, a compiled app, an archive read raw): the key
 * rules run over the raw bytes, as if they were latin1 text, so the marker prefilter costs what it costs
 * on text. Risk rules do not run (their contexts are source text). Line and column mean nothing here:
 * a finding has `line` 1, `column` byte offset + 1 and `offset`, and `encoding: "binary"`.
 * Strings stored as UTF-16 (Windows resources, .NET assemblies) are read too.
 */
/** A key found in binary content: its byte offset in the file (or archive member) and the key. */
export interface BinaryKey {
    key: Pick<DetectedKey, 'rule' | 'secret' | 'prefix'>;
    /** [offset, end) in the file's bytes. */
    offset: number;
    end: number;
    /** The key was stored as UTF-16 (two bytes per character). */
    utf16: boolean;
}
/** Every key in binary content (or in one binary window of a large file, located in the whole file). */
export declare function detectBinaryKeys(content: Buffer, window?: FragmentWindow): BinaryKey[];
/** Findings for the keys of one binary fragment. Inline allow comments are not read in binary content. */
export declare function binaryKeyFindings(fragment: Fragment, keys: BinaryKey[], options?: {
    showSecrets?: boolean;
    keepSecrets?: boolean;
}): Finding[];
