import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What a scanned file's project says about it: the nearest package.json (which framework builds it,
 * whether it is the `openai` SDK itself), a browser extension's manifest.json, a Flutter pubspec, an
 * Android module's manifest. Each file is read at most once per root and cached, so a project-level
 * signal costs one read per scan, not one per file; and only files with a finding ask.
 *
 * Where the root comes from: paths in fragments are relative to the repository root (or the scan
 * root outside a repository). The run core may pass that root (`projectFacts(root)`); without one,
 * the root is the repository around the working directory (the nearest folder with `.git`), else the
 * working directory. In `staged`, `diff` and `history` modes the files are read from the work tree,
 * not from the index or the commit: a project's package.json rarely changes with the file that leaks.
 */

/** Files larger than this are not project metadata; read nothing. */
const MAX_BYTES = 1024 * 1024;

export interface PackageFacts {
  /** Folder of the package.json, relative to the root ('' for the root itself). */
  dir: string;
  name?: string;
  /** Every dependency name (dependencies, devDependencies, peerDependencies). */
  deps: Set<string>;
  /** The scripts' commands joined, for build-tool checks. */
  scripts: string;
}

export class ProjectFacts {
  private readonly files = new Map<string, string | null>();
  private readonly packages = new Map<string, PackageFacts | null>();

  constructor(readonly root: string) {}

  /** A regular file's text (relative path), or undefined; cached. */
  read(rel: string): string | undefined {
    let text = this.files.get(rel);
    if (text === undefined) {
      text = readSmall(path.join(this.root, rel));
      this.files.set(rel, text);
    }
    return text ?? undefined;
  }

  exists(rel: string): boolean {
    return this.read(rel) !== undefined;
  }

  /** The nearest package.json above a file (relative path), parsed; cached per folder. */
  packageOf(file: string): PackageFacts | undefined {
    for (let dir = parent(file); ; dir = parent(dir)) {
      const facts = this.packageIn(dir);
      if (facts) return facts;
      if (dir === '') return undefined;
    }
  }

  private packageIn(dir: string): PackageFacts | undefined {
    let facts = this.packages.get(dir);
    if (facts === undefined) {
      facts = parsePackage(dir, this.read(join(dir, 'package.json')));
      this.packages.set(dir, facts);
    }
    return facts ?? undefined;
  }

  /** Folders from a file's own folder up to the root, nearest first. */
  *folders(file: string): Generator<string> {
    for (let dir = parent(file); ; dir = parent(dir)) {
      yield dir;
      if (dir === '') return;
    }
  }
}

function parent(p: string): string {
  const i = p.lastIndexOf('/');
  return i === -1 ? '' : p.slice(0, i);
}

export function join(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

function readSmall(file: string): string | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_BYTES) return null;
    const buf = Buffer.alloc(st.size);
    let at = 0;
    while (at < st.size) {
      const n = readSync(fd, buf, at, st.size - at, at);
      if (n === 0) break;
      at += n;
    }
    return buf.toString('utf8', 0, at);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function parsePackage(dir: string, text: string | undefined): PackageFacts | null {
  if (text === undefined) return null;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    if (!json || typeof json !== 'object') return null;
    const deps = new Set<string>();
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
      const d = json[field];
      if (d && typeof d === 'object') for (const k of Object.keys(d)) deps.add(k);
    }
    const scripts = json.scripts && typeof json.scripts === 'object' ? Object.values(json.scripts).filter((v) => typeof v === 'string').join('\n') : '';
    return { dir, name: typeof json.name === 'string' ? json.name : undefined, deps, scripts };
  } catch {
    return null;
  }
}

const byRoot = new Map<string, ProjectFacts>();
let defaultRoot: { cwd: string; root: string } | undefined;

/** The repository around the working directory (nearest folder with `.git`), else the working directory. */
function rootFromCwd(): string {
  const cwd = process.cwd();
  if (defaultRoot?.cwd === cwd) return defaultRoot.root;
  let root = cwd;
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (readSmall(path.join(dir, '.git')) !== null || isDir(path.join(dir, '.git'))) {
      root = dir;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  defaultRoot = { cwd, root };
  return root;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The facts of the project at `root` (default: see above), cached for the process; forgetProjects() drops them. */
export function projectFacts(root?: string): ProjectFacts {
  const r = root ?? rootFromCwd();
  let facts = byRoot.get(r);
  if (!facts) {
    facts = new ProjectFacts(r);
    byRoot.set(r, facts);
  }
  return facts;
}

/** Drop cached project facts (a long-lived process scanning a tree again after it changed). */
export function forgetProjects(): void {
  byRoot.clear();
  defaultRoot = undefined;
}

/** Absolute paths (outside-the-root targets) are their own root: facts then read from '/'. */
export function factsFor(file: string, root?: string): { facts: ProjectFacts; file: string } {
  if (path.isAbsolute(file)) return { facts: projectFacts('/'), file: file.replace(/^\/+/, '') };
  return { facts: projectFacts(root), file };
}
