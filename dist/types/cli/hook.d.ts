import { type CommonArgs } from './options.js';
import type { StagedArgs } from './hook-args.js';
import type { StartedStaged } from '../sources/git-spawn.js';
/**
 * The pre-commit hook's entry (dist/hook.cjs): `staged` with arguments cli/hook-args.ts recognised,
 * run as the full CLI runs it (the same runStaged, the parser's defaults for every flag not given),
 * without loading yargs or any other command.
 */
export declare function hookArgs(args: StagedArgs): CommonArgs;
/**
 * Run the hook; never throws: a usage error is one line, exit 2, as in the full CLI. `started`: the
 * git processes the bin started before loading this bundle (sources/git-spawn.ts startStaged).
 */
export declare function runHook(args: StagedArgs, started?: StartedStaged): Promise<number>;
