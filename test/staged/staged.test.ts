import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir, type Repo } from '../helpers/repo.js';

/** `openai-key-scan staged` through the built CLI on real repositories (issue 3). */

function staged(repo: Repo, ...args: string[]) {
  const r = runCli(['staged', '-f', 'json', ...args], { cwd: repo.dir, env: repo.env });
  const report = r.stdout ? JSON.parse(r.stdout) : undefined;
  return { ...r, report, found: (report?.findings ?? []).map((f: { file: string; line: number }) => `${f.file}:${f.line}`) as string[] };
}

/** Stage `content` for `file` without touching the working tree (what `git add -p` leaves behind). */
function stageContent(repo: Repo, file: string, content: string) {
  const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.dir, env: repo.env, input: content, encoding: 'utf8' }).trim();
  repo.git('update-index', '--add', '--cacheinfo', `100644,${blob},${file}`);
}

describe('staged: the index, not the working tree', () => {
  it('finds a key that is staged and then deleted from the working file', () => {
    const repo = makeRepo();
    repo.commitFile('init', 'README.md', 'hi\n');
    repo.write('a.ts', `const k = "${makeKey()}";\n`);
    repo.git('add', 'a.ts');
    repo.write('a.ts', 'const k = process.env.OPENAI_API_KEY;\n');
    const r = staged(repo);
    expect(r.code).toBe(1);
    expect(r.found).toEqual(['a.ts:1']);
    expect(r.report.mode).toBe('staged');
  });

  it('does not report a key that is only in the working tree', () => {
    const repo = makeRepo();
    repo.write('a.ts', 'const x = 1;\n');
    repo.commit('init');
    repo.write('a.ts', `const x = 1;\nconst k = "${makeKey()}";\n`);
    repo.write('new.ts', `const k = "${makeKey()}";\n`);
    expect(staged(repo)).toMatchObject({ code: 0, found: [] });
  });

  it('judges a partially staged file by its staged content', () => {
    const repo = makeRepo();
    repo.write('a.ts', 'one\n');
    repo.commit('init');
    const [k1, k2] = [makeKey(), makeKey('admin', 58)];
    repo.write('a.ts', `one\nconst a = "${k1}";\nthree\nconst b = "${k2}";\n`);
    stageContent(repo, 'a.ts', `one\nconst a = "${k1}";\n`);
    const r = staged(repo, '--show-secrets');
    expect(r.found).toEqual(['a.ts:2']);
    expect(r.report.findings[0].secret).toBe(k1);
  });

  it('reports only lines the commit adds, with staged line numbers; --all-lines reports every line', () => {
    const repo = makeRepo();
    repo.write('a.ts', `// old\nconst old = "${makeKey()}";\n`);
    repo.commit('old key, already in history');
    repo.write('a.ts', `// new header\n// more\n// old\nconst old = "${repo.git('show', 'HEAD:a.ts').split('"')[1]}";\nconst fresh = "${makeKey('svcacct', 74)}";\n`);
    repo.git('add', 'a.ts');
    expect(staged(repo).found).toEqual(['a.ts:5']);
    expect(staged(repo, '--all-lines').found).toEqual(['a.ts:4', 'a.ts:5']);
  });

  it('reads added lines by the hunk counts: an added line that reads `++ x` is content, not a file header', () => {
    const repo = makeRepo();
    repo.write('CHANGES.md', 'a\nb\nc\nd\ne\n');
    repo.commit('init');
    // In the -U0 patch the first added line shows as `+++ changelog`, like the header of a next file.
    repo.write('CHANGES.md', `a\n++ changelog\nb\nc\nd\nkey = "${makeKey()}"\n`);
    repo.git('add', '.');
    expect(staged(repo)).toMatchObject({ code: 1, found: ['CHANGES.md:6'] });
  });

  it('files git diffs as binary (a -diff attribute, UTF-16) count as added throughout', () => {
    const repo = makeRepo();
    repo.write('.gitattributes', '*.gen.js -diff\n');
    repo.write('old.gen.js', '// generated\n');
    repo.commit('init');
    repo.write('old.gen.js', `// generated\nexport const k = "${makeKey()}";\n`);
    repo.write('new.gen.js', `export const k = "${makeKey()}";\n`);
    repo.write('notes-utf16.txt', Buffer.from(`notes\nkey = "${makeKey()}"\n`, 'utf16le'));
    repo.git('add', '.');
    expect(staged(repo).found.sort()).toEqual(['new.gen.js:1', 'notes-utf16.txt:2', 'old.gen.js:2']);
  });

  it('a file with NUL bytes that an attribute makes git diff as text: its key stops the commit, and files after it are read by line', () => {
    const repo = makeRepo();
    repo.write('.gitattributes', 'nul.txt diff\n');
    repo.write('nul.txt', 'a\0b\n');
    const old = makeKey();
    repo.write('z.ts', `// z\nk = "${old}"\n`);
    repo.commit('init');
    // The detector reads nul.txt as binary (a key there has no line), git's patch as text, NULs and all.
    repo.write('nul.txt', `a\0b\nk = "${makeKey()}"\n`);
    repo.write('z.ts', `// z\nk = "${old}"\nk2 = "${makeKey()}"\n`);
    repo.git('add', '.');
    const r = staged(repo);
    expect(r.code).toBe(1);
    expect(r.found.sort()).toEqual(['nul.txt:1', 'z.ts:3']);
  });

  it('works on the first commit of a repository (no HEAD)', () => {
    const repo = makeRepo();
    repo.write('src/first.ts', `k = "${makeKey('legacy', 20)}"\n`);
    repo.git('add', '.');
    expect(staged(repo)).toMatchObject({ code: 1, found: ['src/first.ts:1'] });
  });

  it('handles renames, deletions, binary files, symlinks and submodules', () => {
    const sub = makeRepo();
    sub.write('x.txt', 'x\n');
    sub.commit('sub');
    const repo = makeRepo();
    const old = makeKey();
    repo.write('moved.ts', `// a file\nconst k = "${old}";\n`);
    repo.write('gone.ts', `const k = "${makeKey()}";\n`);
    repo.commit('init');
    repo.git('mv', 'moved.ts', 'renamed.ts');
    repo.git('rm', '-q', 'gone.ts');
    repo.write('image.png', Buffer.concat([Buffer.from([0x89, 0x50, 0, 0]), Buffer.from(makeKey())]));
    symlinkSync('renamed.ts', path.join(repo.dir, 'link.ts'));
    repo.git('add', 'image.png', 'link.ts');
    repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/sub');
    const r = staged(repo, '--verbose');
    expect(r.stderr).not.toMatch(/error|Error/);
    // The binary file is read on its raw bytes: its key is found.
    expect(r).toMatchObject({ code: 1, found: ['image.png:1'] });
    expect(r.report.findings[0].encoding).toBe('binary');
    expect(r.report.stats.skipped).toMatchObject({ binary: 0, symlink: 1 });
    // A rename that also adds a key line: only the added line counts.
    repo.write('renamed.ts', `// a file\nconst k = "${old}";\nconst n = "${makeKey('proj', 58)}";\n`);
    repo.git('add', 'renamed.ts');
    expect(staged(repo).found).toEqual(['image.png:1', 'renamed.ts:3']);
  });

  it('reads files with spaces, newlines, quotes and non-ASCII in their names', () => {
    const repo = makeRepo();
    repo.write('keep', '\n');
    repo.commit('init');
    const names = ['with space.ts', 'new\nline.ts', 'tab\there.ts', 'quo"te.ts', 'ünï €.ts'];
    for (const n of names) repo.write(n, `k = "${makeKey()}"\n`);
    repo.git('add', '.');
    expect(staged(repo).found.sort()).toEqual(names.map((n) => `${n}:1`).sort());
  });

  it('scans only the files named, absolute or relative, still from the index', () => {
    const repo = makeRepo();
    repo.write('keep', '\n');
    repo.commit('init');
    repo.write('src/a.ts', `k = "${makeKey()}"\n`);
    repo.write('src/b.ts', `k = "${makeKey()}"\n`);
    repo.write('c.ts', `k = "${makeKey()}"\n`);
    repo.git('add', '.');
    repo.write('src/a.ts', 'clean in the working tree\n');
    const r = runCli(['staged', '-f', 'json', '--', 'a.ts', path.join(repo.dir, 'c.ts')], { cwd: path.join(repo.dir, 'src'), env: repo.env });
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['c.ts', 'src/a.ts']);
  });

  it('a file name that reads as a number stays that name (lint-staged and pre-commit pass names after --)', () => {
    const repo = makeRepo();
    for (const name of ['0x1', '1e3', '007']) repo.write(name, `k = "${makeKey()}"\n`);
    repo.git('add', '.');
    const r = staged(repo, '--', '0x1', '1e3', '007');
    expect(r.code).toBe(1);
    expect(r.found.sort()).toEqual(['007:1', '0x1:1', '1e3:1']);
  });

  it('never passes by scanning nothing: staged files git cannot read are an error', () => {
    const repo = makeRepo();
    repo.write('keep', '\n');
    repo.commit('init');
    repo.write('a.ts', `k = "${makeKey()}"\n`);
    repo.git('add', 'a.ts');
    const blob = repo.git('rev-parse', ':a.ts').trim();
    unlinkSync(path.join(repo.dir, '.git/objects', blob.slice(0, 2), blob.slice(2)));
    const r = runCli(['staged'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^openai-key-scan: could not read any of the 1 staged file\(s\) through git/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says how many staged files and bytes it scanned with --verbose, and passes a clean commit', () => {
    const repo = makeRepo();
    repo.write('a.ts', 'const a = 1;\n');
    repo.write('b.ts', 'const b = 2;\n');
    repo.git('add', '.');
    const r = runCli(['staged', '--verbose'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('scanned 2 staged file(s), 26 B');
  });

  it('outside a repository, or without git, is one line and exit 2', () => {
    const dir = tempDir();
    const r = runCli(['staged'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^openai-key-scan: not inside a git repository: run `openai-key-scan staged` in a repository/);
    const repo = makeRepo();
    const noGit = runCli(['staged'], { cwd: repo.dir, env: { ...repo.env, PATH: '/nonexistent' } });
    expect(noGit.code).toBe(2);
    expect(noGit.stderr).toMatch(/^openai-key-scan: git is not installed or not on PATH/);
    expect(noGit.stderr.trim().split('\n')).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it('the block message names the key redacted, file and line, and the three ways out', () => {
    const repo = makeRepo();
    const key = makeKey();
    repo.write('app.ts', `\nconst openai = new OpenAI({ apiKey: "${key}" });\n`);
    repo.git('add', '.');
    const r = runCli(['staged'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(key);
    expect(r.stdout).toContain('app.ts');
    expect(r.stdout).toMatch(/2:38\s+high\s+openai-project-key\s+sk-proj-…/);
    expect(r.stdout).toContain('This commit was stopped. Three ways out:');
    expect(r.stdout).toContain('`git add`');
    expect(r.stdout).toContain('openai-key-scan:allow');
    expect(r.stdout).toContain('git commit --no-verify');
  });
});

