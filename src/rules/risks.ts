import type { Origin, RiskRule } from '../types.js';
import { factsFor } from './project.js';

/**
 * Risk rules: patterns that put OpenAI keys where they leak, whether or not a key is present yet
 * (design.md "Risk rules"). Data, run by src/detect/risks.ts; each rule's samples are in
 * risks.samples.ts, by id.
 */

/** `.env`, `.env.local`, `.env.production`…: the files dotenv and the frameworks load. */
export function isDotenv(path: string): boolean {
  return /(?:^|\/)\.env(?:\.[^/]*)?$/.test(path);
}

/** Templates meant to be committed: `.env.example`, `.env.sample`, `.env.template`, `.env.dist`. */
const TEMPLATE_PARTS = new Set(['example', 'sample', 'template', 'dist']);
export function isDotenvTemplate(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.split('.').some((part) => TEMPLATE_PARTS.has(part.toLowerCase()));
}

/** Prose, where a variable name is explained rather than used. */
const DOCS = /\.(?:md|mdx|markdown|rst|adoc|txt)$/i;
/** Source maps repeat their sources: the place to report is the source file. */
const SOURCE_MAP = /\.map$/i;

/** Name segments that mark a variable as a credential (`OPENAI_API_KEY`, not `OPENAI_MAX_TOKENS`). */
const SECRET_SEGMENT = /^(?:KEY|APIKEY|SECRET|TOKEN|PASSWORD|PASS|CREDENTIAL|CREDENTIALS|AUTH)$/;

export function isSecretName(name: string): boolean {
  return name.split('_').some((s) => SECRET_SEGMENT.test(s));
}

const PLACEHOLDER_WORDS = /your|xxx|\.\.\.|\u2026|<[^>]*>|\*\*\*|change.?me|replace|placeholder|example|dummy|insert|todo|redacted|^sk-?$|^null$|^none$|^undefined$/i;

/**
 * A value that is no secret: empty, short, a reference to another variable (`${OPENAI_KEY}`,
 * `$KEY`, `%KEY%`) or template text (`sk-...`, `<your key>`, `changeme`).
 */
