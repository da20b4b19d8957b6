import type { Report, Source } from '../types.js';
import { type ArchiveLimits } from '../sources/archives/kind.js';
import { type PipelineOptions } from './fragment.js';
/**
 * The one driver loop (gitleaks' DetectSource): every mode's source goes through here. Fragments are
 * scanned as they come; files a source lists are read and scanned in worker threads once there are
 * enough of them to pay for the threads (FilePool), else in this thread.
 */
export interface DriverOptions extends PipelineOptions {
    /** Worker threads for listed files: 1 scans in this thread; default one per core (up to 4) for 1000+ files. */
    jobs?: number;
    /** Largest file read whole; larger ones are skipped and counted (tooLarge). */
    maxFileSize: number;
    /** How deep and how much archives are opened, in every mode (default DEFAULT_ARCHIVE_LIMITS). */
    archives?: ArchiveLimits;
}
/** Run a source through detection into a report (findings sorted, inline-allowed ones set apart). */
export declare function runSource(source: Source, options: DriverOptions): Promise<Report>;
