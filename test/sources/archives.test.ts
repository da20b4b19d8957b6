import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { packTar } from 'modern-tar';
import { describe, expect, it } from 'vitest';
import { scanHistory, scanRange, scanStaged, scanStdin, scanTree as scan } from '../../src/run/modes.js';
import type { Report } from '../../src/types.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, runCli, tempDir } from '../helpers/repo.js';

/**
 * Keys inside binary files and archives (issue 15): every container is built at test time with the
 * system's zip/tar/gzip or a few lines here (crx, asar), with generated keys; members never touch disk
 * when scanned.
 */

/** Write `files` under a fresh folder `src/` and return it. */
function stage(files: Record<string, string | Buffer>): string {
  const dir = tempDir('oks-arc-src-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function zip(out: string, files: Record<string, string | Buffer>, flags: string[] = []): void {
  const src = stage(files);
  execFileSync('zip', ['-q', '-r', ...flags, out, '.'], { cwd: src });
}

function tgz(out: string, files: Record<string, string | Buffer>): void {
  const src = stage(files);
  execFileSync('tar', ['-czf', out, '-C', src, ...Object.keys(files)]);
}

/** A Chrome extension: `Cr24`, version 3, a header of `n` bytes, then the zip. */
function crx(out: string, zipFile: string): void {
  const header = Buffer.alloc(12);
  header.write('Cr24', 0, 'latin1');
  header.writeUInt32LE(3, 4);
  header.writeUInt32LE(8, 8);
  writeFileSync(out, Buffer.concat([header, Buffer.alloc(8, 7), readFileSync(zipFile)]));
}

/** Electron's asar: pickle(header size), pickle(JSON header), then the files' bytes. */
function asar(out: string, files: Record<string, string>): void {
  const tree: Record<string, unknown> = {};
  const datas: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const parts = name.split('/');
    let node = tree;
    for (const dir of parts.slice(0, -1)) node = ((node[dir] ??= { files: {} }) as { files: Record<string, unknown> }).files;
    const data = Buffer.from(content);
    node[parts.at(-1)!] = { size: data.length, offset: String(offset) };
    datas.push(data);
    offset += data.length;
  }
  const json = Buffer.from(JSON.stringify({ files: tree }));
  const padded = (json.length + 3) & ~3;
  const headerPickle = Buffer.alloc(8 + padded);
  headerPickle.writeUInt32LE(4 + padded, 0);
  headerPickle.writeUInt32LE(json.length, 4);
  json.copy(headerPickle, 8);
  const sizePickle = Buffer.alloc(8);
  sizePickle.writeUInt32LE(4, 0);
  sizePickle.writeUInt32LE(headerPickle.length, 4);
  writeFileSync(out, Buffer.concat([sizePickle, headerPickle, ...datas]));
}

const found = (r: Report) => r.findings.map((f) => ({ file: f.file, exposure: f.exposure, severity: f.severity }));

