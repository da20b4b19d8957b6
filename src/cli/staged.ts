import type { Argv, CommandModule } from 'yargs';
import { formatBytes } from '../report/text.js';
import { scanStaged } from '../staged.js';
import { finishScan, type CommonArgs } from './finish.js';
import { prepare } from './context.js';
import { outputOptions } from './options.js';

export function stagedCommand(state: import('./state.js').CliState): CommandModule {
  return {
    command: 'staged [files..]',
    describe: 'Scan what the next commit will contain (the index, not the working tree): the pre-commit hook. Only lines the commit adds are reported.',
    builder: (y: Argv) =>
      outputOptions(y)
        .positional('files', { type: 'string', array: true, describe: 'Only these files (as lint-staged passes them); still their staged content' })
        .option('all-lines', { type: 'boolean', default: false, describe: 'Report keys on every line of the staged files, not only added lines' })
        .option('max-file-size', { type: 'string', describe: 'Skip staged files larger than this (default 50MB, or the config\'s maxFileSize)' }),
    handler: async (argv) => {
      const a = argv as unknown as CommonArgs;
      const ctx = await prepare(a);
      const report = await scanStaged({
        // `staged -- a.ts b.ts` (lint-staged): yargs leaves what follows `--` in `_`, after the command name.
        files: [...((a.files as string[] | undefined) ?? []), ...(a._ as (string | number)[]).slice(1).map(String)],
        allLines: a['all-lines'] === true,
        showSecrets: a['show-secrets'] === true,
        keepSecrets: a.verify === true,
        noInlineAllow: a['inline-allow'] === false,
        risks: ctx.loaded.config.risks,
        maxFileSize: ctx.maxFileSize,
      });
      if (a.verbose) process.stderr.write(`openai-key-scan: scanned ${report.stats.files} staged file(s), ${formatBytes(report.stats.bytes)}\n`);
      await finishScan(state, report, a);
    },
  };
}
