import path from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { HookRefusal, installHook } from '../hooks/install.js';
import { printable } from '../report/text.js';
import type { CliState } from './state.js';

const SAID = {
  added: 'added the staged scan to',
  updated: 'updated the staged scan in',
  unchanged: 'already set up in',
  removed: 'removed the openai-key-scan line from',
  absent: 'no openai-key-scan line in',
} as const;

export function installCommand(state: CliState): CommandModule {
  return {
    command: 'install',
    describe:
      'Add the pre-commit hook: first line of .husky/pre-commit with husky, else of the git pre-commit hook. Idempotent. Exit 2, with the lines to add yourself, when a hook is not a shell script, belongs to the pre-commit framework or is a symlink.',
    builder: (y: Argv) => y.option('uninstall', { type: 'boolean', default: false, describe: 'Remove only the line this command added' }),
    handler: async (argv) => {
      const uninstall = argv.uninstall === true;
      try {
        const r = await installHook(process.cwd(), uninstall);
        for (const note of r.notes) process.stderr.write(`openai-key-scan: note: ${printable(note)}\n`);
        const where = printable(path.relative(process.cwd(), r.file) || r.file);
        process.stdout.write(`openai-key-scan: ${SAID[r.action]} ${where}${r.kind === 'husky' ? ' (husky)' : ''}\n`);
        state.exitCode = 0;
      } catch (e) {
        if (!(e instanceof HookRefusal)) throw e;
        // Several lines on purpose: the exact lines to paste are the point of the message.
        process.stderr.write(`openai-key-scan: ${printable(e.message)}\n${e.advice.map((l) => `${printable(l)}\n`).join('')}`);
        state.exitCode = 2;
      }
    },
  };
}
