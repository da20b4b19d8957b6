import type { Argv, CommandModule } from 'yargs';
import { UsageError } from '../types.js';
import { detectKeys } from '../detect/index.js';
import { fingerprint } from '../detect/fingerprint.js';
import { redact } from '../report/redact.js';
import { verificationLine } from '../report/text.js';
import type { CliState } from './state.js';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError('verify reads the key from stdin, never from the command line (shell history): `printf %s "$KEY" | openai-key-scan verify`');
  const chunks: Buffer[] = [];
  for await (const c of process.stdin as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

/** `openai-key-scan verify`: one key from stdin, its status. Exit 1 if it works, 0 if invalid, 2 if unknown. */
export function verifyCommand(state: CliState): CommandModule {
  return {
    command: 'verify [argument..]',
    describe: 'Check one key read from stdin against the OpenAI API (exit 1: it works, 0: invalid, 2: could not tell)',
    builder: (y: Argv) =>
      y
        .option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' })
        .option('verify-base-url', { type: 'string', describe: 'Send the request here instead of https://api.openai.com (https, or http to 127.0.0.1)' })
        .option('verify-timeout', { type: 'number', default: 10, describe: 'Seconds to wait for the answer' })
        .strict(),
    handler: async (argv) => {
      const extra = [...((argv.argument as unknown[] | undefined) ?? []), ...(argv._ as unknown[]).slice(1)];
      if (extra.length) throw new UsageError('verify takes the key on stdin only, never as an argument (it would land in your shell history): `printf %s "$KEY" | openai-key-scan verify`');
      const { resolveBaseUrl } = await import('../verify/index.js');
      const { verifyKey, verifyOptions } = await import('../verify/client.js');
      const baseUrl = resolveBaseUrl(argv['verify-base-url'] as string | undefined);
      const input = await readStdin();
      const keys = detectKeys(Buffer.from(input)).keys;
      if (keys.length !== 1) throw new UsageError(keys.length ? `stdin holds ${keys.length} keys: give one at a time` : 'stdin holds no OpenAI key (sk-… with the T3BlbkFJ marker)');
      const k = keys[0]!;
      const timeout = Number(argv['verify-timeout']);
      const v = await verifyKey(k.secret, k.rule, verifyOptions(baseUrl, (timeout > 0 ? timeout : 10) * 1000, 60_000));
      const redacted = redact(k.secret, k.prefix);
      if (argv.format === 'json') process.stdout.write(`${JSON.stringify({ ruleId: k.rule.id, redacted, fingerprint: fingerprint(k.secret), verification: v }, null, 2)}\n`);
      else process.stdout.write(`${redacted} (${k.rule.title}): ${verificationLine(v).replace(/^verification: /, '')}\n`);
      state.exitCode = v.status === 'invalid' ? 0 : v.status === 'error' ? 2 : 1;
    },
  };
}
