import type { Argv, CommandModule } from 'yargs';
import { UsageError } from '../types.js';
import { parseRange } from './commits.js';
import type { CliState } from './state.js';

/** Ask on the terminal, one key at a time; anything but y/yes is no. */
async function askOnTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/**
 * `openai-key-scan revoke`: find keys (a tree, --history, --range, or --from-report), and for each live
 * one delete exactly the matching key through the Admin API. Dry run unless --yes or a "y" on a
 * terminal. Exit 0: nothing found is left live; 1: a key may still work; 2: usage error.
 */
export function revokeCommand(state: CliState): CommandModule {
  return {
    command: 'revoke [paths..]',
    describe: 'Find each live key\'s project with the Admin API (admin key in OPENAI_ADMIN_KEY) and delete exactly that key; dry run unless --yes',
    builder: (y: Argv) =>
      y
        .positional('paths', { type: 'string', array: true, describe: 'Files or folders to scan for keys (default: the current directory)' })
        .option('history', { type: 'boolean', default: false, describe: 'Revoke the keys in every commit reachable from any ref' })
        .option('range', { type: 'string', describe: 'Revoke the keys added in <base>..<head>, e.g. origin/main..HEAD' })
        .option('from-report', { type: 'string', describe: 'Revoke the keys a JSON report lists (the files and commits it names are scanned again; the report holds only fingerprints)' })
        .option('yes', { alias: 'y', type: 'boolean', default: false, describe: 'Delete each key that matched exactly one entry, without asking' })
        .option('dry-run', { type: 'boolean', default: false, describe: 'Never delete and never ask (the default when not on a terminal)' })
        .option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' })
        .option('verify-base-url', { type: 'string', describe: 'Send requests here instead of https://api.openai.com (https, or http to 127.0.0.1; also OPENAI_KEY_SCAN_BASE_URL)' })
        .option('verify-timeout', { type: 'number', default: 10, describe: 'Seconds to wait for each request' })
        .option('debug', { type: 'boolean', default: false, describe: 'Show stack traces of internal errors' })
        .strict(),
    handler: async (argv) => {
      if (argv.yes && argv['dry-run']) throw new UsageError('revoke: --yes and --dry-run contradict each other: give one');
      const paths = (argv.paths as string[] | undefined) ?? [];
      const range = argv.range !== undefined ? parseRange(String(argv.range), undefined, undefined) : undefined;
      const { resolveBaseUrl } = await import('../verify/client.js');
      const baseUrl = resolveBaseUrl(argv['verify-base-url'] as string | undefined);
      const timeout = Number(argv['verify-timeout']);
      const { revoke, toRevokeText, toRevokeJson, entryLine } = await import('../revoke/index.js');
      const json = argv.format === 'json';
      const interactive = !argv.yes && !argv['dry-run'] && !json && process.stdin.isTTY === true && process.stderr.isTTY === true;
      const confirm = argv.yes
        ? true
        : interactive
          ? (plan: { entry: Parameters<typeof entryLine>[0]; project?: string; redacted: string }) => askOnTerminal(`Delete ${plan.redacted}: ${entryLine(plan.entry, plan.project)}? [y/N] `)
          : false;
      const report = await revoke(
        {
          paths,
          history: argv.history === true,
          ...(range ? { range } : {}),
          ...(argv['from-report'] !== undefined ? { fromReport: String(argv['from-report']) } : {}),
        },
        { baseUrl, confirm, timeoutMs: (timeout > 0 ? timeout : 10) * 1000 },
      );
      process.stdout.write(json ? toRevokeJson(report) : toRevokeText(report));
      state.exitCode = report.leftLive > 0 ? 1 : 0;
    },
  };
}
