import { describe, expect, it } from 'vitest';
import { detectKeys } from '../../src/detect/index.js';
import { randomBytes } from 'node:crypto';
import { makeKey, noise } from '../helpers/keys.js';

const randomBytesBase64 = (n: number) => randomBytes(n).toString('base64');

function found(content: Buffer | string) {
  return detectKeys(typeof content === 'string' ? Buffer.from(content) : content).keys.map((k) => ({
    secret: k.secret,
    line: k.line,
    column: k.column,
    endColumn: k.endColumn,
    encoding: k.encoding,
  }));
}

describe('positions', () => {
  it('reports 1-based line and column, end column exclusive', () => {
    const key = makeKey('proj', 74);
    expect(found(`a\nb\n    key = "${key}"\n`)).toEqual([{ secret: key, line: 3, column: 12, endColumn: 12 + key.length, encoding: 'plain' }]);
  });

  it('counts lines in CRLF files like LF files', () => {
    const key = makeKey('svcacct', 74);
    expect(found(`one\r\ntwo\r\nKEY=${key}\r\n`)).toMatchObject([{ secret: key, line: 3, column: 5 }]);
  });

  it('does not count a UTF-8 byte order mark as a column', () => {
    const key = makeKey('legacy', 20);
    const content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(key)]);
    expect(found(content)).toMatchObject([{ secret: key, line: 1, column: 1 }]);
  });

  it('counts columns in UTF-16 code units after non-ASCII text', () => {
    const key = makeKey('proj', 58);
    expect(found(`// é😀 ${key}`)).toMatchObject([{ secret: key, column: 8 }]);
  });

  it('finds a key in the middle of a one-line minified file of several MB', () => {
    const key = makeKey('proj', 74);
    const before = 'var a=1;'.repeat(400_000);
    const content = `${before}const k="${key}";${'f();'.repeat(300_000)}`;
    expect(found(content)).toEqual([{ secret: key, line: 1, column: before.length + 10, endColumn: before.length + 10 + key.length, encoding: 'plain' }]);
  });

  it('reports every key on a line and across the file', () => {
    const keys = [makeKey('proj', 74), makeKey('admin', 58), makeKey('legacy', 20)];
    expect(found(`${keys[0]},${keys[1]}\n\n${keys[2]}`).map((f) => [f.secret, f.line])).toEqual([
      [keys[0], 1],
      [keys[1], 1],
      [keys[2], 3],
    ]);
  });
});

describe('escapes around a key', () => {
  it.each([
    ['a JSON string with a newline escape before it', (k: string) => `{"source": ["x = 1\\n${k}\\n"]}`],
    ['an escaped quote after it (notebook, source map)', (k: string) => `"const k = \\"${k}\\";\\n"`],
    ['a \\u escape before it', (k: string) => `"\\u0022${k}\\u0022"`],
    ['a \\x escape before it', (k: string) => `'\\x3d${k}'`],
  ])('finds the key in %s', (_name, wrap) => {
    const key = makeKey('proj', 74);
    expect(found(wrap(key)).map((f) => f.secret)).toEqual([key]);
  });

  it('marks a key after a percent-escape as URL-encoded', () => {
    const key = makeKey('proj', 74);
    expect(found(`https://x.test/?q=%22${key}%22&a=1`)).toMatchObject([{ secret: key, encoding: 'url' }]);
  });

  it('does not take an even run of backslashes for an escape', () => {
    const key = makeKey('proj', 74);
    expect(found(`"\\\\n${key}"`)).toEqual([]);
  });
});

describe('UTF-16', () => {
  const key = makeKey('proj', 74);
  const text = `line one\nOPENAI_API_KEY=${key}\n`;
  it.each([
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
    ['UTF-16LE without BOM', Buffer.from(text, 'utf16le')],
    ['UTF-16BE without BOM', Buffer.from(text, 'utf16le').swap16()],
  ])('finds the key in %s at the right line and column', (_name, content) => {
    expect(found(content)).toEqual([{ secret: key, line: 2, column: 16, endColumn: 16 + key.length, encoding: 'utf16' }]);
  });

  it('skips a binary file with NULs and no UTF-16 marker', () => {
    const content = Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(makeKey('proj', 74))]);
    const d = detectKeys(content);
    expect(d.view).toBeUndefined();
    expect(d.keys).toEqual([]);
  });
});

