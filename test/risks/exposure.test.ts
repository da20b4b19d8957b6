import { describe, expect, it } from 'vitest';
import { processFragment } from '../../src/run/fragment.js';
import { newTally } from '../../src/run/tally.js';
import { pathExposure } from '../../src/rules/exposure.js';
import type { Finding, Origin } from '../../src/types.js';
import { makeKey } from '../helpers/keys.js';

function findings(path: string, text: string, origin: Origin = { kind: 'tree' }): Finding[] {
  const tally = newTally();
  processFragment({ path, content: Buffer.from(text), origin }, {}, tally);
  // Findings an inline allow covers stay in the tally, marked, until the report sets them apart.
  return tally.findings.filter((f) => f.kind === 'key' && !f.suppressed);
}

describe('exposure by path', () => {
  it.each([
    ['dist/assets/index-4f2a.js', ['client-bundle']],
    ['build/static/js/main.8e1c.js', ['client-bundle']],
    ['out/index.html', ['client-bundle']],
    ['public/app.css', ['client-bundle']],
    ['.next/static/chunks/app/page-1a2b.js', ['client-bundle']],
    ['packages/web/www/main.mjs', ['client-bundle']],
    ['vendor/jquery.min.js', ['client-bundle']],
    ['src/app.bundle.js', ['client-bundle']],
    ['assets/42.chunk.js', ['client-bundle']],
    ['.env', ['dotenv']],
    ['apps/api/.env.production', ['dotenv']],
    ['notebooks/demo.ipynb', ['notebook']],
    ['server.log', ['log']],
    ['logs/app.txt', ['log']],
    ['app.log.3', ['log']],
  ])('%s: %j', (path, expected) => {
    expect(pathExposure(path)).toEqual(expected);
  });

  it.each(['src/app.ts', '.next/server/app/api/chat/route.js', 'dist/server.py', 'build.gradle', 'distribution/x.js', 'src/static.ts', 'index.html', 'docs/readme.md'])(
    '%s: none',
    (path) => {
      expect(pathExposure(path)).toEqual([]);
    },
  );
});

describe('key findings', () => {
  it('a key in a client bundle is critical and says why and what fixes it', () => {
    const [f] = findings('dist/assets/index.js', `var a="${makeKey('proj', 74)}";`);
    expect(f!.exposure).toEqual(['client-bundle']);
    expect(f!.severity).toBe('critical');
    expect(f!.message).toMatch(/^OpenAI project key in a client bundle, in plain text: anyone who loads the page can read it/);
    expect(f!.message).toContain('server-side proxy');
    expect(f!.message).toContain('not a better hiding place');
  });

  it('the same key on the server stays high, with no exposure', () => {
    const [f] = findings('.next/server/app/api/chat/route.js', `var a="${makeKey('proj', 74)}";`);
    expect(f!.exposure).toBeUndefined();
    expect(f!.severity).toBe('high');
  });

  it('an admin key in a bundle is critical as before, with the client message', () => {
    const [f] = findings('public/config.js', `window.k="${makeKey('admin', 58)}"`);
    expect(f!.severity).toBe('critical');
    expect(f!.message).toContain('anyone who loads the page');
  });

  it('HTML: a key in an inline <script> is client-exposed, one elsewhere in the page is not', () => {
    const a = makeKey('proj', 74);
    const b = makeKey('proj', 58);
    const html = `<html><head>\n<SCRIPT>window.OPENAI_KEY = "${a}";</script>\n</head><body data-k="${b}"></body></html>`;
    const [fa, fb] = findings('index.html', html);
    expect(fa!.exposure).toEqual(['client-bundle']);
    expect(fa!.severity).toBe('critical');
    expect(fb!.exposure).toBeUndefined();
    expect(fb!.severity).toBe('high');
  });

  it('source map: a key in sourcesContent is exposed, a map without sources is not', () => {
    const k = makeKey('svcacct', 74);
    const withSources = JSON.stringify({ version: 3, sources: ['../src/main.ts'], sourcesContent: [`const key = "${k}";\n`], mappings: 'AAAA' });
    const [f] = findings('dist/assets/index.js.map', withSources);
    expect(f!.exposure).toEqual(['source-map']);
    expect(f!.severity).toBe('critical');
    // In sourcesContent the key sits between escaped quotes (`\"`): a quote is not a key character, so
    // the key reads as it stands.
    expect(f!.message).toMatch(/^OpenAI service account key in a source map, in plain text: anyone who loads the page can read it\. /);
    const noSources = `{"version":3,"file":"${k}","mappings":"AAAA"}`;
    expect(findings('dist/x.js.map', noSources)[0]!.exposure).toBeUndefined();
  });

  it('dotenv, notebook and log keep their severity and say where the key is', () => {
    const k = makeKey('proj', 74);
    const [d] = findings('.env.local', `OPENAI_API_KEY=${k}\n`);
    expect(d!.exposure).toEqual(['dotenv']);
    expect(d!.severity).toBe('high');
    expect(d!.message).toBe('OpenAI project key in a .env file, in plain text: anyone who can read this file can use it');
    const [n] = findings('a.ipynb', JSON.stringify({ cells: [{ outputs: [{ text: [k] }] }] }));
    expect(n!.exposure).toEqual(['notebook']);
    const [l] = findings('logs/server.log', `request with key ${k}\n`);
    expect(l!.exposure).toEqual(['log']);
  });

  it('an allowed key before an exposed one leaves the right finding marked', () => {
    const a = makeKey('proj', 74);
    const b = makeKey('proj', 74);
    const html = `<p>${a}</p> <!-- openai-key-scan:allow -->\n<script>k="${b}"</script>`;
    const fs = findings('index.html', html);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.line).toBe(2);
    expect(fs[0]!.exposure).toEqual(['client-bundle']);
  });
});

describe('risk findings in the pipeline', () => {
  it('carry kind risk, a fingerprint without the value, and the risks switch', () => {
    const text = `OPENAI_API_KEY=${makeKey('proj', 74)}\n`;
    const tally = newTally();
    processFragment({ path: '.env', content: Buffer.from(text), origin: { kind: 'tree' } }, {}, tally);
    const risk = tally.findings.find((f) => f.kind === 'risk')!;
    expect(risk).toMatchObject({ ruleId: 'committed-dotenv', severity: 'medium', line: 1, column: 1, redacted: 'OPENAI_API_KEY=…', encoding: 'plain' });
    expect(risk.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    const off = newTally();
    processFragment({ path: '.env', content: Buffer.from(text), origin: { kind: 'tree' } }, { risks: { 'committed-dotenv': false } }, off);
    expect(off.findings.map((f) => f.kind)).toEqual(['key']);
  });

  it('map a diff fragment line through lineMap', () => {
    const tally = newTally();
    const content = Buffer.from('x\nconst k = process.env.VITE_OPENAI_API_KEY;\n'); // openai-key-scan:allow
    processFragment({ path: 'src/a.ts', content, origin: { kind: 'commit', commit: 'c0ffee' }, lineMap: [10, 42] }, {}, tally);
    expect(tally.findings.map((f) => [f.ruleId, f.line, f.commit])).toEqual([['public-env-var', 42, 'c0ffee']]);
  });
});
