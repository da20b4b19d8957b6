import { formatBytes } from '../report/text.js';
import { writeReport, type OutputArgs } from '../report/write.js';
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

/** Print a finished report as the flags ask and hand back its exit code. */
export async function printReport(report: Report, a: { format: OutputArgs['format']; output?: string | undefined; sarif?: string | undefined; color?: boolean | undefined; quiet: boolean; verbose: boolean; explain?: boolean }): Promise<number> {
  await writeReport(report, { format: a.format, output: a.output, sarif: a.sarif, color: a.color, quiet: a.quiet, verbose: a.verbose, explain: a.explain === true });
  return report.exitCode ?? 0;
}