describe('keys inside archives, in a tree scan', () => {
  it.each([
    ['app.zip', 'config/settings.json', undefined],
    ['lib.jar', 'com/example/Config.properties', undefined],
    ['site.war', 'WEB-INF/web.xml', undefined],
    ['pkg-1.0-py3-none-any.whl', 'pkg/settings.py', ['published-package']],
    ['app.apk', 'assets/index.android.bundle', ['app-package']],
    ['app.ipa', 'Payload/App.app/main.jsbundle', ['app-package']],
    ['ext.vsix', 'extension/dist/extension.js', ['client-bundle', 'app-package']],
    ['addon.xpi', 'background.js', ['app-package']],
    ['report.docx', 'word/document.xml', undefined],
  ] as const)('%s: a key in %s', async (archive, member, exposure) => {
    const dir = tempDir();
    const key = makeKey();
    zip(path.join(dir, archive), { [member]: `const OPENAI = "${key}";\n`, 'README.txt': 'nothing\n' });
    const report = await scan({ cwd: dir });
    expect(found(report)).toEqual([{ file: `${archive}!${member}`, exposure, severity: exposure ? 'critical' : 'high' }]);
    expect(report.findings[0]!.line).toBe(1);
    expect(report.findings[0]!.column).toBe(17);
    expect(report.stats.archives).toMatchObject({ opened: 1, members: 2 });
    if (exposure) expect(report.findings[0]!.message).toMatch(/everyone who installs/);
  });

  it('a stored (uncompressed) member and a deflated one are both read', async () => {
    const dir = tempDir();
    zip(path.join(dir, 'stored.zip'), { 'a.txt': `k=${makeKey()}\n` }, ['-0']);
    zip(path.join(dir, 'deflated.zip'), { 'a.txt': `k=${makeKey()}\n`.repeat(1) + 'x'.repeat(5000) }, ['-9']);
    expect(found(await scan({ cwd: dir })).map((f) => f.file)).toEqual(['deflated.zip!a.txt', 'stored.zip!a.txt']);
  });

  it('a Chrome extension (.crx: a header before the zip)', async () => {
    const dir = tempDir();
    const scratch = tempDir();
    zip(path.join(scratch, 'ext.zip'), { 'js/background.js': `fetch(u, {headers: {Authorization: "Bearer ${makeKey()}"}})` });
    crx(path.join(dir, 'ext.crx'), path.join(scratch, 'ext.zip'));
    expect(found(await scan({ cwd: dir }))).toEqual([{ file: 'ext.crx!js/background.js', exposure: ['app-package'], severity: 'critical' }]);
  });

  it('an Electron app.asar', async () => {
    const dir = tempDir();
    asar(path.join(dir, 'app.asar'), { 'package.json': '{"name":"app"}', 'dist/main.js': `const key = '${makeKey()}';` });
    expect(found(await scan({ cwd: dir }))).toEqual([{ file: 'app.asar!dist/main.js', exposure: ['app-package'], severity: 'critical' }]);
  });

  it('an npm tarball (package/…) is a published package; another .tgz is not', async () => {
    const dir = tempDir();
    tgz(path.join(dir, 'my-lib-1.0.0.tgz'), { 'package/package.json': '{"name":"my-lib"}', 'package/dist/index.js': `export const k = "${makeKey()}";` });
    tgz(path.join(dir, 'backup.tar.gz'), { 'etc/app.env': `OPENAI_API_KEY=${makeKey()}\n` });
    expect(found(await scan({ cwd: dir }))).toEqual([
      { file: 'backup.tar.gz!etc/app.env', exposure: undefined, severity: 'high' },
      { file: 'my-lib-1.0.0.tgz!package/dist/index.js', exposure: ['client-bundle', 'published-package'], severity: 'critical' },
    ]);
  });

  it('a plain .tar, and a gzip of one file', async () => {
    const dir = tempDir();
    const src = stage({ 'notes/keys.md': `key: ${makeKey()}\n` });
    execFileSync('tar', ['-cf', path.join(dir, 'notes.tar'), '-C', src, 'notes/keys.md']);
    writeFileSync(path.join(dir, 'dump.json.gz'), gzipSync(`{"key": "${makeKey()}"}`));
    expect(found(await scan({ cwd: dir })).map((f) => f.file)).toEqual(['dump.json.gz!dump.json', 'notes.tar!notes/keys.md']);
  });

  it('nested archives: a zip in a jar is opened at the default depth; deeper ones are read as binary, with a warning', async () => {
    const dir = tempDir();
    const scratch = tempDir();
    const key = makeKey();
    zip(path.join(scratch, 'inner.zip'), { 'secret.txt': `k=${key}\n` }, ['-0']);
    zip(path.join(scratch, 'middle.zip'), { 'inner.zip': readFileSync(path.join(scratch, 'inner.zip')) }, ['-0']);
    zip(path.join(dir, 'outer.jar'), { 'lib/middle.zip': readFileSync(path.join(scratch, 'middle.zip')) }, ['-0']);
    zip(path.join(dir, 'two.zip'), { 'inner.zip': readFileSync(path.join(scratch, 'inner.zip')) });
    const report = await scan({ cwd: dir });
    expect(found(report).map((f) => f.file)).toEqual(['outer.jar!lib/middle.zip!inner.zip', 'two.zip!inner.zip!secret.txt']);
    // Past the depth the inner zip is read raw: its stored member still shows, by byte offset.
    expect(report.findings[0]!.encoding).toBe('binary');
    expect(report.stats.archives!.reasons).toEqual({ depth: 1 });
    expect(report.warnings.some((w) => w.message.includes('outer.jar!lib/middle.zip!inner.zip') && w.message.includes('--max-archive-depth'))).toBe(true);
    // Depth 1: archives, not archives in archives; depth 0: archives are binary files.
    expect(found(await scan({ cwd: dir, maxArchiveDepth: 3 })).map((f) => f.file)).toEqual(['outer.jar!lib/middle.zip!inner.zip!secret.txt', 'two.zip!inner.zip!secret.txt']);
    const off = await scan({ cwd: dir, maxArchiveDepth: 0 });
    expect(found(off).map((f) => f.file)).toContain('outer.jar');
    expect(off.findings.every((f) => f.encoding === 'binary')).toBe(true);
    expect(off.stats.archives).toBeUndefined();
  });

  it('the member path is what a finding names in JSON, SARIF and annotations point at the outer file', async () => {
    const dir = tempDir();
    const key = makeKey();
    zip(path.join(dir, 'ext.vsix'), { 'extension/main.js': `\n\nconst k = "${key}";` });
    const json = runCli(['--format', 'json'], { cwd: dir });
    expect(json.code).toBe(1);
    expect(json.stdout).not.toContain(key);
    const f = JSON.parse(json.stdout).findings[0];
    expect([f.file, f.line, f.column, f.exposure, f.severity]).toEqual(['ext.vsix!extension/main.js', 3, 12, ['app-package'], 'critical']);
    const sarif = JSON.parse(runCli(['--format', 'sarif'], { cwd: dir }).stdout);
    const loc = sarif.runs[0].results[0].locations[0].physicalLocation;
    expect(loc).toEqual({ artifactLocation: { uri: 'ext.vsix', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } });
    expect(sarif.runs[0].results[0].message.text).toContain('inside the archive at extension/main.js, line 3');
    const gh = runCli(['--format', 'github'], { cwd: dir, env: { ...process.env, GITHUB_STEP_SUMMARY: '' } });
    expect(gh.stdout).toMatch(/::error title=openai-project-key \(critical\),file=ext\.vsix,line=1::/);
    expect(gh.stdout + gh.stderr).not.toContain(key);
  });
});

