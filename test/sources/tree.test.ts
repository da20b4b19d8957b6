import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanTree } from '../../src/run/modes.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, tempDir } from '../helpers/repo.js';

const files = (r: Awaited<ReturnType<typeof scanTree>>) => r.findings.map((f) => f.file);

describe('tree scan in a git repository', () => {
  it('reads tracked and untracked-not-ignored files, not ignored ones', async () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'secret.txt\ndist/\n');
    repo.write('tracked.ts', `const k = "${makeKey()}";\n`);
    repo.commit('init');
    repo.write('untracked.ts', `k=${makeKey('svcacct', 74)}\n`);
    repo.write('secret.txt', `k=${makeKey()}\n`);
    repo.write('dist/app.js', `k="${makeKey()}"`);
    const report = await scanTree({ cwd: repo.dir });
    expect(files(report)).toEqual(['tracked.ts', 'untracked.ts']);
    expect(report.mode).toBe('tree');
  });

  it('reads named paths even when git ignores them, with paths relative to the repository root', async () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'dist/\nbuild/*\n.env.local\n');
    repo.write('dist/assets/index-abc.js', `const k="${makeKey()}";`);
    repo.write('build/main.js', `const k="${makeKey()}";`);
    repo.write('.env.local', `OPENAI_API_KEY=${makeKey()}\n`);
    repo.write('src/a.ts', 'nothing here\n');
    repo.commit('init', '.gitignore', 'src/a.ts');
    const sub = path.join(repo.dir, 'src');
    expect(files(await scanTree({ cwd: sub, paths: ['../dist'] }))).toEqual(['dist/assets/index-abc.js']);
    expect(files(await scanTree({ cwd: repo.dir, paths: ['build'] }))).toEqual(['build/main.js']);
    expect(files(await scanTree({ cwd: repo.dir, paths: ['.env.local'] }))).toEqual(['.env.local']);
    expect(files(await scanTree({ cwd: repo.dir }))).toEqual([]);
  });

  it('reads a named folder with what git ignores in it (a tracked .gitkeep in dist/), but not its node_modules', async () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'dist/*\n!dist/.gitkeep\nnode_modules/\n');
    repo.write('dist/.gitkeep', '');
    repo.write('dist/assets/index-abc.js', `const k="${makeKey()}";`);
    repo.write('dist/index.html', `<script>k="${makeKey()}"</script>`);
    repo.write('web/node_modules/dep/index.js', `const k="${makeKey()}";`);
    repo.write('web/app.ts', `const k="${makeKey()}";`);
    repo.commit('init');
    expect(files(await scanTree({ cwd: repo.dir, paths: ['dist'] })).sort()).toEqual(['dist/assets/index-abc.js', 'dist/index.html']);
    expect(files(await scanTree({ cwd: repo.dir, paths: ['web'] }))).toEqual(['web/app.ts']);
    expect(files(await scanTree({ cwd: repo.dir })).sort()).toEqual(['web/app.ts']);
  });

  it('reads a folder of a repository reached through a symlink (a linked checkout), with paths relative to the repository', async () => {
    const repo = makeRepo();
    repo.write('.gitignore', 'corpus/\n');
    repo.write('src/app.ts', `const k = "${makeKey()}";\n`);
    repo.write('corpus/pkg/index.js', `const k = "${makeKey('svcacct', 74)}";\n`);
    repo.commit('init', '.gitignore', 'src/app.ts');
    const outside = tempDir();
    symlinkSync(repo.dir, path.join(outside, 'linked'));
    // Tracked files, an ignored folder read whole, a named file, and --no-ignore.
    expect(files(await scanTree({ cwd: outside, paths: ['linked/src'] }))).toEqual(['src/app.ts']);
    expect(files(await scanTree({ cwd: outside, paths: ['linked/corpus'] }))).toEqual(['corpus/pkg/index.js']);
    expect(files(await scanTree({ cwd: outside, paths: ['linked/src/app.ts'] }))).toEqual(['src/app.ts']);
    expect(files(await scanTree({ cwd: outside, paths: ['linked'], noIgnore: true })).sort()).toEqual(['corpus/pkg/index.js', 'src/app.ts']);
  });

  it('handles file names with spaces, newlines, quotes and non-ASCII', async () => {
    const repo = makeRepo();
    const names = ['with space.txt', 'new\nline.txt', 'quote"s.txt', 'ünïcødé-日本.txt'];
    for (const n of names) repo.write(n, `key: ${makeKey()}\n`);
    repo.commit('odd names');
    expect(files(await scanTree({ cwd: repo.dir })).sort()).toEqual([...names].sort());
  });

  it('skips symlinks and counts them; reads binary files on their raw bytes', async () => {
    const repo = makeRepo();
    repo.write('real.txt', `k=${makeKey()}\n`);
    symlinkSync('real.txt', path.join(repo.dir, 'link.txt'));
    symlinkSync('/etc/passwd', path.join(repo.dir, 'outside.txt'));
    repo.write('image.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(makeKey())]));
    repo.commit('links');
    const report = await scanTree({ cwd: repo.dir });
    expect(files(report)).toEqual(['image.png', 'real.txt']);
    expect(report.findings[0]!).toMatchObject({ encoding: 'binary', offset: 7, line: 1, column: 8 });
    expect(report.stats.skipped).toMatchObject({ symlink: 2, binary: 0 });
    expect(report.stats.files).toBe(2);
  });

  it('skips files over the size limit and counts them', async () => {
    const repo = makeRepo();
    repo.write('big.txt', `${'x'.repeat(2000)}\n${makeKey()}\n`);
    repo.write('small.txt', `${makeKey()}\n`);
    const report = await scanTree({ cwd: repo.dir, maxFileSize: 1000 });
    expect(files(report)).toEqual(['small.txt']);
    expect(report.stats.skipped.tooLarge).toBe(1);
  });

  it('applies --include and --exclude globs to repository-relative paths', async () => {
    const repo = makeRepo();
    repo.write('src/a.ts', `${makeKey()}\n`);
    repo.write('src/vendor/b.ts', `${makeKey()}\n`);
    repo.write('docs/c.md', `${makeKey()}\n`);
    expect(files(await scanTree({ cwd: repo.dir, include: ['src/**'] }))).toEqual(['src/a.ts', 'src/vendor/b.ts']);
    expect(files(await scanTree({ cwd: repo.dir, exclude: ['vendor', 'docs/'] }))).toEqual(['src/a.ts']);
    expect(files(await scanTree({ cwd: repo.dir, exclude: ['**/*.ts'] }))).toEqual(['docs/c.md']);
  });

  it('reports an unreadable file as a warning and keeps scanning', async () => {
    const repo = makeRepo();
    repo.write('ok.txt', `${makeKey()}\n`);
    // Runs as root in CI, where permissions do not stop a read: a named link to a file that fails with EIO does.
    symlinkSync('/proc/self/mem', path.join(repo.dir, 'mem'));
    const report = await scanTree({ cwd: repo.dir, paths: ['ok.txt', 'mem'] });
    expect(files(report)).toEqual(['ok.txt']);
    expect(report.stats.skipped.unreadable).toBe(1);
    expect(report.warnings.map((w) => `${w.code}: ${w.message}`).join('\n')).toMatch(/unreadable: cannot read mem/);
  });
});

