import { UsageError } from './types.js';
import { DEFAULT_MAX_FILE_SIZE, runPipeline } from './pipeline.js';
import { stagedFragments, stagedSelection } from './sources/staged.js';
import type { Finding, Report, Stats } from './types.js';

export interface StagedOptions {
  cwd?: string;
  /** Only these files (absolute or relative to cwd); still their staged content. */
  files?: string[];
  /** Report keys on every line of the staged files, not only on lines this commit adds. */
  allLines?: boolean;
  showSecrets?: boolean;
  keepSecrets?: boolean;
  noInlineAllow?: boolean;
  maxFileSize?: number;
  /** Risk rules switched on or off by id (see PipelineOptions). */
  risks?: Record<string, boolean>;
  onProgress?: (stats: Stats) => void;
}

/**
 * Scan what the next commit will contain (design.md: `openai-key-scan staged`). Findings are kept
 * only on lines the commit adds or changes, unless `allLines`: a key already in HEAD is a history
 * problem, not this commit's.
 */
export async function scanStaged(options: StagedOptions = {}): Promise<Report> {
  const selection = await stagedSelection(options.cwd ?? process.cwd(), options.files ?? []);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const report = await runPipeline('staged', (sink) => stagedFragments(selection, sink, maxFileSize), {
    showSecrets: options.showSecrets,
    keepSecrets: options.keepSecrets,
    risks: options.risks,
    noInlineAllow: options.noInlineAllow,
    onProgress: options.onProgress,
  });
  if (!options.allLines) {
    const added = (f: Finding) => selection.wholeFiles.has(f.file) || selection.added.get(f.file)?.has(f.line);
    report.findings = report.findings.filter(added);
    // What an allow comment covers on an untouched line is not this commit's either.
    if (report.suppressed) report.suppressed = report.suppressed.filter(added);
  }
  const { files, skipped } = report.stats;
  const scannable = selection.entries.length - skipped.symlink - selection.submodules;
  // Never pass a commit by scanning nothing: staged files that all failed to read are an error.
  if (scannable > 0 && files === 0 && skipped.binary + skipped.tooLarge < scannable) {
    throw new UsageError(`could not read any of the ${scannable} staged file(s) through git (${skipped.unreadable} unreadable): check \`git status\` and \`git fsck\`, then commit again`);
  }
  return report;
}