describe('base64', () => {
  it.each([0, 1, 2, 3, 4, 5])('finds a base64-encoded key with %i bytes before it (every alignment)', (pad) => {
    const key = makeKey('proj', 74);
    const encoded = Buffer.from('='.repeat(pad) + key + '\n').toString('base64');
    const content = `apiVersion: v1\nkind: Secret\ndata:\n  OPENAI_API_KEY: ${encoded}\n`;
    const [f, ...rest] = found(content);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ secret: key, line: 4, encoding: 'base64' });
    expect(f!.column).toBeGreaterThanOrEqual(19);
    expect(f!.endColumn).toBeLessThanOrEqual(19 + encoded.length);
  });

  it('finds a key whose base64 has no padding and ends the file', () => {
    const key = makeKey('legacy', 20);
    const encoded = Buffer.from(key).toString('base64url');
    expect(found(`token=${encoded}`).map((f) => [f.secret, f.encoding])).toEqual([[key, 'base64']]);
  });

  /** A .env file encoded with `base64 -w WIDTH`, its lines indented and joined with `nl`. */
  function wrapped(key: string, pad: number, width: number, indent = '', nl = '\n'): string {
    const encoded = Buffer.from(`${'#'.repeat(pad)}\nOPENAI_API_KEY=${key}\n`).toString('base64');
    return encoded.match(new RegExp(`.{1,${width}}`, 'g'))!.map((l) => indent + l).join(nl);
  }

  it.each([
    [76, '', '\n'],
    [76, '', '\r\n'],
    [64, '', '\n'],
  ])('finds every key in base64 wrapped at %i columns (%j indentation, %j), wherever a line break cuts the encoded marker', (width, indent, nl) => {
    // Every padding from 0 to 80 moves the key across the line breaks, so some cut the marker's encoding.
    let cut = 0;
    for (let pad = 0; pad < 80; pad++) {
      const key = makeKey(pad % 2 ? 'legacy' : 'proj', pad % 2 ? 20 : 74);
      const text = wrapped(key, pad, width, indent, nl);
      if (!/VDNCbGJr|Qmxia0ZK|M0JsYmtG/.test(text)) cut++;
      expect(found(text).map((f) => [f.secret, f.encoding])).toEqual([[key, 'base64']]);
    }
    expect(cut).toBeGreaterThan(0);
  });

  it.each([
    ['two spaces', '  ', '\n'],
    ['four spaces, CRLF', '    ', '\r\n'],
    ['a tab', '\t', '\n'],
  ])('finds a key in an indented wrapped block (%s), a YAML block scalar, wherever a line break cuts the encoded marker', (_name, indent, nl) => {
    let cut = 0;
    for (let pad = 0; pad < 80; pad++) {
      const key = makeKey('proj', 74);
      const block = wrapped(key, pad, 76, indent, nl);
      if (!/VDNCbGJr|Qmxia0ZK|M0JsYmtG/.test(block)) cut++;
      const yaml = `apiVersion: v1\nkind: Secret\nstringData:\n  env: |${nl}${block}${nl}`;
      expect(found(yaml).map((f) => f.secret)).toEqual([key]);
    }
    expect(cut).toBeGreaterThan(0);
  });

  it.each([
    ['a wrapped block of random bytes', () => randomBytesBase64(4000).match(/.{1,76}/g)!.join('\n')],
    ['a PEM certificate-like block', () => `-----BEGIN CERTIFICATE-----\n${randomBytesBase64(1200).match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----`],
    ['wrapped base64 of a placeholder key', () => Buffer.from(`sk-proj-${'X'.repeat(74)}T3BlbkFJ${'X'.repeat(74)}`).toString('base64').match(/.{1,76}/g)!.join('\n')],
  ])('reports nothing in %s', (_name, make) => {
    expect(found(make())).toEqual([]);
  });

  it('does not report a placeholder hidden in base64', () => {
    const encoded = Buffer.from(`sk-proj-${'X'.repeat(74)}T3BlbkFJ${'X'.repeat(74)}`).toString('base64');
    expect(found(encoded)).toEqual([]);
  });
});

describe('string escapes', () => {
  const hex = (s: string) => [...s].map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
  const uni = (s: string) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  it.each([
    ['\\x escapes', hex],
    ['\\u escapes', uni],
  ])('finds a key written entirely as %s', (_name, enc) => {
    const key = makeKey('proj', 74);
    const content = `var _0x1a=['${enc(key)}','log'];`;
    expect(found(content)).toMatchObject([{ secret: key, line: 1, column: 13, encoding: 'escaped', endColumn: 13 + enc(key).length }]);
  });
});

