import { createRequire } from 'node:module';
import { stagedArgs } from './hook-args.js';

// `openai-key-scan … | head` closes stdout early: that is not an error worth a trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

type Hook = typeof import('./hook.js');
type Commands = typeof import('./run.js');

/**
 * The bin is this small file. The pre-commit hook's `staged` (cli/hook-args.ts) loads only the hook
 * bundle, dist/hook.cjs: CommonJS, so a Node built-in it names is loaded when the code that uses it
 * first runs (an ES module's imports all load up front, and each built-in imported as one builds a
 * facade of all its exports). Every other invocation loads the whole CLI with its argument parser,
 * dist/commands.js. From sources, the modules themselves; specifiers are computed so that the
 * bundler leaves them alone.
 */
async function loadHook(): Promise<Hook> {
  const here = import.meta.url;
  return here.endsWith('.ts') ? ((await import(new URL('./hook.ts', here).href)) as Hook) : (createRequire(here)('./hook.cjs') as Hook);
}

async function loadCommands(): Promise<Commands> {
  const here = import.meta.url;
  return (await import(new URL(here.endsWith('.ts') ? './run.ts' : './commands.js', here).href)) as Commands;
}

const argv = process.argv.slice(2);
const hook = stagedArgs(argv);
process.exitCode = hook ? await (await loadHook()).runHook(hook) : await (await loadCommands()).run(argv);
