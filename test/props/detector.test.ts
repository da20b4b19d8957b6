import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectKeys } from '../../src/detect/index.js';
import { work } from '../../src/detect/work.js';
import { arbKey, fill, makeKey, MARKER } from '../helpers/keys.js';

/**
 * Property tests of the detector (issue 8): it never throws, finds every generated key wherever it sits
 * and reports the position of the original file, and never reports look-alikes.
 */

const RUNS = Number(process.env.OKS_PROPERTY_RUNS ?? 300);

/** Text around a key: ASCII, non-ASCII (BMP and astral, so columns count UTF-16 units), CR/LF, punctuation. */
const FILLER_CHARS = [...'abcxyz019 _-=:;,.(){}[]<>&"\'`/\\\t\n', '\r\n', 'é', '中', '😀', 'sk-', 'T3Bl'];
const filler = fc
  .string({ unit: fc.constantFrom(...FILLER_CHARS), maxLength: 60 })
  .filter((s) => !s.includes(MARKER));
/** What may touch a key on either side: anything that is not a key character. */
const edge = fc.constantFrom(' ', '"', "'", ',', ')', '(', '&', '<', '>', '=', ':', '\n', '\r\n', '`', ';', '|', '\t');

function expectedAt(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - (before.lastIndexOf('\n') + 1) + 1 };
}

function utf16be(s: string): Buffer {
  return Buffer.from(s, 'utf16le').swap16();
}

