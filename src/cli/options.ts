import type { Argv } from 'yargs';
import { UsageError } from '../types.js';
import { FAIL_ON_VALUES } from '../run/policy.js';
import { FORMATS, type Format } from '../report/index.js';
import type { ScanOptions } from '../run/modes.js';
import { parseSize } from '../run/context.js';
import { chosenConfig, CONFIG_ENV } from '../config/file.js';

/** The parsed flags every scanning command shares (see `outputOptions`). */
export interface CommonArgs {
  format: Format;
  output?: string;
  sarif?: string;
  color?: boolean;
  quiet: boolean;
  verbose: boolean;
  explain: boolean;
  'fail-on'?: string;
  'show-secrets': boolean;
  config?: string;
  baseline?: string;
  update: boolean;
  'inline-allow': boolean;
  verify: boolean;
  'verify-base-url'?: string;
  'verify-concurrency': number;
  'verify-timeout': number;
  'max-file-size'?: string;
  _: (string | number)[];
  [flag: string]: unknown;
}

function checkNumber(a: CommonArgs, flag: string, ok: (n: number) => boolean, accepts: string): void {
  const value = a[flag];
  if (value === undefined) return;
  if (Array.isArray(value) || typeof value !== 'number' || !ok(value)) throw new UsageError(`--${flag}: ${accepts} (got ${JSON.stringify(Array.isArray(value) ? value.map(String) : String(value))})`);
}

/** Flag values yargs lets through: each bad one is one line naming the flag and what it accepts. */
export function checkArgs(a: CommonArgs): void {
  for (const flag of ['format', 'output', 'sarif', 'config', 'baseline', 'fail-on', 'max-file-size', 'verify-base-url', 'stdin-filename']) {
    const value = a[flag];
    if (Array.isArray(value)) throw new UsageError(`--${flag} is given ${value.length} times: give it once`);
    if (value === '') throw new UsageError(`--${flag} needs a value${flag === 'format' ? ` (${FORMATS.join(', ')})` : ''}`);
  }
  checkNumber(a, 'jobs', (n) => Number.isInteger(n) && n >= 1 && n <= MAX_JOBS, `give a whole number of threads from 1 to ${MAX_JOBS}`);
  checkNumber(a, 'verify-concurrency', (n) => Number.isInteger(n) && n >= 1 && n <= 64, 'give a whole number from 1 to 64');
  checkNumber(a, 'verify-timeout', (n) => Number.isFinite(n) && n > 0 && n <= 600, 'give a number of seconds above 0 and at most 600');
}

/** Threads beyond this only cost memory: the scan is bound by the disk and git well before. */
export const MAX_JOBS = 64;

function configOption(flag: string | undefined): Pick<ScanOptions, 'config' | 'configSource'> {
  const chosen = chosenConfig(flag);
  return chosen ? { config: chosen.file, configSource: chosen.from } : {};
}

/** The library's options from the shared flags: the CLI adds nothing the library lacks. */
export function scanOptionsFrom(a: CommonArgs): ScanOptions {
  checkArgs(a);
  return {
    // --config, else OPENAI_KEY_SCAN_CONFIG; --exit-zero is --fail-on none (the check below refuses both).
    ...configOption(a.config),
    ...(a['exit-zero'] === true ? { failOn: 'none', failOnSource: '--exit-zero' } : a['fail-on'] !== undefined ? { failOn: a['fail-on'] } : {}),
    ...(a['max-file-size'] !== undefined ? { maxFileSize: a['max-file-size'] } : {}),
    ...(a.baseline !== undefined ? { baseline: a.baseline } : {}),
    ...archiveArgs(a as unknown as Record<string, unknown>),
    updateBaseline: a.update === true,
    showSecrets: a['show-secrets'] === true,
    inlineAllow: a['inline-allow'] !== false,
    ...(a.verify === true
      ? { verify: { concurrency: a['verify-concurrency'], timeoutSeconds: a['verify-timeout'], ...(a['verify-base-url'] !== undefined ? { baseUrl: a['verify-base-url'] } : {}) } }
      : {}),
  };
}

/** The shared flags' defaults: the argument parser's, and the hook's own (cli/hook.ts) for flags it is not given. */
export const OUTPUT_DEFAULTS = {
  format: 'text',
  update: false,
  'inline-allow': true,
  explain: false,
  verify: false,
  'verify-concurrency': 4,
  'verify-timeout': 10,
  'show-secrets': false,
  quiet: false,
  verbose: false,
  debug: false,
} as const satisfies Partial<CommonArgs>;

