import { randomBytes, randomInt } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { placeholderReason } from '../../src/detect/filters.js';

/**
 * The one source of test keys: random strings in the real shapes, made at test time so that no
 * key-shaped literal is ever committed (the repository passes its own scan).
 */
export const MARKER = 'T3BlbkFJ';
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const BASE64URL = ALNUM + '-_';
const HEXDIGITS = '0123456789abcdef';

/** legacy (`sk-`), proj, svcacct, admin, none (`sk-None-`) or `name=<service account name>`. */
export type KeyType = string;

export function randomString(n: number, alphabet = ALNUM): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[randomInt(alphabet.length)];
  return s;
}

export function prefixOf(type: KeyType): string {
  if (type === 'legacy') return 'sk-';
  if (type === 'none') return 'sk-None-';
  if (type.startsWith('name=')) return `sk-${type.slice(5)}-`;
  return `sk-${type}-`;
}

/** Alphabet of a shape: 20-character segments and legacy keys are alphanumeric, longer ones base64url. */
function alphabetFor(type: KeyType, len: number): string {
  return type === 'legacy' || len === 20 ? ALNUM : BASE64URL;
}

function segment(type: KeyType, len: number): string {
  return randomString(len, alphabetFor(type, len));
}

/** A random key of the given shape; segments that a placeholder filter would reject are drawn again. */
export function makeKey(type: KeyType = 'proj', len = 74, rightLen = len): string {
  for (;;) {
    const left = segment(type, len);
    const right = segment(type, rightLen);
    if (!placeholderReason(left, right) && !(left + right).includes(MARKER)) return prefixOf(type) + left + MARKER + right;
  }
}

/** One key of every shape seen in the wild (design.md "Rules"). */
export const SHAPES: Array<{ type: KeyType; len: number; ruleId: string }> = [
  { type: 'legacy', len: 20, ruleId: 'openai-user-key' },
  { type: 'proj', len: 20, ruleId: 'openai-project-key' },
  { type: 'proj', len: 58, ruleId: 'openai-project-key' },
  { type: 'proj', len: 74, ruleId: 'openai-project-key' },
  { type: 'svcacct', len: 74, ruleId: 'openai-service-account-key' },
  { type: 'svcacct', len: 46, ruleId: 'openai-service-account-key' },
  { type: 'name=my-service', len: 20, ruleId: 'openai-service-account-key' },
  { type: 'admin', len: 58, ruleId: 'openai-admin-key' },
  { type: 'none', len: 74, ruleId: 'openai-user-key' },
  { type: 'none', len: 20, ruleId: 'openai-user-key' },
];

function fillWith(word: string, len: number): string {
  const pad = randomString(len, ALNUM);
  const at = Math.max(0, Math.floor((len - word.length) / 2));
  return (pad.slice(0, at) + word + pad).slice(0, len);
}

/** Look-alikes that are not OpenAI keys. */
function fake(kind: string): string {
  switch (kind) {
    case 'anthropic':
      return `sk-ant-api03-${randomString(93, BASE64URL)}AA`;
    case 'openrouter':
      return `sk-or-v1-${randomString(64, HEXDIGITS)}`;
    case 'stripe':
      return `sk_live_${randomString(24)}`;
    case 'hex32':
      return `sk-${randomString(32, HEXDIGITS)}`;
    case 'sk48':
      return `sk-${randomString(48)}`;
    case 'marker-in-blob':
      return randomString(120, ALNUM + '+/') + MARKER + randomString(120, ALNUM + '+/');
    default:
      throw new Error(`unknown fake ${kind}`);
  }
}

/** A key written in one of the encodings the detector reads; the forms samples name. */
export function encode(form: string, key: string): string {
  const code = (c: string) => c.charCodeAt(0);
  switch (form) {
    case 'wrapped76':
      return Buffer.from(`OPENAI_API_KEY=${key}\n`).toString('base64').match(/.{1,76}/g)!.join('\n');
    case 'dashes-u':
      return key.replace(/-/g, '\\u002d');
    case 'dashes-entity':
      return key.replace(/-/g, '&#45;');
    case 'entities':
      return [...key].map((c) => `&#x${code(c).toString(16)};`).join('');
    case 'percent':
      return [...key].map((c) => `%${code(c).toString(16).toUpperCase()}`).join('');
    case 'hex':
      return Buffer.from(key).toString('hex');
    case 'qp':
      return key.match(/.{1,60}/g)!.join('=\n');
    case 'ansi':
      return `\u001b[31m${key}`;
    case 'split':
      return `"${key.slice(0, key.length / 2)}" + "${key.slice(key.length / 2)}"`;
    case 'split-implicit':
      return `"${key.slice(0, key.length / 2)}"\n    "${key.slice(key.length / 2)}"`;
    case 'split-marker': {
      // Cut through the marker, between its halves: `"sk-proj-…T3Bl" +\n  "bkFJ…"`.
      const at = key.indexOf(MARKER) + 4;
      return `"${key.slice(0, at)}" +\n  "${key.slice(at)}"`;
    }
    default:
      throw new Error(`unknown encoding ${form}`);
  }
}

