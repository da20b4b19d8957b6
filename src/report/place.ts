import type { Finding } from '../types.js';
import { maskText } from './redact.js';

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
  region?: { startLine: number; startColumn: number; endColumn: number };
}

export function placeOf(f: Finding): Place {
  const bang = f.file.indexOf('!');
  if (bang !== -1) return { file: f.file.slice(0, bang), member: maskText(f.file.slice(bang + 1)) };
  if (f.encoding === 'binary') return { file: f.file };
  return { file: f.file, region: { startLine: f.line, startColumn: f.column, endColumn: Math.max(f.endColumn, f.column + 1) } };
}

/** " (inside the archive at inner/path.js)" or " (at byte 123)" for a result's text, else "". */
export function placeNote(f: Finding, place: Place): string {
  if (place.member) return ` (inside the archive at ${place.member}${f.offset !== undefined ? `, byte ${f.offset}` : `, line ${f.line}`})`;
  if (f.offset !== undefined) return ` (at byte ${f.offset})`;
  return '';
}
