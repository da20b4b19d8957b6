import type { CommandModule } from 'yargs';
import type { CliState } from './state.js';
export declare function installCommand(state: CliState): CommandModule;