describe('terminal colour codes and double encodings before a key', () => {
  it.each([
    ['raw ESC[31m', (k: string) => `\x1b[31m${k}\x1b[0m`, 'plain'],
    ['raw ESC[38;5;124m', (k: string) => `Error: \x1b[38;5;124m${k}`, 'plain'],
    ['\\u001b[31m in a JSON string (a notebook traceback)', (k: string) => `"\\u001b[0;31m${k}\\u001b[0m"`, 'escaped'],
    ['\\x1b[1;31m', (k: string) => `'\\x1b[1;31m${k}'`, 'escaped'],
    ['\\033[31m', (k: string) => `echo -e "\\033[31m${k}"`, 'escaped'],
    ['%253D (URL-encoded twice)', (k: string) => `https://x.test/?next=%3Fkey%253D${k}&a=1`, 'url'],
    ['quoted-printable =3D', (k: string) => `OPENAI_API_KEY=3D${k}`, 'quoted-printable'],
  ])('finds a key after %s', (_name, wrap, encoding) => {
    const key = makeKey('proj', 74);
    expect(found(wrap(key)).map((f) => [f.secret, f.encoding])).toEqual([[key, encoding]]);
  });

  it.each([
    ['a letter m that ends a word', (k: string) => `param${k}`],
    ['a colour code without its escape', (k: string) => `[31m${k}`],
    ['an escaped backslash before the code', (k: string) => `"\\\\x1b[31m${k}"`],
  ])('does not take %s for a colour code', (_name, wrap) => {
    expect(found(wrap(makeKey('proj', 74)))).toEqual([]);
  });
});

describe('partial escapes, character references, percent and hex', () => {
  const refs = (s: string, hex: boolean) => [...s].map((c) => (hex ? `&#x${c.charCodeAt(0).toString(16)};` : `&#${c.charCodeAt(0)};`)).join('');
  it.each([
    ['only the dashes as \\u002d', (k: string) => `{"key": "${k.replace(/-/g, '\\u002d')}"}`, 'escaped'],
    ['only the dashes as \\x2d', (k: string) => `k = '${k.replace(/-/g, '\\x2d')}'`, 'escaped'],
    ['dashes as &#45;', (k: string) => `<input value="${k.replace(/-/g, '&#45;')}">`, 'entity'],
    ['dashes as &#x2d;', (k: string) => `<k>${k.replace(/-/g, '&#x2d;')}</k>`, 'entity'],
    ['dashes as &#x2D;', (k: string) => `<k>${k.replace(/-/g, '&#x2D;')}</k>`, 'entity'],
    ['decimal references throughout', (k: string) => `<k>${refs(k, false)}</k>`, 'entity'],
    ['hex references throughout', (k: string) => `<k a="${refs(k, true)}"/>`, 'entity'],
    ['percent-encoding throughout', (k: string) => `?k=${[...k].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('')}&a=1`, 'url'],
    ['hex digits', (k: string) => `secret: ${Buffer.from(k).toString('hex')}\n`, 'hex'],
    ['upper-case hex digits', (k: string) => `0x${Buffer.from(`KEY=${k}`).toString('hex').toUpperCase()}`, 'hex'],
  ])('finds a key with %s', (_name, wrap, encoding) => {
    const key = makeKey('proj', 74);
    const [f, ...rest] = found(wrap(key));
    expect(rest).toEqual([]);
    expect([f?.secret, f?.encoding]).toEqual([key, encoding]);
  });

  it.each([
    ['HTML text full of character references', () => '<p>Caf&#233; &amp; cr&#xE8;me &#8212; 100&#37; &#84;&#51; fresh</p>\n'.repeat(50)],
    ['a URL full of percent-escapes', () => `https://x.test/search?q=${encodeURIComponent('T3BlbkFJ is base64 of OpenAI & more')}&t=%54%33%42`],
    ['hex of random bytes around the marker', () => `${randomBytes(64).toString('hex')}5433426c626b464a${randomBytes(64).toString('hex')}`],
    ['a quoted-printable mail body', () => 'Subject: hi\n\nThe key format is sk-proj-=E2=80=A6T3BlbkFJ=E2=80=A6 and =\nnothing else.=3D\n'],
    ['escaped placeholder text', () => `"sk\\u002dproj\\u002d${'X'.repeat(74)}T3BlbkFJ${'X'.repeat(74)}"`],
  ])('reports nothing in %s', (_name, make) => {
    expect(found(make())).toEqual([]);
  });
});

