import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { makeKey, MARKER } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir, type Repo } from '../helpers/repo.js';
import { LogParser } from '../../src/sources/commit-log.js';
import type { Fragment } from '../../src/types.js';

/** `diff` and `history` through the built CLI on real histories (issue 4). */

function json(repo: Repo, ...args: string[]) {
  const r = runCli([...args, '-f', 'json'], { cwd: repo.dir, env: repo.env });
  if (r.code === 2) throw new Error(r.stderr);
  return { code: r.code, findings: JSON.parse(r.stdout).findings as Array<{ file: string; line: number; commit: string; author: string; date: string; fingerprint: string }> };
}

describe('diff <base>..<head>', () => {
  it('reports a key added in one commit and removed in the next, with the commit that added it', () => {
    const repo = makeRepo();
    const base = repo.commitFile('base', 'a.ts', 'one\n');
    repo.write('a.ts', `one\ntwo\nconst k = "${makeKey()}";\n`);
    const added = repo.commit('add a key');
    repo.write('a.ts', 'one\ntwo\nconst k = process.env.OPENAI_API_KEY;\n');
    repo.commit('remove it');
    const r = json(repo, 'diff', `${base}..HEAD`);
    expect(r.code).toBe(1);
    expect(r.findings).toMatchObject([{ file: 'a.ts', line: 3, commit: added, author: 'test@example.test' }]);
    expect(r.findings[0]!.date).toMatch(/^\d{4}-\d\d-\d\dT/);
    // The same with --base/--head.
    expect(json(repo, 'diff', '--base', base, '--head', 'HEAD').findings).toHaveLength(1);
  });

  it('does not report a key that was already in base and is untouched', () => {
    const repo = makeRepo();
    repo.write('old.ts', `const k = "${makeKey()}";\n`);
    const base = repo.commit('old key');
    repo.write('old.ts', `const k = "${repo.git('show', 'HEAD:old.ts').split('"')[1]}";\n// a new comment\n`);
    repo.write('new.ts', 'clean\n');
    repo.commit('edit around it');
    expect(json(repo, 'diff', `${base}..HEAD`)).toMatchObject({ code: 0, findings: [] });
  });

  it('reports each key once per file, at its earliest commit', () => {
    const repo = makeRepo();
    const base = repo.commitFile('base', 'x', '\n');
    const key = makeKey('admin', 58);
    repo.write('a.ts', `k = "${key}"\n`);
    const first = repo.commit('first');
    repo.write('a.ts', `// moved down\nk = "${key}"\n`);
    repo.commit('second');
    repo.write('b.ts', `k = "${key}"\n`);
    repo.commit('same key, other file');
    const r = json(repo, 'diff', `${base}..HEAD`);
    expect(r.findings.map((f) => [f.file, f.commit === first])).toEqual([
      ['a.ts', true],
      ['b.ts', false],
    ]);
  });

  it('parses odd file names, binary patches and added lines that look like headers', () => {
    const repo = makeRepo();
    const base = repo.commitFile('base', 'x', '\n');
    const names = ['with space.ts', 'new\nline.ts', 'tab\there.ts', 'ünï €.ts'];
    for (const n of names) repo.write(n, `k = "${makeKey()}"\n`);
    repo.write('bin.dat', Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(makeKey())]));
    repo.write('tricky.txt', `+++ b/elsewhere.ts\n++ looks like a header\n@@ -1 +1 @@\n${makeKey()}\n`);
    repo.commit('odd');
    const r = json(repo, 'diff', `${base}..HEAD`);
    // bin.dat is binary: read whole from its blob, its key found on the raw bytes (line 1, byte 3).
    expect(r.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual([...names.map((n) => `${n}:1`), 'tricky.txt:4', 'bin.dat:1'].sort());
  });

  it('finds keys in every encoding the detector reads (git is asked only for changes holding a literal)', () => {
    const repo = makeRepo();
    const base = repo.commitFile('base', 'x', '\n');
    const [plain, b64, esc] = [makeKey(), makeKey('svcacct', 74), makeKey('admin', 58)];
    // A wrapped block, wherever its line breaks fall (they may cut the encoded marker).
    const wrap = (k: string) => Buffer.from(`token=${k}`).toString('base64').replace(/.{76}/g, '$&\n');
    const wrapped = makeKey('proj', 74);
    repo.write('secret.yaml', `apiVersion: v1\nkind: Secret\ndata:\n  OPENAI_API_KEY: ${Buffer.from(b64).toString('base64')}\n`);
    repo.write('bundle.js', `var c={k:"\\u0022${esc}\\u0022"};`);
    repo.write('notebook.ipynb', JSON.stringify({ cells: [{ source: [`key = "${plain}"\n`] }] }));
    repo.write('wrapped.txt', `${wrap(wrapped)}\n`);
    repo.commit('encoded keys');
    const r = json(repo, 'diff', `${base}..HEAD`);
    expect(r.findings.map((f) => f.file).sort()).toEqual(['bundle.js', 'notebook.ipynb', 'secret.yaml', 'wrapped.txt']);
  });

  it('finds encoded keys in UTF-16 files, binary to git or made text by a diff attribute', () => {
    const repo = makeRepo();
    const base = repo.commitFile('base', 'x', '\n');
    const b64 = (k: string) => Buffer.from(`OPENAI_API_KEY=${k}`).toString('base64');
    const le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    repo.write('text16/.gitattributes', '* diff\n');
    repo.write('text16/base64.txt', le(`data: ${b64(makeKey())}\n`));
    repo.write('text16/hex.txt', le(`h = ${Buffer.from(makeKey()).toString('hex')}\n`));
    repo.write('bin16/base64.txt', le(`data: ${b64(makeKey())}\n`));
    repo.write('bin16/hex.txt', Buffer.from(`\ufeffh = ${Buffer.from(makeKey()).toString('hex')}\n`, 'utf16le').swap16());
    repo.commit('utf-16');
    const r = json(repo, 'diff', `${base}..HEAD`);
    expect(r.findings.map((f) => f.file).sort()).toEqual(['bin16/base64.txt', 'bin16/hex.txt', 'text16/base64.txt', 'text16/hex.txt']);
  });

  it('reads commits whose wrapped base64 or string literals cut the marker (git matches one line at a time)', () => {
    const repo = makeRepo();
    const base = repo.commitFile('base', 'x', '\n');
    const files: string[] = [];
    // A YAML block scalar of base64 wrapped at 61 columns, indented, CRLF: a file for each place a
    // line break can cut the marker's encoding (after its 1st to 9th character), at each alignment.
    for (let pad = 0, seen = new Set<string>(); seen.size < 27; pad++) {
      const key = makeKey('proj', 74);
      const plain = `${'#'.repeat(pad)}\nOPENAI_API_KEY=${key}\n`;
      const offset = plain.indexOf(MARKER);
      const cut = 61 - (Math.ceil((8 * offset) / 6) % 61);
      const name = `k8s/${offset % 3}-${cut}.yaml`;
      if (cut >= 10 || seen.has(name)) continue;
      seen.add(name);
      const block = Buffer.from(plain).toString('base64').match(/.{1,61}/g)!.map((l) => `    ${l}`).join('\r\n');
      repo.write(name, `kind: Secret\r\nstringData:\r\n  env: |\r\n${block}\r\n`);
      files.push(name);
    }
    // Literals cut through the marker after each of its characters, over two lines.
    for (let k = 1; k < MARKER.length; k++) {
      const key = makeKey('legacy', 20);
      const at = key.indexOf(MARKER) + k;
      repo.write(`src/split-${k}.py`, `KEY = ("${key.slice(0, at)}"\n       "${key.slice(at)}")\n`);
      files.push(`src/split-${k}.py`);
    }
    repo.commit('cut markers');
    expect(json(repo, 'diff', `${base}..HEAD`).findings.map((f) => f.file).sort()).toEqual(files.sort());
    expect(json(repo, 'history').findings.map((f) => f.file).sort()).toEqual(files.sort());
  });

  it('a bad range or a missing commit is one line and exit 2', () => {
    const repo = makeRepo();
    repo.commitFile('c', 'x', '\n');
    for (const [args, message] of [
      [['diff', 'nonsense'], /cannot read "nonsense" as a range/],
      [['diff'], /give a range <base>\.\.<head> or --base/],
      [['diff', `${'1'.repeat(40)}..HEAD`], /commit 1{40} is not in this clone and could not be fetched: .*fetch-depth: 0/],
    ] as const) {
      const r = runCli([...args], { cwd: repo.dir, env: repo.env });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const outside = runCli(['diff', 'a..b'], { cwd: tempDir() });
    expect(outside.stderr).toMatch(/^openai-key-scan: not inside a git repository/);
  });

  it('fetches missing commits into a shallow clone, within a bound', () => {
    const origin = makeRepo();
    origin.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    const base = origin.commitFile('base', 'a.ts', 'one\n');
    for (let i = 0; i < 3; i++) origin.commitFile(`c${i}`, `f${i}.ts`, `${i}\n`);
    origin.write('k.ts', `k = "${makeKey()}"\n`);
    const head = origin.commit('key');
    const clone = tempDir();
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin.dir}`, clone], { env: origin.env });
    const r = runCli(['diff', `${base}..${head}`, '-f', 'json'], { cwd: clone, env: origin.env });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['k.ts']);
  });
});

describe('history', () => {
  it('scans every commit on every ref, each key once with the commit that introduced it', () => {
    const repo = makeRepo();
    repo.write('a.ts', `k = "${makeKey()}"\n`);
    const first = repo.commit('key on main');
    repo.write('a.ts', 'clean\n');
    repo.commit('removed');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('b.ts', `k = "${makeKey('svcacct', 74)}"\n`);
    const onBranch = repo.commit('key on a branch');
    repo.git('checkout', '-q', 'main');
    const r = json(repo, 'history');
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [f.file, f.commit])).toEqual([
      ['a.ts', first],
      ['b.ts', onBranch],
    ]);
  });

  it('history reads merge commits by default (--no-include-merges skips them); diff only with --include-merges: what a merge adds beyond git\'s own merge', () => {
    const repo = makeRepo();
    repo.write('a.ts', 'one\n');
    const base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('a.ts', 'feature\n');
    repo.write('b.ts', `k = "${makeKey('svcacct', 74)}"\n`);
    const onBranch = repo.commit('feature work with a key');
    repo.git('checkout', '-q', 'main');
    repo.write('a.ts', 'main\n');
    repo.commit('main work');
    // A conflicted merge whose resolution brings in a key no parent has (an "evil merge").
    spawnSync('git', ['merge', '-q', 'feature'], { cwd: repo.dir, env: repo.env });
    repo.write('a.ts', `const k = "${makeKey()}";\n`);
    const merge = repo.commit('merge feature');
    const found = (...args: string[]) => json(repo, ...args).findings.map((f) => [f.file, f.commit]).sort();
    expect(found('history', '--no-include-merges')).toEqual([['b.ts', onBranch]]);
    expect(found('history')).toEqual([
      ['a.ts', merge],
      ['b.ts', onBranch],
    ]);
    expect(found('diff', `${base}..HEAD`)).toEqual([['b.ts', onBranch]]);
    expect(found('diff', `${base}..HEAD`, '--include-merges')).toEqual([
      ['a.ts', merge],
      ['b.ts', onBranch],
    ]);
  });

  it('in a shallow clone, says that history is incomplete and how to fetch the rest', () => {
    const origin = makeRepo();
    origin.write('a.ts', `k = "${makeKey()}"\n`);
    origin.commit('key');
    origin.write('a.ts', 'clean\n');
    origin.commit('removed');
    const clone = tempDir();
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin.dir}`, clone], { env: origin.env });
    const r = runCli(['history'], { cwd: clone, env: origin.env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: this clone is shallow: history covers only the 1 commit\(s\) it holds; .*git fetch --unshallow/);
    // The full clone finds the key the shallow one cannot see, and does not warn.
    const full = runCli(['history'], { cwd: origin.dir, env: origin.env });
    expect(full.code).toBe(1);
    expect(full.stderr).not.toMatch(/shallow/);
  });

  it('says so in a repository with no commits', () => {
    const repo = makeRepo();
    const r = runCli(['history'], { cwd: repo.dir, env: repo.env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no commits yet/);
  });
});

