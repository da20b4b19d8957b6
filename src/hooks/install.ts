import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../types.js';
import { configValue, hooksPathOf, repoRoot } from '../sources/git.js';

/** Every line we add ends with this, so `--uninstall` removes exactly our lines and nothing else. */
export const HOOK_MARK = '# openai-key-scan pre-commit';

export interface InstallResult {
  kind: 'husky' | 'git';
  file: string;
  changed: boolean;
  line: string;
}

function quote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The command the hook runs. With the package installed in the repository (the usual devDependency
 * set-up, and always for husky, whose hook files are committed and shared): `npx --no-install`, which
 * never downloads at commit time. Otherwise the CLI that ran `install`, by absolute path.
 */
function hookCommand(root: string, husky: boolean): string {
  // husky runs its hook files with `sh -e`; a plain hook may not, and may go on after our line
  // (an `exit 0` below it), so there the line stops the hook itself.
  const stop = husky ? '' : ' || exit $?';
  if (husky || existsSync(path.join(root, 'node_modules', '.bin', 'openai-key-scan'))) return `npx --no-install openai-key-scan staged${stop} ${HOOK_MARK}`;
  const cli = fileURLToPath(new URL('./cli.js', import.meta.url));
  return `${quote(process.execPath)} ${quote(cli)} staged${stop} ${HOOK_MARK}`;
}

async function huskyDir(root: string): Promise<string | undefined> {
  const hooksPath = (await configValue(root, 'core.hooksPath')) ?? '';
  // husky v9 sets core.hooksPath to .husky/_ (v4-8: .husky); the hooks people edit live in .husky/.
  if (hooksPath) {
    const abs = path.resolve(root, hooksPath);
    if (path.basename(abs) === '_' && path.basename(path.dirname(abs)) === '.husky') return path.dirname(abs);
    if (path.basename(abs) === '.husky') return abs;
  }
  const dir = path.join(root, '.husky');
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : undefined;
}

/**
 * Append our line; but a hook whose last command is `exit` or `exec` (git's own sample ends with
 * `exec git diff-index --check …`) would never reach it, so there it goes just before that command.
 */
function withLine(text: string, line: string): string {
  const lines = text.split('\n');
  if (lines.some((l) => l.includes(HOOK_MARK))) return text;
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.trim() === '') last--;
  if (last >= 0 && /^\s*(exit|exec)(\s|$)/.test(lines[last]!)) {
    lines.splice(last, 0, line);
    return lines.join('\n');
  }
  return `${text}${text && !text.endsWith('\n') ? '\n' : ''}${line}\n`;
}

function withoutLine(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.includes(HOOK_MARK))
    .join('\n');
}

/**
 * Set up (or with `uninstall`, remove) the pre-commit hook: a line in `.husky/pre-commit` when the
 * repository uses husky, else in the `pre-commit` hook of the folder git really uses
 * (`git rev-parse --git-path hooks`, which honours core.hooksPath). Other lines are never touched,
 * and running it twice changes nothing.
 */
export async function installHook(cwd: string, uninstall = false): Promise<InstallResult> {
  const root = await repoRoot(cwd);
  if (!root) throw new UsageError('not inside a git repository: run `openai-key-scan install` in the repository to protect');
  const husky = await huskyDir(root);
  const file = husky
    ? path.join(husky, 'pre-commit')
    : path.join(path.resolve(root, await hooksPathOf(root)), 'pre-commit');
  const line = hookCommand(root, husky !== undefined);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  let after: string | undefined;
  if (uninstall) {
    if (before !== undefined) after = withoutLine(before);
  } else if (before === undefined) {
    // husky v9 hook files are plain shell lines without a shebang; a git hook needs one.
    after = husky ? `${line}\n` : `#!/bin/sh\n${line}\n`;
  } else after = withLine(before, line);
  const changed = after !== undefined && after !== before;
  if (changed) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, after!);
    if (!uninstall) chmodSync(file, 0o755);
  }
  return { kind: husky ? 'husky' : 'git', file, changed, line };
}
