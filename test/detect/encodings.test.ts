import { describe, expect, it } from 'vitest';
import { detectKeys } from '../../src/detect/index.js';
import { makeKey, noise } from '../helpers/keys.js';

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

  it('finds a key in a base64 block wrapped at 76 columns', () => {
    // A .env file encoded with `base64` (76-column lines); the marker's encoding sits inside one line.
    const key = makeKey('proj', 74);
    for (let pad = 0; pad < 60; pad++) {
      const encoded = Buffer.from(`${'#'.repeat(pad)}\nOPENAI_API_KEY=${key}\n`).toString('base64');
      const wrapped = encoded.replace(/.{76}/g, '$&\n');
      const literalSplit = !/VDNCbGJr|Qmxia0ZK|M0JsYmtG/.test(wrapped);
      if (literalSplit) continue;
      expect(found(wrapped).map((f) => f.secret)).toEqual([key]);
      return;
    }
    throw new Error('no padding kept the literal on one line');
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

describe('noise', () => {
  it('finds nothing in random base64 text', () => {
    expect(found(noise(1 << 20))).toEqual([]);
  });
});
