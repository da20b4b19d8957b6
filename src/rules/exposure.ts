import type { Detection } from '../detect/index.js';
import { isDotenv } from './risks.js';
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
};

export function clientExposed(exposure: readonly Exposure[]): boolean {
  return exposure.includes('client-bundle') || exposure.includes('source-map');
}

/**
 * Mark a key finding with its exposures. A client-exposed key is critical, and its message says why
 * and what fixes it; `title` is the key rule's title (`OpenAI project key`).
 */
export function applyExposure(finding: Finding, title: string, exposure: Exposure[]): void {
  if (!exposure.length) return;
  finding.exposure = exposure;
  const client = clientExposed(exposure);
  const where = WHERE[exposure.includes('client-bundle') ? 'client-bundle' : exposure.includes('source-map') ? 'source-map' : exposure[0]!];
  // "<title> <how encoded>: <why>" becomes "<title> <where>, <how encoded>: <why>".
  const rest = finding.message.startsWith(title) ? finding.message.slice(title.length).trim() : finding.message;
  const how = rest.slice(0, rest.indexOf(': ') === -1 ? rest.length : rest.indexOf(': '));
  const why = rest.slice(how.length + 2);
  if (client) {
    finding.severity = 'critical';
    finding.message =
      `${title} ${where}, ${how}: anyone who loads the page can read it. Revoke it; the fix is a server-side proxy ` +
      'that holds the key and calls OpenAI, not a better hiding place (obfuscated, split or build-time keys are just as public)';
    return;
  }
  finding.message = `${title} ${where}, ${how}: ${why}`;
}

/**
 * Mark the key findings of one fragment. `findings` are `detection.keys` in order, less those an
 * allow comment dropped: the two lists are walked side by side to find each finding's offset.
 */
export function exposeKeys(fragment: Fragment, detection: Detection, findings: Finding[]): void {
  const base = pathExposure(fragment.path);
  const byOffset = HTML.test(fragment.path) || SOURCE_MAP.test(fragment.path);
  if (!base.length && !byOffset) return;
  let k = 0;
  for (const finding of findings) {
    while (k < detection.keys.length && (detection.keys[k]!.column !== finding.column || detection.keys[k]!.endColumn !== finding.endColumn)) k++;
    const key = detection.keys[k++];
    if (!key) return;
    applyExposure(finding, key.rule.title, byOffset ? keyExposure(fragment.path, base, detection.view!.bytes, key.start, fragment.window) : base);
  }
}
