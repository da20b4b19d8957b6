import type { FileEntry as Entry } from '../types.js';

/**
 * A batch of listed files, as the pool sends it to each worker: the paths joined into two strings
 * and a flag per file, since a structured clone of one object per file cost more than reading the
 * small files (170M instructions for 8,600 entries, serialising and rebuilding them property by
 * property). A batch holding a name that is not UTF-8 (its path in bytes) goes as objects.
 */
export type BatchMessage = { index: number; abs: string; files: string; flags: string } | { index: number; entries: Entry[] };

/** No path holds a NUL: names cannot. */
const SEP = '\0';

/** A batch as posted to the workers. */
export function encodeBatch(index: number, entries: readonly Entry[]): BatchMessage {
  if (entries.some((e) => typeof e.abs !== 'string')) return { index, entries: [...entries] };
  let flags = '';
  for (const e of entries) flags += String.fromCharCode(48 + (e.untracked ? 1 : 0) + (e.follow ? 2 : 0));
  return { index, abs: entries.map((e) => e.abs).join(SEP), files: entries.map((e) => e.file).join(SEP), flags };
}

/** The files of a batch, as a worker reads them. */
export function decodeBatch(m: BatchMessage): Entry[] {
  if ('entries' in m) return m.entries;
  const abs = m.abs.split(SEP);
  const files = m.files.split(SEP);
  return abs.map((a, i): Entry => {
    const f = m.flags.charCodeAt(i) - 48;
    const entry: Entry = { abs: a, file: files[i]! };
    if (f & 1) entry.untracked = true;
    if (f & 2) entry.follow = true;
    return entry;
  });
}