describe('the git log parser', () => {
  it('reads the same fragments wherever the chunks happen to split the stream', () => {
    const sha = (c: string) => c.repeat(40);
    const header = (c: string, t: number, email: string) => `\x01oks\0${sha(c)}\0${t}\0 2026-01-01T00:00:00Z\0${email}\0`;
    const stream = Buffer.from(
      [
        header('a', 1, 'a@x'),
        '',
        'diff --git a/f.ts b/f.ts',
        'index 0000000000000000000000000000000000000000..1111111111111111111111111111111111111111',
        '--- /dev/null',
        '+++ b/f.ts',
        '@@ -0,0 +1,2 @@',
        '+one',
        '+++ b/not-a-header',
        // An author email git fsck accepts but no regex over a line reads: U+2028 and a carriage return.
        header('b', 2, 'odd\u2028mail\r@x'),
        '',
        'diff --git a/g.ts b/g.ts',
        '--- a/g.ts',
        '+++ b/g.ts',
        '@@ -3 +3 @@',
        '-old',
        '+new',
        '',
      ].join('\n'),
    );
    const read = (size: number) => {
      const out: Fragment[] = [];
      const parser = new LogParser((f) => out.push(f), []);
      for (let i = 0; i < stream.length; i += size) parser.push(stream.subarray(i, i + size));
      parser.end();
      return { out, unparsed: parser.unparsed };
    };
    for (let size = 1; size <= stream.length; size += size < 16 ? 1 : 7) {
      const { out, unparsed } = read(size);
      expect(unparsed).toBe(0);
      expect(out.map((f) => [f.path, String(f.content), f.lineMap, f.origin.commit, f.origin.author])).toEqual([
        ['f.ts', 'one\n++ b/not-a-header', [1, 2], sha('a'), 'a@x'],
        ['g.ts', 'new', [3], sha('b'), 'odd\u2028mail\r@x'],
      ]);
    }
  });
});
