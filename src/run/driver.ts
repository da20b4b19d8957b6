import type { Finding, Place, Report, Source } from '../types.js';
import { archiveKind, DEFAULT_ARCHIVE_LIMITS, readArchive, type ArchiveLimits } from '../sources/archives/kind.js';
import { processFragment, type PipelineOptions } from './fragment.js';
import { FilePool } from './pool.js';
import { EarliestCommit } from './settle.js';
import { finishReport, newTally, tallySink } from './tally.js';

/**
 * The one driver loop (gitleaks' DetectSource): every mode's source goes through here. Fragments are
 * scanned as they come; files a source lists are read and scanned by the FilePool: in this thread,
 * and in worker threads too once there are enough of them to pay for the threads. A finding is final
 * as soon as it is found (a listed file's once its batch and those before it are done), except from a
 * commit: then once its earliest commit is settled (run/settle.ts).
 */

export interface DriverOptions extends PipelineOptions {
  /** Threads that read and scan listed files, this one included: 1 scans in this thread only; default one per core (up to 4) for large trees (run/pool.ts worthWorkers). */
  jobs?: number;
  /** Largest file read whole; larger ones are skipped and counted (tooLarge). */
  maxFileSize: number;
  /** How deep and how much archives are opened, in every mode (default DEFAULT_ARCHIVE_LIMITS). */
  archives?: ArchiveLimits;
  /**
   * Each finding once it is final, in the order findings become final (the source's `keep` applied).
   * Awaited: a consumer that waits slows the scan instead of findings piling up. Given, the report's
   * findings and suppressed lists stay empty: nothing is collected.
   */
  onFinding?: (finding: Finding) => void | Promise<void>;
}

/**
 * Run a source through detection into a report (findings sorted, inline-allowed ones set apart).
 * With `onFinding`, each finding is handed to it once final instead, and the report's lists stay empty.
 */
export async function runSource(source: Source, options: DriverOptions): Promise<Report> {
  const started = performance.now();
  const tally = newTally();
  const sink = tallySink(tally);
  const progress = options.onProgress;
  // Plain data only: these options are copied to worker threads.
  const { onProgress: _, onFinding, ...pipeline } = options;
  let pool: FilePool | undefined;
  let earliest: EarliestCommit | undefined;
  const archives = options.archives ?? DEFAULT_ARCHIVE_LIMITS;
  const collected: Finding[] = [];
  const ready: Finding[] = [];
  const final = (f: Finding) => {
    if (!source.keep || source.keep(f)) (onFinding ? ready : collected).push(f);
  };
  /** Findings detection added to the tally (here, or merged from a worker): final now, or, from a commit, once settled. */
  const drain = (place?: Place) => {
    if (!tally.findings.length) return;
    const found = tally.findings;
    tally.findings = [];
    if (place) (earliest ??= new EarliestCommit(final)).take(found, place);
    else for (const f of found) final(f);
  };
  const deliver = async () => {
    // One at a time, awaited: a consumer that waits (a full pipe) holds the scan back, not a growing list.
    for (let i = 0; i < ready.length; i++) {
      const wait = onFinding!(ready[i]!);
      if (wait) await wait;
    }
    ready.length = 0;
  };
  const waits = source.waits?.bind(source);
  try {
    for await (const item of source.items(sink)) {
      drain();
      if (Array.isArray(item)) {
        pool ??= new FilePool(options.jobs, { ...pipeline, maxFileSize: options.maxFileSize, archives }, tally, progress, async () => {
          drain();
          if (ready.length) await deliver();
        });
        pool.add(item);
      } else {
        // A staged or committed archive, or one on stdin: its members are fragments of their own.
        const kind = archives.maxDepth > 0 && !item.window && !item.lineMap ? archiveKind(item.path, item.content) : undefined;
        if (kind) await readArchive(item.path, item.origin, kind, item.content, archives, sink, (member) => processFragment(member, pipeline, tally));
        else processFragment(item, pipeline, tally);
        const { time, order } = item.origin;
        drain(time !== undefined ? { time, order: order ?? 0 } : undefined);
        if (earliest && source.floor) earliest.settle(source.floor(), waits);
        progress?.(tally.stats);
      }
      if (ready.length) await deliver();
    }
    await pool?.finish();
  } finally {
    // A listing that failed half-way (a path that does not exist) leaves no worker running.
    await pool?.close();
  }
  drain();
  earliest?.end();
  if (ready.length) await deliver();
  tally.findings = collected;
  const report = finishReport(source.mode, tally, started);
  await source.finish?.(report);
  return report;
}