describe('binary files', () => {
  it('a key in binary content is found on the raw bytes, with its byte offset', async () => {
    const dir = tempDir();
    const key = makeKey();
    const other = makeKey('svcacct');
    const head = Buffer.from('SQLite format 3\0\0\0\x01\x02', 'latin1');
    const blob = Buffer.concat([head, Buffer.alloc(100), Buffer.from(key), Buffer.from([0, 10, 0xff]), Buffer.from(other), Buffer.alloc(10)]);
    writeFileSync(path.join(dir, 'app.db'), blob);
    const report = await scan({ cwd: dir });
    const offset = head.length + 100;
    expect(report.findings.map((f) => [f.file, f.encoding, f.offset, f.line, f.column, f.ruleId])).toEqual([
      ['app.db', 'binary', offset, 1, offset + 1, 'openai-project-key'],
      ['app.db', 'binary', offset + key.length + 3, 1, offset + key.length + 4, 'openai-service-account-key'],
    ]);
    expect(report.findings[1]!.excerpt).toMatch(/^…?.*sk-svcacct-…/);
    expect(report.findings[0]!.message).toContain(`in a binary file at byte ${offset}`);
    expect(JSON.stringify(report)).not.toContain(key);
    expect(report.stats.skipped.binary).toBe(0);
    expect(report.stats.files).toBe(1);
  });

  it('risk rules do not run on binary content', async () => {
    const dir = tempDir();
    // Joined at run time: this file itself must not hold what the risk rules look for.
    const risky = [`${['NEXT', 'PUBLIC', 'OPENAI', 'API', 'KEY'].join('_')}=abcdefghijklmnopqrstuvwxyz123456`, `${'dangerously'}${'AllowBrowser'}: true`].join('\n');
    writeFileSync(path.join(dir, 'blob.bin'), Buffer.concat([Buffer.alloc(4), Buffer.from(`${risky}\n`)]));
    const report = await scan({ cwd: dir });
    expect(report.findings).toEqual([]);
    expect(report.stats.files).toBe(1);
  });

  it('a binary file larger than a window is read window by window, offsets in the whole file', async () => {
    const dir = tempDir();
    const key = makeKey();
    const size = 40 * 1024 * 1024;
    const blob = Buffer.alloc(size);
    const at = 16 * 1024 * 1024 - 30; // across the first window's edge
    blob.write(key, at, 'latin1');
    blob.write(key, size - 500, 'latin1');
    writeFileSync(path.join(dir, 'big.bin'), blob);
    const report = await scan({ cwd: dir });
    expect(report.findings.map((f) => f.offset)).toEqual([at, size - 500]);
    expect(report.stats.files).toBe(1);
    expect(report.stats.bytes).toBe(size);
  });
});

