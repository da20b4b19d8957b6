import type { Argv, CommandModule } from 'yargs';
import { UsageError } from '../types.js';
import { outputOptions, scanOptionsFrom, type CommonArgs } from './options.js';
import { reportPrinter } from './output.js';
import type { CliState } from './state.js';

/** `base..head` (or `base...head`, read the same way: commits in head not in base). */
export function parseRange(range: string | undefined, base: string | undefined, head: string | undefined): { base: string; head: string } {
  if (range) {
    const m = /^(.+?)\.{2,3}(.+)$/.exec(range);
    if (!m) throw new UsageError(`diff: cannot read "${range}" as a range: write <base>..<head>, e.g. origin/main..HEAD`);
    return { base: m[1]!, head: m[2]! };
  }
  if (!base) throw new UsageError('diff: give a range <base>..<head> or --base (and optionally --head, default HEAD)');
  return { base, head: head ?? 'HEAD' };
}

export function diffCommand(state: CliState): CommandModule {
  return {
    command: 'diff [range]',
    describe: 'Scan the lines added by every commit in <base>..<head> (a pull request); each finding names the commit that added it',
    builder: (y: Argv) =>
      outputOptions(y)
        .positional('range', { type: 'string', describe: '<base>..<head>, e.g. origin/main..HEAD' })
        .option('base', { type: 'string', describe: 'Base commit (instead of a range)' })
        .option('head', { type: 'string', describe: 'Head commit (default HEAD)' })
        .option('include-merges', { type: 'boolean', default: false, describe: 'Also scan merge commits: what each adds beyond git\'s own merge of its parents' }),
    handler: async (argv) => {
      const a = argv as unknown as CommonArgs;
      const { base, head } = parseRange(a.range as string | undefined, a.base as string | undefined, a.head as string | undefined);
      const { scanRange } = await import('../run/modes.js');
      const printer = await reportPrinter(a);
      const report = await scanRange({ ...scanOptionsFrom(a), ...printer.options, base, head, includeMerges: a['include-merges'] === true });
      if (a.verbose) process.stderr.write(`openai-key-scan: read ${report.commits ?? 0} commit(s) in ${base}..${head}\n`);
      state.exitCode = await printer.print(report);
    },
  };
}

export function historyCommand(state: CliState): CommandModule {
  return {
    command: 'history',
    describe: 'Scan every commit reachable from any ref (git log -p --all): each key reported once, at the commit that introduced it',
    builder: (y: Argv) => outputOptions(y).option('include-merges', { type: 'boolean', default: true, describe: 'Also scan merge commits: what each adds beyond git\'s own merge of its parents (on by default in history; --no-include-merges skips them)' }),
    handler: async (argv) => {
      const a = argv as unknown as CommonArgs;
      const { scanHistory } = await import('../run/modes.js');
      const printer = await reportPrinter(a);
      const report = await scanHistory({ ...scanOptionsFrom(a), ...printer.options, includeMerges: a['include-merges'] === true });
      if (a.verbose) process.stderr.write(`openai-key-scan: read ${report.commits ?? 0} commit(s)\n`);
      state.exitCode = await printer.print(report);
    },
  };
}
