import type { RiskSample } from '../types.js';

/**
 * What each risk rule (src/rules/risks.ts) must report (`match`) and must not (`noMatch`), by rule
 * id; test/risks/rules.test.ts runs them all and fails for a rule without both. They live beside the
 * rules rather than in them so that the bundles in dist/ hold no risky-looking lines, and each line that
 * looks risky carries an allow comment: the repository's own scan reports no risk but the ones
 * fixtures/webapp is made of.
 * `{{key:…}}` slots are filled with generated keys at test time; a sample's path defaults to
 * src/app.ts and its origin to a file outside git.
 */
export const RISK_SAMPLES: Record<string, { match: RiskSample[]; noMatch: RiskSample[] }> = {
  'committed-dotenv': {
    match: [
      { path: '.env', text: 'OPENAI_API_KEY={{key:proj:74}}' }, // openai-key-scan:allow
      { path: '.env', text: 'export OPENAI_API_KEY="{{key:proj:58}}"' }, // openai-key-scan:allow
      { path: '.env.local', text: 'OPENAI_ADMIN_KEY = {{key:admin:58}}' }, // openai-key-scan:allow
      { path: 'apps/web/.env.production', text: 'OPENAI_API_KEY=not-a-key-shape-but-a-real-value-1234' }, // openai-key-scan:allow
      { path: '.env', text: 'OPENAI_KEY={{key:legacy:20}} # prod' }, // openai-key-scan:allow
      { path: '.env', text: 'VITE_OPENAI_API_KEY={{key:proj:74}}' }, // openai-key-scan:allow
      { path: '.env', text: 'OPENAI_API_KEY={{key:proj:74}}', origin: { kind: 'tree', git: 'tracked' } }, // openai-key-scan:allow
      { path: '.env', text: 'OPENAI_API_KEY={{key:proj:74}}', origin: { kind: 'staged' } }, // openai-key-scan:allow
      { path: '.env', text: 'OPENAI_API_KEY={{key:proj:74}}', origin: { kind: 'commit', commit: '0123456789abcdef0123456789abcdef01234567' } }, // openai-key-scan:allow
    ],
    noMatch: [
      { path: '.env.example', text: 'OPENAI_API_KEY={{key:proj:74}}' }, // openai-key-scan:allow
      { path: '.env.sample', text: 'OPENAI_API_KEY=sk-your-key-here' }, // openai-key-scan:allow
      { path: '.env.template', text: 'OPENAI_API_KEY=' }, // openai-key-scan:allow
      { path: 'config/.env.dist', text: 'OPENAI_API_KEY=changeme-please' }, // openai-key-scan:allow
      { path: '.env', text: 'OPENAI_API_KEY=' }, // openai-key-scan:allow
      { path: '.env', text: 'OPENAI_API_KEY=sk-...' }, // openai-key-scan:allow
      { path: '.env', text: 'OPENAI_API_KEY="<your OpenAI key>"' }, // openai-key-scan:allow
      { path: '.env', text: 'OPENAI_API_KEY=${OPENAI_KEY_FROM_VAULT}' }, // openai-key-scan:allow
      { path: '.env', text: 'OPENAI_MODEL=gpt-4o-mini-2024-07-18' }, // openai-key-scan:allow
      { path: '.env', text: 'OPENAI_BASE_URL=https://api.openai.com/v1' }, // openai-key-scan:allow
      { path: '.env', text: '# OPENAI_API_KEY=sk-proj-put-yours-here' }, // openai-key-scan:allow
      { path: '.env', text: 'OPENAI_API_KEY={{key:proj:74}}', origin: { kind: 'tree', git: 'untracked' } }, // openai-key-scan:allow
      { path: 'src/env.ts', text: 'OPENAI_API_KEY={{key:proj:74}}' }, // openai-key-scan:allow
      { path: 'environment.yml', text: 'OPENAI_API_KEY: {{key:proj:74}}' }, // openai-key-scan:allow
    ],
  },
  'public-env-var': {
    match: [
      'const apiKey = process.env.NEXT_PUBLIC_OPENAI_API_KEY;', // openai-key-scan:allow
      'const client = new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_API_KEY });', // openai-key-scan:allow
      'apiKey: process.env.REACT_APP_OPENAI_KEY,', // openai-key-scan:allow
      'const key = process.env.EXPO_PUBLIC_OPENAI_API_KEY', // openai-key-scan:allow
      "runtimeConfig: { public: { openaiKey: process.env['NUXT_PUBLIC_OPENAI_API_KEY'] } }", // openai-key-scan:allow
      "import { PUBLIC_OPENAI_API_KEY } from '$env/static/public';", // openai-key-scan:allow
      'GATSBY_OPENAI_SECRET: process.env.GATSBY_OPENAI_SECRET,', // openai-key-scan:allow
      'const k = process.env.VUE_APP_OPENAI_TOKEN', // openai-key-scan:allow
      'STORYBOOK_OPENAI_API_KEY: JSON.stringify(key),', // openai-key-scan:allow
      { path: '.env', text: 'VITE_OPENAI_API_KEY={{key:proj:74}}' }, // openai-key-scan:allow
      { path: '.env.example', text: 'NEXT_PUBLIC_OPENAI_API_KEY=' }, // openai-key-scan:allow
      { path: 'next.config.js', text: 'env: { NEXT_PUBLIC_OPENAI_API_KEY: process.env.OPENAI_API_KEY },' }, // openai-key-scan:allow
      { path: 'docker-compose.yml', text: '      - VITE_APP_OPENAI_API_KEY=${OPENAI_API_KEY}' }, // openai-key-scan:allow
      { path: 'Dockerfile', text: 'ARG NEXT_PUBLIC_OPENAI_API_KEY' }, // openai-key-scan:allow
    ],
    noMatch: [
      'const apiKey = process.env.OPENAI_API_KEY;', // openai-key-scan:allow
      'const model = process.env.NEXT_PUBLIC_OPENAI_MODEL ?? "gpt-4o";', // openai-key-scan:allow
      'baseURL: import.meta.env.VITE_OPENAI_BASE_URL,', // openai-key-scan:allow
      'const max = process.env.VITE_OPENAI_MAX_TOKENS', // openai-key-scan:allow
      '// Never use NEXT_PUBLIC_OPENAI_API_KEY: Next.js ships it to the browser.', // openai-key-scan:allow
      '  # VITE_OPENAI_API_KEY would be inlined into the bundle, keep the key server-side', // openai-key-scan:allow
      ' * Do not read REACT_APP_OPENAI_KEY here.', // openai-key-scan:allow
      'const x = 1; // not VITE_OPENAI_API_KEY, see the proxy', // openai-key-scan:allow
      'const k = process.env.MY_VITE_OPENAI_API_KEY;', // openai-key-scan:allow
      { path: 'README.md', text: 'Do not set `NEXT_PUBLIC_OPENAI_API_KEY`: it ships to the browser.' }, // openai-key-scan:allow
      { path: 'dist/assets/index.js.map', text: '"sourcesContent":["const k = import.meta.env.VITE_OPENAI_API_KEY"]' }, // openai-key-scan:allow
    ],
  },
  'browser-sdk': {
    match: [
      'const client = new OpenAI({ apiKey, dangerouslyAllowBrowser: true });', // openai-key-scan:allow
      { path: 'src/App.tsx', text: "import OpenAI from 'openai';\n\nexport const openai = new OpenAI({\n  apiKey: import.meta.env.VITE_KEY,\n  dangerouslyAllowBrowser: true,\n});\n" }, // openai-key-scan:allow
      { path: 'dist/assets/index-4f2a.js', text: 'var Me="https://api.openai.com/v1";const c=new Qe({apiKey:t,dangerouslyAllowBrowser:!0});' }, // openai-key-scan:allow
      { path: 'src/client.js', text: 'const { OpenAI } = require("openai"); const opts = { "dangerouslyAllowBrowser": true };' }, // openai-key-scan:allow
    ],
    noMatch: [
      'const client = new OpenAI({ apiKey, dangerouslyAllowBrowser: false });', // openai-key-scan:allow
      'const client = new OpenAI({ apiKey });',
      '// OpenAI: never set dangerouslyAllowBrowser: true, use the /api/chat proxy', // openai-key-scan:allow
      'const client = new Anthropic({ apiKey, dangerouslyAllowBrowser: true });', // openai-key-scan:allow
      { path: 'src/claude.ts', text: "import Anthropic from '@anthropic-ai/sdk';\nnew X({ dangerouslyAllowBrowser: true });" }, // openai-key-scan:allow
      { path: 'docs/openai.md', text: 'new OpenAI({ dangerouslyAllowBrowser: true })' }, // openai-key-scan:allow
      'if (!options.dangerouslyAllowBrowser && isRunningInBrowser()) throw new OpenAIError("…");', // openai-key-scan:allow
      // The SDK's own error message and its own source (issue 16: 6 findings on the openai package).
      'throw new OpenAIError("It looks like you are running in a browser; set `dangerouslyAllowBrowser: true` if you understand the risks");', // openai-key-scan:allow
      "const hint = 'new OpenAI({ apiKey, dangerouslyAllowBrowser: true })';", // openai-key-scan:allow
      { path: 'node_modules/openai/azure.js', text: 'super({ apiKey, baseURL, ...opts, dangerouslyAllowBrowser: true });' }, // openai-key-scan:allow
    ],
  },
  'assembled-key': {
    match: [
      'const key = "sk-proj-" + part1 + part2;', // openai-key-scan:allow
      "const k = ['sk-admin-', a, b].join('');", // openai-key-scan:allow
      { path: 'app.py', text: 'key = "".join(["sk-svcacct-", left, middle, right])' }, // openai-key-scan:allow
      { path: 'src/obf.js', text: 'const m = "JFkblB3T".split("").reverse().join("");' }, // openai-key-scan:allow
      { path: 'src/parts.ts', text: 'const parts = [\n  "sk-proj-",\n  process.env.A,\n];\nexport const key = parts.join("");' }, // openai-key-scan:allow
      { path: 'Main.java', text: 'String k = left + "T3BlbkFJ" + right;' }, // openai-key-scan:allow
    ],
    noMatch: [
      'if (key.startsWith("sk-proj-")) kind = "project";', // openai-key-scan:allow
      'const MARKER = "T3BlbkFJ";', // openai-key-scan:allow
      '// split the key: "sk-proj-" + rest', // openai-key-scan:allow
      'log("prefix sk-proj- + rest");', // openai-key-scan:allow
      'const msg = "use \'sk-proj-\' + your key";', // openai-key-scan:allow
      'validate(key, "sk-proj-")', // openai-key-scan:allow
      "spawn('rg', ['-F', 'T3BlbkFJ', dir]);", // openai-key-scan:allow
      { path: 'docs/keys.md', text: 'A key is `"sk-proj-" + random + "T3BlbkFJ" + random`.' }, // openai-key-scan:allow
    ],
  },
};