describe('hostile archives end with a warning, never a crash', () => {
  it('a member past --max-archive-size (a bomb that declares its size)', async () => {
    const dir = tempDir();
    zip(path.join(dir, 'bomb.zip'), { 'a.txt': `k=${makeKey()}\n`, 'zeros.bin': Buffer.alloc(4 * 1024 * 1024) });
    const report = await scan({ cwd: dir, maxArchiveSize: 1024 * 1024 });
    expect(report.stats.archives!.reasons).toEqual({ size: 1 });
    expect(report.stats.skipped.archive).toBe(1);
    expect(report.warnings.map((w) => w.message).join('\n')).toMatch(/bomb\.zip: decompressed size over --max-archive-size/);
    // Bytes read stay under the cap: the member was refused before it was inflated.
    expect(report.stats.bytes).toBeLessThan(1024 * 1024 + 4096);
  });

  it('a gzip whose ratio no real data has', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'zeros.gz'), gzipSync(Buffer.alloc(24 * 1024 * 1024), { level: 9 }));
    const report = await scan({ cwd: dir });
    expect(report.stats.archives!.reasons).toEqual({ ratio: 1 });
    expect(report.warnings.map((w) => w.message).join('\n')).toMatch(/zip bomb/);
    expect(report.stats.bytes).toBe(0);
  });

  it('a gzip past --max-archive-size stops at the cap', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.gz'), gzipSync(Buffer.alloc(3 * 1024 * 1024, 'a')));
    const report = await scan({ cwd: dir, maxArchiveSize: 1024 * 1024 });
    expect(report.stats.archives!.reasons).toEqual({ size: 1 });
  });

  it('a truncated zip is a warning, and its raw bytes are still read', async () => {
    const dir = tempDir();
    const scratch = tempDir();
    zip(path.join(scratch, 'whole.zip'), { 'a.txt': `k=${makeKey()}\n`, 'b.bin': Buffer.alloc(50000, 1) }, ['-0']);
    const whole = readFileSync(path.join(scratch, 'whole.zip'));
    // The end-of-central-directory record (22 bytes) is gone.
    writeFileSync(path.join(dir, 'cut.zip'), whole.subarray(0, whole.length - 10));
    const report = await scan({ cwd: dir });
    expect(report.stats.archives!.reasons).toEqual({ corrupt: 1 });
    expect(report.findings.map((f) => [f.file, f.encoding])).toEqual([['cut.zip', 'binary']]);
  });

  it('a truncated tgz: what is there is read, with a warning', async () => {
    const dir = tempDir();
    const scratch = tempDir();
    tgz(path.join(scratch, 'p.tgz'), { 'package/a.js': `k="${makeKey()}"`, 'package/big.bin': Buffer.from(Array.from({ length: 200000 }, (_, i) => (i * 7919) % 251)) });
    const whole = readFileSync(path.join(scratch, 'p.tgz'));
    writeFileSync(path.join(dir, 'p.tgz'), whole.subarray(0, Math.floor(whole.length / 2)));
    const report = await scan({ cwd: dir });
    expect(report.stats.archives!.reasons.corrupt).toBeGreaterThanOrEqual(1);
    expect(report.findings.map((f) => f.file)).toEqual(['p.tgz!package/a.js']);
  });

  it('garbage after a zip signature, an asar with a bad header, a crx with a lying header', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'junk.zip'), Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(300, 0xff)]));
    writeFileSync(path.join(dir, 'bad.asar'), Buffer.concat([Buffer.from([4, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f]), Buffer.alloc(40)]));
    const crxHead = Buffer.alloc(12);
    crxHead.write('Cr24', 0, 'latin1');
    crxHead.writeUInt32LE(3, 4);
    crxHead.writeUInt32LE(0x7fffffff, 8);
    writeFileSync(path.join(dir, 'bad.crx'), crxHead);
    const report = await scan({ cwd: dir });
    expect(report.stats.archives!.reasons).toEqual({ corrupt: 3 });
    expect(report.stats.files).toBe(3); // each read raw
  });

  it('an encrypted member is a counted skip; the other members are read', async () => {
    const dir = tempDir();
    zip(path.join(dir, 'locked.zip'), { 'secret.txt': `k=${makeKey()}\n` }, ['-P', 'hunter2']);
    const scratch = tempDir();
    zip(path.join(scratch, 'open.zip'), { 'plain.txt': `k=${makeKey()}\n` });
    execFileSync('zip', ['-q', '-j', path.join(dir, 'locked.zip'), path.join(scratch, 'open.zip')]);
    const report = await scan({ cwd: dir });
    expect(report.stats.archives!.reasons).toEqual({ encrypted: 1 });
    expect(report.findings.map((f) => f.file)).toEqual(['locked.zip!open.zip!plain.txt']);
    expect(report.warnings.map((w) => w.message).join('\n')).toContain('locked.zip!secret.txt: encrypted member');
  });

  it('member names with ../ or an absolute path are read, with a warning', async () => {
    const dir = tempDir();
    const key = makeKey();
    const tar = await packTar([
      { header: { name: '../../etc/evil.js', size: key.length + 4, type: 'file' }, body: `k="${key}"` },
      { header: { name: '/abs/path.js', size: 5, type: 'file' }, body: 'hello' },
    ]);
    writeFileSync(path.join(dir, 'evil.tar'), tar);
    const report = await scan({ cwd: dir });
    expect(report.findings.map((f) => f.file)).toEqual(['evil.tar!../../etc/evil.js']);
    expect(report.stats.archives!.reasons).toEqual({ unsafeName: 2 });
    expect(report.stats.skipped.archive).toBe(0);
  });

  it('a rejected --max-archive-depth is a usage error', () => {
    const dir = tempDir();
    const r = runCli(['--max-archive-depth', '-1'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-archive-depth/);
  });
});

