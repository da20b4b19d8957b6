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

/** The hook's command on a one-file change, with git's calls logged. */
function hookRun(content: string) {
  const repo = makeRepo();
  repo.commitFile('init', 'README.md', 'hi\n');
  repo.write('src/a.ts', content);
  repo.git('add', '.');
  const git = gitLogger();
  const r = spawnSync(process.execPath, [CLI, 'staged'], {
    cwd: repo.dir,
    env: { ...repo.env, PATH: `${git.bin}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1', CI: 'true' },
    encoding: 'utf8',
  });
  const calls = readFileSync(git.log, 'utf8').split('\n').filter(Boolean);
  return { ...r, calls, commands: calls.map(subcommand) };
}

describe('the hook on a one-file change', () => {
  it('starts three git processes: the top of the repository and the staged diff at once, then one reader of the staged blobs', () => {
    const clean = hookRun('export const a = 1;\n');
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.commands.sort()).toEqual(['cat-file', 'diff', 'rev-parse']);
    const key = hookRun(`export const k = "${makeKey()}";\n`);
    expect(key.status).toBe(1);
    expect(key.stdout).toContain('src/a.ts');
    expect(key.commands.sort()).toEqual(['cat-file', 'diff', 'rev-parse']);
  });
});

describe('the bundles', () => {
  it('are ASCII: one other character makes V8 hold and scan a whole bundle as two-byte text', () => {
    // A regex's `…` in hook.js cost 6% of the hook's instructions; write `\u2026` instead.
    const dist = path.join(PKG, 'dist');
    const bundles = readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(bundles).toContain('hook.js');
    for (const f of bundles) {
      const text = readFileSync(path.join(dist, f), 'latin1');
      const at = text.search(/[^\x00-\x7f]/);
      expect(at, `dist/${f}: not ASCII at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`).toBe(-1);
    }
  });
});
