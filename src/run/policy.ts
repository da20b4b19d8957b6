import { UsageError } from '../types.js';
import { SEVERITIES, type Finding, type Severity } from '../types.js';

/**
 * When a scan fails (exit code 1). `key` (default): any key finding, risks only warn; `live`: keys
 * --verify proved to work (live, and also quota or forbidden: those keys work, they are only out of
 * credit or restricted); `any`: any finding; a severity: findings at or above it; `none`: never.
 */
export type FailOn = 'key' | 'live' | 'any' | 'none' | Severity;

export const FAIL_ON_VALUES: readonly FailOn[] = ['key', 'live', 'any', 'none', ...SEVERITIES];

/** Statuses of a key that works (design.md "Verification"): still revoke. */
export const WORKS: ReadonlySet<string> = new Set(['live', 'quota', 'forbidden']);

export function parseFailOn(value: string, where = '--fail-on'): FailOn {
  if ((FAIL_ON_VALUES as readonly string[]).includes(value)) return value as FailOn;
  throw new UsageError(`${where}: unknown value "${value}" (use one of ${FAIL_ON_VALUES.join(', ')})`);
}

export function atOrAbove(severity: Severity, floor: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(floor);
}

export function fails(finding: Finding, failOn: FailOn): boolean {
  switch (failOn) {
    case 'none':
      return false;
    case 'any':
      return true;
    case 'key':
      return finding.kind === 'key';
    case 'live':
      return WORKS.has(finding.verification?.status ?? 'unchecked');
    default:
      return atOrAbove(finding.severity, failOn);
  }
}

/** 0 nothing at or above the threshold, 1 otherwise (2 is for errors, raised elsewhere). */
export function exitCodeFor(findings: Finding[], failOn: FailOn): 0 | 1 {
  return findings.some((f) => fails(f, failOn)) ? 1 : 0;
}
