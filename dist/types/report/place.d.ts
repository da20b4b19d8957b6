import type { Finding } from '../types.js';
/**
 * Where a code-scanning result or an annotation points. A finding inside an archive
 * (`outer.zip!inner/path.js`) points at the outer file, which is what the repository holds, and names
 * the member in its text; its line and column count in the member, so only line 1 of the outer file is
 * given. A finding in binary content has no line either.
 */
export interface Place {
    file: string;
    /** The member path inside the archive, masked, for the result's text. */
    member?: string;
    /** Undefined: point at the file, not at a line in it. */
    region?: {
        startLine: number;
        startColumn: number;
        endColumn: number;
    };
}
export declare function placeOf(f: Finding): Place;
/** " (inside the archive at inner/path.js)" or " (at byte 123)" for a result's text, else "". */
export declare function placeNote(f: Finding, place: Place): string;
