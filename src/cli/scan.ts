import type { Argv, CommandModule } from 'yargs';
import { prepare } from './context.js';
import { outputOptions } from './options.js';
import { finishScan, type CommonArgs } from './finish.js';
import { progress } from './output.js';
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
      const ctx = await prepare(a);
      const bar = progress(a.quiet);
      // Loaded on demand: the hook (`staged`) never pays for the tree walker, globs and workers.
      const { scan } = await import('../scan.js');
      const report = await scan({
        paths: (a.paths as string[] | undefined) ?? [],
        include: a.include as string[] | undefined,
        // The config's ignorePaths are not read at all in a tree scan.
        exclude: [...((a.exclude as string[] | undefined) ?? []), ...(ctx.loaded.config.ignorePaths ?? [])],
        maxFileSize: ctx.maxFileSize,
        showSecrets: a['show-secrets'] === true,
        keepSecrets: a.verify === true,
        noInlineAllow: a['inline-allow'] === false,
        risks: ctx.loaded.config.risks,
        onProgress: bar.update,
        jobs: a.jobs as number | undefined,
      }).finally(bar.done);
      await finishScan(state, report, a);
    },
  };
}
