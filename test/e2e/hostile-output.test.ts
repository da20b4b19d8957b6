import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/detect/fingerprint.js';
import { ACTION, CLI } from '../helpers/built.js';
import { makeKey, leaked } from '../helpers/keys.js';
import { makeRepo, runCli, runCliAsync, tempDir, type Repo } from '../helpers/repo.js';

/**
 * Issue 14, "Nothing leaks": every string that comes from outside (an allow comment's reason, a config
 * comment, a baseline entry, a file name, a commit author, a verification server's answer) is masked
 * for keys and escaped before any output, in every format; and nothing from a scanned repository can
 * become a workflow command in the Action's log. Each test mounts the attack against the built CLI
 * or Action on a real repository.
 */


function withSummary(repo: Repo): { env: NodeJS.ProcessEnv; summary: () => string } {
  const file = path.join(tempDir('oks-summary-'), 'summary.md');
  writeFileSync(file, '');
  return { env: { ...repo.env, GITHUB_STEP_SUMMARY: file }, summary: () => readFileSync(file, 'utf8') };
}

const FORMATS = [['--explain'], ['-f', 'json'], ['-f', 'sarif'], ['-f', 'github', '--explain']];

describe('text from the scanned repository is masked in every format', () => {
  it('an allow reason holding the line’s own key, a config comment and a baseline entry holding keys', () => {
    const repo = makeRepo();
    const [own, other, inComment, inBaseline] = [makeKey(), makeKey(), makeKey(), makeKey()];
    repo.write('a.py', `k = "${own}"  # openai-key-scan:allow the key ${own} is a fixture\n`);
    repo.write('b.py', `k = "${other}"\n`);
    repo.write(
      '.openai-key-scan.json',
      JSON.stringify({
        allowFingerprints: [
          { fingerprint: fingerprint(other), comment: `rotated, was ${inComment}` },
          { fingerprint: fingerprint(inComment), comment: `stale entry for ${inComment}` },
        ],
      }),
    );
    repo.write('baseline.json', JSON.stringify({ version: 1, tool: 'openai-key-scan', findings: [{ fingerprint: fingerprint(inBaseline), file: `old/${inBaseline}.txt`, ruleId: 'openai-project-key' }] }));
    repo.commit('allow lists');
    for (const args of FORMATS) {
      const s = withSummary(repo);
      const r = runCli([...args, '--baseline', 'baseline.json'], { cwd: repo.dir, env: s.env });
      // The config and baseline files hold keys themselves, and are reported as such.
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(1);
      const out = r.stdout + r.stderr + s.summary();
      expect(out, args.join(' ')).toContain('[redacted]');
      expect(leaked(out, [own, other, inComment, inBaseline]), args.join(' ')).toEqual([]);
    }
  });

  it('a pull request’s own allow comment with its key, in the annotations and the job summary', () => {
    const repo = makeRepo();
    repo.write('README.md', '# x\n');
    const base = repo.commit('base');
    const key = makeKey();
    repo.write('a.ts', `const k = "${key}"; // openai-key-scan:allow ${key}\n`);
    repo.commit('key and its allow');
    const s = withSummary(repo);
    const r = runCli(['diff', `${base}..HEAD`, '-f', 'github'], { cwd: repo.dir, env: s.env });
    expect(s.summary()).toContain('Suppressed in this change');
    expect(leaked(r.stdout + r.stderr + s.summary(), [key])).toEqual([]);
  });

  it('a key in a file name and in a folder name', () => {
    const repo = makeRepo();
    const [inName, inFolder, content] = [makeKey('proj', 58), makeKey('proj', 20), makeKey()];
    repo.write(`keys/${inName}.txt`, `k = "${content}"\n`);
    repo.write(`${inFolder}/.env`, `OPENAI_API_KEY=${makeKey()}\n`);
    repo.commit('named like keys');
    for (const args of [[], ...FORMATS, ['history', '-f', 'json']]) {
      const s = withSummary(repo);
      const r = runCli(args, { cwd: repo.dir, env: s.env });
      expect(r.code, r.stderr).toBe(1);
      expect(leaked(r.stdout + r.stderr + s.summary(), [inName, inFolder]), args.join(' ')).toEqual([]);
    }
    // And a baseline written from these findings holds no key, and still matches them.
    const written = runCli(['baseline', '-o', 'bl.json'], { cwd: repo.dir, env: repo.env });
    expect(written.code).toBe(0);
    expect(leaked(readFileSync(path.join(repo.dir, 'bl.json'), 'utf8'), [inName, inFolder])).toEqual([]);
    expect(runCli(['--baseline', 'bl.json'], { cwd: repo.dir, env: repo.env }).code).toBe(0);
  });

  it('a key and terminal escapes in a commit author; terminal escapes in the committed-dotenv message', () => {
    const repo = makeRepo();
    const inEmail = makeKey('proj', 20);
    const dir = 'conf\x1b]0;pwned\x07\x1b[2J';
    repo.write(`${dir}/.env`, `OPENAI_API_KEY=${makeKey()}\n`);
    repo.git('add', '.');
    repo.git('-c', `user.email=${inEmail}\x1b[31m@evil.test`, '-c', 'user.name=x', 'commit', '-q', '--no-verify', '-m', 'env');
    for (const args of [['history'], ['history', '--explain'], ['-f', 'github'], ['history', '-f', 'json'], ['history', '-f', 'sarif']]) {
      const s = withSummary(repo);
      const r = runCli(args, { cwd: repo.dir, env: s.env });
      const out = r.stdout + r.stderr + s.summary();
      expect(r.code, r.stderr).toBe(1);
      expect(out, args.join(' ')).not.toContain('\x1b');
      expect(out, args.join(' ')).not.toContain('\x07');
      expect(leaked(out, [inEmail]), args.join(' ')).toEqual([]);
    }
    expect(runCli(['history'], { cwd: repo.dir, env: repo.env }).stdout).toContain('conf\\x1b]0;pwned\\x07\\x1b[2J/.env');
  });
});

