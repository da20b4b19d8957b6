import path from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { installHook } from '../hooks/install.js';
import type { CliState } from './state.js';

export function installCommand(state: CliState): CommandModule {
  return {
    command: 'install',
    describe: 'Add the pre-commit hook: a line in .husky/pre-commit with husky, else the git pre-commit hook. Idempotent.',
    builder: (y: Argv) => y.option('uninstall', { type: 'boolean', default: false, describe: 'Remove only the line this command added' }),
    handler: async (argv) => {
      const uninstall = argv.uninstall === true;
      const r = await installHook(process.cwd(), uninstall);
      const where = path.relative(process.cwd(), r.file) || r.file;
      const what = uninstall ? (r.changed ? 'removed the openai-key-scan line from' : 'no openai-key-scan line in') : r.changed ? 'added the staged scan to' : 'already set up in';
      process.stdout.write(`openai-key-scan: ${what} ${where}${r.kind === 'husky' ? ' (husky)' : ''}\n`);
      state.exitCode = 0;
    },
  };
}
