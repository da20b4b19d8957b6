import path from 'node:path';
import { formatReport, type Format } from '../report/index.js';
import { formatBytes, printable } from '../report/text.js';
import { maskText } from '../report/redact.js';
import type { Report, Stats } from '../types.js';

export interface OutputArgs {
  format: Format;
  output?: string | undefined;
  /** Also write a SARIF copy of the report here. */
  sarif?: string | undefined;
  color?: boolean | undefined;
  quiet: boolean;
  verbose: boolean;
  /** List what was suppressed and by which mechanism. */
  explain?: boolean;
}

/** Colour only for a terminal, unless NO_COLOR or FORCE_COLOR say otherwise, or the flag does. */
export function wantColor(flag: boolean | undefined, stream: NodeJS.WriteStream): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

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

/** A report file, written atomically and never through a link out of the working directory's repository. */
async function writeReportFile(file: string, text: string): Promise<void> {
  const { writeFileAtomic } = await import('../config/files.js');
  writeFileAtomic(path.resolve(file), text, 'the report', process.cwd());
}

export async function writeReport(report: Report, args: OutputArgs): Promise<void> {
  if (args.sarif !== undefined) await writeReportFile(args.sarif, formatReport(report, 'sarif', { color: false }));
  if (args.format === 'github') {
    const { emitGithub } = await import('../report/github.js');
    await emitGithub(report);
  }
  const toFile = args.output !== undefined;
  const text = formatReport(report, args.format, {
    color: toFile ? false : wantColor(args.color, process.stdout),
    verbose: args.verbose,
    explain: args.explain === true || args.verbose,
  });
  if (toFile) {
    await writeReportFile(args.output!, text);
  } else {
    process.stdout.write(text);
  }
  if (!args.quiet) {
    for (const w of report.warnings) process.stderr.write(`openai-key-scan: warning: ${printable(maskText(w.message))}\n`);
    if (toFile) process.stderr.write(`openai-key-scan: ${report.findings.length} finding(s); report written to ${args.output}\n`);
  }
}

/** Print a finished report as the flags ask and hand back its exit code. */
export async function printReport(report: Report, a: { format: OutputArgs['format']; output?: string | undefined; sarif?: string | undefined; color?: boolean | undefined; quiet: boolean; verbose: boolean; explain?: boolean }): Promise<number> {
  await writeReport(report, { format: a.format, output: a.output, sarif: a.sarif, color: a.color, quiet: a.quiet, verbose: a.verbose, explain: a.explain === true });
  return report.exitCode ?? 0;
}
