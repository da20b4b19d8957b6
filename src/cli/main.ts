import { createRequire } from 'node:module';
import { stagedArgs, type StagedArgs } from './hook-args.js';
import { startStaged, type StartedStaged } from '../sources/git-spawn.js';

/**
 * The bin, dist/cli.cjs (dist/cli.js loads it, for `node dist/cli.js`). CommonJS, as is the hook
 * bundle it starts: Node runs a CommonJS main file without setting up its ES module loader, and a
 * CommonJS bundle requires each Node built-in where the code that uses it first runs (an ES module's
 * imports all load up front, and each built-in imported as one builds a facade of all its exports).
 * The pre-commit hook's `staged` (cli/hook-args.ts) loads only dist/hook.cjs; every other invocation
 * the whole CLI with its argument parser, dist/commands.js. From sources, the modules themselves;
 * specifiers are computed so that the bundler leaves them alone.
 */

// `openai-key-scan … | head` closes stdout early: that is not an error worth a trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

async function runHook(args: StagedArgs): Promise<number> {
  // git's processes first, while this process is small; they run as the scanner loads.
  let started: StartedStaged | undefined;
  try {
    started = startStaged(process.cwd(), args.files);
  } catch {
    started = undefined; // no working directory: the scan says so itself
  }
  const here = import.meta.url;
  type Hook = typeof import('./hook.js');
  const hook = here.endsWith('.ts') ? ((await import(new URL('./hook.ts', here).href)) as Hook) : (createRequire(here)('./hook.cjs') as Hook);
  return hook.runHook(args, started);
}

/**
 * The hook's work is over once runHook resolves (its git processes are done, its output written):
 * exit as soon as the output has been handed on, instead of letting Node wait for V8's background
 * compile jobs at exit (about 15 ms on a 2-core machine, every commit).
 */
function exitAfterOutput(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

async function runCommands(argv: string[]): Promise<number> {
  const here = import.meta.url;
  const { run } = (await import(new URL(here.endsWith('.ts') ? './run.ts' : './commands.js', here).href)) as typeof import('./run.js');
  return run(argv);
}

const argv = process.argv.slice(2);
const hook = stagedArgs(argv);
if (hook) void runHook(hook).then(exitAfterOutput);
else
  void runCommands(argv).then((code) => {
    process.exitCode = code;
  });