/** Options every scanning command shares. */
export function outputOptions<T>(y: Argv<T>) {
  return y
    .option('format', { alias: 'f', choices: FORMATS, default: OUTPUT_DEFAULTS.format, describe: 'Report format' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to FILE instead of stdout' })
    .option('repository', { type: 'string', requiresArg: true, describe: 'jsonl: the repository name every line carries (default: remote.origin.url without credentials)' })
    .option('sarif', { type: 'string', describe: 'Also write a SARIF 2.1.0 copy of the report to FILE (for code scanning)' })
    .option('fail-on', {
      type: 'string',
      describe: `Exit 1 when findings reach this level: ${FAIL_ON_VALUES.join(', ')} (default: the config's failOn, else key = any key, risks only warn)`,
    })
    .option('max-archive-depth', { type: 'number', describe: 'Open archives (zip, jar, apk, vsix, crx, whl, tgz, asar…) nested this deep (default 2; 0 reads archives as binary files)' })
    .option('max-archive-size', { type: 'string', describe: 'Read at most this many decompressed bytes from one archive, nested levels included (default 256MB)' })
    .option('exit-zero', { type: 'boolean', describe: 'Exit 0 whatever is found (= --fail-on none; as in other scanners)' })
    .option('config', { type: 'string', describe: `Config file (default: $${CONFIG_ENV}, else .openai-key-scan.json at the repository root, else "openai-key-scan" in package.json)` })
    .option('baseline', { type: 'string', describe: 'Report only findings not in this baseline file (written by `openai-key-scan baseline`)' })
    .option('update', { type: 'boolean', default: OUTPUT_DEFAULTS.update, describe: 'With --baseline after a full scan: remove baseline entries that no longer occur' })
    .option('inline-allow', { type: 'boolean', default: OUTPUT_DEFAULTS['inline-allow'], describe: 'Honour openai-key-scan:allow comments (--no-inline-allow ignores them)' })
    .option('explain', { type: 'boolean', default: OUTPUT_DEFAULTS.explain, describe: 'List every suppressed finding and what suppressed it' })
    .option('verify', { type: 'boolean', default: OUTPUT_DEFAULTS.verify, describe: 'Check each distinct key against the OpenAI API (one read-only request per key; the only network use)' })
    .option('verify-base-url', { type: 'string', describe: `Send verification requests here instead of https://api.openai.com (https, or http to 127.0.0.1; also OPENAI_KEY_SCAN_BASE_URL)` })
    .option('verify-concurrency', { type: 'number', default: OUTPUT_DEFAULTS['verify-concurrency'], describe: 'Verification requests at once' })
    .option('verify-timeout', { type: 'number', default: OUTPUT_DEFAULTS['verify-timeout'], describe: 'Seconds to wait for each verification request' })
    .option('show-secrets', { type: 'boolean', default: OUTPUT_DEFAULTS['show-secrets'], describe: 'Print full keys (they are redacted by default)' })
    .option('redact', { type: 'boolean', describe: 'Accepted for gitleaks users: output is always redacted (any --redact=N too); contradicts --show-secrets' })
    .option('quiet', { alias: 'q', type: 'boolean', default: OUTPUT_DEFAULTS.quiet, describe: 'No progress line and no summary on stderr' })
    .option('verbose', { alias: 'v', type: 'boolean', default: OUTPUT_DEFAULTS.verbose, describe: 'Say what was scanned and skipped' })
    .option('color', { type: 'boolean', describe: 'Colour the text report (default: when stdout is a terminal and NO_COLOR is unset)' })
    .option('debug', { type: 'boolean', default: OUTPUT_DEFAULTS.debug, describe: 'Show stack traces of internal errors' })
    .check((argv) => {
      // Flags copied from other scanners (gitleaks' --redact, ruff's and detect-secrets' --exit-zero) are
      // accepted, but never in a combination whose meaning would be a guess.
      if (argv.redact !== undefined && argv['show-secrets'] === true) throw new UsageError('--redact and --show-secrets contradict each other: output is redacted unless you ask for --show-secrets alone');
      if (argv['exit-zero'] === true && argv['fail-on'] !== undefined) throw new UsageError('--exit-zero is --fail-on none: give one of them, not both');
      return true;
    });
}

/** --max-archive-depth and --max-archive-size, checked (sources/archives/kind.ts has the defaults). */
export function archiveArgs(args: Record<string, unknown>): { maxArchiveDepth?: number; maxArchiveSize?: number } {
  const depth = args['max-archive-depth'];
  const size = args['max-archive-size'];
  const out: { maxArchiveDepth?: number; maxArchiveSize?: number } = {};
  if (depth !== undefined) {
    if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 0) throw new UsageError(`--max-archive-depth: expected a whole number of levels (0 reads archives as binary files), got "${String(depth)}"`);
    out.maxArchiveDepth = depth;
  }
  if (size !== undefined) out.maxArchiveSize = parseSize(size as string, '--max-archive-size');
  return out;
}
