import { UsageError } from '../types.js';
import { maskText } from '../report/redact.js';
import { commandSafe, printable } from '../report/text.js';
import { TOOL_NAME } from '../version.js';

/** A message as one line (yargs spreads some over several), with anything key-shaped masked (a key pasted as an argument stays hidden). */
export function oneLine(message: string): string {
  return commandSafe(printable(maskText(message.split('\n').map((l) => l.trim()).filter(Boolean).join(' ') || message)));
}

/** What the shell does with an error: a usage error is one line; anything else is a bug, its stack under --debug. Exit 2 either way. */
export function reportFailure(e: unknown, debug: boolean): number {
  if (e instanceof UsageError) {
    process.stderr.write(`${TOOL_NAME}: ${oneLine(e.message)}\n`);
    return 2;
  }
  const err = e as Error;
  process.stderr.write(`${TOOL_NAME}: internal error: ${oneLine(err?.message ?? String(e))} (this is a bug; run with --debug for details)\n`);
  if (debug && err?.stack) process.stderr.write(`${err.stack}\n`);
  return 2;
}
