import { formatBytes } from '../report/text.js';
import { JsonlStdout, writeReport, type OutputArgs } from '../report/write.js';
import type { RunOptions } from '../run/scan.js';
import type { Report, Stats } from '../types.js';

/** A progress line on a terminal's stderr, shown only once a scan takes more than a moment. */
export function progress(quiet: boolean): { update(stats: Stats): void; done(): void } {
  const enabled = !quiet && process.stderr.isTTY === true && !process.env.CI;
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(stats) {
      if (!enabled) return;
      const now = Date.now();
      if (now - started < 1000 || now - last < 100) return;
      last = now;
      shown = true;
      process.stderr.write(`\r\x1b[Kscanning… ${stats.files} files, ${formatBytes(stats.bytes)}`);
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

/** The label of jsonl lines: the flag, else `remote.origin.url` without credentials, else the repository's path. */
export async function repositoryLabel(flag: string | undefined, cwd = process.cwd()): Promise<string> {
  const { maskText } = await import('../report/redact.js');
  if (flag !== undefined) return maskText(flag);
  const { configValue, repoDir } = await import('../sources/git.js');
  const { withoutCredentials } = await import('../report/jsonl.js');
  const root = (await repoDir(cwd).catch(() => undefined)) ?? cwd;
  const url = await configValue(root, 'remote.origin.url').catch(() => undefined);
  return url ? withoutCredentials(url) : maskText(root);
}

type PrintArgs = { format: OutputArgs['format']; output?: string | undefined; sarif?: string | undefined; color?: boolean | undefined; quiet: boolean; verbose: boolean; explain?: boolean; repository?: unknown };

/**
 * How a command's report goes out, chosen before the scan: `--format jsonl` to stdout streams, each
 * finding's line written as the run hands the finding on, and no findings list is kept unless
 * another output needs it (`--sarif`). `options` go to the scan; `print` writes the rest.
 */
export async function reportPrinter(a: PrintArgs): Promise<{ options: Pick<RunOptions, 'onFinding' | 'keepFindings'>; print(report: Report): Promise<number> }> {
  const repository = a.format === 'jsonl' ? await repositoryLabel(a.repository as string | undefined) : undefined;
  const streamed = a.format === 'jsonl' && a.output === undefined ? new JsonlStdout(repository!) : undefined;
  return {
    options: streamed ? { onFinding: streamed.finding, keepFindings: a.sarif !== undefined } : {},
    async print(report) {
      await writeReport(report, { format: a.format, output: a.output, sarif: a.sarif, color: a.color, quiet: a.quiet, verbose: a.verbose, explain: a.explain === true, repository, streamed });
      return report.exitCode ?? 0;
    },
  };
}