export function isPlaceholderValue(raw: string): boolean {
  let v = raw.trim();
  // A trailing comment is not part of the value (dotenv: ` #` outside quotes).
  const q = v[0];
  if (q === '"' || q === "'" || q === '`') {
    const end = v.indexOf(q, 1);
    v = end === -1 ? v.slice(1) : v.slice(1, end);
  } else {
    v = v.replace(/\s+#.*$/, '');
  }
  v = v.trim();
  if (v.length < 8) return true;
  // A value holding the key marker is a key: random key text may spell `xxx` or `todo` by chance.
  if (v.includes('T3BlbkFJ')) return false;
  // References and template slots: `${KEY}`, `$KEY`, `%KEY%`, `{{ openai_key }}`, `${{ secrets.KEY }}`.
  if (/^\$\{?[A-Za-z_]\w*\}?$|^%[A-Za-z_]\w*%$|^\$?\{\{.*\}\}$/.test(v)) return true;
  return PLACEHOLDER_WORDS.test(v);
}

/** Prefixes that build tools inline into client code, and who does it. */
export const PUBLIC_PREFIXES: Record<string, string> = {
  NEXT_PUBLIC_: 'Next.js',
  VITE_: 'Vite',
  REACT_APP_: 'Create React App',
  EXPO_PUBLIC_: 'Expo',
  NUXT_PUBLIC_: 'Nuxt',
  PUBLIC_: 'SvelteKit and Astro',
  GATSBY_: 'Gatsby',
  VUE_APP_: 'Vue CLI',
  STORYBOOK_: 'Storybook',
};

const PREFIX_ALTERNATION = Object.keys(PUBLIC_PREFIXES).join('|');

/**
 * Whether the text before a place on its line ends inside a string literal (`"`, `'` or a template
 * literal), by the quotes before it: `throw new Error("… dangerouslyAllowBrowser: true …")` is a
 * message, not a setting.
 */
export function inStringLiteral(lineBefore: string): boolean {
  let open = '';
  for (let i = 0; i < lineBefore.length; i++) {
    const c = lineBefore[i]!;
    if (open) {
      if (c === '\\') i++;
      else if (c === open) open = '';
    } else if (c === '"' || c === "'" || c === '`') open = c;
  }
  return open !== '';
}

/** The OpenAI SDK's own source (a vendored copy, or its repository): it sets the option for its users. */
function isOpenaiSdkSource(path: string): boolean {
  if (/(?:^|\/)node_modules\/openai\//.test(path)) return true;
  const { facts, file } = factsFor(path);
  return facts.packageOf(file)?.name === 'openai';
}

/** Typed key prefixes and the marker, written so that no lone piece sits in this file. */
const MARKER = ['T3Bl', 'bkFJ'].join('');
const PIECES = [MARKER, [...MARKER].reverse().join(''), ...['proj', 'svcacct', 'admin'].map((t) => `sk-${t}-`)];
/** Concatenation, joining or reversing on the line: `+`, `.join(`, `''.join(`, `.concat(`, `.reverse()`, `[::-1]`, `strrev(`. */
const ASSEMBLY = /\+|\bjoin\s*\(|\.concat\s*\(|\breverse\s*\(|\breversed\s*\(|\[::-1\]|\bstrrev\s*\(/;

/** Is a tree file known to git in a way that makes a .env file committed (or, outside git, present)? */
function committedOrOutsideGit(origin: Origin): boolean {
  return origin.kind !== 'tree' || origin.git !== 'untracked';
}

export const RISK_RULES: readonly RiskRule[] = [
  {
    id: 'committed-dotenv',
    kind: 'risk',
    title: 'Committed .env file',
    severity: 'medium',
    description: 'A `.env` file that git tracks (or that a commit adds) and that sets an OpenAI credential: every clone and fork gets the key.',
    docs: 'committed-dotenv',
    fix: 'Untrack the file (`git rm --cached .env`), add it to `.gitignore`, keep a `.env.example` with placeholders, and rotate the key if it was ever pushed.',
    literals: ['OPENAI_'],
    regex: /^[ \t]*(?:export[ \t]+)?(?<name>[A-Z0-9_]*OPENAI_[A-Z0-9_]*)[ \t]*[=:][ \t]*(?<value>[^\r\n]*)/gm,
    appliesTo: (path, origin) => isDotenv(path) && !isDotenvTemplate(path) && committedOrOutsideGit(origin),
    keep: ({ name = '', value = '' }) => (isSecretName(name) || /^["'`]?sk-/.test(value.trim())) && !isPlaceholderValue(value),
    message: ({ name }, path) => {
      const file = path.slice(path.lastIndexOf('/') + 1);
      return `${path} sets ${name} and is committed (or about to be): untrack it (git rm --cached ${file}), add ${file} to .gitignore, and rotate the key if it was ever pushed`;
    },
  },
  {
    id: 'public-env-var',
    kind: 'risk',
    title: 'OpenAI key in a client-side environment variable',
    severity: 'high',
    description: 'An OpenAI credential behind a prefix that a build tool inlines into client code (`NEXT_PUBLIC_`, `VITE_`, `REACT_APP_`…): the key ships to everyone who loads the page.',
    docs: 'public-env-var',
    fix: 'Keep the key in a server-only variable (`OPENAI_API_KEY`) and call OpenAI from a server route; rotate any key that was ever built into a bundle.',
    // Every prefix ends in `_`: eight bytes ride along in the key detector's prefilter pass.
    literals: ['_OPENAI_'],
    // The look-behind makes `NEXT_PUBLIC_` win over the `PUBLIC_` inside it: one finding per place.
    regex: new RegExp(
      `(?<![A-Za-z0-9_$])(?<name>(?<prefix>${PREFIX_ALTERNATION})[A-Z0-9_]*?OPENAI_[A-Z0-9_]*)(?:[ \\t]*(?:=(?!=)|:)[ \\t]*(?<value>[^\\s;,]*))?`,
      'g',
    ),
    appliesTo: (path) => !DOCS.test(path) && !SOURCE_MAP.test(path),
    skipComments: true,
    keep: ({ name = '', prefix = '' }) => isSecretName(name.slice(prefix.length)),
    message: ({ name, prefix = '' }) =>
      `${name}: ${PUBLIC_PREFIXES[prefix]} inlines ${prefix}* variables into the client bundle, so this key ships to everyone who loads the page; keep it in a server-only variable (OPENAI_API_KEY) and call OpenAI from a server route`,
  },
  {
    id: 'browser-sdk',
    kind: 'risk',
    title: 'OpenAI SDK allowed in the browser',
    severity: 'high',
    description: 'The OpenAI SDK told to run in the browser (its dangerouslyAllowBrowser option set to true): whatever key it is given runs in, and ships to, the browser.',
    docs: 'browser-sdk',
    fix: 'Call OpenAI from a server route that holds the key; for Realtime in the browser, mint ephemeral session tokens on the server.',
    // The prefilter looks at a literal's first eight bytes: `AllowBro` is rarer than `dangerou`.
    literals: ['AllowBrowser'],
    regex: /(?<name>["']?dangerouslyAllowBrowser["']?[ \t]*(?::|=(?!=))[ \t]*(?:true|!0))(?![\w$])/g,
    appliesTo: (path) => !DOCS.test(path) && !SOURCE_MAP.test(path),
    skipComments: true,
    inFile: /openai/i,
    // Anthropic's SDK has the same option; the nearest constructor before the option decides.
    // Not in a string (an error message that names the option), nor in the SDK's own source.
    keep: (_groups, path, before = '') =>
      !/\bnew\s+(?:Anthropic|AnthropicBedrock|AnthropicVertex)\s*\([^()]*$/.test(before) &&
      !inStringLiteral(before.slice(before.lastIndexOf('\n') + 1)) &&
      !isOpenaiSdkSource(path),
    message: () =>
      'The OpenAI SDK is allowed to run in the browser (dangerouslyAllowBrowser set to true): the key it is given ships to everyone who loads the page. Call OpenAI from a server route that holds the key (for Realtime in the browser, mint ephemeral session tokens there)',
  },
  {
    id: 'assembled-key',
    kind: 'risk',
    title: 'OpenAI key assembled from pieces',
    severity: 'high',
    description: 'A string literal holding a lone key marker, its reverse, or a typed key prefix next to concatenation or a join: a key split into pieces to get past scanners is still a key, and still ships.',
    docs: 'assembled-key',
    fix: 'Revoke the key the pieces make up, and load the new one from the environment or a secret manager on a server.',
    // All 8+ bytes: found in the key detector's one prefilter pass.
    literals: PIECES,
    // A string literal holding nothing but the marker, its reverse or a typed prefix; what follows on
    // the line is read (not matched) to see whether it is being joined.
    regex: new RegExp(`(?<q>["'\`])(?<name>${PIECES.join('|')})\\k<q>(?=(?<after>[^\\r\\n]{0,200}))`, 'g'),
    appliesTo: (path) => !DOCS.test(path) && !SOURCE_MAP.test(path),
    skipComments: true,
    inFile: /\+|join|concat|reverse|\[::-1\]|strrev/,
    keep: ({ after = '' }, _path, before = '') => {
      const line = before.slice(before.lastIndexOf('\n') + 1);
      if (inStringLiteral(line)) return false;
      // Next to concatenation or a join on its line.
      if (ASSEMBLY.test(line.slice(-40)) || ASSEMBLY.test(after.slice(0, 80))) return true;
      // An element alone on its line in a multi-line array (`[\n  "sk-proj-",\n  rest,\n].join("")`); a
      // one-line array needs its join on the line (argv lists name the marker too).
      return /^\s*$/.test(line) && /^\s*[,\]]/.test(after);
    },
    message: ({ name = '' }) =>
      `A string literal holds ${name.startsWith('sk-') ? `the key prefix ${name} alone` : 'the OpenAI key marker alone (or reversed)'}, next to concatenation or a join: a key assembled at run time from pieces is still a key, and obfuscation is not protection (whoever runs or reads the code can join the pieces). Revoke the key, and read it from the server's environment or a secret manager instead`,
  },
];
