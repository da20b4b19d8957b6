import type { CommandModule } from 'yargs';
import type { CliState } from './state.js';
/** `base..head` (or `base...head`, read the same way: commits in head not in base). */
export declare function parseRange(range: string | undefined, base: string | undefined, head: string | undefined): {
    base: string;
    head: string;
};
export declare function diffCommand(state: CliState): CommandModule;
export declare function historyCommand(state: CliState): CommandModule;
