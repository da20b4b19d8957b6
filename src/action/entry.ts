import { main } from './main.js';

// The Action's entry (action.yml runs dist/action.js): `main.ts` only exports, so a runner emulator
// such as @github/local-action can import it and call `run()` itself.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

await main();
