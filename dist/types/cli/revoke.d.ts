import type { CommandModule } from 'yargs';
import type { CliState } from './state.js';
/**
 * `openai-key-scan revoke`: find keys (a tree, --history, --range, or --from-report), and for each live
 * one delete exactly the matching key through the Admin API. Dry run unless --yes or a "y" on a
 * terminal. Exit 0: nothing found is left live; 1: a key may still work; 2: usage error.
 */
export declare function revokeCommand(state: CliState): CommandModule;
