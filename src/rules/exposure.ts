import type { Detection } from '../detect/index.js';
import { KEY_RULES } from './keys.js';
import { isDotenv } from './risks.js';
import { factsFor, join, type ProjectFacts } from './project.js';
import type { Exposure, Finding, Fragment, FragmentWindow } from '../types.js';

/**
 * Where a key finding sits, beyond "in a file": places that ship to users (a client bundle, a source
 * map) or travel further than code (a .env file, a notebook's saved cells, a log). design.md "Exposure".
 */

/** Folders whose built JS/CSS/HTML is served to browsers (`.next/static/` is a `static/`). */
const BUILD_DIRS = /(?:^|\/)(?:dist|build|out|public|static|www)\//;
const BUILT = /\.(?:m?js|cjs|css|html?)$/i;
const BUNDLE_NAME = /\.(?:min|bundle|chunk)\.js$/i;
const HTML = /\.html?$/i;
const ASTRO = /\.astro$/i;
const SOURCE_MAP = /\.map$/i;
const NOTEBOOK = /\.ipynb$/i;
const LOG = /\.log(?:\.\d+)?$|(?:^|\/)logs?\/|(?:^|\/)nohup\.out$/i;

/** The exposures a path alone decides; HTML and source maps also depend on where the key sits. */
export function pathExposure(path: string): Exposure[] {
  const out: Exposure[] = [];
  if ((BUILT.test(path) && BUILD_DIRS.test(path)) || BUNDLE_NAME.test(path)) out.push('client-bundle');
  if (isDotenv(path)) out.push('dotenv');
  if (NOTEBOOK.test(path)) out.push('notebook');
  if (LOG.test(path)) out.push('log');
  return out;
}

/** Does a key at `offset` sit inside an inline `<script>` element? (Looks back for the nearest open tag.) */
function inScript(buf: Buffer, offset: number): boolean {
  const open = Math.max(buf.lastIndexOf('<script', offset, 'latin1'), buf.lastIndexOf('<SCRIPT', offset, 'latin1'));
  if (open === -1) return false;
  const close = Math.max(buf.lastIndexOf('</script', offset, 'latin1'), buf.lastIndexOf('</SCRIPT', offset, 'latin1'));
  return close < open;
}

/**
 * A key in a source map is exposed when it sits in `sourcesContent` (the original sources, served
 * next to the bundle). In a later window of a huge map the property name may lie in an earlier
 * window: a key in a map is then counted as in its sources, the only place a map holds free text.
 */
function inSourcesContent(buf: Buffer, offset: number, window?: FragmentWindow): boolean {
  const at = buf.indexOf('"sourcesContent"', 0, 'latin1');
  if (at !== -1) return at < offset;
  return window !== undefined && !window.first;
}

/**
 * Source that ships to the browser or into an app, recognised from the file and its project
 * (design.md "Exposure"). Only strong signals: a weak one labels nothing.
 */
export interface ClientSignal {
  exposure: 'client-source' | 'mobile-app' | 'browser-extension';
  /** What gave it away, for the message: "a Next.js client component (\"use client\")". */
  signal: string;
}

