import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { CLI } from './built.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temp folder removed after the test file. */
export function tempDir(prefix = 'oks-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Git with a fixed identity and no user or system config, so tests behave the same on every machine. */
export function gitEnv(): NodeJS.ProcessEnv {
  const config = path.join(tempDir('oks-home-'), '.gitconfig');
  writeFileSync(config, '[user]\n\tname = Test\n\temail = test@example.test\n[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n[core]\n\tautocrlf = false\n');
  return { ...process.env, GIT_CONFIG_GLOBAL: config, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
}

export interface Repo {
  dir: string;
  env: NodeJS.ProcessEnv;
  git(...args: string[]): string;
  write(file: string, content: string | Buffer): string;
  commit(message: string, ...files: string[]): string;
  /** Write one file and commit just it; returns the commit id. */
  commitFile(message: string, file: string, content: string | Buffer): string;
}

export function makeRepo(): Repo {
  const dir = tempDir('oks-repo-');
  const env = gitEnv();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  git('init', '-q');
  const write = (file: string, content: string | Buffer) => {
    const p = path.join(dir, file);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
    return p;
  };
  const commit = (message: string, ...files: string[]) => {
    git('add', '--', ...(files.length ? files : ['.']));
    git('commit', '-q', '--no-verify', '-m', message);
    return git('rev-parse', 'HEAD').trim();
  };
  return {
    dir,
    env,
    git,
    write,
    commit,
    commitFile(message, file, content) {
      write(file, content);
      return commit(message, file);
    },
  };
}


export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as users run it: `node dist/cli.cjs …` (the bin). */
export function runCli(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd,
    env: { ...(opts.env ?? process.env), NO_COLOR: '1', CI: 'true' },
    input: opts.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The built CLI run asynchronously: for tests whose loopback server lives in this process (runCli
 * would block the event loop the server answers on).
 */
export function runCliAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env, input = ''): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...env, NO_COLOR: '1', CI: 'true' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}
