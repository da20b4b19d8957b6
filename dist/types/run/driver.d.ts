import type { Finding, Report, Source } from '../types.js';
import { type ArchiveLimits } from '../sources/archives/kind.js';
import { type PipelineOptions } from './fragment.js';
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
export declare function runSource(source: Source, options: DriverOptions): Promise<Report>;
