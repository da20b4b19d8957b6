import type { Argv } from 'yargs';
import { UsageError } from '../types.js';
import { FAIL_ON_VALUES } from '../run/policy.js';
import { FORMATS } from '../report/index.js';

/** Options every scanning command shares. */
export function outputOptions<T>(y: Argv<T>) {
  return y
    .option('format', { alias: 'f', choices: FORMATS, default: 'text' as const, describe: 'Report format' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to FILE instead of stdout' })
    .option('sarif', { type: 'string', describe: 'Also write a SARIF 2.1.0 copy of the report to FILE (for code scanning)' })
    .option('fail-on', {
      type: 'string',
      describe: `Exit 1 when findings reach this level: ${FAIL_ON_VALUES.join(', ')} (default: the config's failOn, else key = any key, risks only warn)`,
    })
    .option('config', { type: 'string', describe: 'Config file (default: .openai-key-scan.json at the repository root, or "openai-key-scan" in package.json)' })
    .option('baseline', { type: 'string', describe: 'Report only findings not in this baseline file (written by `openai-key-scan baseline`)' })
    .option('update', { type: 'boolean', default: false, describe: 'With --baseline after a full scan: remove baseline entries that no longer occur' })
    .option('inline-allow', { type: 'boolean', default: true, describe: 'Honour openai-key-scan:allow comments (--no-inline-allow ignores them)' })
    .option('explain', { type: 'boolean', default: false, describe: 'List every suppressed finding and what suppressed it' })
    .option('verify', { type: 'boolean', default: false, describe: 'Check each distinct key against the OpenAI API (one read-only request per key; the only network use)' })
    .option('verify-base-url', { type: 'string', describe: `Send verification requests here instead of https://api.openai.com (https, or http to 127.0.0.1; also OPENAI_KEY_SCAN_BASE_URL)` })
    .option('verify-concurrency', { type: 'number', default: 4, describe: 'Verification requests at once' })
    .option('verify-timeout', { type: 'number', default: 10, describe: 'Seconds to wait for each verification request' })
    .option('show-secrets', { type: 'boolean', default: false, describe: 'Print full keys (they are redacted by default)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'No progress line and no summary on stderr' })
    .option('verbose', { alias: 'v', type: 'boolean', default: false, describe: 'Say what was scanned and skipped' })
    .option('color', { type: 'boolean', describe: 'Colour the text report (default: when stdout is a terminal and NO_COLOR is unset)' })
    .option('debug', { type: 'boolean', default: false, describe: 'Show stack traces of internal errors' });
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `50MB`, `512k`, `1048576` → bytes. */
export function parseSize(value: string | number, flag: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(String(value));
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new UsageError(`${flag}: cannot read "${value}" as a size (examples: 50MB, 512KB, 1048576)`);
  return Math.floor(Number(m[1]) * unit);
}
