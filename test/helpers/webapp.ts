import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The build output of fixtures/webapp, made at test time as `vite build` and `next build` would
 * leave it (git-ignored dist/ and .next/): a multi-megabyte minified bundle with a key inlined,
 * its source map (sourcesContent holds the source with the key), a Next.js client chunk with the
 * value of a NEXT_PUBLIC_ variable inlined, and a server chunk with a server-side key.
 */
export interface BuiltWebapp {
  /** File → the content written, to compute expected columns. */
  files: Map<string, string>;
}

/** Plausible minified code without any literal a rule starts from, `bytes` long. */
export function minified(bytes: number, seed = 0): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = seed; size < bytes; i++) {
    const id = i.toString(36);
    const part = `function q${id}(e,t){const n=e[${i % 7}]||t;return n&&n.length>${i % 13}?n.slice(${i % 5}).map(r=>r*${i % 11}):null}var w${id}=q${id}([${i % 3},${i % 17}],"c${id}");`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, bytes);
}

function write(dir: string, files: Map<string, string>, rel: string, content: string): void {
  const p = path.join(dir, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  files.set(rel, content);
}

export function buildWebapp(dir: string, keys: { next: string; server: string }, mb = 3): BuiltWebapp {
  const files = new Map<string, string>();
  const libSource = readFileSync(path.join(dir, 'src/lib/openai.ts'), 'utf8');
  const bundleKey = /"(sk-[^"]+)"/.exec(libSource)![1]!;
  const half = Math.floor((mb * 1024 * 1024) / 2);

  // Vite: `?? "<key>"` survives minification as a string literal in the one-line bundle.
  write(dir, files, 'dist/index.html', '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Chat</title><script type="module" crossorigin src="/assets/index-4f2a9c1d.js"></script></head><body><div id="root"></div></body></html>\n');
  write(
    dir,
    files,
    'dist/assets/index-4f2a9c1d.js',
    `(function(){"use strict";${minified(half)};var Ue="https://api.openai.com/v1";const Kt=new Gt({apiKey:void 0??"${bundleKey}",dangerouslyAllowBrowser:!0});${minified(half, 7)}})();\n//# sourceMappingURL=index-4f2a9c1d.js.map\n`, // openai-key-scan:allow
  );
  write(
    dir,
    files,
    'dist/assets/index-4f2a9c1d.js.map',
    JSON.stringify({
      version: 3,
      file: 'index-4f2a9c1d.js',
      sources: ['../../src/lib/openai.ts', '../../src/main.ts'],
      sourcesContent: [libSource, readFileSync(path.join(dir, 'src/main.ts'), 'utf8')],
      names: [],
      mappings: 'AAAA,SAASA,EAAE,CAAC'.repeat(2000),
    }),
  );
  write(dir, files, 'dist/assets/index-9b1d.css', `#root{max-width:40rem;margin:0 auto}${'.c{color:#333}'.repeat(100)}\n`);

  // Next.js: process.env.NEXT_PUBLIC_OPENAI_API_KEY is replaced by its value in the client chunk.
  const pageSource = readFileSync(path.join(dir, 'app/page.tsx'), 'utf8');
  write(
    dir,
    files,
    '.next/static/chunks/app/page-8c1e2f0a.js',
    `(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[931],{4242:function(e,t,n){"use strict";${minified(512 * 1024, 3)};let r=new o.ZP({apiKey:"${keys.next}",dangerouslyAllowBrowser:!1});}}]);\n//# sourceMappingURL=page-8c1e2f0a.js.map\n`,
  );
  write(
    dir,
    files,
    '.next/static/chunks/app/page-8c1e2f0a.js.map',
    JSON.stringify({ version: 3, file: 'page-8c1e2f0a.js', sources: ['webpack://_N_E/./app/page.tsx'], sourcesContent: [pageSource], names: [], mappings: 'AAAA' }),
  );
  write(
    dir,
    files,
    '.next/server/app/api/chat/route.js',
    `"use strict";(()=>{var e={};${minified(64 * 1024, 5)};const a=new s.ZP({apiKey:"${keys.server}"});module.exports=e})();\n`,
  );
  write(dir, files, '.next/BUILD_ID', 'x2Hq9Zb1\n');
  return { files };
}
