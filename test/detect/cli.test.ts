import { describe, expect, it } from 'vitest';
import { encode, makeKey } from '../helpers/keys.js';
import { makeRepo, runCli } from '../helpers/repo.js';

/** Each encoding and context of issue 16 through the built CLI: one file each, the encoding reported, no key printed. */
describe('encodings and contexts, end to end', () => {
  it('finds every key with its encoding, and the assembled-key risk, with no key in the output', () => {
    const repo = makeRepo();
    const keys: string[] = [];
    const key = () => {
      const k = makeKey('proj', 74);
      keys.push(k);
      return k;
    };
    // An indented block whose line break cuts the encoded marker (no 8-character piece of it whole).
    const indented = () => {
      for (let pad = 0; ; pad++) {
        const k = makeKey('proj', 74);
        const block = Buffer.from(`${'#'.repeat(pad)}\nOPENAI_API_KEY=${k}\n`).toString('base64').match(/.{1,76}/g)!.join('\n');
        if (/VDNCbGJr|Qmxia0ZK|M0JsYmtG/.test(block)) continue;
        keys.push(k);
        return block.split('\n').map((l) => `    ${l}`).join('\n');
      }
    };
    const files: Array<[string, string, string]> = [
      ['ci.log', `\x1b[31mError: invalid key ${key()}\x1b[0m\n`, 'plain'],
      ['notebook.json', `{"traceback": ["\\u001b[0;31m${key()}\\u001b[0m"]}\n`, 'escaped'],
      ['redirect.txt', `https://x.test/login?next=%2Fcb%3Fkey%253D${key()}\n`, 'url'],
      ['secret.yaml', `apiVersion: v1\nkind: Secret\nstringData:\n  env: |\n${indented()}\n`, 'base64'],
      ['wrapped.b64', `${encode('wrapped76', key())}\n`, 'base64'],
      ['config.json', `{"k": "${encode('dashes-u', key())}"}\n`, 'escaped'],
      ['page.html', `<meta name="k" content="${encode('entities', key())}">\n`, 'entity'],
      ['mail.eml', `Content-Transfer-Encoding: quoted-printable\n\nkey=3D${encode('qp', key())}\n`, 'quoted-printable'],
      ['dump.hex', `${encode('hex', key())}\n`, 'hex'],
      ['url.txt', `${encode('percent', key())}\n`, 'url'],
      ['client.py', `KEY = (${encode('split-implicit', key())})\n`, 'split'],
      ['cut.js', `const k = ${encode('split-marker', key())};\n`, 'split'],
    ];
    for (const [file, text] of files) repo.write(file, text);
    repo.write('obf.js', 'const key = ["sk-proj-", a, b].join("");\n'); // openai-key-scan:allow
    repo.commit('encoded keys');
    const r = runCli(['-f', 'json', '--fail-on', 'key'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    for (const k of keys) {
      expect(r.stdout).not.toContain(k);
      expect(r.stderr).not.toContain(k);
    }
    const findings = JSON.parse(r.stdout).findings as Array<{ file: string; kind: string; ruleId: string; encoding: string; message: string; severity: string }>;
    const byFile = new Map(findings.filter((f) => f.kind === 'key').map((f) => [f.file, f.encoding]));
    expect(Object.fromEntries(byFile)).toEqual(Object.fromEntries(files.map(([f, , e]) => [f, e])));
    const assembled = findings.find((f) => f.ruleId === 'assembled-key')!;
    expect(assembled).toMatchObject({ file: 'obf.js', severity: 'high' });
    expect(assembled.message).toContain('obfuscation is not protection');
    expect(findings.find((f) => f.file === 'client.py')!.message).toContain('split across string literals');
  });
});
