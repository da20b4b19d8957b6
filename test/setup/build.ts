import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Builds src/ once per test run into a temporary package (package.json + dist/), so the end-to-end
 * tests run the code as it is now, not the committed bundle. The folder is world-readable: one test
 * runs the CLI as `nobody`, who must reach it even when the checkout sits in a private directory.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The temporary package: `<pkg>/package.json`, `<pkg>/dist/cli.cjs` (the bin), `<pkg>/dist/action.js`. */
    builtPackage: string;
  }
}

export default function setup(project: TestProject): () => void {
  const base = mkdtempSync(path.join(tmpdir(), 'oks-built-'));
  const pkg = path.join(base, 'openai-key-scan');
  mkdirSync(pkg);
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, env: { ...process.env, OUT_DIR: path.join(pkg, 'dist') }, stdio: 'pipe' });
  copyFileSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
  for (const dir of [base, pkg]) chmodSync(dir, 0o755);
  execFileSync('chmod', ['-R', 'a+rX', pkg]);
  project.provide('builtPackage', pkg);
  return () => rmSync(base, { recursive: true, force: true });
}
