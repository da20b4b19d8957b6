import { stagedArgs } from './hook-args.js';

// `openai-key-scan … | head` closes stdout early: that is not an error worth a trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

/**
 * The bin is this small file. The pre-commit hook's `staged` (cli/hook-args.ts) loads only the hook
 * bundle (dist/hook.js); every other invocation the whole CLI with its argument parser
 * (dist/commands.js). From sources, the modules themselves. Specifiers are computed so that the
 * bundler leaves them alone.
 */
function load(bundle: 'hook' | 'commands'): Promise<unknown> {
  const here = import.meta.url;
  const file = here.endsWith('.ts') ? (bundle === 'hook' ? './hook.ts' : './run.ts') : `./${bundle}.js`;
  return import(new URL(file, here).href);
}

const argv = process.argv.slice(2);
const hook = stagedArgs(argv);
process.exitCode = hook
  ? await ((await load('hook')) as typeof import('./hook.js')).runHook(hook)
  : await ((await load('commands')) as typeof import('./run.js')).run(argv);
