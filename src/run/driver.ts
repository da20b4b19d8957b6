import type { Finding, Report, Source } from '../types.js';
import { archiveKind, DEFAULT_ARCHIVE_LIMITS, readArchive, type ArchiveLimits } from '../sources/archives/kind.js';
import { processFragment, type PipelineOptions } from './fragment.js';
import { FilePool } from './pool.js';
import { finishReport, newTally, tallySink, type Tally } from './tally.js';

/**
 * The one driver loop (gitleaks' DetectSource): every mode's source goes through here. Fragments are
 * scanned as they come; files a source lists are read and scanned by the FilePool: in this thread,
 * and in worker threads too once there are enough of them to pay for the threads.
 */

export interface DriverOptions extends PipelineOptions {
  /** Threads that read and scan listed files, this one included: 1 scans in this thread only; default one per core (up to 4) for large trees (run/pool.ts worthWorkers). */
  jobs?: number;
  /** Largest file read whole; larger ones are skipped and counted (tooLarge). */
  maxFileSize: number;
  /** How deep and how much archives are opened, in every mode (default DEFAULT_ARCHIVE_LIMITS). */
  archives?: ArchiveLimits;
}


/**
 * Commit sources report each distinct key in each file once, at its earliest commit: a key added in
 * one commit and kept for a hundred is one finding, with the commit that leaked it.
 */
class EarliestCommit {
  private readonly seen = new Map<string, { finding: Finding; time: number }>();

  /** Take the findings `tally` gained from `from` on, keeping only each one's earliest sighting. */
  take(tally: Tally, from: number, time: number): void {
    for (const f of tally.findings.splice(from)) {
      const id = `${f.fingerprint}\0${f.kind}\0${f.ruleId}\0${f.file}\0${f.suppressed ? 'suppressed' : ''}`;
      const seen = this.seen.get(id);
      if (!seen || time < seen.time) this.seen.set(id, { finding: f, time });
    }
  }

  into(tally: Tally): void {
    for (const { finding } of this.seen.values()) tally.findings.push(finding);
  }
}

/** Run a source through detection into a report (findings sorted, inline-allowed ones set apart). */
export async function runSource(source: Source, options: DriverOptions): Promise<Report> {
  const started = performance.now();
  const tally = newTally();
  const sink = tallySink(tally);
  const progress = options.onProgress;
  const { onProgress: _, ...pipeline } = options;
  let pool: FilePool | undefined;
  let earliest: EarliestCommit | undefined;
  const archives = options.archives ?? DEFAULT_ARCHIVE_LIMITS;
  try {
    for await (const item of source.items(sink)) {
      if (Array.isArray(item)) {
        (pool ??= new FilePool(options.jobs, { ...pipeline, maxFileSize: options.maxFileSize, archives }, tally, progress)).add(item);
      } else {
        const from = tally.findings.length;
        // A staged or committed archive, or one on stdin: its members are fragments of their own.
        const kind = archives.maxDepth > 0 && !item.window && !item.lineMap ? archiveKind(item.path, item.content) : undefined;
        if (kind) await readArchive(item.path, item.origin, kind, item.content, archives, sink, (member) => processFragment(member, pipeline, tally));
        else processFragment(item, pipeline, tally);
        if (item.origin.time !== undefined) (earliest ??= new EarliestCommit()).take(tally, from, item.origin.time);
        progress?.(tally.stats);
      }
    }
    await pool?.finish();
  } finally {
    // A listing that failed half-way (a path that does not exist) leaves no worker running.
    await pool?.close();
  }
  earliest?.into(tally);
  if (source.keep) tally.findings = tally.findings.filter((f) => source.keep!(f));
  const report = finishReport(source.mode, tally, started);
  await source.finish?.(report);
  return report;
}

