import type { Argv, CommandModule } from 'yargs';
import { MAX_SEGMENT, MIN_SEGMENT } from '../detect/match.js';
import { docsUrl, RULES } from '../rules/index.js';
import { RISK_SAMPLE_COUNTS } from '../rules/sample-counts.js';
import type { Rule } from '../types.js';
import { TOOL_NAME, VERSION } from '../version.js';
import type { CliState } from './state.js';

/** One rule as `rules --format json` lists it: everything the rule says about itself, as data. */
export function describeRule(rule: Rule): Record<string, unknown> {
  const samples = rule.kind === 'key' ? { match: rule.samples.match.length, noMatch: rule.samples.noMatch.length } : (RISK_SAMPLE_COUNTS[rule.id] ?? { match: 0, noMatch: 0 });
  return {
    id: rule.id,
    kind: rule.kind,
    title: rule.title,
    severity: rule.severity,
    description: rule.description,
    docs: docsUrl(rule),
    ...(rule.kind === 'key'
      ? {
          shapes: rule.shapes.map((s) => ({
            prefix: s.text,
            alphabet: s.alphabet,
            segmentsSeen: s.seen,
            segmentsAccepted: { min: MIN_SEGMENT, max: MAX_SEGMENT, equal: true },
          })),
          verification: { method: 'GET', path: rule.verifyPath },
        }
      : { fix: rule.fix }),
    samples,
  };
}

export function rulesJson(): string {
  return `${JSON.stringify({ tool: { name: TOOL_NAME, version: VERSION }, rules: RULES.map(describeRule) }, null, 2)}\n`;
}

export function rulesText(): string {
  const out: string[] = [];
  for (const rule of RULES) {
    const d = describeRule(rule) as { samples: { match: number; noMatch: number } };
    out.push(`${rule.id.padEnd(28)} ${rule.kind.padEnd(5)} ${rule.severity.padEnd(9)}${rule.title}`);
    if (rule.kind === 'key') {
      for (const s of rule.shapes) out.push(`    ${s.text} + segment + marker + segment of the same length (${s.alphabet}; seen: ${s.seen.join(', ')}; accepted: ${MIN_SEGMENT}-${MAX_SEGMENT})`);
      out.push(`    verified with GET ${rule.verifyPath}`);
    }
    out.push(`    tested with ${d.samples.match} matching and ${d.samples.noMatch} non-matching samples`);
    out.push(`    ${docsUrl(rule)}`);
  }
  return `${out.join('\n')}\n`;
}

/** `openai-key-scan rules`: the rule list, as text or JSON (design.md "Other commands"). */
export function rulesCommand(state: CliState): CommandModule {
  return {
    command: 'rules',
    describe: 'List the rules: ids, kinds, titles, severities, key shapes, docs links and how many samples each is tested with',
    builder: (y: Argv) => y.option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' }).strict(),
    handler: (argv) => {
      process.stdout.write(argv.format === 'json' ? rulesJson() : rulesText());
      state.exitCode = 0;
    },
  };
}
