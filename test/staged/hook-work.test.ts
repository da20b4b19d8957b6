import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, PKG } from '../helpers/built.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, tempDir } from '../helpers/repo.js';

/**
 * What the pre-commit hook costs, counted rather than timed (issue 13): a Node start-up is the floor,
 * and each git process, bundle and Node module on top adds to every commit. Timings are in
 * `npm run bench hook hook-installed`.
 */

/** `git` on PATH that logs its arguments, one line per process, then runs the real git. */
function gitLogger(): { bin: string; log: string } {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const bin = tempDir('oks-git-log-');
  const log = path.join(bin, 'calls.log');
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
  writeFileSync(log, '');
  return { bin, log };
}

/** The first word after git's own options (`-c name=value`, `--no-replace-objects`). */
function subcommand(call: string): string | undefined {
  const words = call.split(' ');
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '-c') i++;
    else if (!words[i]!.startsWith('-')) return words[i];
  }
  return undefined;
}

/**
 * A preload that writes, at exit, the Node built-ins the process loaded (`process.moduleLoadList`),
 * and the order in which git processes were started and the hook bundle was loaded.
 */
function builtinsLogger(): { preload: string; log: string; order: string } {
  const dir = tempDir('oks-builtins-');
  const log = path.join(dir, 'builtins.log');
  const order = path.join(dir, 'order.log');
  const preload = path.join(dir, 'preload.cjs');
  writeFileSync(
    preload,
    [
      `const seen = [];`,
      `const cp = require('child_process'); const spawn = cp.spawn;`,
      `cp.spawn = function (cmd, args) { seen.push('spawn ' + cmd); return spawn.apply(this, arguments); };`,
      `const Module = require('module'); const load = Module._load;`,
      `Module._load = function (request) { if (/hook\.(cjs|ts)$/.test(request)) seen.push('load hook'); return load.apply(this, arguments); };`,
      `process.on('exit', () => { require('fs').writeFileSync(${JSON.stringify(log)}, process.moduleLoadList.join('\\n')); require('fs').writeFileSync(${JSON.stringify(order)}, seen.join('\\n')); });`,
      '',
    ].join('\n'),
  );
  return { preload, log, order };
}

/**
 * The hook's command on a one-file change, with git's calls and the built-ins Node loaded. `sub`:
 * run from that subdirectory; `env`: added to the environment (a hook's GIT_INDEX_FILE).
 */
function hookRun(content: string, opts: { sub?: string; env?: NodeJS.ProcessEnv } = {}) {
  const repo = makeRepo();
  repo.commitFile('init', 'README.md', 'hi\n');
  repo.write('src/a.ts', content);
  repo.git('add', '.');
  const git = gitLogger();
  const builtins = builtinsLogger();
  const r = spawnSync(process.execPath, ['--require', builtins.preload, CLI, 'staged'], {
    cwd: opts.sub ? path.join(repo.dir, opts.sub) : repo.dir,
    env: { ...repo.env, PATH: `${git.bin}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1', CI: 'true', ...opts.env },
    encoding: 'utf8',
  });
  const calls = readFileSync(git.log, 'utf8').split('\n').filter(Boolean);
  const loaded = readFileSync(builtins.log, 'utf8').split('\n').filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  const order = readFileSync(builtins.order, 'utf8').split('\n').filter(Boolean);
  return { ...r, calls, commands: calls.map(subcommand), loaded, order };
}

describe('the hook on a one-file change', () => {
  it('starts three git processes: the top of the repository, the staged diff and the blob reader, before the scanner loads', () => {
    const clean = hookRun('export const a = 1;\n');
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.commands.sort()).toEqual(['cat-file', 'diff', 'rev-parse']);
    // git's start-up overlaps the loading of the scanner's code (sources/git-spawn.ts startStaged).
    expect(clean.order).toEqual(['spawn git', 'spawn git', 'spawn git', 'load hook']);
    const key = hookRun(`export const k = "${makeKey()}";\n`);
    expect(key.status).toBe(1);
    expect(key.stdout).toContain('src/a.ts');
    expect(key.commands.sort()).toEqual(['cat-file', 'diff', 'rev-parse']);
  });

  it('under git commit (GIT_INDEX_FILE set, at the top of the work tree) does not ask git for the top', () => {
    const hook = { GIT_INDEX_FILE: '.git/index' };
    const clean = hookRun('export const a = 1;\n', { env: hook });
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.commands.sort()).toEqual(['cat-file', 'diff']);
    const key = hookRun(`export const k = "${makeKey()}";\n`, { env: hook });
    expect(key.status).toBe(1);
    expect(key.stdout).toContain('src/a.ts');
    expect(key.commands.sort()).toEqual(['cat-file', 'diff']);
  });

  it('asks git for the top wherever git has not put it: a subdirectory, GIT_DIR or GIT_WORK_TREE set', () => {
    for (const [label, opts] of [
      // git reads a relative GIT_INDEX_FILE from the top, wherever the hook has moved to.
      ['subdirectory', { sub: 'src', env: { GIT_INDEX_FILE: '.git/index' } }],
      ['GIT_DIR', { env: { GIT_INDEX_FILE: '.git/index', GIT_DIR: '.git' } }],
      ['GIT_WORK_TREE', { env: { GIT_INDEX_FILE: '.git/index', GIT_WORK_TREE: '.' } }],
    ] as const) {
      const key = hookRun(`export const k = "${makeKey()}";\n`, opts);
      expect(key.status, `${label}: ${key.stderr}`).toBe(1);
      expect(key.stdout, label).toContain('a.ts');
      expect(key.commands.sort(), label).toEqual(['cat-file', 'diff', 'rev-parse']);
    }
  });

  it('starts no ES module loader, no worker threads, and loads node:crypto only to fingerprint a finding', () => {
    // Each is a share of a bare Node start-up: the bin and the hook bundle are CommonJS, and a staged
    // change is scanned in this thread.
    const clean = hookRun('export const a = 1;\n');
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.loaded).toContain('child_process');
    expect(clean.loaded).not.toContain('internal/modules/esm/translators');
    expect(clean.loaded).not.toContain('worker_threads');
    expect(clean.loaded).not.toContain('crypto');
    const key = hookRun(`export const k = "${makeKey()}";\n`);
    expect(key.status).toBe(1);
    expect(key.loaded).toContain('crypto');
    expect(key.loaded).not.toContain('worker_threads');
  });
});

describe('the bundles', () => {
  it('are ASCII: one other character makes V8 hold and scan a whole bundle as two-byte text', () => {
    // A regex's `…` in the hook's bundle cost 6% of the hook's instructions; write `\u2026` instead.
    const dist = path.join(PKG, 'dist');
    const bundles = readdirSync(dist).filter((f) => /\.c?js$/.test(f));
    expect(bundles).toContain('hook.cjs');
    for (const f of bundles) {
      const text = readFileSync(path.join(dist, f), 'latin1');
      const at = text.search(/[^\x00-\x7f]/);
      expect(at, `dist/${f}: not ASCII at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`).toBe(-1);
    }
  });
});