/** A verification server that answers with whatever a test asks for. */
interface Hostile {
  url: string;
  /** Bytes of body the server got to write before the client hung up. */
  sent: number;
  close(): Promise<void>;
}

async function hostileServer(answer: (key: string) => { status: number; headers?: Record<string, string>; body?: string; bodyBytes?: number }): Promise<Hostile> {
  const state = { sent: 0 };
  const server: Server = createServer((req, res) => {
    const a = answer((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
    if (a.bodyBytes === undefined) return res.end(a.body ?? '{}');
    // A body of bodyBytes, written as fast as the client reads it.
    const chunk = Buffer.alloc(64 * 1024, 'a');
    chunk.write('{"error":{"code":"');
    const pump = () => {
      while (state.sent < a.bodyBytes!) {
        state.sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => undefined);
    pump();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get sent() {
      return state.sent;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}


describe('a verification server’s answer is text from outside', () => {
  let servers: Hostile[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });

  it('an error code and openai-organization / openai-project headers that echo the key, hold escapes, or are huge', async () => {
    const repo = makeRepo();
    const [a, b] = [makeKey(), makeKey()];
    repo.write('a.txt', `${a}\n`);
    repo.write('b.txt', `${b}\n`);
    const server = await hostileServer((key) =>
      key === a
        ? { status: 401, body: JSON.stringify({ error: { code: `bad_key_${key}\x1b[2J${'x'.repeat(30_000)}`, message: key } }) }
        : { status: 200, headers: { 'openai-organization': `org-${key}`, 'openai-project': `proj_\x9b2J\x9d0;pwned\x07${'p'.repeat(8000)}`.replace('\x07', '\x9c') }, body: '{"object":"list","data":[]}' },
    );
    servers.push(server);
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const s = withSummary(repo);
      const r = await runCliAsync(['-f', format, '--verify', '--verify-base-url', server.url], repo.dir, s.env);
      const out = r.stdout + r.stderr + s.summary();
      expect(r.code, r.stderr).toBe(1);
      expect(leaked(out, [a, b]), format).toEqual([]);
      // Node's server sends no ESC in a header; the 8-bit CSI and OSC (U+009B, U+009D) do the same in a terminal.
      expect(out, format).not.toMatch(/[\x1b\x9b\x9c\x9d]/);
      expect(out, format).not.toContain('p'.repeat(1000));
      if (format === 'json') {
        const findings = JSON.parse(r.stdout).findings as Array<{ file: string; verification: { status: string; detail?: string; organization?: string; project?: string } }>;
        const va = findings.find((f) => f.file === 'a.txt')!.verification;
        const vb = findings.find((f) => f.file === 'b.txt')!.verification;
        expect(va.status).toBe('error');
        expect(va.detail).toMatch(/^HTTP 401 \[redacted\]\\x1b\[2Jx+…/);
        expect(vb.status).toBe('live');
        expect(vb.organization).toBe('[redacted]');
        expect(vb.project!.length).toBeLessThan(200);
      }
    }
  });

  it('reads at most 64 KB of a 256 MB response body', async () => {
    const repo = makeRepo();
    const key = makeKey();
    repo.write('a.txt', `${key}\n`);
    const server = await hostileServer(() => ({ status: 401, bodyBytes: 256 * 1024 * 1024 }));
    servers.push(server);
    const r = await runCliAsync(['-f', 'json', '--verify', '--verify-base-url', server.url], repo.dir, repo.env);
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].verification.status).toBe('error');
    // The client hung up after its cap: the server got to write what the socket buffers hold, not 256 MB.
    expect(server.sent).toBeLessThan(32 * 1024 * 1024);
  });
});

describe('nothing from the repository becomes a workflow command', () => {
  const HOSTILE = ['::stop-commands::pwned', '::add-mask::pwned', '::error file=x.ts::pwned', 'nl\n::error::pwned', 'a##[error]pwned', '  ::warning::pwned'];

  function hostileRepo(): Repo {
    const repo = makeRepo();
    for (const name of HOSTILE) {
      repo.write(`${name}.ts`, `const k = "${makeKey()}";\n`);
      repo.write(`${name}/.env`, `OPENAI_API_KEY=${makeKey()}\n`);
    }
    // An allowed key, so that suppressed lists (which start lines with the file name) have one too.
    repo.write(`${HOSTILE[0]}/allowed.ts`, `const k = "${makeKey()}"; // openai-key-scan:allow ::error::pwned ##[error]pwned\n`);
    repo.commit('hostile names');
    return repo;
  }

  /** Lines the runner would take for a command: `::` after leading white space, or `##[` anywhere. */
  function commands(out: string): string[] {
    return out.split(/\r?\n|\r/).filter((l) => /^[\s\u0085\u001c-\u001f]*::/.test(l) || l.includes('##['));
  }

  /** The commands the Action means: annotations (title=…), its summary warnings, its own failure. */
  const INTENDED = /^::(error|warning|notice) title=[^:]*::|^::warning::\d+ more finding\(s\) are not annotated|^::error::openai-key-scan: \d+ finding/;

  it('the CLI in a workflow step, text format', () => {
    const repo = hostileRepo();
    for (const args of [[], ['--explain'], ['history', '--explain']]) {
      const r = runCli(args, { cwd: repo.dir, env: repo.env });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('pwned');
      expect(commands(r.stdout + r.stderr), args.join(' ')).toEqual([]);
    }
  });

  it('the Action’s log: every command in it is one the Action meant', () => {
    const repo = hostileRepo();
    const runner = tempDir('oks-runner-');
    const files = { event: path.join(runner, 'event.json'), output: path.join(runner, 'output'), summary: path.join(runner, 'summary.md') };
    writeFileSync(files.event, JSON.stringify({ repository: { default_branch: 'main' } }));
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    mkdirSync(path.join(repo.dir, 'node_modules'), { recursive: true });
    const r = spawnSync(process.execPath, [ACTION], {
      cwd: repo.dir,
      encoding: 'utf8',
      env: { ...repo.env, GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: files.event, GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, GITHUB_WORKSPACE: repo.dir },
    });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('pwned');
    const cmds = commands(r.stdout + '\n' + r.stderr);
    expect(cmds.length).toBeGreaterThan(0);
    expect(cmds.filter((l) => !INTENDED.test(l))).toEqual([]);
    // The annotations' properties are escaped, so no file name ends a property list early.
    for (const l of cmds.filter((c) => c.startsWith('::error title=') || c.startsWith('::warning title='))) {
      expect(l.slice(0, l.indexOf('::', 2))).not.toMatch(/file=[^,]*pwned.*::/);
    }
  });
});
