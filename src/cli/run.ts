import yargs from 'yargs';
import { UsageError } from '../types.js';
import { maskText } from '../report/redact.js';
import { printable } from '../report/text.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { baselineCommand } from './baseline.js';
import { diffCommand, historyCommand } from './commits.js';
import { installCommand } from './install.js';
import { scanCommand } from './scan.js';
import { stagedCommand } from './staged.js';
import { verifyCommand } from './verify.js';
import type { CliState } from './state.js';

/** The first line of a message, with anything key-shaped masked (a key pasted as an argument stays hidden). */
function oneLine(message: string): string {
  return printable(maskText(message.split('\n').find((l) => l.trim())?.trim() ?? message));
}

/** Parse arguments, run one command, return the exit code. Never throws. */
export async function run(argv: string[]): Promise<number> {
  const state: CliState = { exitCode: 0, debug: argv.includes('--debug') };
  try {
    await yargs(argv)
      .scriptName(TOOL_NAME)
      .command(scanCommand(state))
      .command(stagedCommand(state))
      .command(diffCommand(state))
      .command(historyCommand(state))
      .command(installCommand(state))
      .command(verifyCommand(state))
      .command(baselineCommand(state))
      .strict()
      .version(VERSION)
      .help()
      .alias('h', 'help')
      .wrap(Math.min(110, process.stdout.columns || 100))
      .fail((msg, err) => {
        if (err) throw err;
        throw new UsageError(`${oneLine(msg)} (see ${TOOL_NAME} --help)`);
      })
      .parseAsync();
    return state.exitCode;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${TOOL_NAME}: ${oneLine(e.message)}\n`);
      return 2;
    }
    const err = e as Error;
    process.stderr.write(`${TOOL_NAME}: internal error: ${oneLine(err?.message ?? String(e))} (this is a bug; run with --debug for details)\n`);
    if (state.debug && err?.stack) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