describe('detector properties', () => {
  it('never throws on arbitrary bytes, places every key it reports, and still finds a key that follows', () => {
    const piece = fc.oneof(
      fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
      fc.constantFrom('T3BlbkFJ', 'sk-proj-', 'sk-', '\\', '\\u00', '\\x', '%2', '=', '\n', '\r', '\0', '\ufeff', 'VDNCbGJrRko', 'UM0JsYmtGS', 'A'.repeat(90)).map((s) => Buffer.from(s)),
      fc.constantFrom(Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff]), Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('T3BlbkFJ', 'utf16le')),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), arbKey(fc), (pieces, { key }) => {
        const garbage = Buffer.concat(pieces);
        const content = Buffer.concat([garbage, Buffer.from(`\n${key}\n`)]);
        const d = detectKeys(content);
        if (!d.view) {
          // Only a NUL in the first 8000 bytes makes a file binary (and then nothing is read).
          expect(content.subarray(0, 8000).includes(0)).toBe(true);
          return;
        }
        const text = Buffer.from(d.view.bytes);
        for (const k of d.keys) {
          expect(k.start).toBeLessThan(k.end);
          expect(k.end).toBeLessThanOrEqual(text.length);
          // A key read as it stands is the text at its place; its line counts the line breaks before it.
          if (!['base64', 'escaped'].includes(k.encoding)) expect(text.toString('latin1', k.start, k.end)).toBe(k.secret);
          expect(k.line).toBe(text.subarray(0, k.start).filter((b) => b === 10).length + 1);
          expect(k.column).toBeGreaterThanOrEqual(1);
          expect(k.endColumn).toBeGreaterThan(k.column);
        }
        expect(d.keys.map((k) => k.start)).toEqual(d.keys.map((k) => k.start).sort((a, b) => a - b));
        // Whatever came before, a key on a line of its own in a UTF-8 file is found, on the last line.
        if (!d.view.utf16) {
          const last = d.keys.at(-1);
          expect([last?.secret, last?.line]).toEqual([key, text.filter((b) => b === 10).length]);
        }
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('finds every key in random surroundings, at its line and column', () => {
    fc.assert(
      fc.property(arbKey(fc), filler, edge, edge, filler, ({ key, ruleId }, before, left, right, after) => {
        const text = `${before}${left}${key}${right}${after}`;
        const index = before.length + left.length;
        const found = detectKeys(Buffer.from(text)).keys;
        expect(found.map((k) => ({ secret: k.secret, rule: k.rule.id, line: k.line, column: k.column, endColumn: k.endColumn }))).toEqual([
          { secret: key, rule: ruleId, ...expectedAt(text, index), endColumn: expectedAt(text, index).column + key.length },
        ]);
      }),
      { numRuns: RUNS },
    );
  });

  it('finds every key inside JSON string escapes (notebooks, source maps, minified bundles)', () => {
    fc.assert(
      fc.property(arbKey(fc), filler, filler, fc.constantFrom('\n', '"', '\\', '\t', ' '), fc.constantFrom('\n', '"', '\\', '\t', ','), (k, before, after, l, r) => {
        const text = JSON.stringify({ cells: [{ source: [`${before}${l}${k.key}${r}${after}`] }] });
        const index = text.indexOf(k.key);
        const found = detectKeys(Buffer.from(text)).keys;
        expect(found.map((f) => [f.secret, f.line, f.column])).toEqual([[k.key, 1, index + 1]]);
      }),
      { numRuns: RUNS },
    );
  });

  it('finds every key base64-encoded with its surroundings, on the line of the encoded text', () => {
    fc.assert(
      fc.property(arbKey(fc), filler, edge, edge, filler, fc.nat({ max: 5 }), (k, before, left, right, after, lines) => {
        const encoded = Buffer.from(`${before}${left}${k.key}${right}${after}`).toString('base64');
        const text = `${'x: 1\n'.repeat(lines)}data:\n  token: ${encoded}\n`;
        const found = detectKeys(Buffer.from(text)).keys;
        expect(found.map((f) => [f.secret, f.encoding, f.line])).toEqual([[k.key, 'base64', lines + 2]]);
      }),
      { numRuns: RUNS },
    );
  });

  it('finds every key in UTF-16 files, little- and big-endian, with or without a byte order mark', () => {
    fc.assert(
      fc.property(arbKey(fc), filler, edge, edge, filler, fc.constantFrom('le-bom', 'be-bom', 'le', 'be'), (k, before, left, right, after, form) => {
        const text = `${before}${left}${k.key}${right}${after}`;
        const at = expectedAt(text, before.length + left.length);
        const body = form.startsWith('le') ? Buffer.from(text, 'utf16le') : utf16be(text);
        const bom = form === 'le-bom' ? Buffer.from([0xff, 0xfe]) : form === 'be-bom' ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0);
        const found = detectKeys(Buffer.concat([bom, body])).keys;
        expect(found.map((f) => [f.secret, f.encoding, f.line, f.column])).toEqual([[k.key, 'utf16', at.line, at.column]]);
      }),
      { numRuns: RUNS },
    );
  });

  it('never reports placeholders or other vendors’ keys, whatever surrounds them', () => {
    const lookalike = fc.constantFrom(
      '{{fake:anthropic}}',
      '{{fake:openrouter}}',
      '{{fake:stripe}}',
      '{{fake:hex32}}',
      '{{fake:sk48}}',
      '{{fake:marker-in-blob}}',
      '{{placeholder:proj:74:EXAMPLE}}',
      '{{placeholder:legacy:20:XXXX}}',
      '{{placeholder:svcacct:74:your-key-here}}',
      '{{run:proj:74:x}}',
      '{{run:legacy:20:0}}',
      '{{digits:proj:58}}',
      '{{unequal:proj:74:58}}',
      '{{unequal:admin:58:57}}',
      'sk-...',
      'sk-your-key-here',
      `sk-proj-...${MARKER}...`,
    );
    fc.assert(
      fc.property(filler, edge, lookalike, edge, filler, (before, left, template, right, after) => {
        const text = `${before}${left}${fill(template).text}${right}${after}`;
        expect(detectKeys(Buffer.from(text)).keys.map((k) => k.rule.id)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('detector work is linear in the input', () => {
  // Bytes read around hits (src/detect/work.ts), not time: a count gives the same answer on a busy
  // machine. The timings of these inputs are in `npm run bench adversarial`.
  const MB = 1024 * 1024;
  function workOf(content: Buffer): number {
    const before = work.around + work.lines;
    detectKeys(content);
    return work.around + work.lines - before;
  }
  const adversarial: Array<[string, (n: number) => Buffer]> = [
    ['`sk-proj-` then megabytes of key alphabet', (n) => Buffer.from('sk-proj-' + 'aB3_-'.repeat(n / 5))], // openai-key-scan:allow (a lone prefix, concatenated on purpose)
    ['the marker repeated', (n) => Buffer.from(MARKER.repeat(n / 8))],
    ['key-shaped runs around markers', (n) => Buffer.from(`sk-proj-${'a'.repeat(74)}${MARKER}${'b'.repeat(74)} `.repeat(n / 166))],
    ['base64 of the marker repeated', (n) => Buffer.from(Buffer.from(MARKER.repeat(n / 11)).toString('base64'))],
    ['backslash escapes around markers', (n) => Buffer.from(`\\u0022${MARKER}\\n`.repeat(n / 16))],
    ['character references of the marker repeated', (n) => Buffer.from('&#84;&#51;&#x42;'.repeat(n / 16))],
    ['hex of the marker repeated', (n) => Buffer.from(Buffer.from(MARKER).toString('hex').repeat(n / 16))],
    ['quoted-printable soft breaks through markers', (n) => Buffer.from(`T3Bl=\nbkFJ=3D`.repeat(n / 14))],
    ['string literals of markers joined by +', (n) => Buffer.from(`"${MARKER}" + `.repeat(n / 13))],
    ['one literal of markers continued by backslash-newline', (n) => Buffer.from(`"${`${MARKER}\\\n`.repeat(n / 10)}"`)],
    ['indented wrapped base64 of markers, cut at 67 columns, CRLF', (n) => Buffer.from(Buffer.from(MARKER.repeat(n / 15)).toString('base64').replace(/.{67}/g, '$&\r\n      '))],
    ['the second piece of a cut encoded marker after indentation, repeated', (n) => Buffer.from('\n    GJrRkp'.repeat(n / 12))],
    ['string literals cut through markers, over lines', (n) => Buffer.from(`"aT3Blb"\n    "kFJ" + 'T3B' 'lbkFJ' `.repeat(n / 36))],
    ['hex escapes of the marker’s start repeated', (n) => Buffer.from('\\x54\\x33'.repeat(n / 8))],
    ['keys on one line (a minified bundle)', (n) => Buffer.from(Array.from({ length: n / 90 }, () => `"${makeKey('proj', 40)}",`).join(''))],
    ['keys on lines of their own', (n) => Buffer.from(Array.from({ length: n / 90 }, () => `k="${makeKey('proj', 40)}"\n`).join(''))],
  ];

  it.each(adversarial)('%s: 4x the input is 4x the work, and at most 4 bytes read per input byte', (_name, make) => {
    const small = make(MB / 4);
    const big = make(MB);
    const workSmall = workOf(small);
    const workBig = workOf(big);
    // Linear work gives 4x here, quadratic 16x; the slack covers what one hit reads at the input's ends.
    expect(workBig).toBeLessThanOrEqual(4.1 * workSmall + 4096);
    expect(workBig).toBeLessThanOrEqual(4 * big.length);
  });

  it('counts the work it is meant to count (a file of keys reads each key)', () => {
    const keys = Array.from({ length: 100 }, () => makeKey());
    expect(workOf(Buffer.from(keys.join('\n')))).toBeGreaterThanOrEqual(keys.join('').length);
  });
});
