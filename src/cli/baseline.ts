import path from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { entriesOf, writeBaseline } from '../config/baseline.js';
import { defaultBaselinePath, prepare } from './context.js';
import type { CommonArgs } from './finish.js';
import type { CliState } from './state.js';

/** `openai-key-scan baseline`: accept every current finding, written as fingerprint + file + rule. */
export function baselineCommand(state: CliState): CommandModule {
  return {
    command: 'baseline [paths..]',
    describe: 'Write the baseline file of every current finding (fingerprint, file, rule: no secret, no line numbers), to pass to later scans with --baseline',
    builder: (y: Argv) =>
      y
        .positional('paths', { type: 'string', array: true, describe: 'Files or folders to scan (default: the repository)' })
        .option('output', { alias: 'o', type: 'string', describe: 'Where to write it (default: .openai-key-scan-baseline.json at the repository root)' })
        .option('config', { type: 'string', describe: 'Config file (default: .openai-key-scan.json or package.json "openai-key-scan")' })
        .option('max-file-size', { type: 'string', describe: 'Skip files larger than this (default 50MB)' })
        .option('inline-allow', { type: 'boolean', default: true, describe: 'Honour openai-key-scan:allow comments' })
        .option('quiet', { alias: 'q', type: 'boolean', default: false }),
    handler: async (argv) => {
      const a = argv as unknown as CommonArgs;
      const ctx = await prepare(a);
      const { scan } = await import('../scan.js');
      const { applySuppressions } = await import('../config/suppress.js');
      const scanned = await scan({
        paths: (a.paths as string[] | undefined) ?? [],
        exclude: ctx.loaded.config.ignorePaths,
        maxFileSize: ctx.maxFileSize,
        noInlineAllow: a['inline-allow'] === false,
        risks: ctx.loaded.config.risks,
      });
      // What the config already allows needs no baseline entry.
      const report = await applySuppressions(scanned, { config: ctx.loaded.config, ...(ctx.loaded.file ? { configFile: ctx.loaded.file } : {}), cwd: ctx.cwd, complete: false });
      const file = a.output ? path.resolve(ctx.cwd, String(a.output)) : defaultBaselinePath(ctx);
      const entries = entriesOf(report.findings);
      writeBaseline(file, entries);
      const shown = path.relative(ctx.cwd, file) || file;
      if (!a.quiet) process.stderr.write(`openai-key-scan: wrote ${entries.length} finding(s) to ${shown}: commit it, and pass --baseline ${shown} to later scans (the action: baseline: ${shown})\n`);
      state.exitCode = 0;
    },
  };
}
