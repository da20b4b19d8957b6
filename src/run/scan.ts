import type { Finding, Report, Source } from '../types.js';
import { UsageError } from '../types.js';
import { DEFAULT_ARCHIVE_LIMITS } from '../sources/archives/kind.js';
import { applyAllowLists, type AllowInput } from './allow.js';
import type { RunContext } from './context.js';
import { runSource } from './driver.js';
import { exitCodeFor } from './policy.js';
import { verifyReport, verifySettings, type VerifyChoice } from './verification.js';

/**
 * The run core (design.md "Pipeline"): a mode's source through detect → findings → allow lists →
 * verification → policy, into a Report. Every library function (one per mode) ends here; the CLI and
 * the Action only print what it returns.
 */

export interface RunOptions {
  /** Check each distinct key against the OpenAI API (the only network use). */
  verify?: boolean | VerifyChoice;
  /** Put the full key in `secret` on each finding. Off by default; never needed for verification. */
  showSecrets?: boolean;
  /** Ignore `openai-key-scan:allow` comments. */
  inlineAllow?: boolean;
  /** Risk rules switched on or off by id, over the config's `risks`. */
  risks?: Record<string, boolean>;
  /** Threads that read and scan a tree's files, this one included (1: this thread only). */
  jobs?: number;
  /** Called as the scan goes, for a progress line. */
  onProgress?: (stats: Report['stats']) => void;
  /** How deep archives are opened (default 2; 0: archives are read as binary files). */
  maxArchiveDepth?: number;
  /** Decompressed bytes read from one archive, nested levels included (default 256 MiB). */
  maxArchiveSize?: number;
}

export async function runScan(source: Source | (() => Promise<Source>), ctx: RunContext, options: RunOptions, allow: AllowInput): Promise<Report> {
  const verify = options.verify ? await verifySettings(options.verify === true ? {} : options.verify) : undefined;
  if (ctx.failOn === 'live' && !verify) {
    throw new UsageError('--fail-on live judges keys by their verification: add --verify (or fail on key, the default)');
  }
  const src = typeof source === 'function' ? await source() : source;
  let report = await runSource(src, {
    maxFileSize: ctx.maxFileSize,
    root: ctx.root,
    showSecrets: options.showSecrets === true,
    keepSecrets: verify !== undefined,
    noInlineAllow: options.inlineAllow === false,
    risks: { ...ctx.loaded.config.risks, ...options.risks },
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    archives: {
      maxDepth: options.maxArchiveDepth ?? DEFAULT_ARCHIVE_LIMITS.maxDepth,
      maxBytes: options.maxArchiveSize ?? DEFAULT_ARCHIVE_LIMITS.maxBytes,
    },
  });
  try {
    report = await applyAllowLists(report, ctx, allow);
    if (verify) await verifyReport(report, verify);
  } finally {
    // Keys kept for verification never leave the run without showSecrets.
    if (options.showSecrets !== true) for (const f of [...report.findings, ...(report.suppressed ?? [])]) delete (f as Finding).secret;
  }
  report.exitCode = exitCodeFor(report.findings, ctx.failOn);
  report.failOn = ctx.failOn;
  return report;
}
