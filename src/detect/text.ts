/**
 * The text the detector reads: the file's bytes for ASCII/UTF-8 (and anything else byte-oriented), or
 * one byte per UTF-16 code unit for UTF-16 files, so the same byte matcher serves both and a column is
 * an offset difference. Code units above 0xFF become 0x01, which no rule matches.
 */
export interface TextView {
  bytes: Uint8Array;
  /** UTF-16 input: every byte of `bytes` is one code unit (columns need no UTF-8 decoding). */
  utf16: boolean;
  /** Bytes of a UTF-8 byte order mark at the start of `bytes` (not counted in columns). */
  bom: number;
  /** Binary content read as raw bytes (detect/binary.ts): keys only, located by byte offset. */
  binary?: boolean;
}

/** Git's binary heuristic: a NUL in the first 8000 bytes (xdiff-interface.c FIRST_FEW_BYTES). */
const SNIFF = 8000;

const MARKER_LE = Buffer.from('T3BlbkFJ', 'utf16le');
const MARKER_BE = Buffer.from(MARKER_LE).swap16();

/** One byte per UTF-16 code unit from `start` on; units above 0xFF become 0x01, which no rule matches. */
export function transcode(content: Buffer, start: number, littleEndian: boolean): Uint8Array {
  const n = (content.length - start) >> 1;
  const out = new Uint8Array(n);
  for (let i = 0, p = start; i < n; i++, p += 2) {
    const unit = littleEndian ? content[p]! | (content[p + 1]! << 8) : (content[p]! << 8) | content[p + 1]!;
    out[i] = unit > 0xff ? 1 : unit;
  }
  return out;
}

/** The view of a window of a large file whose encoding was decided from its start. */
export function windowView(content: Buffer, encoding: 'utf8' | 'utf16le' | 'utf16be', bom: number): TextView {
  if (encoding === 'utf8') return { bytes: content, utf16: false, bom };
  return { bytes: transcode(content, bom, encoding === 'utf16le'), utf16: true, bom: 0 };
}

/** How textView read a file's start: the encoding every later window of it is read in. */
export function viewEncoding(content: Buffer, view: TextView): { encoding: 'utf8' | 'utf16le' | 'utf16be'; bom: number } {
  if (!view.utf16) return { encoding: 'utf8', bom: view.bom };
  const b0 = content[0];
  const b1 = content[1];
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf16le', bom: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf16be', bom: 2 };
  return { encoding: zerosAt(content, 1) >= zerosAt(content, 0) ? 'utf16le' : 'utf16be', bom: 0 };
}

/** NUL bytes at even (parity 0) or odd (1) offsets among the first SNIFF bytes. */
function zerosAt(content: Buffer, parity: 0 | 1): number {
  let n = 0;
  const end = Math.min(content.length, SNIFF);
  for (let i = parity; i < end; i += 2) if (content[i] === 0) n++;
  return n;
}

/**
 * The view to scan, or undefined for a binary file. A file with NULs is read as UTF-16 when it starts
 * with a UTF-16 byte order mark or, without one, when the marker appears in UTF-16 form; anything else
 * with NULs is binary.
 */
export function textView(content: Buffer): TextView | undefined {
  const b0 = content[0];
  const b1 = content[1];
  if (b0 === 0xff && b1 === 0xfe) return { bytes: transcode(content, 2, true), utf16: true, bom: 0 };
  if (b0 === 0xfe && b1 === 0xff) return { bytes: transcode(content, 2, false), utf16: true, bom: 0 };
  // Only the first SNIFF bytes decide: a NUL further on is no reason to read a whole file again.
  const nul = (content.length > SNIFF ? content.subarray(0, SNIFF) : content).indexOf(0);
  if (nul !== -1) {
    // No byte order mark: UTF-16 only if the marker is there in UTF-16 form, aligned to a code unit.
    // Mostly-ASCII UTF-16 has its NULs in the high bytes: odd offsets for little-endian, even for big.
    // (Big-endian text read one byte late looks little-endian, so the NULs decide, not the marker.)
    const littleEndian = zerosAt(content, 1) >= zerosAt(content, 0);
    const marker = littleEndian ? MARKER_LE : MARKER_BE;
    for (let at = content.indexOf(marker); at !== -1; at = content.indexOf(marker, at + 1)) {
      if (at % 2 === 0) return { bytes: transcode(content, 0, littleEndian), utf16: true, bom: 0 };
    }
    return undefined;
  }
  const bom = b0 === 0xef && b1 === 0xbb && content[2] === 0xbf ? 3 : 0;
  return { bytes: content, utf16: false, bom };
}
