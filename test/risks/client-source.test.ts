import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { materialize } from '../helpers/keys.js';
import { makeRepo, runCli } from '../helpers/repo.js';

/**
 * Source that ships to the browser or into an app (issue 16), through the built CLI: one fixture app
 * per framework under fixtures/client/, each with a client file (labelled, critical, the message
 * naming the signal) and a server-side file that must not be labelled.
 */
type F = { file: string; kind: string; ruleId: string; severity: string; exposure?: string[]; message: string };

function scanFixture(name: string, args: string[] = []) {
  const repo = makeRepo();
  const planted = materialize(`client/${name}`, repo.dir);
  repo.commit(name);
  const r = runCli(['-f', 'json', ...args], { cwd: repo.dir });
  for (const keys of planted.values()) for (const k of keys) expect(r.stdout + r.stderr).not.toContain(k);
  const findings = (JSON.parse(r.stdout).findings as F[]).filter((f) => f.kind === 'key');
  return { repo, findings, code: r.code };
}

const brief = (fs: F[]) => fs.map((f) => [f.file, f.severity, f.exposure ?? []]);

describe.each([
  ['nextjs', [['app/chat/page.tsx', 'client-source', /a Next\.js client component \("use client"\)/], ['pages/settings.tsx', 'client-source', /a Next\.js page \(pages\/\)/]], ['app/layout.tsx', 'pages/api/chat.ts']],
  ['vite-react', [['src/services/ai.ts', 'client-source', /the source of a client-only Vite app \(package\.json\)/]], ['vite.config.ts']],
  ['vue', [['components/Chat.vue', 'client-source', /a Vue single-file component/]], ['server/api/chat.post.ts']],
  ['svelte', [['src/lib/Chat.svelte', 'client-source', /a Svelte component/]], ['src/routes/api/chat/+server.ts']],
  ['astro', [['src/pages/index.astro', 'client-source', /an Astro component's <script> block/]], ['src/pages/index.astro']],
  ['extension', [['extension/background.js', 'browser-extension', /a browser extension \(extension\/manifest\.json\).*anyone who installs the extension can read it/]], ['proxy/index.js']],
  ['electron', [['src/renderer/app.js', 'client-source', /Electron renderer code/]], ['src/main/index.js']],
  ['expo', [['app/index.tsx', 'mobile-app', /a mobile app \(an Expo app\).*anyone who installs the app can extract it/]], ['app/api/chat+api.ts']],
  ['flutter', [['lib/main.dart', 'mobile-app', /a Flutter app \(lib\/\)/]], ['tool/release.dart']],
  ['ios', [['Chat/ContentView.swift', 'mobile-app', /an iOS app \(Swift importing SwiftUI or UIKit\)/]], ['Server/Sources/App/routes.swift']],
  ['android', [['app/src/main/java/com/example/chat/MainActivity.kt', 'mobile-app', /an Android app module/]], ['backend/src/main/kotlin/Server.kt']],
] as const)('%s', (name, client, server) => {
  it('labels the client file critical with its signal, and not the server file', () => {
    const { findings, code } = scanFixture(name);
    expect(code).toBe(1);
    const labelled = findings.filter((f) => f.exposure);
    expect(brief(labelled)).toEqual(client.map(([file, exposure]) => [file, 'critical', [exposure]]));
    client.forEach(([, , message], i) => expect(labelled[i]!.message).toMatch(message));
    for (const f of labelled) expect(f.message).toContain('server-side proxy');
    const plain = findings.filter((f) => !f.exposure);
    expect(plain.map((f) => f.file)).toEqual([...server]);
    for (const f of plain) expect(f.severity).not.toBe('critical');
  });
});

describe('modes and signals', () => {
  it('staged mode labels a staged client component (project files read from the work tree)', () => {
    const repo = makeRepo();
    materialize('client/nextjs', repo.dir);
    repo.git('add', '-A');
    const r = runCli(['staged', '-f', 'json'], { cwd: repo.dir });
    const page = (JSON.parse(r.stdout).findings as F[]).find((f) => f.file === 'app/chat/page.tsx')!;
    expect(page.exposure).toEqual(['client-source']);
    expect(page.severity).toBe('critical');
  });

  it('a .tsx file without a framework around it says nothing', () => {
    const repo = makeRepo();
    const planted = materialize('client/nextjs', repo.dir);
    writeFileSync(path.join(repo.dir, 'package.json'), '{"name":"plain","dependencies":{"react":"^19.0.0"}}');
    repo.commit('no next');
    const r = runCli(['-f', 'json'], { cwd: repo.dir });
    const findings = JSON.parse(r.stdout).findings as F[];
    // "use client" still marks a React client component; pages/ without Next.js is only a folder.
    expect(findings.filter((f) => f.kind === 'key').map((f) => [f.file, f.exposure ?? []])).toEqual([
      ['app/chat/page.tsx', ['client-source']],
      ['app/layout.tsx', []],
      ['pages/api/chat.ts', []],
      ['pages/settings.tsx', []],
    ]);
    expect(planted.size).toBe(4);
  });
});

describe('browser-sdk on the SDK itself', () => {
  it('does not fire in the openai package (its package.json name), nor in a string; fires in an app', () => {
    const repo = makeRepo();
    const azure = "export class AzureOpenAI extends OpenAI {\n  constructor(opts) {\n    super({ ...opts, dangerouslyAllowBrowser: true });\n    this.hint = 'pass dangerouslyAllowBrowser: true to run in a browser';\n  }\n}\n"; // openai-key-scan:allow
    repo.write('package.json', '{"name":"openai","version":"4.0.0"}');
    repo.write('src/azure.ts', azure);
    repo.write('examples/app/package.json', '{"name":"demo","dependencies":{"openai":"^4.0.0"}}');
    repo.write('examples/app/main.ts', azure);
    repo.commit('sdk');
    const r = runCli(['-f', 'json', '--fail-on', 'none'], { cwd: repo.dir });
    const sdk = (JSON.parse(r.stdout).findings as F[]).filter((f) => f.ruleId === 'browser-sdk');
    expect(sdk.map((f) => f.file)).toEqual(['examples/app/main.ts']);
  });
});
