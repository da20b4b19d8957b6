import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectKeys } from '../../src/detect/index.js';
import { arbKey, MARKER } from '../helpers/keys.js';

/**
 * Issue 16's two known misses, as properties over random keys of every shape: a line break (with any
 * indentation, LF or CRLF) through the base64 form of the marker, and a cut through the marker (or the
 * prefix) between adjacent string literals. Each property tries every offset, so that the cut lands on
 * every character of the marker, and checks that it did.
 */

const RUNS = Math.max(10, Math.round(Number(process.env.OKS_PROPERTY_RUNS ?? 300) / 10));

function found(text: string) {
  return detectKeys(Buffer.from(text)).keys.map((k) => ({ secret: k.secret, encoding: k.encoding, line: k.line, column: k.column }));
}

/** 1-based line and column of `index` in `text`. */
function place(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('wrapped base64 with a line break through the encoded marker', () => {
  /**
   * The marker's bits fill ten whole base64 characters whatever its byte offset: they start at
   * character ceil(8 * offset / 6) of the encoding. A line break after the c-th of them (1 to 9) cuts the run.
   */
  function cutOf(plain: string, width: number): { alignment: number; cut: number } | undefined {
    const offset = Buffer.byteLength(plain.slice(0, plain.indexOf(MARKER)));
    const start = Math.ceil((8 * offset) / 6);
    const cut = width - (start % width);
    return cut < 10 ? { alignment: offset % 3, cut } : undefined;
  }

  const seen = new Set<string>();
  const shape = fc.record({
    width: fc.integer({ min: 60, max: 80 }),
    indent: fc.integer({ min: 0, max: 12 }),
    tabs: fc.boolean(),
    nl: fc.constantFrom('\n', '\r\n'),
    // A .env file base64-encoded (a Secret's `env` value), or the key alone (a `data:` value).
    content: fc.constantFrom('env', 'key'),
    yaml: fc.boolean(),
  });

  it('finds every key wherever the break falls: any width from 60 to 80, indentation 0 to 12, LF or CRLF', () => {
    fc.assert(
      fc.property(arbKey(fc), shape, ({ key }, { width, indent, tabs, nl, content, yaml }) => {
        const ind = (tabs ? '\t' : ' ').repeat(indent);
        // Every offset from 0 to 3 widths moves the marker's encoding across every column.
        for (let pad = 0; pad < 3 * width; pad++) {
          const plain = content === 'env' ? `${'#'.repeat(pad)}\nOPENAI_API_KEY=${key}\n` : `${' '.repeat(pad)}${key}`;
          const lines = Buffer.from(plain).toString('base64').match(new RegExp(`.{1,${width}}`, 'g'))!;
          const block = lines.map((l) => ind + l).join(nl);
          const text = yaml ? `apiVersion: v1${nl}kind: Secret${nl}data:${nl}  env: |${nl}${block}${nl}` : `${block}${nl}`;
          const cut = cutOf(plain, width);
          if (cut) seen.add(`${cut.alignment}:${cut.cut}:${nl.length}:${indent > 0}`);
          expect(found(text).map((f) => [f.secret, f.encoding]), `offset ${pad}, ${JSON.stringify(cut)}`).toEqual([[key, 'base64']]);
        }
      }),
      {
        numRuns: RUNS,
        // Odd widths move the break across every column of the run (even ones only every other);
        // one example for each of LF and CRLF, indented or not, makes the coverage below certain.
        examples: [
          [exampleKey(), { width: 61, indent: 4, tabs: false, nl: '\r\n', content: 'env', yaml: true }],
          [exampleKey(), { width: 71, indent: 0, tabs: false, nl: '\n', content: 'key', yaml: false }],
          [exampleKey(), { width: 67, indent: 12, tabs: true, nl: '\n', content: 'env', yaml: false }],
          [exampleKey(), { width: 79, indent: 0, tabs: false, nl: '\r\n', content: 'key', yaml: false }],
        ],
      },
    );
    // The break landed after each of the nine places in the run, at each alignment, with LF and CRLF, indented or not.
    for (const alignment of [0, 1, 2]) {
      for (let cut = 1; cut <= 9; cut++) {
        for (const nl of [1, 2]) for (const indented of [false, true]) expect(seen, `${alignment}:${cut}:${nl}:${indented}`).toContain(`${alignment}:${cut}:${nl}:${indented}`);
      }
    }
  });

  it('finds every key in a wrapped block whose lines carry a comment or quote mark (#, >, ;, *), wherever the break falls', () => {
    fc.assert(
      fc.property(
        arbKey(fc),
        fc.integer({ min: 60, max: 80 }),
        fc.constantFrom('# ', '#', '> ', '>> ', ' * ', '; ', '#\t'),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom('\n', '\r\n'),
        ({ key }, width, mark, indent, nl) => {
          for (let pad = 0; pad < 3 * width; pad += 1) {
            const plain = `${'#'.repeat(pad)}\nOPENAI_API_KEY=${key}\n`;
            const lines = Buffer.from(plain).toString('base64').match(new RegExp(`.{1,${width}}`, 'g'))!;
            const text = `${lines.map((l) => ' '.repeat(indent) + mark + l).join(nl)}${nl}`;
            expect(found(text).map((f) => [f.secret, f.encoding]), `offset ${pad}`).toEqual([[key, 'base64']]);
          }
        },
      ),
      { numRuns: Math.max(5, Math.round(RUNS / 3)) },
    );
  });

  it.each([
    ['random bytes', () => randomBase64(3000)],
    ['the marker inside random bytes (not a key)', () => randomBase64(300) + Buffer.from(`zz${MARKER}zz`).toString('base64') + randomBase64(300)],
    ['a placeholder key', () => Buffer.from(`sk-proj-${'X'.repeat(74)}${MARKER}${'X'.repeat(74)}`).toString('base64')],
  ])('reports nothing in an indented, wrapped block of %s, wherever its breaks fall', (_name, make) => {
    const b64 = make();
    for (const width of [61, 64, 70, 76]) {
      for (const [ind, nl] of [['    ', '\n'], ['  ', '\r\n'], ['\t', '\n']] as const) {
        for (let shift = 0; shift < width; shift += 3) {
          const text = `${'A'.repeat(shift)}${b64}`.match(new RegExp(`.{1,${width}}`, 'g'))!.map((l) => ind + l).join(nl);
          expect(found(`env: |${nl}${text}${nl}`)).toEqual([]);
        }
      }
    }
  });
});

describe('keys split across string literals, cut anywhere (through the marker too)', () => {
  const other = (q: string) => (q === '"' ? "'" : '"');
  type Syntax = { name: string; join: (a: string, b: string, o: { q: string; ind: string; nl: string }) => string; quotes: string[]; encoding?: string };
  const SYNTAXES: Syntax[] = [
    { name: 'a + b', join: (a, b, { q }) => `${q}${a}${q} + ${q}${b}${q}`, quotes: ['"', "'", '`'] },
    { name: 'a+b', join: (a, b, { q }) => `${q}${a}${q}+${q}${b}${q}`, quotes: ['"', "'", '`'] },
    { name: '+ at the end of a line', join: (a, b, { q, ind, nl }) => `${q}${a}${q} +${nl}${ind}${q}${b}${q}`, quotes: ['"', "'", '`'] },
    { name: '+ at the start of a line', join: (a, b, { q, ind, nl }) => `${q}${a}${q}${nl}${ind}+ ${q}${b}${q}`, quotes: ['"', "'"] },
    { name: 'implicit concatenation (Python, C)', join: (a, b, { q }) => `(${q}${a}${q} ${q}${b}${q})`, quotes: ['"', "'"] },
    { name: 'implicit concatenation over lines', join: (a, b, { q, ind, nl }) => `(${q}${a}${q}${nl}${ind}${q}${b}${q})`, quotes: ['"', "'"] },
    { name: 'adjacent literals', join: (a, b, { q }) => `${q}${a}${q}${q}${b}${q}`, quotes: ['"', "'"] },
    { name: 'PHP .', join: (a, b, { q }) => `${q}${a}${q} . ${q}${b}${q}`, quotes: ["'", '"'] },
    { name: 'Lua ..', join: (a, b, { q }) => `${q}${a}${q} .. ${q}${b}${q}`, quotes: ['"'] },
    { name: 'VB &', join: (a, b, { q }) => `${q}${a}${q} & ${q}${b}${q}`, quotes: ['"'] },
    { name: 'SQL ||', join: (a, b, { q }) => `${q}${a}${q} || ${q}${b}${q}`, quotes: ["'"] },
    { name: 'a backslash continuation', join: (a, b, { q, nl }) => `${q}${a}\\${nl}${b}${q}`, quotes: ['"', "'"] },
    // Mixed quotes, string prefixes and comments between the pieces.
    { name: 'mixed quotes, a + b', join: (a, b, { q }) => `${q}${a}${q} + ${other(q)}${b}${other(q)}`, quotes: ['"', "'"] },
    { name: 'mixed quotes, implicit over lines', join: (a, b, { q, ind, nl }) => `(${q}${a}${q}${nl}${ind}${other(q)}${b}${other(q)})`, quotes: ['"', "'"] },
    { name: 'Python f-strings over lines', join: (a, b, { q, ind, nl }) => `(f${q}${a}${q}${nl}${ind}f${q}${b}${q})`, quotes: ['"', "'"] },
    { name: 'Python raw bytes, rb', join: (a, b, { q }) => `rb${q}${a}${q} + Rb${q}${b}${q}`, quotes: ['"', "'"] },
    { name: 'a prefix on the second piece only', join: (a, b, { q }) => `${q}${a}${q} f${q}${b}${q}`, quotes: ['"', "'"] },
    { name: 'C# verbatim', join: (a, b) => `@"${a}" + @"${b}"`, quotes: ['"'] },
    { name: 'C wide strings', join: (a, b, { ind, nl }) => `L"${a}"${nl}${ind}L"${b}"`, quotes: ['"'] },
    { name: 'a block comment between', join: (a, b, { q }) => `${q}${a}${q} + /* the rest */ ${q}${b}${q}`, quotes: ['"', "'", '`'] },
    { name: 'a # comment between (Python)', join: (a, b, { q, ind, nl }) => `(${q}${a}${q}  # first half${nl}${ind}${q}${b}${q})`, quotes: ['"', "'"] },
    { name: 'a // comment between', join: (a, b, { q, ind, nl }) => `${q}${a}${q} + // first half${nl}${ind}${q}${b}${q}`, quotes: ['"', "'", '`'] },
    { name: 'quoted-printable soft breaks', join: (a, b, { nl }) => `OPENAI_API_KEY=3D${a}=${nl}${b}`, quotes: [''], encoding: 'quoted-printable' },
  ];
  const where = new Set<string>();

  it.each(SYNTAXES.map((s) => [s.name, s] as const))('%s: every cut position, at the first piece', (_name, syntax) => {
    fc.assert(
      fc.property(arbKey(fc), fc.constantFrom(...syntax.quotes), fc.integer({ min: 0, max: 12 }), fc.boolean(), fc.constantFrom('\n', '\r\n'), ({ key }, q, indent, tabs, nl) => {
        const o = { q, ind: (tabs ? '\t' : ' ').repeat(indent), nl };
        const m = key.indexOf(MARKER);
        for (let cut = 1; cut < key.length; cut++) {
          const head = `x = 1${nl}const key = `;
          const expr = syntax.join(key.slice(0, cut), key.slice(cut), o);
          const text = `${head}${expr};${nl}`;
          const at = head.length + expr.indexOf(key.slice(0, cut));
          if (cut > m && cut < m + MARKER.length) where.add(`${syntax.name}:${cut - m}`);
          expect(found(text), `cut after ${cut}`).toEqual([{ secret: key, encoding: syntax.encoding ?? 'split', ...place(text, at) }]);
        }
      }),
      { numRuns: Math.max(5, Math.round(RUNS / 3)) },
    );
    for (let k = 1; k < MARKER.length; k++) expect(where).toContain(`${syntax.name}:${k}`);
  });

  it.each([
    ['the marker alone, cut and joined', (q: string) => `s = ${q}T3Bl${q} + ${q}bkFJ${q};`],
    ['the marker cut, in ordinary strings', (q: string) => `msg = ${q}see T3B${q} +\n    ${q}lbkFJ is base64${q}`],
    ['a short key-like string cut through the marker', (q: string) => `k = ${q}sk-abcT3Blb${q} ${q}kFJdef${q}`],
    ['a placeholder key cut through the marker', (q: string) => `k = ${q}sk-proj-${'X'.repeat(74)}T3Bl${q} + ${q}bkFJ${'X'.repeat(74)}${q}`],
  ])('reports nothing for %s', (_name, make) => {
    for (const q of ['"', "'", '`']) expect(found(make(q))).toEqual([]);
  });
});

function randomBase64(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(Math.floor(Math.random() * 256));
  return Buffer.from(s, 'latin1').toString('base64');
}

/** A random key for the fixed examples (fast-check replaces the whole argument tuple). */
function exampleKey(): { key: string; ruleId: string } {
  return fc.sample(arbKey(fc), 1)[0]!;
}
