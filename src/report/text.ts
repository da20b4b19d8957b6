import type { Finding, Report, Severity, Stats, Verification } from '../types.js';

export interface TextOptions {
  color: boolean;
  /** List every suppressed finding (otherwise only those a diff's range suppressed itself). */
  explain?: boolean;
}

const CODES = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], dim: [2, 22], bold: [1, 22], magenta: [35, 39] } as const;
type Style = keyof typeof CODES;

function styler(color: boolean) {
  return (style: Style, s: string) => (color ? `\x1b[${CODES[style][0]}m${s}\x1b[${CODES[style][1]}m` : s);
}

const SEVERITY_STYLE: Record<Severity, Style> = { critical: 'magenta', high: 'red', medium: 'yellow', low: 'cyan' };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Text from a scanned repository made safe for a terminal and a CI log: control characters (a newline
 * in a file name, an escape sequence planted in a file), line and paragraph separators and bidi
 * overrides (which reorder what a reader sees) are shown escaped, never interpreted; so is `##[`, which
 * the GitHub Actions runner reads as a command anywhere on a line (its old `##[error]` syntax).
 */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/g, (ch) => {
    if (ch === '##[') return '##\\x5b';
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    const code = ch.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/**
 * A line of output that the GitHub Actions runner cannot take for a workflow command: it reads any
 * line that starts with `::` after leading white space as one (actions/runner ActionCommand.TryParseV2),
 * so a file named `::stop-commands::x` printed at the start of a line would silence every annotation
 * after it. Such a line's first colon is shown escaped. Every line the reports print passes here.
 */
export function commandSafe(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/^([\s\u0085\u001c-\u001f]*):(?=:)/, '$1\\x3a');
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function statsLine(stats: Stats): string {
  const skipped = Object.entries(stats.skipped)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => (k === 'symlink' ? plural(n, 'symlink') : k === 'special' ? plural(n, 'special file') : `${n} ${k === 'tooLarge' ? 'too large' : k}`));
  return (
    `scanned ${plural(stats.files, 'file')} (${formatBytes(stats.bytes)}) in ${(stats.durationMs / 1000).toFixed(2)} s` +
    (skipped.length ? `; skipped ${skipped.join(', ')}` : '')
  );
}

/** What a person should do about key findings, most urgent first. */
export const KEY_STEPS = [
  'Revoke each key now at https://platform.openai.com/api-keys (admin keys: Organization settings > Admin keys) and create a new one. A key that was committed, pushed or shared is compromised, even if you delete it later.',
  'Load the new key from the environment (process.env.OPENAI_API_KEY, os.environ["OPENAI_API_KEY"]) or a secret manager; keep .env files out of git.',
  'If the key reached git history, revoking is what protects you; rewriting history (git filter-repo, BFG) only cleans up, and every clone and fork keeps the old copy.',
];

const STATUS_TEXT: Record<Verification['status'], string> = {
  live: 'LIVE: the key works',
  quota: 'works, but the account has no credit',
  forbidden: 'works, restricted to some scopes',
  invalid: 'invalid: revoked or never valid',
  error: 'could not verify',
  unchecked: 'not checked',
};

/** One line about a key's verification, with the organisation and project the API named. */
export function verificationLine(v: Verification): string {
  const ids = [v.organization && `organization ${v.organization}`, v.project && `project ${v.project}`].filter(Boolean).join(', ');
  return printable(`verification: ${STATUS_TEXT[v.status]}${v.detail && v.status === 'error' ? ` (${v.detail})` : ''}${ids ? `; ${ids}` : ''}`);
}

/** What a person whose commit was blocked can do, safest first. */
export const STAGED_WAYS_OUT = [
  'Remove the key from the file (read it from process.env.OPENAI_API_KEY instead), then `git add` the file again: the staged copy is what is checked.',
  'Not a real key (a test fixture, an already revoked key)? Add the comment `openai-key-scan:allow` on that line, stage it, and commit.',
  'Bypass the check once with `git commit --no-verify`. The key then enters history: every push, clone and fork carries it, and only revoking it protects you.',
];

const MAX_STALE_LINES = 50;

function suppressionText(f: Finding): string {
  const s = f.suppressed!;
  const by = s.by === 'inline' ? 'an openai-key-scan:allow comment' : s.by === 'config' ? 'the config' : 'the baseline';
  return `suppressed by ${by}${s.reason ? ` (${printable(s.reason)})` : ''}`;
}

/**
 * Suppressed findings: all of them with --explain/--verbose; those a diff's own range suppressed,
 * always (a change must not silence itself unseen); otherwise a count.
 */
