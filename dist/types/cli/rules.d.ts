import type { CommandModule } from 'yargs';
import type { Rule } from '../types.js';
import type { CliState } from './state.js';
/** One rule as `rules --format json` lists it: everything the rule says about itself, as data. */
export declare function describeRule(rule: Rule): Record<string, unknown>;
export declare function rulesJson(): string;
export declare function rulesText(): string;
/** `openai-key-scan rules`: the rule list, as text or JSON (design.md "Other commands"). */
export declare function rulesCommand(state: CliState): CommandModule;
