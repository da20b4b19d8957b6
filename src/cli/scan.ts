import type { Argv, CommandModule } from 'yargs';
import { UsageError } from '../types.js';
import { outputOptions, scanOptionsFrom, type CommonArgs } from './options.js';
import { progress, reportPrinter } from './output.js';
import type { CliState } from './state.js';

export function scanCommand(state: CliState): CommandModule {
  return {
    command: ['scan [paths..]', '$0 [paths..]'],
    describe: 'Scan files and folders (default: the current directory); inside a git repository, tracked and untracked-not-ignored files. Named paths are read even when git ignores them.',
    builder: (y: Argv) =>
      outputOptions(y)
        .positional('paths', { type: 'string', array: true, describe: 'Files or folders to scan; `-` reads standard input' })
        .option('include', { type: 'string', array: true, describe: 'Only scan files matching these globs' })
        .option('exclude', { type: 'string', array: true, describe: 'Skip files matching these globs' })
        .option('max-file-size', { type: 'string', describe: 'Skip files larger than this (default 50MB, or the config\'s maxFileSize)' })
        .option('jobs', { alias: 'j', type: 'number', describe: 'Threads that read and scan files, the main one included (default: one per core, up to 4, for large trees; at most 64)' })
        .option('stdin', { type: 'boolean', hidden: true, describe: 'Read standard input (written `-`)' })
        .option('stdin-filename', { type: 'string', describe: 'With `-` (read standard input): the name to report and judge it by, e.g. dist/app.js' })
        .option('ignore', { type: 'boolean', default: true, describe: 'Honour .gitignore (--no-ignore reads every file under the paths, git-ignored ones too, .git excepted: for a laptop, a build context, a release folder)' }),
    handler: async (argv) => {
      const a = argv as unknown as CommonArgs;
      const paths = ((a.paths as string[] | undefined) ?? []).map(String);
      if (a.stdin === true) {
        if (paths.length) throw new UsageError('`-` reads standard input: give it alone (scan files in a separate run)');
        if (process.stdin.isTTY) throw new UsageError('`-` reads standard input, but nothing is piped in: `cat FILE | openai-key-scan - --stdin-filename FILE`');
        const { scanStdin } = await import('../run/modes.js');
        const printer = await reportPrinter(a);
        const report = await scanStdin({ ...scanOptionsFrom(a), ...printer.options, ...(a['stdin-filename'] !== undefined ? { filename: String(a['stdin-filename']) } : {}) });
        state.exitCode = await printer.print(report);
        return;
      }
      if (a['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename names standard input: use it with `-` (`… | openai-key-scan - --stdin-filename dist/app.js`)');
      const bar = progress(a.quiet);
      // Loaded on demand: the hook (`staged`) never loads the tree walker, globs and workers.
      const { scanTree } = await import('../run/modes.js');
      const printer = await reportPrinter(a);
      const report = await scanTree({
        ...scanOptionsFrom(a),
        ...printer.options,
        paths,
        noIgnore: a.ignore === false,
        ...(a.include ? { include: a.include as string[] } : {}),
        ...(a.exclude ? { exclude: a.exclude as string[] } : {}),
        ...(a.jobs !== undefined ? { jobs: a.jobs as number } : {}),
        onProgress: bar.update,
      }).finally(bar.done);
      state.exitCode = await printer.print(report);
    },
  };
}
