import type { CommandModule } from 'yargs';
import type { CliState } from './state.js';
export declare function stagedCommand(state: CliState): CommandModule;
