import { MARKER } from '../rules/keys.js';
import { fingerprint } from './fingerprint.js';
import { detectKeys, type DetectedKey } from './index.js';
import { matchAtMarkers, markerOffsets } from './match.js';
import { maskText, redact } from '../report/redact.js';
import type { Finding, Fragment, FragmentWindow } from '../types.js';
import { transcode, type TextView } from './text.js';

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

const MARKER_LE = Buffer.from(MARKER, 'utf16le');
const MARKER_BE = Buffer.from(MARKER_LE).swap16();

function rawView(content: Buffer): TextView {
  return { bytes: content, utf16: false, bom: 0, binary: true };
}


/**
 * UTF-16 keys: only when the marker appears in UTF-16 form, the content is read once per byte order
 * and alignment that holds one (at most four linear passes, in practice none or one).
 */
function utf16Keys(content: Buffer): BinaryKey[] {
  const out: BinaryKey[] = [];
  for (const [marker, littleEndian] of [[MARKER_LE, true], [MARKER_BE, false]] as const) {
    const hits = markerOffsets(content, marker);
    for (const parity of [0, 1]) {
      const here = hits.filter((h) => h % 2 === parity).map((h) => (h - parity) >> 1);
      if (!here.length) continue;
      const units = transcode(content, parity, littleEndian);
      for (const m of matchAtMarkers(units, here)) {
        out.push({
          key: { rule: m.rule, prefix: m.prefix, secret: Buffer.from(units.buffer, units.byteOffset + m.start, m.end - m.start).toString('latin1') },
          offset: parity + 2 * m.start,
          end: parity + 2 * m.end,
          utf16: true,
        });
      }
    }
  }
  return out;
}

/** Every key in binary content (or in one binary window of a large file, located in the whole file). */
export function detectBinaryKeys(content: Buffer, window?: FragmentWindow): BinaryKey[] {
  const base = window?.offset ?? 0;
  const found: BinaryKey[] = detectKeys(content, undefined, rawView(content)).keys.map((k) => ({ key: k, offset: k.start, end: k.end, utf16: false }));
  found.push(...utf16Keys(content));
  const kept = window ? found.filter((k) => k.offset >= window.acceptFrom && k.offset < window.acceptTo) : found;
  for (const k of kept) {
    k.offset += base;
    k.end += base;
  }
  return kept.sort((a, b) => a.offset - b.offset);
}

const CONTEXT = 40;

/** Printable ASCII around a key, every other byte shown as `.`, the key itself redacted. */
function binaryExcerpt(content: Buffer, from: number, to: number, shown: string, showSecrets: boolean): string {
  const printable = (a: number, b: number) => {
    let s = '';
    for (let i = Math.max(0, a); i < Math.min(content.length, b); i++) {
      const c = content[i]!;
      s += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '.';
    }
    return s;
  };
  const before = printable(from - CONTEXT, from).replace(/^\.+/, '');
  const after = printable(to, to + CONTEXT).replace(/\.+$/, '');
  const text = `${before}${shown}${after}`;
  return showSecrets ? text : maskText(text);
}

/** Findings for the keys of one binary fragment. Inline allow comments are not read in binary content. */
export function binaryKeyFindings(fragment: Fragment, keys: BinaryKey[], options: { showSecrets?: boolean; keepSecrets?: boolean } = {}): Finding[] {
  const { origin, window } = fragment;
  const base = window?.offset ?? 0;
  return keys.map(({ key, offset, end, utf16 }): Finding => {
    const shown = options.showSecrets ? key.secret : redact(key.secret, key.prefix);
    const finding: Finding = {
      ruleId: key.rule.id,
      kind: 'key',
      severity: key.rule.severity,
      file: fragment.path,
      line: 1,
      column: offset + 1,
      endColumn: end + 1,
      offset,
      ...(origin.commit ? { commit: origin.commit } : {}),
      ...(origin.author ? { author: origin.author } : {}),
      ...(origin.date ? { date: origin.date } : {}),
      redacted: redact(key.secret, key.prefix),
      fingerprint: fingerprint(key.secret),
      encoding: 'binary',
      message: `${key.rule.title} in a binary file${utf16 ? ' (stored as UTF-16)' : ''} at byte ${offset}: anyone who can read this file can use it`,
      excerpt: binaryExcerpt(fragment.content, offset - base, end - base, shown, options.showSecrets === true),
    };
    if (options.showSecrets || options.keepSecrets) finding.secret = key.secret;
    return finding;
  });
}
