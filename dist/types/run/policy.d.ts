import { type Finding, type Severity } from '../types.js';
/**
 * When a scan fails (exit code 1). `key` (default): any key finding, risks only warn; `live`: keys
 * --verify proved to work (live, and also quota or forbidden: those keys work, they are only out of
 * credit or restricted); `any`: any finding; a severity: findings at or above it; `none`: never.
 */
export type FailOn = 'key' | 'live' | 'any' | 'none' | Severity;
export declare const FAIL_ON_VALUES: readonly FailOn[];
/** Statuses of a key that works (design.md "Verification"): still revoke. */
export declare const WORKS: ReadonlySet<string>;
export declare function parseFailOn(value: string, where?: string): FailOn;
export declare function atOrAbove(severity: Severity, floor: Severity): boolean;
export declare function fails(finding: Finding, failOn: FailOn): boolean;
/** 0 nothing at or above the threshold, 1 otherwise (2 is for errors, raised elsewhere). */
export declare function exitCodeFor(findings: Finding[], failOn: FailOn): 0 | 1;