/**
 * Fill the `{{…}}` slots of a sample or fixture. Returns the text and the valid keys put in it.
 *   {{key:TYPE:LEN}}               a valid key
 *   {{base64:TYPE:LEN}}            a valid key, base64-encoded
 *   {{enc:FORM:TYPE:LEN}}          a valid key in an encoding (see `encode`)
 *   {{unequal:TYPE:LEFT:RIGHT}}     segments of different lengths
 *   {{placeholder:TYPE:LEN:WORD}}   segments with WORD inside
 *   {{run:TYPE:LEN:CHAR}}           segments of one repeated character
 *   {{digits:TYPE:LEN}}             segments counting 1234567890…
 *   {{legacy-with-dash}}            a legacy key with a dash in its segment
 *   {{fake:VENDOR}}                 another vendor's key or a marker in a random blob
 */
export function fill(template: string): { text: string; keys: string[] } {
  const keys: string[] = [];
  const text = template.replace(/\{\{([^}]+)\}\}/g, (_, spec: string) => {
    const [kind, type = 'proj', a = '74', b] = spec.split(':');
    const len = Number(a);
    const prefix = prefixOf(type);
    switch (kind) {
      case 'key': {
        const k = makeKey(type, len);
        keys.push(k);
        return k;
      }
      case 'base64': {
        const k = makeKey(type, len);
        keys.push(k);
        return Buffer.from(k).toString('base64');
      }
      case 'enc': {
        // {{enc:FORM:TYPE:LEN}}: a valid key written in an encoding the detector reads.
        const [, form = '', t = 'proj', l = '74'] = spec.split(':');
        const k = makeKey(t, Number(l));
        keys.push(k);
        return encode(form, k);
      }
      case 'unequal':
        return prefix + segment(type, len) + MARKER + segment(type, Number(b));
      case 'placeholder':
        return prefix + fillWith(b!, len) + MARKER + fillWith(b!, len);
      case 'run':
        return prefix + b!.repeat(len) + MARKER + b!.repeat(len);
      case 'digits': {
        const d = '1234567890'.repeat(11).slice(0, len);
        return prefix + d + MARKER + d;
      }
      case 'legacy-with-dash':
        return `sk-${randomString(10)}-${randomString(9)}${MARKER}${randomString(20)}`;
      case 'fake':
        return fake(type);
      default:
        throw new Error(`unknown template {{${spec}}}`);
    }
  });
  return { text, keys };
}

/** Random bytes that contain no marker in any form the detector reads. */
export function noise(n: number): Buffer {
  return Buffer.from(randomBytes(n).toString('base64').slice(0, n).replace(/[Tt]/g, 'x'));
}

/** Copy a fixture tree into a temp folder with its key slots filled; returns the folder and the keys by file. */
export function materialize(fixture: string, into: string): Map<string, string[]> {
  const root = path.resolve(import.meta.dirname, '../../fixtures', fixture);
  const keys = new Map<string, string[]>();
  for (const rel of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const src = path.join(root, rel);
    if (!statSync(src).isFile()) continue;
    const { text, keys: k } = fill(readFileSync(src, 'utf8'));
    mkdirSync(path.dirname(path.join(into, rel)), { recursive: true });
    writeFileSync(path.join(into, rel), text);
    if (k.length) keys.set(rel.split(path.sep).join('/'), k);
  }
  return keys;
}

/**
 * fast-check arbitraries over the same shapes as makeKey, for property tests: the key comes from
 * fast-check's generator so a failure shrinks and replays from its seed.
 */
export function arbKey(fc: typeof import('fast-check').default): import('fast-check').Arbitrary<{ key: string; ruleId: string }> {
  return fc
    .constantFrom(...SHAPES)
    .chain((shape) => {
      const chars = (alphabetFor(shape.type, shape.len) as string).split('');
      const seg = fc.string({ unit: fc.constantFrom(...chars), minLength: shape.len, maxLength: shape.len });
      return fc.tuple(fc.constant(shape), seg, seg);
    })
    .filter(([, left, right]) => !placeholderReason(left, right) && !(left + right).includes(MARKER))
    .map(([shape, left, right]) => ({ key: prefixOf(shape.type) + left + MARKER + right, ruleId: shape.ruleId }));
}

/** A key and the long random pieces either side of its marker: what a leak audit looks for in output. */
export function keyPieces(key: string): string[] {
  const body = key.replace(/^sk-(?:[a-zA-Z]+-)?/, '');
  const [left, right] = body.split(MARKER) as [string, string];
  return [key, body, left, right].filter((p) => p.length >= 20);
}

/** The keys of which `text` shows the whole or a long piece. */
export function leaked(text: string, keys: string[]): string[] {
  return keys.filter((k) => keyPieces(k).some((p) => text.includes(p)));
}