describe('quoted-printable soft line breaks', () => {
  /** Quoted-printable as a mail client writes it: `=` escaped, lines of at most 76 with soft breaks. */
  const qp = (s: string, nl = '\n') => s.replace(/=/g, '=3D').match(/.{1,75}/g)!.join(`=${nl}`);
  it.each(['\n', '\r\n'])('finds a key cut by soft line breaks (%j), wherever they fall', (nl) => {
    for (let pad = 0; pad < 40; pad++) {
      const key = makeKey('proj', 74);
      const text = qp(`${'x'.repeat(pad)} OPENAI_API_KEY=${key} done`, nl);
      expect(found(text).map((f) => [f.secret, f.encoding])).toEqual([[key, 'quoted-printable']]);
    }
  });
});

describe('keys split across string literals', () => {
  const k = () => makeKey('proj', 74);
  it.each([
    ['JS concatenation over lines', (key: string) => `const key = "${key.slice(0, 50)}" +\n  "${key.slice(50, 120)}" +\n  "${key.slice(120)}";`, 1, 14],
    ['Python implicit concatenation', (key: string) => `KEY = ("${key.slice(0, 82)}"\n       "${key.slice(82)}")`, 1, 9],
    ['C implicit concatenation', (key: string) => `#define KEY "${key.slice(0, 40)}" "${key.slice(40)}"`, 1, 14],
    ['PHP concatenation', (key: string) => `$k = '${key.slice(0, 90)}' . '${key.slice(90)}';`, 1, 7],
    ['a backslash line continuation', (key: string) => `x = 1\nk = "${key.slice(0, 70)}\\\n${key.slice(70)}"`, 2, 6],
    ['+ through the marker', (key: string) => `const key = "${key.slice(0, key.indexOf('T3Bl') + 4)}" + "${key.slice(key.indexOf('T3Bl') + 4)}";`, 1, 14],
    ['a backslash continuation through the marker (CRLF)', (key: string) => `k = "${key.slice(0, key.indexOf('T3Bl') + 2)}\\\r\n${key.slice(key.indexOf('T3Bl') + 2)}"`, 1, 6],
    ['pieces of different quote kinds', (key: string) => `x = "${key.slice(0, 60)}" + '${key.slice(60)}'`, 1, 6],
    ['Python f-strings with a comment between', (key: string) => `k = (f"${key.slice(0, 60)}"  # part one\n     f'${key.slice(60)}')`, 1, 8],
    ['a block comment between', (key: string) => `k = "${key.slice(0, 60)}" /* rest: */ + "${key.slice(60)}";`, 1, 6],
    ['eight pieces', (key: string) => `k = ${[0, 20, 40, 60, 82, 100, 120, 140].map((a, i, cuts) => `'${key.slice(a, cuts[i + 1])}'`).join(' + ')};`, 1, 6],
  ])('finds a key split by %s, at its first piece', (_name, wrap, line, column) => {
    const key = k();
    expect(found(wrap(key)).map((f) => [f.secret, f.encoding, f.line, f.column])).toEqual([[key, 'split', line, column]]);
  });

  it.each([
    ['two separate keys in adjacent literals', () => { const a = k(); const b = k(); return [`x = "${a}" + "${b}"`, [a, b]] as const; }],
    ['a key and another string', () => { const a = k(); return [`f("${a}" + "-suffix")`, [a]] as const; }],
  ])('reports each whole key once: %s', (_name, make) => {
    const [text, keys] = make();
    expect(found(text).map((f) => f.secret)).toEqual(keys);
  });

  it.each([
    ['a lone marker joined to ordinary strings', () => `const s = "T3BlbkFJ" + "is base64 of OpenAI";`],
    ['pieces with a function call between', () => { const key = k(); return `x = "${key.slice(0, 60)}" + f() + "${key.slice(60)}"`; }],
  ])('reports nothing for %s', (_name, make) => {
    expect(found(make())).toEqual([]);
  });
});

describe('noise', () => {
  it('finds nothing in random base64 text', () => {
    expect(found(noise(1 << 20))).toEqual([]);
  });
});
