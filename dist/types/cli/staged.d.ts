import type { CommandModule } from 'yargs';
export declare function stagedCommand(state: import('./state.js').CliState): CommandModule;
