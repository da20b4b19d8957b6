/**
 * Library API (design.md "What it is"): one function per mode, each with the options the CLI has, each
 * returning the finished Report (allow lists, verification and the exit-code verdict applied). The CLI
 * and the GitHub Action are thin shells over these.
 */
export { scanTree, scanStaged, scanRange, scanHistory, scanStdin, type ScanOptions, type StdinScanOptions, type TreeScanOptions, type StagedScanOptions, type RangeScanOptions, type CommitScanOptions, } from './run/modes.js';
export { runScan, type RunOptions } from './run/scan.js';
export { runSource } from './run/driver.js';
export type { VerifyChoice } from './run/verification.js';
export { DEFAULT_MAX_FILE_SIZE } from './run/fragment.js';
export { detectKeys, type DetectedKey, type Detection } from './detect/index.js';
export { fingerprint } from './detect/fingerprint.js';
export { redact } from './report/redact.js';
export { formatReport, FORMATS, type Format } from './report/index.js';
export { exitCodeFor, parseFailOn, type FailOn } from './run/policy.js';
export { KEY_RULES } from './rules/keys.js';
export { RISK_RULES } from './rules/risks.js';
export { UsageError } from './types.js';
export { revoke, revokeFindings, toRevokeText, toRevokeJson, type RevokeSource, type RevokeOptions, type RevokeReport, type KeyOutcome, type RevokeStatus } from './revoke/index.js';
export { VERSION } from './version.js';
export type * from './types.js';
