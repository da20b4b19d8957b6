import type { Argv, CommandModule } from 'yargs';
import { scanStaged } from '../run/modes.js';
import { formatBytes } from '../report/text.js';
import { outputOptions, scanOptionsFrom, type CommonArgs } from './options.js';
import { reportPrinter } from './output.js';
import type { CliState } from './state.js';
import type { StartedStaged } from '../sources/git-spawn.js';

export function stagedCommand(state: CliState): CommandModule {
  return {
    command: 'staged [files..]',
    describe: 'Scan what the next commit will contain (the index, not the working tree): the pre-commit hook. Only lines the commit adds are reported.',
    builder: (y: Argv) =>
      outputOptions(y)
        .positional('files', { type: 'string', array: true, describe: 'Only these files (as lint-staged passes them); still their staged content' })
        .option('all-lines', { type: 'boolean', default: false, describe: 'Report keys on every line of the staged files, not only added lines' })
        .option('max-file-size', { type: 'string', describe: 'Skip staged files larger than this (default 50MB, or the config\'s maxFileSize)' }),
    handler: async (argv) => {
      state.exitCode = await runStaged(argv as unknown as CommonArgs);
    },
  };
}

/** `staged` once its arguments are parsed (by yargs, or by the hook's own parser, cli/hook.ts): scan, print, the exit code. */
export async function runStaged(a: CommonArgs, started?: StartedStaged): Promise<number> {
  const printer = await reportPrinter(a);
  const report = await scanStaged({
    ...scanOptionsFrom(a),
    ...printer.options,
    // `staged -- a.ts b.ts` (lint-staged): yargs leaves what follows `--` in `_`, after the command name.
    files: [...((a.files as string[] | undefined) ?? []), ...a._.slice(1).map(String)],
    allLines: a['all-lines'] === true,
  }, started);
  if (a.verbose) process.stderr.write(`openai-key-scan: scanned ${report.stats.files} staged file(s), ${formatBytes(report.stats.bytes)}\n`);
  return printer.print(report);
}
