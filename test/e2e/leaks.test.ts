import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeKey, materialize, leaked } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir, type CliResult, type Repo } from '../helpers/repo.js';

/**
 * Leak audit (issue 8): every mode and every format, over a corpus full of keys in every encoding,
 * and not one full key (nor a long piece of one) in stdout, stderr or any file written, unless
 * --show-secrets. The --show-secrets runs are the control that proves the check can fail.
 */

interface Corpus {
  repo: Repo;
  keys: string[];
  out: string;
}

function corpus(): Corpus {
  const repo = makeRepo();
  const keys = [...materialize('project', repo.dir).values()].flat();
  const add = (file: string, content: string | Buffer, ...k: string[]) => {
    repo.write(file, content);
    keys.push(...k);
  };
  const [a, b, c, d, e] = [makeKey('proj', 74), makeKey('admin', 58), makeKey('legacy', 20), makeKey('svcacct', 46), makeKey('none', 74)];
  add('src/config.ts', `export const KEY = "${a}";\n`, a);
  add('.env', `OPENAI_API_KEY=${b}\nVITE_OPENAI_API_KEY=${c}\n`, b, c);
  add('utf16.txt', Buffer.from(`key=${d}\n`, 'utf16le'), d);
  add('escaped.json', JSON.stringify({ code: `const k = "${e}";\n` }), e);
  repo.write('first.txt', 'first\n');
  repo.commit('first', 'first.txt');
  repo.commit('keys everywhere');
  const f = makeKey('proj', 58);
  add('later.ts', `k = '${f}'\n`, f);
  repo.commit('one more');
  const g = makeKey('proj', 74);
  add('staged.ts', `k = '${g}'\n`, g);
  repo.git('add', 'staged.ts');
  return { repo, keys, out: tempDir('oks-out-') };
}

/** Everything a person or a machine could read after a run: both streams and every file written. */
function everything(r: CliResult, out: string): string {
  const files = existsSync(out) ? readdirSync(out).map((f) => readFileSync(path.join(out, f), 'utf8')) : [];
  return [r.stdout, r.stderr, ...files].join('\n');
}


const INVOCATIONS: Array<[string, (o: string) => string[]]> = [
  ['tree, text', () => []],
  ['tree, text, verbose', () => ['--verbose']],
  ['tree, json', () => ['-f', 'json']],
  ['tree, json to a file', (o) => ['-f', 'json', '-o', path.join(o, 'report.json')]],
  ['tree, text to a file', (o) => ['-o', path.join(o, 'report.txt')]],
  ['tree, one named file', () => ['src/config.ts', '.env']],
  ['staged, text', () => ['staged']],
  ['staged, json, every line, verbose', () => ['staged', '-f', 'json', '--all-lines', '--verbose']],
  ['staged, to a file', (o) => ['staged', '-o', path.join(o, 'staged.txt')]],
  ['tree, sarif', () => ['-f', 'sarif']],
  ['tree, github annotations and job summary', () => ['-f', 'github']],
  ['diff, text, verbose', () => ['diff', 'HEAD~2..HEAD', '--verbose']],
  ['diff, github, and a SARIF copy', (o) => ['diff', '--base', 'HEAD~2', '-f', 'github', '--sarif', path.join(o, 'diff.sarif')]],
  ['history, json', () => ['history', '-f', 'json']],
  ['history, sarif to a file', (o) => ['history', '-f', 'sarif', '-o', path.join(o, 'history.sarif')]],
];

describe('no full key in any output', () => {
  const c = corpus();

  it.each(INVOCATIONS)('%s', (_name, args) => {
    const out = tempDir('oks-out-');
    const summary = path.join(out, 'summary.md');
    writeFileSync(summary, '');
    const r = runCli(args(out), { cwd: c.repo.dir, env: { ...c.repo.env, GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(leaked(everything(r, out), c.keys)).toEqual([]);
  });

  it('errors and warnings mask a key pasted where a path or value goes', () => {
    const key = makeKey();
    for (const args of [[key], ['--fail-on', key], [`--${key}`], ['-f', key], ['--max-file-size', key], ['-o', `/nonexistent/${key}/r.json`]]) {
      const r = runCli(args, { cwd: c.repo.dir, env: c.repo.env });
      expect(r.code).toBe(2);
      expect(leaked(r.stdout + r.stderr, [key])).toEqual([]);
    }
  });

  it('a warning about an unreadable file named like a key does not print the name', () => {
    const dir = tempDir();
    const key = makeKey();
    writeFileSync(path.join(dir, 'ok.txt'), 'nothing\n');
    const r = runCli(['ok.txt', `/proc/self/fd/999/${key}`], { cwd: dir });
    expect(leaked(r.stdout + r.stderr, [key])).toEqual([]);
  });

  it.each(INVOCATIONS.slice(0, 4))('%s with --show-secrets shows the keys (the control)', (_name, args) => {
    const out = tempDir('oks-out-');
    const r = runCli([...args(out), '--show-secrets'], { cwd: c.repo.dir, env: c.repo.env });
    const text = everything(r, out);
    // Every key the tree scan finds is shown in full (the staged-only key is in the tree too).
    expect(leaked(text, c.keys).length).toBeGreaterThan(0);
  });
});
