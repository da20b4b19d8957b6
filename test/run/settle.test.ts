import { describe, expect, it } from 'vitest';
import { MARKER } from '../../src/rules/keys.js';
import { LINE_LITERALS } from '../../src/detect/index.js';
import { runSource } from '../../src/run/driver.js';
import { scanHistory } from '../../src/run/modes.js';
import { EarliestCommit } from '../../src/run/settle.js';
import { commitSource } from '../../src/sources/commit-log.js';
import type { Finding, Place, Source } from '../../src/types.js';
import { makeKey } from '../helpers/keys.js';
import { makeRepo, type Repo } from '../helpers/repo.js';

/** Findings kept at their earliest commit, handed on once settled and never taken back (issue 18). */

const finding = (fingerprint: string, file = 'a.ts', commit = 'c'): Finding => ({
  ruleId: 'openai-project-key', kind: 'key', severity: 'high', file, line: 1, column: 1, endColumn: 2, commit,
  redacted: 'sk-…', fingerprint, encoding: 'plain', message: '',
});
const at = (time: number, order = 0): Place => ({ time, order });

describe('EarliestCommit', () => {
  it('hands a finding on once the floor passes its place, keeping the earliest sighting and the first of equal ones', () => {
    const out: string[] = [];
    const earliest = new EarliestCommit((f) => out.push(`${f.fingerprint}@${f.commit}`));
    earliest.take([finding('k1', 'a.ts', 'late')], at(20));
    earliest.take([finding('k1', 'a.ts', 'early'), finding('k2', 'a.ts', 'first')], at(10));
    earliest.take([finding('k2', 'a.ts', 'same place, seen later')], at(10));
    expect(earliest.holding).toBe(2);
    earliest.settle(at(9));
    expect(out).toEqual([]);
    earliest.settle(at(10));
    expect(out).toEqual(['k1@early', 'k2@first']);
    expect(earliest.holding).toBe(0);
    // Settled: a later sighting never replaces it, nor comes again.
    earliest.take([finding('k1', 'a.ts', 'again')], at(30));
    earliest.end();
    expect(out).toEqual(['k1@early', 'k2@first']);
  });

  it('holds findings of files a later blob may undercut until the source lets them go, the others pass', () => {
    const out: string[] = [];
    const earliest = new EarliestCommit((f) => out.push(`${f.file}@${f.commit}`));
    const blobFiles = new Set(['wide.txt']);
    earliest.take([finding('k', 'wide.txt', 'text'), finding('k', 'b.ts', 'text')], at(20));
    earliest.settle(at(30), (file) => blobFiles.has(file));
    expect(out).toEqual(['b.ts@text']);
    // The blob, read after the log, holds an earlier sighting.
    earliest.take([finding('k', 'wide.txt', 'blob')], at(5, 100));
    blobFiles.clear();
    earliest.settle(at(Infinity));
    expect(out).toEqual(['b.ts@text', 'wide.txt@blob']);
  });
});

/** A repository whose commits each add a new key in a new file, author dates one minute apart. */
function keyPerCommit(n: number): { repo: Repo; commits: string[] } {
  const repo = makeRepo();
  const commits: string[] = [];
  for (let i = 0; i < n; i++) {
    repo.env.GIT_AUTHOR_DATE = `${1_700_000_000 + i * 60} +0000`;
    commits.push(repo.commitFile(`c${i}`, `k${i}.ts`, `export const k = "${makeKey()}";\n`));
  }
  return { repo, commits };
}

describe('history streams as it reads', () => {
  it('hands each commit\'s finding on as soon as it is read: at most one held at a time, none kept for the report', async () => {
    const n = 12;
    const { repo, commits } = keyPerCommit(n);
    const source = await commitSource({ mode: 'history', root: repo.dir, revs: ['--all'], literals: LINE_LITERALS, wideLiterals: [MARKER], maxFileSize: 1 << 30 });
    // Count the fragments read when each finding is handed on.
    let read = 0;
    const items = source.items.bind(source);
    const counted: Source = { ...source, items: async function* (sink) {
      for await (const item of items(sink)) {
        read++;
        yield item;
      }
    } };
    const handedOn: Array<{ read: number; commit: string | undefined }> = [];
    const report = await runSource(counted, { maxFileSize: 1 << 30, onFinding: (f) => void handedOn.push({ read, commit: f.commit }) });
    expect(read).toBe(n);
    // Oldest first, each before the next commit is read: never all at the end.
    expect(handedOn).toEqual(commits.map((commit, i) => ({ read: i + 1, commit })));
    expect(report.findings).toEqual([]);
  });

  it('scanHistory with keepFindings false streams every finding and collects none; the verdict is whole', async () => {
    const { repo, commits } = keyPerCommit(5);
    const seen: string[] = [];
    const report = await scanHistory({ cwd: repo.dir, onFinding: (f) => void seen.push(f.commit!), keepFindings: false });
    expect(seen).toEqual(commits);
    expect(report.findings).toEqual([]);
    expect(report.suppressed).toEqual([]);
    expect(report.exitCode).toBe(1);
    // Kept (the default), the same findings are in the report as well.
    const kept: string[] = [];
    const full = await scanHistory({ cwd: repo.dir, onFinding: (f) => void kept.push(f.commit!) });
    expect(full.findings.map((f) => f.commit).sort()).toEqual([...kept].sort());
  });
});