describe('archives and binary files in every mode', () => {
  /** A repository with a first commit, then a vsix (deflated), a tgz and a binary blob added. */
  function repoWithPackages() {
    const repo = makeRepo();
    repo.write('README.md', 'hello\n');
    const first = repo.commit('init');
    const scratch = tempDir();
    zip(path.join(scratch, 'ext.vsix'), { 'extension/main.js': `const k = "${makeKey()}";\n` + 'x'.repeat(2000) }, ['-9']);
    tgz(path.join(scratch, 'lib.tgz'), { 'package/index.js': `module.exports = "${makeKey()}";` });
    repo.write('pkg/ext.vsix', readFileSync(path.join(scratch, 'ext.vsix')));
    repo.write('vendor/lib.tgz', readFileSync(path.join(scratch, 'lib.tgz')));
    repo.write('data/app.db', Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(64), Buffer.from(makeKey())]));
    return { repo, first };
  }
  const EXPECTED = [
    ['data/app.db', 'binary', undefined],
    ['pkg/ext.vsix!extension/main.js', 'plain', ['app-package']],
    ['vendor/lib.tgz!package/index.js', 'plain', ['published-package']],
  ];
  const shape = (r: Report) => r.findings.map((f) => [f.file, f.encoding, f.exposure]);

  it('staged: a staged archive and a staged binary blob', async () => {
    const { repo } = repoWithPackages();
    repo.git('add', '.');
    const report = await scanStaged({ cwd: repo.dir });
    expect(shape(report)).toEqual(EXPECTED);
    expect(report.exitCode).toBe(1);
  });

  it('diff and history: archives and binary blobs a commit adds, with that commit', async () => {
    const { repo, first } = repoWithPackages();
    const added = repo.commit('add packages');
    const range = await scanRange({ cwd: repo.dir, base: first, head: added });
    expect(shape(range)).toEqual(EXPECTED);
    expect(range.findings.every((f) => f.commit === added)).toBe(true);
    const history = await scanHistory({ cwd: repo.dir });
    expect(shape(history)).toEqual(EXPECTED);
    // --max-archive-depth 0: the compressed archives are not read (the raw blob holds no key), the binary blob is.
    expect(shape(await scanHistory({ cwd: repo.dir, maxArchiveDepth: 0 }))).toEqual([EXPECTED[0]]);
  });
});

describe('standard input', () => {
  async function* chunks(buf: Buffer, size = 1 << 20) {
    for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
  }

  it('an archive piped in is opened, named by --stdin-filename', async () => {
    const scratch = tempDir();
    zip(path.join(scratch, 'ext.vsix'), { 'extension/main.js': `const k = "${makeKey()}";` });
    const report = await scanStdin({ cwd: scratch, filename: 'ext.vsix', input: chunks(readFileSync(path.join(scratch, 'ext.vsix'))) });
    expect(found(report)).toEqual([{ file: 'ext.vsix!extension/main.js', exposure: ['app-package'], severity: 'critical' }]);
  });

  it('binary input larger than a window is read window by window, by byte offset', async () => {
    const key = makeKey();
    const blob = Buffer.alloc(20 * 1024 * 1024);
    const at = 16 * 1024 * 1024 - 20;
    blob.write(key, at, 'latin1');
    const report = await scanStdin({ cwd: tempDir(), filename: 'dump.bin', input: chunks(blob) });
    expect(report.findings.map((f) => [f.file, f.encoding, f.offset])).toEqual([['dump.bin', 'binary', at]]);
    expect(report.stats.skipped.binary).toBe(0);
  });
});