function suppressedLines(report: Report, opts: TextOptions, c: ReturnType<typeof styler>): string[] {
  const all = report.suppressed ?? [];
  const inChange = all.filter((f) => f.suppressed?.inChange);
  const shown = opts.explain ? all : inChange;
  const out: string[] = [];
  if (shown.length) {
    out.push(c('bold', opts.explain ? `Suppressed (${all.length}):` : `Suppressed in this change (${inChange.length}): the same change that adds these keys also allows them; review both`));
    for (const f of shown) {
      const commit = f.commit ? ` in ${f.commit.slice(0, 12)}` : '';
      out.push(`  ${printable(f.file)}:${f.line}:${f.column}  ${f.ruleId}  ${printable(f.redacted)}${commit}  ${c('dim', suppressionText(f))}${f.suppressed?.inChange ? c('yellow', '  [added in this change]') : ''}`);
    }
    out.push('');
  }
  if (all.length > shown.length) out.push(c('dim', `${all.length - shown.length} finding(s) suppressed by allow lists (--explain lists them).`), '');
  const stale = report.stale ?? [];
  for (const s of stale.slice(0, MAX_STALE_LINES)) out.push(c('yellow', `stale: ${printable(s)}`));
  if (stale.length > MAX_STALE_LINES) out.push(c('yellow', `stale: ${stale.length - MAX_STALE_LINES} more (the JSON report lists all ${stale.length})`));
  if (report.stale?.length) out.push('');
  return out;
}

export function toText(report: Report, opts: TextOptions): string {
  const c = styler(opts.color);
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [file, findings] of byFile) {
    out.push(c('bold', printable(file)));
    for (const f of findings) {
      const where = `${f.line}:${f.column}`.padEnd(9);
      const commit = f.commit ? c('dim', ` in ${printable(f.commit.slice(0, 12))}${f.author ? ` by ${printable(f.author)}` : ''}`) : '';
      out.push(`  ${where}${c(SEVERITY_STYLE[f.severity], f.severity.padEnd(9))}${f.ruleId}  ${c('bold', f.secret ?? printable(f.redacted))}${commit}`);
      out.push(`           ${printable(f.message)}`);
      if (f.verification) out.push(`           ${c(f.verification.status === 'live' ? 'magenta' : 'dim', verificationLine(f.verification))}`);
      if (f.excerpt) out.push(c('dim', `           │ ${printable(f.excerpt)}`));
    }
    out.push('');
  }
  // A loop, not push(...lines): 200,000 stale baseline entries would overflow the call stack.
  for (const line of suppressedLines(report, opts, c)) out.push(line);
  const keys = report.findings.filter((f) => f.kind === 'key');
  const risks = report.findings.length - keys.length;
  if (report.findings.length === 0) {
    out.push(`${c('bold', 'No OpenAI keys found.')} ${c('dim', statsLine(report.stats))}`);
    return out.map(commandSafe).join('\n') + '\n';
  }
  const files = new Set(report.findings.map((f) => f.file)).size;
  const parts = [keys.length ? plural(keys.length, 'OpenAI key') : '', risks ? plural(risks, 'risk') : ''].filter(Boolean);
  out.push(`${c('bold', `${parts.join(' and ')} found in ${plural(files, 'file')}.`)} ${c('dim', statsLine(report.stats))}`);
  if (keys.length && report.mode === 'staged') {
    // Not in history yet: the fix is in the working tree, and there are exactly three ways on.
    out.push('', c('bold', 'This commit was stopped. Three ways out:'));
    // A JSON file has no comment to write the allow directive in: name the config entry instead.
    const noComments = keys.every((f) => /\.(?:json|ipynb|map)$/i.test(f.file));
    const ways = noComments ? STAGED_WAYS_OUT.map((w, i) => (i === 1 ? `Not a real key (a test fixture, an already revoked key)? ${keys[0]!.file.split('/').pop()} cannot hold a comment: add { "fingerprint": "${keys[0]!.fingerprint}", "comment": "why" } to allowFingerprints in .openai-key-scan.json, stage it, and commit.` : w)) : STAGED_WAYS_OUT;
    ways.forEach((s, i) => out.push(`  ${i + 1}. ${printable(s)}`));
    out.push('  If the key was ever pushed, shared or pasted anywhere, revoke it as well: https://platform.openai.com/api-keys');
  } else if (keys.length) {
    out.push('', c('bold', 'What to do:'));
    KEY_STEPS.forEach((s, i) => out.push(`  ${i + 1}. ${s}`));
  }
  return out.map(commandSafe).join('\n') + '\n';
}
