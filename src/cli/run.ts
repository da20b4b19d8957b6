import { statSync } from 'node:fs';
import yargs from 'yargs';
import { UsageError } from '../types.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { baselineCommand } from './baseline.js';
import { diffCommand, historyCommand } from './commits.js';
import { installCommand } from './install.js';
import { scanCommand } from './scan.js';
import { stagedCommand } from './staged.js';
import { rulesCommand } from './rules.js';
import { verifyCommand } from './verify.js';
import { revokeCommand } from './revoke.js';
import type { CliState } from './state.js';
import { oneLine, reportFailure } from './failure.js';

/** Flags that take a value, by how they are written. */
const VALUE_FLAGS: Record<string, string> = Object.fromEntries(
  ['format', 'output', 'sarif', 'config', 'baseline', 'fail-on', 'max-file-size', 'verify-base-url', 'verify-concurrency', 'verify-timeout', 'jobs', 'stdin-filename', 'include', 'exclude', 'base', 'head', 'repository']
    .map((f) => [`--${f}`, f] as [string, string])
    .concat([['-f', 'format'], ['-o', 'output'], ['-j', 'jobs']]),
);

/** `-C DIR`, as git's: run as if started in DIR (every command, every relative path after it). */
function changeDirectory(dir: unknown): void {
  if (dir === undefined) return;
  const to = String(Array.isArray(dir) ? dir[dir.length - 1] : dir);
  if (!statSync(to, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`-C ${to}: no such directory`);
  process.chdir(to);
}

/** Parse arguments, run one command, return the exit code. Never throws. */
export async function run(argv: string[]): Promise<number> {
  const state: CliState = { exitCode: 0, debug: argv.includes('--debug') };
  // yargs drops a lone `-`: it means standard input (`cat f | openai-key-scan -`), so name it.
  const end = argv.indexOf('--');
  argv = argv.map((arg, i) => (arg === '-' && (end === -1 || i < end) ? '--stdin' : arg));
  try {
    // yargs fills in the default for a value-taking flag given no value (`--format` at the end).
    for (let i = 0; i < (end === -1 ? argv.length : end); i++) {
      const flag = VALUE_FLAGS[argv[i]!];
      const next = argv[i + 1];
      if (flag && (next === undefined || next === '--' || (next.startsWith('-') && !/^-\d/.test(next)))) throw new UsageError(`--${flag} needs a value (see ${TOOL_NAME} --help)`);
    }
    await yargs(argv)
      .scriptName(TOOL_NAME)
      // A file name after `--` stays a name: `staged -- 0x1` (lint-staged, pre-commit) is the file 0x1, not 1.
      .parserConfiguration({ 'parse-positional-numbers': false })
      .command(scanCommand(state))
      .command(stagedCommand(state))
      .command(diffCommand(state))
      .command(historyCommand(state))
      .command(installCommand(state))
      .command(verifyCommand(state))
      .command(revokeCommand(state))
      .command(baselineCommand(state))
      .command(rulesCommand(state))
      .option('C', { type: 'string', requiresArg: true, global: true, describe: 'Run as if started in DIR (like git -C)' })
      .middleware((args) => changeDirectory(args.C), true)
      .strict()
      .version(VERSION)
      .help()
      .alias('h', 'help')
      .wrap(Math.min(110, process.stdout.columns || 100))
      .fail((msg, err) => {
        // yargs reports some invocation errors (a flag missing its value) as a YError, not a message.
        if (err && err.name !== 'YError') throw err;
        throw new UsageError(`${oneLine(msg ?? err.message)} (see ${TOOL_NAME} --help)`);
      })
      .parseAsync();
    return state.exitCode;
  } catch (e) {
    return reportFailure(e, state.debug);
  }
}
