import { createRequire } from 'node:module';

// `node dist/cli.js …` as before: the CLI is dist/cli.cjs (see cli/main.ts).
createRequire(import.meta.url)('./cli.cjs');
