import { stat } from 'node:fs/promises';
import { readdirSync, realpathSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { globMatcher } from '../../config/globs.js';
import { UsageError, type Source, type SourceSink } from '../../types.js';
import { isDotenv } from '../../rules/risks.js';
import { isGitMissing, isTracked, listFilesTracked, listIgnored, repoRoot } from '../git.js';
import type { Entry } from './read.js';
import { isUtf8 } from 'node:buffer';
import { mayBeLossy, nameFromBytes } from '../names.js';

export interface TreeOptions {
  /** Read git-ignored files too (--no-ignore). */
  noIgnore?: boolean;
  /** Paths named by the user; none means the current directory. */
  paths: string[];
  cwd: string;
  include?: string[];
  exclude?: string[];
  maxFileSize: number;
}


const toPosix = (p: string): string => (path.sep === '/' ? p : p.split(path.sep).join('/'));

/**
 * `dir` joined with `p`, a path of names read from the folder (never `.`, `..` or empty): on POSIX a
 * concatenation, since path.join's normalising costs more than the rest of the listing per file.
 */
const under =
  path.sep === '/' ? (dir: string, p: string): string => (dir.endsWith('/') ? dir + p : `${dir}/${p}`) : (dir: string, p: string): string => path.join(dir, p);

/** Entries a listing collects before handing them on: one step of the run core's loop per batch, not per file. */
const LIST_BATCH = 256;

/**
 * Every regular file under `dir` (the .git folder excluded), counting links and special files, which
 * are never followed, in batches. A plain readdir loop: on a 24,000-file tree it lists in a third of
 * fast-glob's time with a third of its memory, and the scan needs nothing but names and types. Files
 * come in batches so that the per-file work is this loop alone: a generator step per file (through
 * the async listing and the run core's loop) cost more than reading the folders, and made those
 * functions hot enough that compiling them cost more again.
 */
function* walk(dir: string | Buffer, base: string, sink: SourceSink, inRepo = false, named?: string): Generator<Entry[]> {
  // `named`: the folder's path from `base` as it is reported, for a folder given by its bytes.
  const rel = named ?? toPosix(path.relative(base, dir as string));
  const prefix = rel ? `${rel}/` : '';
  // `abs` turns into bytes below a folder whose name is not valid UTF-8 (see sources/names.ts).
  const stack: Folder[] = [{ sub: '', abs: dir }];
  let out: Entry[] = [];
  while (stack.length) {
    listFolder(stack.pop()!, prefix, inRepo, stack, out, sink);
    if (out.length >= LIST_BATCH) {
      yield out;
      out = [];
    }
  }
  if (out.length) yield out;
}

interface Folder {
  /** Path from the walk's root. */
  sub: string;
  abs: string | Buffer;
}

/**
 * One folder of a walk: its files into `out`, its folders onto `stack`. A plain function, apart from
 * the generator, so that the per-file loop compiles as one small function.
 */
function listFolder({ sub, abs }: Folder, prefix: string, inRepo: boolean, stack: Folder[], out: Entry[], sink: SourceSink): void {
  let listed: Array<Dirent | Dirent<Buffer>>;
  try {
    listed = typeof abs === 'string' ? readdirSync(abs, { withFileTypes: true }) : readdirSync(abs, { withFileTypes: true, encoding: 'buffer' });
    if (typeof abs === 'string' && listed.some((d) => mayBeLossy(d.name as string))) listed = readdirSync(abs, { withFileTypes: true, encoding: 'buffer' });
  } catch (e) {
    sink.skip('unreadable', prefix + sub, (e as NodeJS.ErrnoException).code ?? String(e));
    return;
  }
  const at = prefix + (sub ? `${sub}/` : '');
  for (const d of listed) {
    let name: string;
    let child: string | Buffer;
    if (typeof d.name === 'string') {
      name = d.name;
      child = under(abs as string, name);
    } else {
      name = nameFromBytes(d.name);
      child = typeof abs === 'string' && isUtf8(d.name) ? path.join(abs, name) : Buffer.concat([typeof abs === 'string' ? Buffer.from(abs) : abs, Buffer.from(path.sep), d.name]);
    }
    if (d.isDirectory()) {
      if (name !== '.git') stack.push({ sub: sub ? `${sub}/${name}` : name, abs: child });
    } else if (d.isFile()) out.push(inRepo ? { abs: child, file: at + name, untracked: true } : { abs: child, file: at + name });
    else if (d.isSymbolicLink()) sink.skip('symlink', at + name);
    else sink.skip('special', at + name);
  }
}

/** Whether `p` is outside `root` as written (`..` or another drive). */
function outside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel.startsWith('..') || path.isAbsolute(rel);
}

/** `p` with every symlink on the way resolved (as git names a repository), or `p` if it cannot be. */
function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * A path argument that names nothing but is a glob (`'dist/**\/*.js'`, as Windows shells pass it
 * unexpanded) is expanded with fast-glob, relative to the working directory.
 */
async function expandGlob(target: string, cwd: string): Promise<string[] | undefined> {
  // fast-glob loads only for a path that could be a glob.
  if (!/[*?[\]{}()!]/.test(target)) return undefined;
  const { default: fg } = await import('fast-glob');
  if (!fg.isDynamicPattern(target)) return undefined;
  return fg.sync(target, { cwd, dot: true, onlyFiles: true, followSymbolicLinks: false, absolute: true, suppressErrors: true }).sort();
}

