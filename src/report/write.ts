import { once } from 'node:events';
import path from 'node:path';
import { formatReport, type Format } from './index.js';
import { commandSafe, printable } from './text.js';
import { findingForOutput, maskText, reportForOutput } from './redact.js';
import { JsonlLines, jsonlLines } from './jsonl.js';
import type { Finding, Report } from '../types.js';

/**
 * Writing a finished report where the caller asked (stdout or a file, plus a SARIF copy, plus GitHub
 * annotations and job summary for the `github` format); warnings go to stderr. The CLI and the Action
 * both end here.
 */
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
  /** jsonl: the repository label every line carries. */
  repository?: string | undefined;
  /** jsonl: the finding lines went out during the scan through this; only the summary is left. */
  streamed?: JsonlStdout | undefined;
}

/** Colour only for a terminal, unless NO_COLOR or FORCE_COLOR say otherwise, or the flag does. */
export function wantColor(flag: boolean | undefined, stream: NodeJS.WriteStream): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** A report file, written atomically and never through a link out of the working directory's repository. */
async function writeReportFile(file: string, text: string): Promise<void> {
  const { writeFileAtomic } = await import('../config/files.js');
  writeFileAtomic(path.resolve(file), text, 'the report', process.cwd());
}

/** A line to stdout; a promise only when the pipe is full, to wait on. */
function writeOut(line: string): Promise<void> | undefined {
  if (process.stdout.write(line)) return undefined;
  return once(process.stdout, 'drain').then(() => undefined);
}

/**
 * jsonl on stdout as the scan goes: a finding's line is written when the run hands the finding on
 * (RunOptions.onFinding), the summary line when the report is written. Never one string of the whole report.
 */
export class JsonlStdout {
  private readonly lines: JsonlLines;

  constructor(repository: string) {
    this.lines = new JsonlLines(repository);
  }

  /** For RunOptions.onFinding. */
  readonly finding = (f: Finding): Promise<void> | undefined => writeOut(this.lines.line(findingForOutput(f)));

  /** The summary line of the finished (and already printable) report. */
  async end(report: Report): Promise<void> {
    await writeOut(this.lines.summary(report));
  }
}

/** jsonl to stdout of a finished report goes out a line at a time, waiting when the pipe is full. */
async function writeLines(report: Report, repository: string): Promise<void> {
  for (const line of jsonlLines(report, { repository })) {
    const wait = writeOut(line);
    if (wait) await wait;
  }
}

/** GitLab's report needs a commit for every finding: a tree or staged scan names HEAD (through the one door for git). */
async function headCommit(): Promise<string | undefined> {
  const { resolveCommit } = await import('../sources/git.js');
  return resolveCommit(process.cwd(), 'HEAD').catch(() => undefined);
}

export async function writeReport(scanned: Report, args: OutputArgs): Promise<void> {
  // The one door to output: every string from outside masked and escaped, whatever the format.
  const report = reportForOutput(scanned);
  if (args.sarif !== undefined) await writeReportFile(args.sarif, formatReport(report, 'sarif', { color: false }));
  if (args.format === 'github') {
    const { emitGithub } = await import('../report/github.js');
    await emitGithub(report);
  }
  const toFile = args.output !== undefined;
  if (args.format === 'jsonl' && !toFile) {
    if (args.streamed) await args.streamed.end(report);
    else await writeLines(report, args.repository ?? '');
  } else {
    const text = formatReport(report, args.format, {
      color: toFile ? false : wantColor(args.color, process.stdout),
      explain: args.explain === true || args.verbose,
      ...(args.repository !== undefined ? { repository: args.repository } : {}),
      ...(args.format === 'gitlab' && report.findings.some((f) => !f.commit) ? { headCommit: await headCommit() } : {}),
    });
    if (toFile) await writeReportFile(args.output!, text);
    else process.stdout.write(text);
  }
  if (args.verbose) {
    for (const s of report.skippedFiles ?? []) process.stderr.write(`openai-key-scan: skipped ${printable(maskText(s.file))}: ${s.kind === 'tooLarge' ? 'too large' : s.kind}${s.why ? ` (${printable(maskText(s.why))})` : ''}\n`);
    const listed = report.skippedFiles?.length ?? 0;
    const total = Object.values(report.stats.skipped).reduce((a, b) => a + b, 0);
    if (total > listed) process.stderr.write(`openai-key-scan: … and ${total - listed} more skipped file(s)\n`);
  }
  if (!args.quiet) {
    for (const w of report.warnings) process.stderr.write(`${commandSafe(`openai-key-scan: warning: ${printable(maskText(w.message))}`)}\n`);
    if (toFile) process.stderr.write(`openai-key-scan: ${report.findings.length} finding(s); report written to ${args.output}\n`);
  }
}

