import type { Finding, Report, Source } from '../types.js';
import { UsageError } from '../types.js';
import { DEFAULT_ARCHIVE_LIMITS } from '../sources/archives/kind.js';
import { allowLists, type AllowInput } from './allow.js';
import type { RunContext } from './context.js';
import { runSource } from './driver.js';
import { fails } from './policy.js';
import { compareFindings } from './tally.js';
import { keyVerifierFor, verifySettings, type VerifyChoice } from './verification.js';

/**
 * The run core (design.md "Pipeline"): a mode's source through detect → findings → allow lists →
 * verification → policy, into a Report. Every library function (one per mode) ends here; the CLI and
 * the Action only print what it returns.
 *
 * Findings flow through the stages one at a time, as the driver hands them on (each final: a
 * commit's once its earliest commit is settled), so a caller can take each as it comes (`onFinding`)
 * while the scan goes on, and need not keep them all (`keepFindings: false`).
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
  /**
   * Each finding as soon as it is final: past the allow lists (kept, or set apart with `suppressed`)
   * and, with `verify`, verified. Findings come in the order they become final, not the report's; a
   * commit's once no earlier commit can hold it. No finding comes twice, and none is taken back.
   * Awaited, one call at a time: a consumer that waits slows the scan instead of findings piling up.
   */
  onFinding?: (finding: Finding) => void | Promise<void>;
  /**
   * With `onFinding`, false leaves the report's `findings` and `suppressed` empty: nothing is
   * collected, so memory does not grow with the findings (the verdict, `exitCode`, is still whole).
   */
  keepFindings?: boolean;
}

/** Findings waiting for their key's answer before the scan waits for them. */
const MAX_AWAITING_VERIFICATION = 1000;

export async function runScan(source: Source | (() => Promise<Source>), ctx: RunContext, options: RunOptions, allow: AllowInput): Promise<Report> {
  const verify = options.verify ? await verifySettings(options.verify === true ? {} : options.verify) : undefined;
  if (ctx.failOn === 'live' && !verify) {
    throw new UsageError('--fail-on live judges keys by their verification: add --verify (or fail on key, the default)');
  }
  const src = typeof source === 'function' ? await source() : source;
  const { stage: allowStage, warnings: allowWarnings } = await allowLists(ctx, allow, src.mode);
  const verifier = verify ? await keyVerifierFor(verify) : undefined;
  const keep = options.keepFindings !== false || !options.onFinding;
  const kept: Finding[] = [];
  const inline: Finding[] = [];
  const setApart: Finding[] = [];
  let failed = false;
  let failure: unknown;
  const handOn = (f: Finding): void | Promise<void> => {
    // Keys kept for verification never leave the run without showSecrets.
    if (options.showSecrets !== true) delete f.secret;
    if (!f.suppressed && fails(f, ctx.failOn)) failed = true;
    if (keep) (f.suppressed ? (f.suppressed.by === 'inline' ? inline : setApart) : kept).push(f);
    return options.onFinding?.(f);
  };
  // One call of the caller's onFinding at a time, in the order findings are ready; no promise at all
  // while nothing waits (a tree with 100,000 keys).
  let busy: Promise<void> | undefined;
  const deliver = (f: Finding): void | Promise<void> => {
    const done = busy ? busy.then(() => handOn(f)) : handOn(f);
    if (!done) return;
    const p = (busy = Promise.resolve(done));
    // A failure stays in `busy`: every later delivery fails with it.
    p.then(() => void (busy === p && (busy = undefined)), () => {});
    return p;
  };
  const verifying = new Set<Promise<void>>();
  const onFinding = (found: Finding): void | Promise<void> => {
    if (failure) throw failure;
    const f = allowStage.judge(found);
    if (!verifier || f.suppressed || f.kind !== 'key') return deliver(f);
    // Checked while the scan goes on; the finding is handed on when its key's answer is in.
    const settled: Promise<void> = verifier
      .verify(f)
      .then(() => deliver(f))
      .then(
        () => void verifying.delete(settled),
        (e: unknown) => {
          failure ??= e;
          verifying.delete(settled);
        },
      );
    verifying.add(settled);
    // Bounded: past this many findings waiting for answers, the scan waits for one.
    if (verifying.size >= MAX_AWAITING_VERIFICATION) return Promise.race(verifying);
  };
  const report = await runSource(src, {
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
    onFinding,
  });
  verifier?.scanned();
  await Promise.all(verifying);
  await busy;
  if (failure) throw failure;
  const { stale, warnings } = allowStage.finish();
  // The report's order: findings sorted; set apart, the inline-allowed first, then the rest, each sorted.
  report.findings = kept.sort(compareFindings);
  report.suppressed = [...inline.sort(compareFindings), ...setApart.sort(compareFindings)];
  report.stale = stale;
  report.warnings.push(...allowWarnings, ...warnings);
  report.exitCode = failed ? 1 : 0;
  report.failOn = ctx.failOn;
  return report;
}
