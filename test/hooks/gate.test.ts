import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { KEY_RULES } from '../../src/rules/keys.js';
import { RISK_SAMPLES } from '../../src/rules/risks.samples.js';
import { PKG } from '../helpers/built.js';
import { encode, fill, makeKey, MARKER } from '../helpers/keys.js';
import { makeRepo, tempDir, type Repo } from '../helpers/repo.js';

/**
 * The hook's gate, dist/staged.sh (the `openai-key-scan-staged` bin, src/hooks/gate.ts): a commit
 * that cannot hold a key passes with two git processes and no Node; anything else goes to the
 * scanner. Its one way to fail is to pass a commit the scanner would stop, so the first test
 * stages every sample the rules carry and every encoding the detector reads, asks the real
 * scanner which files hold a finding, and checks the gate hands each of those to the scanner.
 */
const GATE = path.join(PKG, 'dist/staged.sh');

/** A `node` first on PATH that records each start (and, unless `real`, stands in for the scanner: exit 3). */
function fakeNode(real: boolean): { dir: string; log: string; starts(): string[] } {
  const dir = tempDir('oks-fake-node-');
  const log = path.join(dir, 'starts.log');
  writeFileSync(log, '');
  const tail = real ? `exec '${process.execPath}' "$@"` : 'exit 3';
  writeFileSync(path.join(dir, 'node'), `#!/bin/sh\necho "node $*" >> '${log}'\n${tail}\n`, { mode: 0o755 });
  return { dir, log, starts: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

function gate(repo: Repo, args: string[], node: { dir: string }, shell = 'sh') {
  return spawnSync(shell, [GATE, ...args], {
    cwd: repo.dir,
    env: { ...repo.env, PATH: `${node.dir}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' },
    encoding: 'utf8',
  });
}

/** Every sample and encoding, each in its own file: name -> content. */
function samples(): Map<string, string | Buffer> {
  const files = new Map<string, string | Buffer>();
  KEY_RULES.forEach((rule, r) => rule.samples.match.forEach((s, i) => files.set(`keys/${r}-${i}.txt`, fill(s).text)));
  Object.entries(RISK_SAMPLES).forEach(([id, { match }]) =>
    match.forEach((s, i) => {
      const { text, path: where = 'src/app.ts' } = typeof s === 'string' ? { text: s } : s;
      files.set(`risks/${id}-${i}/${where}`, fill(text).text);
    }),
  );
  const key = () => makeKey('proj', 74);
  for (const form of ['wrapped76', 'dashes-u', 'dashes-entity', 'entities', 'percent', 'hex', 'qp', 'ansi', 'split', 'split-implicit', 'split-marker']) {
    files.set(`enc/${form}.txt`, `const v = ${encode(form, key())};\n`);
  }
  for (const shift of ['', 'a', 'ab']) files.set(`enc/base64-${shift.length}.txt`, `x: ${Buffer.from(`${shift}${key()}`).toString('base64')}\n`);
  for (const width of [60, 64, 72, 80]) {
    // Wrapped base64 where a line break may cut the encoded marker, indented as in YAML.
    const b64 = Buffer.from(`OPENAI_API_KEY=${key()}\n`).toString('base64');
    files.set(`enc/wrapped-${width}.yaml`, `data: |\n${b64.match(new RegExp(`.{1,${width}}`, 'g'))!.map((l) => `    ${l}`).join('\n')}\n`);
  }
  files.set('enc/utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`key = "${key()}"\n`, 'utf16le')]));
  files.set('enc/utf16be.txt', Buffer.from(`\ufeffkey = "${key()}"\n`, 'utf16le').swap16());
  files.set('enc/key.txt.gz', gzipSync(`OPENAI_API_KEY=${key()}\n`));
  // UTF-16 that a `diff` attribute has git diff as text: its lines hold the literals with a NUL
  // between every two characters.
  files.set('enc/text16/.gitattributes', '* diff\n');
  const b64 = (k: string) => Buffer.from(`OPENAI_API_KEY=${k}`).toString('base64');
  files.set('enc/text16/plain-le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`key = "${key()}"\n`, 'utf16le')]));
  files.set('enc/text16/base64-le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`data: ${b64(key())}\n`, 'utf16le')]));
  files.set('enc/text16/base64-be.txt', Buffer.from(`\ufeffdata: ${b64(key())}\n`, 'utf16le').swap16());
  files.set('enc/text16/hex-le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`h = ${Buffer.from(key()).toString('hex')}\n`, 'utf16le')]));
  files.set('enc/nul.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(key()), Buffer.from([0])]));
  files.set('enc/escaped-x.txt', `"${[...key()].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('')}"\n`);
  files.set('enc/escaped-u.txt', `"${[...key()].map((c) => `\\u00${c.charCodeAt(0).toString(16)}`).join('')}"\n`);
  return files;
}

describe('the hook gate (openai-key-scan-staged)', () => {
  it('hands every staged file the scanner finds something in to the scanner: all rule samples and encodings', () => {
    const repo = makeRepo();
    repo.commitFile('init', 'README.md', 'hi\n');
    const files = samples();
    for (const [name, content] of files) repo.write(name, content);
    repo.git('add', '.');
    // The real scanner, once over everything: which files hold a finding (a key or a risk).
    const scan = spawnSync(process.execPath, [path.join(PKG, 'dist/cli.cjs'), 'staged', '--format', 'json', '--fail-on', 'none'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(scan.status, scan.stderr).toBe(0);
    const report = JSON.parse(scan.stdout) as { findings: Array<{ file: string }> };
    const flagged = [...new Set(report.findings.map((f) => f.file.split('!')[0]!))].sort();
    // Not vacuous: nearly every sample is a finding, in every group.
    expect(flagged.length).toBeGreaterThan(files.size * 0.8);
    for (const group of ['keys/', 'risks/', 'enc/']) expect(flagged.some((f) => f.startsWith(group)), group).toBe(true);
    for (const enc of ['enc/utf16le.txt', 'enc/key.txt.gz', 'enc/wrapped-64.yaml', 'enc/wrapped76.txt', 'enc/split-marker.txt', 'enc/text16/base64-le.txt', 'enc/text16/base64-be.txt']) {
      expect(flagged).toContain(enc);
    }

    const node = fakeNode(false);
    const passed: string[] = [];
    for (const file of flagged) {
      const r = gate(repo, ['-q', '--', file], node);
      if (r.status !== 3) passed.push(`${file}: exit ${r.status} ${r.stdout}${r.stderr}`);
    }
    expect(passed).toEqual([]);
    expect(node.starts()).toHaveLength(flagged.length);
  });

  it('passes a commit with no key-shaped line without starting Node, and says so', () => {
    const repo = makeRepo();
    // Old lines may hold anything: only what the commit adds is judged.
    repo.commitFile('init', 'src/old.ts', `export const marker = '${MARKER}';\n`);
    repo.write('src/old.ts', `export const marker = '${MARKER}';\nexport const more = 1;\n`);
    repo.write('src/new file.ts', 'export const b = 2;\n');
    repo.git('add', '.');
    const node = fakeNode(false);
    const r = gate(repo, [], node);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("No OpenAI keys found. 2 staged file(s): no line this commit adds holds anything key-shaped.\n");
    expect(gate(repo, ['-q'], node).stdout).toBe('');
    expect(node.starts()).toEqual([]);
  });

  it('hands the scanner everything it does not decide itself: other arguments, git failing, a binary file', () => {
    const repo = makeRepo();
    repo.commitFile('init', 'README.md', 'hi\n');
    repo.write('a.ts', 'export const a = 1;\n');
    repo.git('add', '.');
    const node = fakeNode(false);
    for (const args of [['--all-lines'], ['-v'], ['a.ts'], ['--format', 'json'], ['-q', '--debug']]) {
      const r = gate(repo, args, node);
      expect(r.status, args.join(' ')).toBe(3);
    }
    expect(node.starts()).toEqual([
      expect.stringMatching(/cli\.cjs staged --all-lines$/),
      expect.stringMatching(/cli\.cjs staged -v$/),
      expect.stringMatching(/cli\.cjs staged a\.ts$/),
      expect.stringMatching(/cli\.cjs staged --format json$/),
      expect.stringMatching(/cli\.cjs staged -q --debug$/),
    ]);
    // A file git diffs as binary, whatever it holds (an image here): the scanner reads it.
    repo.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    repo.git('add', 'logo.png');
    expect(gate(repo, ['-q'], node).status).toBe(3);
    expect(node.starts().at(-1)).toMatch(/cli\.cjs staged -q --$/);
    // git fails (not a repository): the real scanner says so, exit 2.
    const outside = { ...repo, dir: tempDir() };
    const real = fakeNode(true);
    const r = gate(outside, [], real);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^openai-key-scan: not inside a git repository/);
    expect(real.starts()).toHaveLength(1);
  });

  it('takes file names after -- as names (spaces, a newline, a leading dash, pathspec magic)', () => {
    const repo = makeRepo();
    repo.commitFile('init', 'README.md', 'hi\n');
    const names = ['a b.ts', 'new\nline.ts', '-x.ts', ':(glob)*.ts', 'é.ts'];
    for (const n of names) repo.write(n, 'export const clean = 1;\n');
    repo.write('leak.ts', `export const k = "${makeKey()}";\n`);
    repo.git('add', '.');
    const node = fakeNode(false);
    const clean = gate(repo, ['--', ...names], node);
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toContain('5 staged file(s)');
    // `:(glob)*.ts` is a name, not a pattern that would take in leak.ts.
    expect(node.starts()).toEqual([]);
    expect(gate(repo, ['--', 'a b.ts', 'leak.ts'], node).status).toBe(3);
    expect(node.starts()).toEqual([expect.stringMatching(/cli\.cjs staged -- a b\.ts leak\.ts$/)]);
  });

  it('runs under dash and bash, and through a symlinked bin (as npm links it) finds the CLI beside it', () => {
    const repo = makeRepo();
    repo.commitFile('init', 'README.md', 'hi\n');
    repo.write('leak.ts', `export const k = "${makeKey()}";\n`);
    repo.git('add', '.');
    const bin = tempDir('oks-bin-');
    symlinkSync(GATE, path.join(bin, 'openai-key-scan-staged'));
    const real = fakeNode(true);
    for (const shell of ['dash', 'bash'].filter((s) => existsSync(`/bin/${s}`))) {
      const r = spawnSync(shell, [path.join(bin, 'openai-key-scan-staged')], { cwd: repo.dir, env: { ...repo.env, PATH: `${real.dir}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' }, encoding: 'utf8' });
      expect(r.status, `${shell}: ${r.stderr}`).toBe(1);
      expect(r.stdout).toContain('leak.ts');
    }
    expect(real.starts().length).toBeGreaterThan(0);
  });
});
