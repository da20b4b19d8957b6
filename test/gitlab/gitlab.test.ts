import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { toGitlabReport } from '../../src/report/gitlab.js';
import { RULES } from '../../src/rules/index.js';
import { emptySkipCounts, type Finding, type Report } from '../../src/types.js';
import { PKG } from '../helpers/built.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir } from '../helpers/repo.js';

/**
 * `--format gitlab` and the merge-request template in .gitlab/: the report is what GitLab's
 * secret-detection schema 15.2.1 requires, and the template's script, run as GitLab would run it
 * on a real repository, writes such a report and fails on a key.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const TEMPLATE = path.join(ROOT, '.gitlab/openai-key-scan.gitlab-ci.yml');
const REPORT_FILE = 'gl-secret-detection-report.json';

function compile(file: string, strict: boolean): ValidateFunction {
  return new Ajv({ allErrors: true, strict }).compile(JSON.parse(readFileSync(file, 'utf8')));
}
const requirements = compile(path.join(import.meta.dirname, 'secret-detection-15.2.1.requirements.json'), true);
// The published schema itself, when a copy is at hand (it is not committed here).
const published = process.env.GITLAB_SECRET_DETECTION_SCHEMA ? compile(process.env.GITLAB_SECRET_DETECTION_SCHEMA, false) : undefined;

function expectValid(report: unknown): void {
  expect(requirements(report), JSON.stringify(requirements.errors)).toBe(true);
  if (published) expect(published(report), JSON.stringify(published.errors)).toBe(true);
}

/** The `script:` lines of the template's job (a list of `- command` lines under `script:`). */
function scriptLines(yaml: string): string[] {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => /^\s+script:\s*$/.test(l));
  expect(start).toBeGreaterThan(0);
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    const m = /^\s+- (.+)$/.exec(l);
    if (!m) break;
    out.push(m[1]!);
  }
  return out;
}

/** Run the template's script as GitLab's shell executor would: `sh -e`, the CI variables set. */
function runTemplate(dir: string, env: NodeJS.ProcessEnv, vars: Record<string, string>) {
  const script = scriptLines(readFileSync(TEMPLATE, 'utf8')).join('\n');
  const r = spawnSync('sh', ['-ec', script], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...env,
      ...vars,
      // The package built from src/ for this run stands in for the published one; npx installs it
      // from the folder into a cache of its own, with no registry involved.
      OPENAI_KEY_SCAN_PACKAGE: PKG,
      npm_config_cache: tempDir('oks-npm-cache-'),
      npm_config_update_notifier: 'false',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      CI: 'true',
      NO_COLOR: '1',
    },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the GitLab template', () => {
  it('is in the README exactly as committed', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const template = readFileSync(TEMPLATE, 'utf8');
    expect(readme).toContain('```yaml\n' + template + '```');
    expect(scriptLines(template)).toEqual([
      'npx --yes --package "$OPENAI_KEY_SCAN_PACKAGE" openai-key-scan diff "$CI_MERGE_REQUEST_DIFF_BASE_SHA..$CI_COMMIT_SHA" --format gitlab --output gl-secret-detection-report.json',
    ]);
    // The artifact GitLab reads is the file the script writes, kept when the job fails.
    expect(template).toMatch(new RegExp(`reports:\\n\\s+secret_detection: ${REPORT_FILE.replace(/\./g, '\\.')}\\n`));
    expect(template).toMatch(/artifacts:\n\s+when: always\n/);
    expect(template).toMatch(/if: \$CI_PIPELINE_SOURCE == "merge_request_event"/);
  });

  it('fails a merge request that adds a key, and writes a valid report naming the commit', () => {
    const repo = makeRepo();
    const old = makeKey('proj', 74);
    repo.write('old.ts', `const k = "${old}";\n`);
    const base = repo.commit('before the merge request');
    const key = makeKey('admin', 58);
    repo.write('ops/admin.py', `ADMIN = "${key}"\n`);
    const adding = repo.commit('add an admin key');
    repo.write('ops/admin.py', 'ADMIN = os.environ["OPENAI_ADMIN_KEY"]\n');
    const head = repo.commit('remove it again');
    const r = runTemplate(repo.dir, repo.env, { CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_COMMIT_SHA: head });
    expect(r.stderr).toMatch(/1 finding\(s\); report written to gl-secret-detection-report\.json/);
    expect(r.code).toBe(1);
    const text = readFileSync(path.join(repo.dir, REPORT_FILE), 'utf8');
    expect(text).not.toContain(key);
    expect(text).not.toContain(old);
    const report = JSON.parse(text);
    expectValid(report);
    expect(report.version).toBe('15.2.1');
    expect(report.scan.type).toBe('secret_detection');
    expect(report.scan.status).toBe('success');
    expect(report.scan.primary_identifiers.map((i: { value: string }) => i.value)).toEqual(RULES.map((r) => r.id));
    expect(report.vulnerabilities).toHaveLength(1);
    const [v] = report.vulnerabilities;
    expect(v).toMatchObject({
      name: 'OpenAI admin key',
      severity: 'Critical',
      identifiers: [{ type: 'openai_key_scan_rule_id', value: 'openai-admin-key' }],
      location: { file: 'ops/admin.py', start_line: 1, end_line: 1, commit: { sha: adding } },
    });
    expect(v.raw_source_code_extract).toMatch(/^sk-admin-…/);
    expect(v.solution).toMatch(/Revoke each key now/);
  }, 120_000);

  it('passes a clean merge request with an empty, valid report', () => {
    const repo = makeRepo();
    repo.write('a.ts', 'export const a = 1;\n');
    const base = repo.commit('one');
    repo.write('b.ts', 'export const b = process.env.OPENAI_API_KEY;\n');
    const head = repo.commit('two');
    const r = runTemplate(repo.dir, repo.env, { CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_COMMIT_SHA: head });
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(repo.dir, REPORT_FILE), 'utf8'));
    expectValid(report);
    expect(report.vulnerabilities).toEqual([]);
  }, 120_000);
});

