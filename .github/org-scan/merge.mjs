#!/usr/bin/env node
// The last step of an organisation-wide scan (README "Many repositories"): read the shards' JSONL
// files, keep each finding once per fingerprint + repository + file, and write one JSONL report
// (findings, then a summary line) and a Markdown summary (a GitHub job summary, for instance).
//
//   node merge.mjs [--output merged.jsonl] [--summary summary.md] shard-*.jsonl
//
// Exit 0: no finding. 1: findings. 2: a repository was not scanned (an `error` line), or bad input.
// Node's standard library only: it runs with no install step.
import { appendFileSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const MAX_ROWS = 500; // a job summary holds 1 MiB; the full list is in the JSONL report.

function parseArgs(argv) {
  const opts = { inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--output' || a === '--summary') {
      if (argv[i + 1] === undefined) throw new Error(`${a} needs a file`);
      opts[a.slice(2)] = argv[++i];
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.inputs.push(a);
  }
  return opts;
}

/** Every finding once per (fingerprint, repository, file), repository summaries, errors and skips. */
export function mergeLines(texts) {
  const findings = new Map();
  const repositories = new Map();
  const errors = [];
  const skipped = [];
  for (const { name, text } of texts) {
    text.split('\n').forEach((raw, i) => {
      if (!raw.trim()) return;
      let line;
      try {
        line = JSON.parse(raw);
      } catch {
        throw new Error(`${name}:${i + 1}: not a JSON line`);
      }
      if (line.type === 'finding') {
        const id = JSON.stringify([line.fingerprint, line.repository, line.file]);
        const seen = findings.get(id);
        // The same key in the same file seen twice (a repository listed twice): keep its earliest commit.
        if (!seen || (line.date && seen.date && line.date < seen.date)) findings.set(id, line);
      } else if (line.type === 'summary') repositories.set(line.repository, line);
      else if (line.type === 'error') errors.push(line);
      else if (line.type === 'skipped') skipped.push(line);
    });
  }
  return { findings: [...findings.values()], repositories: [...repositories.values()], errors, skipped };
}

function countBy(items, key) {
  const out = {};
  for (const x of items) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
}

export function summaryOf(merged) {
  const { findings, repositories, errors, skipped } = merged;
  return {
    type: 'summary',
    repositories: repositories.length,
    repositoriesWithFindings: new Set(findings.map((f) => f.repository)).size,
    findings: findings.length,
    keys: findings.filter((f) => f.kind === 'key').length,
    distinctKeys: new Set(findings.filter((f) => f.kind === 'key').map((f) => f.fingerprint)).size,
    bySeverity: countBy(findings, (f) => f.severity),
    byRule: countBy(findings, (f) => f.ruleId),
    commits: repositories.reduce((n, r) => n + (r.commits ?? 0), 0),
    errors: errors.map((e) => ({ repository: e.repository, message: e.message })),
    skipped: skipped.map((e) => ({ repository: e.repository, message: e.message })),
  };
}

/** Text from scanned repositories goes into Markdown: no pipes, tags, backticks or line breaks get through. */
const cell = (s) => String(s ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/[&<>"'|`\\[\]*_]/g, (c) => `&#${c.charCodeAt(0)};`);

export function markdownOf(merged, summary) {
  const out = ['## openai-key-scan: organisation-wide history scan', ''];
  out.push(`${summary.repositories} repositories scanned (${summary.commits} commits): **${summary.keys} key finding(s)** (${summary.distinctKeys} distinct keys) in ${summary.repositoriesWithFindings} repositories, ${summary.findings - summary.keys} risk finding(s).`, '');
  if (summary.errors.length) {
    out.push(`**${summary.errors.length} repositories were not scanned:**`, '');
    for (const e of summary.errors) out.push(`- ${cell(e.repository)}: ${cell(e.message)}`);
    out.push('');
  }
  if (summary.skipped.length) out.push(`Skipped: ${summary.skipped.map((e) => `${cell(e.repository)} (${cell(e.message)})`).join(', ')}`, '');
  if (merged.findings.length) {
    const order = { critical: 0, high: 1, medium: 2, low: 3 };
    const rows = [...merged.findings].sort((a, b) => (order[a.severity] ?? 9) - (order[b.severity] ?? 9) || String(a.repository).localeCompare(String(b.repository)));
    out.push('| severity | repository | file | commit | rule | key | fingerprint |', '|---|---|---|---|---|---|---|');
    for (const f of rows.slice(0, MAX_ROWS)) {
      out.push(`| ${cell(f.severity)} | ${cell(f.repository)} | ${cell(f.file)}:${cell(f.line)} | ${cell(String(f.commit ?? '').slice(0, 12))} | ${cell(f.ruleId)} | ${cell(f.redacted)} | ${cell(f.fingerprint)} |`);
    }
    if (rows.length > MAX_ROWS) out.push('', `…and ${rows.length - MAX_ROWS} more in the JSONL report.`);
    out.push('', 'Revoke each key at https://platform.openai.com/api-keys (or `openai-key-scan revoke`), then remove it from the history.');
  }
  return `${out.join('\n')}\n`;
}

function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
    if (!opts.inputs.length) throw new Error('name the shard files to merge');
  } catch (e) {
    process.stderr.write(`merge.mjs: ${e.message} (usage: merge.mjs [--output FILE] [--summary FILE] shard-*.jsonl)\n`);
    return 2;
  }
  let merged;
  try {
    merged = mergeLines(opts.inputs.map((name) => ({ name, text: readFileSync(name, 'utf8') })));
  } catch (e) {
    process.stderr.write(`merge.mjs: ${e.code ? `${e.path}: ${e.code}` : e.message}\n`);
    return 2;
  }
  const summary = summaryOf(merged);
  const jsonl = [...merged.findings, summary].map((l) => JSON.stringify(l)).join('\n') + '\n';
  if (opts.output) writeFileSync(opts.output, jsonl);
  else process.stdout.write(jsonl);
  if (opts.summary) appendFileSync(opts.summary, markdownOf(merged, summary));
  process.stderr.write(`merge.mjs: ${summary.repositories} repositories, ${summary.findings} finding(s), ${summary.errors.length} not scanned\n`);
  return summary.errors.length ? 2 : summary.findings ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) process.exitCode = main();
