import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../types.js';

/**
 * Reading and writing the files a scanned repository can plant (design.md "Untrusted input"): the
 * config and the baseline are read only as regular files, inside the repository when they come from
 * it, and up to a size cap (a link to /dev/zero or a FIFO is refused, not read for ever); reports and
 * baselines are written to a temporary file and renamed, never through a link that leads out of the
 * repository.
 */

export const CONFIG_CAP = 1024 * 1024;
export const BASELINE_CAP = 32 * 1024 * 1024;

function inside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

/**
 * The text of `abs`, or undefined when it does not exist. `what` names it in errors; `root`, when
 * given, is the repository the file must resolve into (a link out of it is refused).
 */
export function readRegularFile(abs: string, what: string, cap: number, root?: string): string | undefined {
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    return undefined;
  }
  if (st.isSymbolicLink()) {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      throw new UsageError(`${what}: a link to nothing (${path.basename(abs)}): remove it or point it at a file`);
    }
    if (root && !inside(realRoot(root), real)) throw new UsageError(`${what}: a link out of the repository is not read: make it a regular file`);
  }
  const { O_RDONLY, O_NONBLOCK } = constants;
  let fd: number;
  try {
    fd = openSync(abs, O_RDONLY | O_NONBLOCK);
  } catch (e) {
    throw new UsageError(`${what}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new UsageError(`${what}: not a regular file: give a JSON file`);
    if (info.size > cap) throw new UsageError(`${what}: ${info.size} bytes is more than the ${Math.round(cap / 1024)} KB a file of this kind may have`);
    const buf = Buffer.alloc(Math.min(info.size, cap) + 1);
    let have = 0;
    for (let n = 1; n > 0 && have < buf.length; have += n) n = readSync(fd, buf, have, buf.length - have, null);
    if (have > cap) throw new UsageError(`${what}: more than the ${Math.round(cap / 1024)} KB a file of this kind may have`);
    return buf.toString('utf8', 0, have);
  } finally {
    closeSync(fd);
  }
}

/**
 * Write `text` to `abs` atomically (a temporary file beside it, then a rename), so an interrupted
 * write never leaves a half file. A link at `abs` is replaced, not written through, unless it leads
 * inside `root`, where its target is written.
 */
export function writeFileAtomic(abs: string, text: string, what: string, root?: string): void {
  let target = abs;
  try {
    if (lstatSync(abs).isSymbolicLink()) {
      const real = realpathSync(abs);
      if (!root || !inside(realRoot(root), real)) throw new UsageError(`${what}: ${abs} is a link that leads out of the repository: not written through (remove the link)`);
      target = real;
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    // No file yet, or a dangling link: write a new file in its place.
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
    throw new UsageError(`cannot write ${what} to ${abs}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
