import path from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { entriesOf, writeBaseline } from '../config/baseline.js';
import { repoRoot } from '../sources/git.js';
import { BASELINE_FILE } from '../config/baseline.js';
import type { CommonArgs } from './options.js';
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
      const { scanTree } = await import('../run/modes.js');
      // What the config already allows needs no baseline entry: the scan applies it.
      const report = await scanTree({
        paths: (a.paths as string[] | undefined) ?? [],
        ...(a.config !== undefined ? { config: a.config } : {}),
        ...(a['max-file-size'] !== undefined ? { maxFileSize: a['max-file-size'] } : {}),
        inlineAllow: a['inline-allow'] !== false,
        failOn: 'none',
      });
      const cwd = process.cwd();
      const root = (await repoRoot(cwd, true)) ?? cwd;
      const file = a.output ? path.resolve(cwd, String(a.output)) : path.join(root, BASELINE_FILE);
      const entries = entriesOf(report.findings);
      writeBaseline(file, entries, root);
      const shown = path.relative(cwd, file) || file;
      if (!a.quiet) process.stderr.write(`openai-key-scan: wrote ${entries.length} finding(s) to ${shown}: commit it, and pass --baseline ${shown} to later scans (the action: baseline: ${shown})\n`);
      state.exitCode = 0;
    },
  };
}
