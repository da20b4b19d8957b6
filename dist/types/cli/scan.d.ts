import type { CommandModule } from 'yargs';
import type { CliState } from './state.js';
export declare function scanCommand(state: CliState): CommandModule;