async function* ignoredUnder(root: string, rel: string, sink: SourceSink): AsyncGenerator<Entry[]> {
  let files: Entry[] = [];
  for (const { file, raw } of await listIgnored(root, rel)) {
    // A name that is not UTF-8 is opened by its bytes and reported escaped.
    const abs = raw ? Buffer.concat([Buffer.from(root), Buffer.from(path.sep), raw]) : path.join(root, file);
    if (!file.endsWith('/')) files.push({ abs, file, untracked: true });
    else if (!/(?:^|\/)node_modules\/$/.test(file)) {
      if (files.length) yield files;
      files = [];
      yield* walk(abs, root, sink, true, file.slice(0, -1));
    }
  }
  if (files.length) yield files;
}

/** The files a tree scan reads, in the order they were listed, in batches. */
async function* listTargets(opts: TreeOptions, sink: SourceSink): AsyncGenerator<Entry[]> {
  const named = opts.paths.length > 0;
  const targets = named ? [...opts.paths] : ['.'];
  let warnedNoGit = false;
  for (let t = 0; t < targets.length; t++) {
    const target = targets[t]!;
    const abs = path.resolve(opts.cwd, target);
    const st = await stat(abs).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR') {
        const matches = await expandGlob(target, opts.cwd);
        if (matches?.length) return matches;
        if (matches) throw new UsageError(`no file matches ${target}`);
        throw new UsageError(`no such file or directory: ${target}`);
      }
      throw new UsageError(`cannot read ${target}: ${e.code ?? e.message}`);
    });
    if (Array.isArray(st)) {
      targets.splice(t + 1, 0, ...st);
      continue;
    }
    const dir = st.isDirectory() ? abs : path.dirname(abs);
    const root = await repoRoot(dir, true);
    if (!root && isGitMissing() && !warnedNoGit) {
      warnedNoGit = true;
      sink.warn('git not found on PATH: scanning every file, .gitignore is not applied');
    }
    // git names the repository by its real path: a path that reaches it through a symlinked folder (a
    // linked checkout, macOS's /var) is taken in real terms, or git refuses it as outside. (A named
    // file keeps its own name: a link named on the command line is reported as the user named it.)
    const real = root && outside(root, abs) ? (st.isDirectory() ? realPath(abs) : path.join(realPath(path.dirname(abs)), path.basename(abs))) : abs;
    if (!st.isDirectory()) {
      // A named file is always read, ignored or not.
      const base = root ?? opts.cwd;
      const rel = path.relative(base, real);
      const file = toPosix(rel.startsWith('..') ? abs : rel);
      // Only a .env file's status matters (committed-dotenv): ask git about those alone.
      const untracked = root && isDotenv(file) && !(await isTracked(root, file)) ? { untracked: true as const } : {};
      yield [{ abs, file, follow: true, ...untracked }];
      continue;
    }
    if (root && opts.noIgnore) {
      // --no-ignore: every file under the folder, what git ignores included (node_modules too); git
      // still tells which are tracked, for the rules that care.
      const rel = path.relative(root, real) || '.';
      const tracked = new Set((await listFilesTracked(root, rel)).filter((f) => !f.untracked).map((f) => f.file));
      for (const batch of walk(real, root, sink, true)) yield batch.map((e) => (tracked.has(e.file) ? { abs: e.abs, file: e.file } : e));
      continue;
    }
    if (root) {
      const rel = path.relative(root, real) || '.';
      const files = await listFilesTracked(root, rel);
      if (files.length > 0 || !named) {
        const entries = files.map((f): Entry => {
          // A name that is not UTF-8 is opened by its bytes and reported escaped.
          const abs = f.raw ? Buffer.concat([Buffer.from(root), Buffer.from(path.sep), f.raw]) : path.join(root, f.file);
          return f.untracked ? { abs, file: f.file, untracked: true } : { abs, file: f.file };
        });
        if (entries.length) yield entries;
        // A named folder is read with what git ignores in it (`dist/` kept by a tracked .gitkeep,
        // a package's build output), dependencies excepted; the repository root is the default scan.
        if (named && rel !== '.') yield* ignoredUnder(root, rel, sink);
        continue;
      }
      // A named folder that git shows nothing of is ignored (a build output): read all of it.
      yield* walk(real, root, sink, true);
      continue;
    }
    // Outside a repository, `openai-key-scan dist` reports `dist/assets/…` (paths relative to the
    // working directory, as the user typed them, and exposure sees the build folder); an absolute or
    // outside path is its own scan root.
    const rel = path.relative(opts.cwd, abs);
    const underCwd = named && !path.isAbsolute(target) && rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
    yield* walk(abs, underCwd ? opts.cwd : abs, sink);
  }
}

/** The files a tree scan reads, after --include/--exclude, each once, in batches. */
export async function* treeEntries(opts: TreeOptions, sink: SourceSink): AsyncGenerator<Entry[]> {
  const include = await globMatcher(opts.include);
  const exclude = await globMatcher(opts.exclude);
  // Only several named paths can list a file twice; one target needs no set of every path.
  const seen = opts.paths.length > 1 ? new Set<string>() : undefined;
  for await (const batch of listTargets(opts, sink)) {
    if (!seen && !include && !exclude) {
      yield batch;
      continue;
    }
    const kept = batch.filter((entry) => {
      if (seen) {
        const key = typeof entry.abs === 'string' ? entry.abs : Buffer.from(entry.abs).toString('latin1');
        if (seen.has(key)) return false;
        seen.add(key);
      }
      if (include && !include(entry.file)) return false;
      return !exclude?.(entry.file);
    });
    if (kept.length) yield kept;
  }
}


/**
 * The tree source (design.md: the default command): the files under the named paths, listed here and
 * read by the run core (in worker threads for large trees).
 */
export function treeSource(opts: TreeOptions): Source {
  return { mode: 'tree', items: (sink) => treeEntries(opts, sink) };
}
