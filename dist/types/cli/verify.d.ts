import type { CommandModule } from 'yargs';
import type { CliState } from './state.js';
/** `openai-key-scan verify`: one key from stdin, its status. Exit 1 if it works, 0 if invalid, 2 if unknown. */
export declare function verifyCommand(state: CliState): CommandModule;
