import type { CommandModule } from 'yargs';
import { type CommonArgs } from './options.js';
import type { CliState } from './state.js';
import type { StartedStaged } from '../sources/git-spawn.js';
export declare function stagedCommand(state: CliState): CommandModule;
/** `staged` once its arguments are parsed (by yargs, or by the hook's own parser, cli/hook.ts): scan, print, the exit code. */
export declare function runStaged(a: CommonArgs, started?: StartedStaged): Promise<number>;
