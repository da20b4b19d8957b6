import type { Argv, CommandModule } from 'yargs';
import { outputOptions, scanOptionsFrom, type CommonArgs } from './options.js';
import { printReport, progress } from './output.js';
import type { CliState } from './state.js';

export function scanCommand(state: CliState): CommandModule {
  return {
    command: ['scan [paths..]', '$0 [paths..]'],
    describe: 'Scan files and folders (default: the current directory); inside a git repository, tracked and untracked-not-ignored files. Named paths are read even when git ignores them.',
    builder: (y: Argv) =>
      outputOptions(y)
        .positional('paths', { type: 'string', array: true, describe: 'Files or folders to scan' })
        .option('include', { type: 'string', array: true, describe: 'Only scan files matching these globs' })
        .option('exclude', { type: 'string', array: true, describe: 'Skip files matching these globs' })
        .option('max-file-size', { type: 'string', describe: 'Skip files larger than this (default 50MB, or the config\'s maxFileSize)' })
        .option('jobs', { alias: 'j', type: 'number', describe: 'Worker threads (default: one per core, for trees of 1000+ files)' }),
    handler: async (argv) => {
      const a = argv as unknown as CommonArgs;
      const bar = progress(a.quiet);
      // Loaded on demand: the hook (`staged`) never loads the tree walker, globs and workers.
      const { scanTree } = await import('../run/modes.js');
      const report = await scanTree({
        ...scanOptionsFrom(a),
        paths: (a.paths as string[] | undefined) ?? [],
        ...(a.include ? { include: a.include as string[] } : {}),
        ...(a.exclude ? { exclude: a.exclude as string[] } : {}),
        ...(a.jobs !== undefined ? { jobs: a.jobs as number } : {}),
        onProgress: bar.update,
      }).finally(bar.done);
      state.exitCode = await printReport(report, a);
    },
  };
}