describe('--format gitlab', () => {
  it('names HEAD for a tree scan, and every mode gives a valid report', () => {
    const repo = makeRepo();
    const key = makeKey('proj', 74);
    repo.write('src/app.ts', `const k = "${key}";\n`);
    repo.write('.env', 'NEXT_PUBLIC_OPENAI_API_KEY=abcdefghijklmnop1234\n'); // openai-key-scan:allow a risk this test expects
    const head = repo.commit('keys');
    const tree = runCli(['-f', 'gitlab'], { cwd: repo.dir, env: repo.env });
    expect(tree.code).toBe(1);
    expect(tree.stdout).not.toContain(key);
    const report = JSON.parse(tree.stdout);
    expectValid(report);
    const ids = report.vulnerabilities.map((v: { identifiers: Array<{ value: string }> }) => v.identifiers[0]!.value).sort();
    expect(ids).toEqual(['committed-dotenv', 'openai-project-key', 'public-env-var']);
    for (const v of report.vulnerabilities) expect(v.location.commit.sha).toBe(head);
    // Risk findings carry their rule's fix as the solution.
    expect(report.vulnerabilities.find((v: { identifiers: Array<{ value: string }> }) => v.identifiers[0]!.value === 'committed-dotenv').solution).toMatch(/git rm --cached/);
    for (const args of [['history'], ['staged']]) {
      const r = runCli([...args, '-f', 'gitlab'], { cwd: repo.dir, env: repo.env });
      expectValid(JSON.parse(r.stdout));
    }
  }, 60_000);

  it('outside git, a finding names no commit the way GitLab does (0000000)', () => {
    const dir = tempDir();
    const key = makeKey('legacy', 20);
    const r = runCli(['-f', 'gitlab', '.'], { cwd: dir, env: { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(dir) }, input: '' });
    expect(r.code).toBe(0);
    expectValid(JSON.parse(r.stdout));
    const report: Report = {
      tool: { name: 'openai-key-scan', version: '1.2.3' },
      mode: 'tree',
      findings: [finding({ redacted: `${key.slice(0, 3)}…${key.slice(-4)}` })],
      stats: { files: 1, bytes: 10, durationMs: 2500, skipped: emptySkipCounts() },
      warnings: [{ code: 'unreadable', message: 'cannot read secret.txt: EACCES' }],
    };
    const doc = toGitlabReport(report, { now: Date.UTC(2026, 0, 2, 3, 4, 5) }) as { scan: Record<string, unknown>; vulnerabilities: Array<{ id: string; location: { commit: { sha: string } } }> };
    expectValid(doc);
    expect(doc.vulnerabilities[0]!.location.commit.sha).toBe('0000000');
    expect(doc.scan.start_time).toBe('2026-01-02T03:04:02');
    expect(doc.scan.end_time).toBe('2026-01-02T03:04:05');
    expect(doc.scan.messages).toEqual([{ level: 'warn', value: 'cannot read secret.txt: EACCES' }]);
    // Ids are stable across runs, so GitLab does not see a new vulnerability each time.
    expect(doc.vulnerabilities[0]!.id).toBe((toGitlabReport(report) as typeof doc).vulnerabilities[0]!.id);
    expect(doc.vulnerabilities[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('the requirements check can fail', () => {
    expect(requirements({ version: '15.2.1', scan: {}, vulnerabilities: [] })).toBe(false);
    expect(requirements({ version: '15.2.1', scan: { analyzer: {}, scanner: {}, type: 'sast', status: 'ok', start_time: 'now', end_time: 'now' }, vulnerabilities: [{ id: 'x', identifiers: [], location: {} }] })).toBe(false);
    expect(existsSync(TEMPLATE)).toBe(true);
  });
});

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'openai-user-key',
    kind: 'key',
    severity: 'high',
    file: 'notes.txt',
    line: 3,
    column: 1,
    endColumn: 52,
    redacted: 'sk-…abcd',
    fingerprint: '0123456789abcdef',
    encoding: 'plain',
    message: 'OpenAI user key in plain text',
    ...over,
  };
}

describe('--format codequality (GitLab Code Quality, shown in merge requests on every tier)', () => {
  it('one issue per finding with the fields GitLab reads: unique fingerprints, severities, path and line; no key', () => {
    const repo = makeRepo();
    const key = makeKey('proj', 74);
    const admin = makeKey('admin', 58);
    repo.write('src/app.ts', `// first line\nconst k = "${key}";\n`);
    repo.write('lib/admin.py', `ADMIN = "${admin}"\n`);
    repo.commit('keys');
    const r = runCli(['-f', 'codequality'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(1);
    for (const s of [key, admin]) expect(r.stdout).not.toContain(s);
    const issues = JSON.parse(r.stdout) as Array<{ type: string; check_name: string; description: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }>;
    expect(Array.isArray(issues)).toBe(true);
    const byFile = Object.fromEntries(issues.map((i) => [i.location.path, i]));
    expect(byFile['src/app.ts']).toMatchObject({ type: 'issue', check_name: 'openai-project-key', location: { lines: { begin: 2 } } });
    expect(byFile['lib/admin.py']!.check_name).toBe('openai-admin-key');
    for (const i of issues) {
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(i.severity);
      expect(i.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(i.description).toMatch(/…/);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    // The same run again: the same fingerprints (GitLab compares them between the branch and its base).
    const again = JSON.parse(runCli(['-f', 'codequality'], { cwd: repo.dir, env: repo.env }).stdout) as Array<{ fingerprint: string }>;
    expect(again.map((i) => i.fingerprint).sort()).toEqual(issues.map((i) => i.fingerprint).sort());
    // Nothing found: an empty array, exit 0.
    repo.write('clean/ok.ts', 'export const ok = 1;\n');
    const clean = runCli(['-f', 'codequality', 'clean'], { cwd: repo.dir, env: repo.env });
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toEqual([]);
  }, 60_000);
});