const SCRIPT = /\.(?:[cm]?[jt]sx?)$/i;
/** Tests, tooling and server code inside a client project: none of it ships. */
const NOT_SHIPPED = /(?:^|\/)(?:node_modules|__tests__|__mocks__|tests?|spec|e2e|cypress|scripts|server|api|functions|supabase|prisma)\/|\.(?:test|spec|stories|config|d)\.[^/]*$|(?:^|\/)[^/]*\.config\.[^/]*$|\+api\.[jt]sx?$/i;
/** Frameworks that run a server: their source is not client-only. */
const SERVER_FRAMEWORKS = ['next', 'nuxt', '@sveltejs/kit', 'astro', '@remix-run/node', '@remix-run/react', 'express', 'fastify', 'koa', '@nestjs/core', 'hono', '@hapi/hapi', '@solidjs/start', 'gatsby', 'electron', '@builder.io/qwik-city', 'react-router'];
/** Build tools of client-only apps, by the package that provides each. */
const CLIENT_BUILDS: Array<[string, string]> = [
  ['vite', 'Vite'],
  ['react-scripts', 'Create React App'],
  ['parcel', 'Parcel'],
  ['@vue/cli-service', 'Vue CLI'],
];
/** The `"use client"` directive: the first statement, after comments. */
const USE_CLIENT = /^(?:\uFEFF)?(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1/;

function head(text: Uint8Array, n = 2048): string {
  return Buffer.from(text.buffer, text.byteOffset, Math.min(n, text.length)).toString('latin1');
}

/**
 * The client signal of a file, or undefined. `text` is the fragment's text (for a diff, only its added
 * lines: a directive outside them is not seen); project files are read through `facts`, once each.
 */
export function clientSignal(path: string, text: Uint8Array, facts: ProjectFacts): ClientSignal | undefined {
  const lower = path.toLowerCase();
  // Mobile: file-level signals first (they need no project read).
  if (lower.endsWith('.swift') && /^\s*import\s+(?:SwiftUI|UIKit)\b/m.test(head(text, 8192)) && !/(?:^|\/)(?:tests?|\w+Tests)\//.test(path)) {
    return { exposure: 'mobile-app', signal: 'an iOS app (Swift importing SwiftUI or UIKit)' };
  }
  if (/\.(?:kt|java)$/.test(lower)) {
    const module = /^(.*?)(?:^|\/)src\/main\/(?:java|kotlin)\//.exec(path);
    if (module && facts.exists(join(module[1]!, 'src/main/AndroidManifest.xml'))) return { exposure: 'mobile-app', signal: 'an Android app module (src/main/AndroidManifest.xml)' };
    return undefined;
  }
  if (lower.endsWith('.dart')) {
    const lib = /^(.*?)(?:^|\/)lib\//.exec(path);
    if (lib && /sdk:\s*flutter/.test(facts.read(join(lib[1]!.replace(/\/$/, ''), 'pubspec.yaml')) ?? '')) return { exposure: 'mobile-app', signal: 'a Flutter app (lib/)' };
    return undefined;
  }
  const component = /\.(?:vue|svelte)$/i.test(path);
  if (!SCRIPT.test(path) && !component && !/\.(?:html?|astro)$/i.test(path)) return undefined;
  if (NOT_SHIPPED.test(path)) return undefined;
  // A browser extension: a manifest.json with manifest_version in one of the file's folders.
  for (const dir of facts.folders(path)) {
    const manifest = facts.read(join(dir, 'manifest.json'));
    if (manifest && /"manifest_version"\s*:/.test(manifest)) return { exposure: 'browser-extension', signal: `a browser extension (${join(dir, 'manifest.json')})` };
  }
  const pkg = facts.packageOf(path);
  const inPackage = (p: string) => (pkg?.dir ? p.slice(pkg.dir.length + 1) : p);
  if (pkg && (pkg.deps.has('react-native') || pkg.deps.has('expo')) && !/\.(?:html?|astro)$/i.test(path)) {
    return { exposure: 'mobile-app', signal: pkg.deps.has('expo') ? 'an Expo app' : 'a React Native app' };
  }
  if (pkg?.deps.has('electron')) {
    return /(?:^|\/)renderer\//.test(inPackage(path)) ? { exposure: 'client-source', signal: 'Electron renderer code (renderer/)' } : undefined;
  }
  if (SCRIPT.test(path) && USE_CLIENT.test(head(text))) {
    return { exposure: 'client-source', signal: `a ${pkg?.deps.has('next') ? 'Next.js' : 'React'} client component ("use client")` };
  }
  if (pkg?.deps.has('next') && SCRIPT.test(path) && /^(?:src\/)?pages\/(?!api\/)(?!_document\.|_middleware\.)/.test(inPackage(path))) {
    return { exposure: 'client-source', signal: 'a Next.js page (pages/)' };
  }
  if (component) return { exposure: 'client-source', signal: lower.endsWith('.vue') ? 'a Vue single-file component' : 'a Svelte component' };
  // Only keys inside its <script> blocks are labelled (exposeKeys): the frontmatter runs on the server.
  if (ASTRO.test(path)) return { exposure: 'client-source', signal: "an Astro component's <script> block" };
  if (!pkg || !SCRIPT.test(path) || !/^src\//.test(inPackage(path))) return undefined;
  const build = CLIENT_BUILDS.find(([dep]) => pkg.deps.has(dep) || new RegExp(`\\b${dep.replace(/^@.*\//, '')}\\b`).test(pkg.scripts));
  if (!build || SERVER_FRAMEWORKS.some((d) => pkg.deps.has(d)) || /\bnext\b|\bnuxt\b/.test(pkg.scripts)) return undefined;
  const entry = ['index.html', 'public/index.html', 'src/main.ts', 'src/main.tsx', 'src/main.js', 'src/main.jsx', 'src/index.tsx', 'src/index.jsx', 'src/index.js'].some((f) => facts.exists(join(pkg.dir, f)));
  return entry ? { exposure: 'client-source', signal: `the source of a client-only ${build[1]} app (${join(pkg.dir, 'package.json')})` } : undefined;
}

/** Is `offset` in an Astro component's `<script>` (shipped), not its `---` frontmatter (server)? */
function inAstroScript(buf: Buffer, offset: number): boolean {
  return inScript(buf, offset);
}

/** Exposures of a key at `offset` (a byte offset in the fragment's text view). */
export function keyExposure(path: string, base: Exposure[], text: Uint8Array, offset: number, window?: FragmentWindow): Exposure[] {
  const buf = Buffer.from(text.buffer, text.byteOffset, text.length);
  const out = [...base];
  if (HTML.test(path) && !out.includes('client-bundle') && inScript(buf, offset)) out.push('client-bundle');
  if (SOURCE_MAP.test(path) && inSourcesContent(buf, offset, window)) out.push('source-map');
  return out;
}

const WHERE: Record<Exposure, string> = {
  'client-bundle': 'in a client bundle',
  'source-map': 'in a source map',
  dotenv: 'in a .env file',
  notebook: 'in a notebook (cell source or saved output)',
  log: 'in a log file',
  'client-source': 'in client-side source',
  'mobile-app': 'in a mobile app',
  'browser-extension': 'in a browser extension',
  'app-package': 'in an app or extension package',
  'published-package': 'in a package published to a registry',
};

const CLIENT: readonly Exposure[] = ['client-bundle', 'source-map', 'client-source', 'mobile-app', 'browser-extension'];

export function clientExposed(exposure: readonly Exposure[]): boolean {
  return exposure.some((e) => CLIENT.includes(e));
}

/** Who can read a key in each client place. */
const READER: Partial<Record<Exposure, string>> = {
  'mobile-app': 'anyone who installs the app can extract it from the package in minutes',
  'browser-extension': 'anyone who installs the extension can read it',
};

/**
 * Mark a key finding with its exposures. A client-exposed key is critical, and its message says why
 * and what fixes it; `title` is the key rule's title (`OpenAI project key`).
 */
export function applyExposure(finding: Finding, title: string, exposure: Exposure[], signal?: string): void {
  if (!exposure.length) return;
  finding.exposure = exposure;
  const client = clientExposed(exposure);
  const main = CLIENT.find((e) => exposure.includes(e)) ?? exposure[0]!;
  const where = `${WHERE[main]}${signal && !['client-bundle', 'source-map'].includes(main) ? ` (${signal})` : ''}`;
  // "<title> <how encoded>: <why>" becomes "<title> <where>, <how encoded>: <why>".
  const rest = finding.message.startsWith(title) ? finding.message.slice(title.length).trim() : finding.message;
  const how = rest.slice(0, rest.indexOf(': ') === -1 ? rest.length : rest.indexOf(': '));
  const why = rest.slice(how.length + 2);
  if (client) {
    finding.severity = 'critical';
    finding.message =
      `${title} ${where}, ${how}: ${READER[main] ?? 'anyone who loads the page can read it'}. Revoke it; the fix is a server-side proxy ` +
      'that holds the key and calls OpenAI, not a better hiding place (obfuscated, split or build-time keys are just as public)';
    return;
  }
  finding.message = `${title} ${where}, ${how}: ${why}`;
}

/**
 * Mark the key findings of one fragment. `findings` are `detection.keys` in order, less those an
 * allow comment dropped: the two lists are walked side by side to find each finding's offset.
 */
export function exposeKeys(fragment: Fragment, detection: Detection, findings: Finding[], root?: string): void {
  const base = pathExposure(fragment.path);
  const byOffset = HTML.test(fragment.path) || SOURCE_MAP.test(fragment.path) || ASTRO.test(fragment.path);
  // Source that ships to clients; a build output or a source map is labelled by its path already.
  let client: ClientSignal | undefined;
  if (!base.includes('client-bundle') && !SOURCE_MAP.test(fragment.path)) {
    const { facts, file } = factsFor(fragment.path, root);
    client = clientSignal(file, detection.view!.bytes, facts);
  }
  if (!base.length && !byOffset && !client) return;
  const buf = Buffer.from(detection.view!.bytes.buffer, detection.view!.bytes.byteOffset, detection.view!.bytes.length);
  let k = 0;
  for (const finding of findings) {
    while (k < detection.keys.length && (detection.keys[k]!.column !== finding.column || detection.keys[k]!.endColumn !== finding.endColumn)) k++;
    const key = detection.keys[k++];
    if (!key) return;
    const exposure = byOffset ? keyExposure(fragment.path, base, detection.view!.bytes, key.start, fragment.window) : [...base];
    // An Astro component's frontmatter runs on the server; its <script> ships.
    const shipped = client && (!ASTRO.test(fragment.path) || inAstroScript(buf, key.start)) ? client : undefined;
    if (shipped && !exposure.includes(shipped.exposure)) exposure.push(shipped.exposure);
    applyExposure(finding, key.rule.title, exposure, shipped?.signal);
  }
}

/**
 * Packages that ship to every user who installs them: browser and editor extensions, Electron and
 * mobile apps. A key anywhere inside one (any member, or the package's raw bytes) can be extracted.
 */
const APP_PACKAGE = /\.(?:apk|aab|ipa|crx|xpi|vsix|asar)$/i;
/** npm tarballs (`npm pack` puts every file under `package/`) and Python wheels are published as they are. */
const TARBALL = /\.(?:tgz|tar\.gz)$/i;
const WHEEL = /\.whl$/i;

/**
 * The package exposure of a path, read from its archive containers (`outer.apk!assets/app.js`): the
 * outermost package decides.
 */
export function packageExposure(path: string): Exposure | undefined {
  const parts = path.split('!');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (APP_PACKAGE.test(part)) return 'app-package';
    if (WHEEL.test(part)) return 'published-package';
    if (TARBALL.test(part) && parts[i + 1]?.startsWith('package/')) return 'published-package';
  }
  return undefined;
}

/**
 * Mark key findings inside a package: critical, with a message that says who can read the key. Kept
 * apart from applyExposure: a package is not a page, and its fix is not a proxy in front of a page.
 */
export function exposePackagedKeys(path: string, findings: Finding[]): void {
  const exposure = packageExposure(path);
  if (!exposure) return;
  for (const finding of findings) {
    const title = KEY_RULES.find((r) => r.id === finding.ruleId)?.title ?? finding.ruleId;
    const rest = finding.message.startsWith(title) ? finding.message.slice(title.length).trim() : finding.message;
    const how = rest.slice(0, rest.indexOf(': ') === -1 ? rest.length : rest.indexOf(': ')).replace(/^in an? [^,]*, /, '');
    finding.exposure = [...(finding.exposure ?? []).filter((e) => e !== exposure), exposure];
    finding.severity = 'critical';
    const who = exposure === 'app-package' ? 'everyone who installs the app or extension' : 'everyone who installs the package';
    finding.message =
      `${title} ${WHERE[exposure]}, ${how}: ${who} can unpack it and read the key. Revoke it; a key cannot be hidden ` +
      'inside a package: have your server call OpenAI, or have each user bring their own key';
  }
}
