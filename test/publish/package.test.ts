import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PKG } from '../helpers/built.js';
import { makeKey } from '../helpers/keys.js';
import { tempDir } from '../helpers/repo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** npm run offline against a registry that is not there: nothing leaves 127.0.0.1. */
function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', [...args, '--offline', '--registry', 'http://127.0.0.1:9/', '--no-audit', '--no-fund', '--loglevel', 'warn'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_cache: path.join(tempDir('oks-npm-cache-'), 'c'), npm_config_update_notifier: 'false' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The package as `npm publish` would see it: this run's fresh build of src/, with the files npm adds. */
let pkgDir: string;
beforeAll(() => {
  pkgDir = path.join(tempDir('oks-pack-'), 'openai-key-scan');
  cpSync(PKG, pkgDir, { recursive: true });
  for (const f of ['README.md', 'LICENSE', 'CHANGELOG.md', 'SECURITY.md']) cpSync(path.join(ROOT, f), path.join(pkgDir, f));
});

/** Every library declaration: src/ less the shells (cli/, action/), which the library never imports. */
function libraryDeclarations(): string[] {
  return readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.ts') && !/^(cli|action)\//.test(f))
    .map((f) => `dist/types/${f.replace(/\.ts$/, '.d.ts')}`);
}

describe('the npm package', () => {
  it('holds exactly the bundles, the library types, the config schema, README, LICENSE and package.json', () => {
    const r = npm(['pack', '--dry-run', '--json'], pkgDir);
    expect(r.code, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path).sort();
    expect(files).toEqual(['LICENSE', 'README.md', 'dist/archives.js', 'dist/cli.cjs', 'dist/cli.js', 'dist/commands.js', 'dist/config.schema.json', 'dist/hook.cjs', 'dist/index.js', 'dist/scan-worker.js', 'dist/staged.sh', 'package.json', ...libraryDeclarations()].sort());
  });

  it('has every declaration its entry point reaches', () => {
    const packed = new Set(libraryDeclarations());
    const todo = ['dist/types/index.d.ts'];
    const seen = new Set<string>();
    while (todo.length) {
      const file = todo.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      expect(packed, `${file} is imported by the library's types but not packed`).toContain(file);
      for (const [, spec] of readFileSync(path.join(pkgDir, file), 'utf8').matchAll(/(?:from|import\()\s*['"](\.[^'"]+)['"]/g)) {
        todo.push(path.posix.join(path.posix.dirname(file), spec!.replace(/\.js$/, '.d.ts')));
      }
    }
    expect(seen.size).toBeGreaterThan(5);
  });

  it('publishes without npm correcting package.json (a dropped bin would break npx)', () => {
    const r = npm(['publish', '--dry-run'], pkgDir);
    expect(r.code, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => /npm (warn|error)/i.test(l) && !/requires you to be logged in/.test(l));
    expect(warnings).toEqual([]);
  });

  it('installs from its tarball and runs as the README says: the CLI, and the library by import', () => {
    const out = tempDir('oks-tgz-');
    const packed = npm(['pack', '--pack-destination', out, '--json'], pkgDir);
    expect(packed.code, packed.stderr).toBe(0);
    const tarball = path.join(out, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);
    const app = tempDir('oks-app-');
    writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "private": true, "type": "module" }\n');
    const installed = npm(['install', tarball], app);
    expect(installed.code, installed.stderr).toBe(0);
    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    const bin = path.join(app, 'node_modules/.bin/openai-key-scan');
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe(version);
    const key = makeKey('proj', 74);
    writeFileSync(path.join(app, 'leak.js'), `const k = '${key}';\n`);
    const scan = spawnSync(bin, ['leak.js', '-f', 'jsonl', '--repository', 'app'], { cwd: app, encoding: 'utf8' });
    expect(scan.status).toBe(1);
    expect(scan.stdout).not.toContain(key);
    expect(JSON.parse(scan.stdout.split('\n')[0]!)).toMatchObject({ type: 'finding', repository: 'app', file: 'leak.js' });
    // The hook's own bundle is packed too: `staged` stops the key once it is staged.
    execFileSync('git', ['init', '-q'], { cwd: app });
    execFileSync('git', ['add', 'leak.js'], { cwd: app });
    const staged = spawnSync(bin, ['staged'], { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(staged.status, staged.stderr).toBe(1);
    expect(staged.stdout).toContain('leak.js');
    expect(staged.stdout).not.toContain(key);
    // The gate's bin, as npm links it (a shell script): the key goes to the scanner, a clean change does not.
    const gate = path.join(app, 'node_modules/.bin/openai-key-scan-staged');
    const gated = spawnSync(gate, [], { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(gated.status, gated.stderr).toBe(1);
    expect(gated.stdout).toContain('leak.js');
    execFileSync('git', ['rm', '-q', '--cached', 'leak.js'], { cwd: app });
    execFileSync('git', ['add', 'package.json'], { cwd: app });
    expect(execFileSync(gate, [], { cwd: app, encoding: 'utf8' })).toMatch(/^No OpenAI keys found\. 1 staged file\(s\)/);
    const lib = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "const m = await import('openai-key-scan'); const r = await m.scanTree({ paths: ['leak.js'] }); process.stdout.write(m.formatReport(r, 'jsonl', { color: false, repository: 'app' }))"],
      { cwd: app, encoding: 'utf8' },
    );
    expect(lib).not.toContain(key);
    expect(lib.trim().split('\n').map((l) => JSON.parse(l).type)).toEqual(['finding', 'summary']);
    expect(readdirSync(path.join(app, 'node_modules/openai-key-scan/dist'))).toContain('scan-worker.js');
  });
});
