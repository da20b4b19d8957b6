/** Library API: the CLI and the GitHub Action are thin shells over these. */
export { scan, runPipeline, keyFindings, DEFAULT_MAX_FILE_SIZE, type ScanOptions, type PipelineOptions } from './scan.js';
export { detectKeys, type DetectedKey, type Detection } from './detect/index.js';
export { fingerprint, FINGERPRINT_VERSION } from './detect/fingerprint.js';
export { redact } from './report/redact.js';
export { formatReport, FORMATS, type Format } from './report/index.js';
export { exitCodeFor, parseFailOn, type FailOn } from './run/policy.js';
export { KEY_RULES } from './rules/keys.js';
export { RISK_RULES } from './rules/risks.js';
export { UsageError } from './types.js';
export { VERSION } from './version.js';
export type * from './types.js';
