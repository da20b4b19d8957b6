import type { CommandModule } from 'yargs';
import type { CliState } from './state.js';
/** `openai-key-scan baseline`: accept every current finding, written as fingerprint + file + rule. */
export declare function baselineCommand(state: CliState): CommandModule;