describe('tree scan outside a repository', () => {
  it('reads every file, reports paths relative to the scan root, and skips the .git folder', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    mkdirSync(path.join(dir, 'x/.git'), { recursive: true });
    writeFileSync(path.join(dir, 'a/b/c.env'), `OPENAI_API_KEY=${makeKey()}\n`);
    writeFileSync(path.join(dir, '.hidden'), `${makeKey('legacy', 20)}\n`);
    writeFileSync(path.join(dir, 'x/.git/config'), `${makeKey()}\n`);
    const report = await scanTree({ cwd: '/', paths: [dir] });
    expect(files(report)).toEqual(['.hidden', 'a/b/c.env']);
  });

  it('counts FIFOs as special files without opening them', async () => {
    const dir = tempDir();
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    writeFileSync(path.join(dir, 'k.txt'), `${makeKey()}\n`);
    const report = await scanTree({ paths: [dir] });
    expect(files(report)).toEqual(['k.txt']);
    expect(report.stats.skipped.special).toBe(1);
  });
});

describe('glob arguments (as Windows shells pass them, unexpanded)', () => {
  it('expands a path argument that names nothing but is a glob', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'dist/assets'), { recursive: true });
    writeFileSync(path.join(dir, 'dist/assets/app.js'), `k="${makeKey()}"`);
    writeFileSync(path.join(dir, 'dist/assets/app.css'), `/* ${makeKey()} */`);
    writeFileSync(path.join(dir, 'dist/index.js'), `k="${makeKey()}"`);
    const report = await scanTree({ cwd: dir, paths: ['dist/**/*.js'] });
    expect(files(report).sort()).toEqual(['dist/assets/app.js', 'dist/index.js']);
  });

  it('says so when a glob matches nothing', async () => {
    const dir = tempDir();
    await expect(scanTree({ cwd: dir, paths: ['build/**/*.js'] })).rejects.toThrow(/^no file matches build\/\*\*\/\*\.js$/);
  });
});
