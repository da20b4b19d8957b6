#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/run/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/run/batch.ts
var SEP = "\0";
function decodeBatch(m) {
  if ("entries" in m) return m.entries;
  const abs = m.abs.split(SEP);
  const files = m.files.split(SEP);
  return abs.map((a, i) => {
    const f = m.flags.charCodeAt(i) - 48;
    const entry = { abs: a, file: files[i] };
    if (f & 1) entry.untracked = true;
    if (f & 2) entry.follow = true;
    return entry;
  });
}

// src/report/text.ts
function printable(s) {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/g, (ch) => {
    if (ch === "##[") return "##\\x5b";
    if (ch === "\n") return "\\n";
    if (ch === "\r") return "\\r";
    const code = ch.charCodeAt(0);
    return code > 255 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\x${code.toString(16).padStart(2, "0")}`;
  });
}

// src/report/redact.ts
function redact(secret, prefix) {
  const safePrefix = prefix.length < secret.length - 4 ? prefix : "";
  return `${safePrefix}\u2026${secret.slice(-4)}`;
}
var MARKER_FORMS = ["T3BlbkFJ", "VDNCbGJr", "Qmxia0ZK", "M0JsYmtG", "\\x54\\x33", "\\u0054\\u0033"];
var TOKEN_CHAR = /[A-Za-z0-9+/_\\%-]/;
function maskText(text) {
  const hits = [];
  for (const m of MARKER_FORMS) for (let i = text.indexOf(m); i !== -1; i = text.indexOf(m, i + m.length)) hits.push([i, i + m.length]);
  if (!hits.length) return text;
  hits.sort((a, b) => a[0] - b[0]);
  let out = "";
  let done = 0;
  for (const [start, end] of hits) {
    if (start < done) continue;
    let from = start;
    while (from > done && TOKEN_CHAR.test(text[from - 1])) from--;
    let to = end;
    while (to < text.length && TOKEN_CHAR.test(text[to])) to++;
    out += `${text.slice(done, from)}[redacted]`;
    done = to;
  }
  return out + text.slice(done);
}
var KEY_START = /sk-[A-Za-z0-9_-]{16,}/g;
function fromOutside(text, max = 500) {
  const masked = maskText(text.length > 4 * max ? text.slice(0, 4 * max) : text).replace(KEY_START, "[redacted]");
  return printable(masked.length > max ? `${masked.slice(0, max)}\u2026` : masked);
}
var CONTEXT = 40;
function excerpt(line, spans, focus) {
  const from = Math.max(0, focus.column - 1 - CONTEXT * 2);
  const to = Math.min(line.length, focus.endColumn - 1 + CONTEXT * 2);
  let text = line.slice(from, to);
  let lo = 0;
  for (let hi = spans.length; lo < hi; ) {
    const mid = lo + hi >> 1;
    if (spans[mid].endColumn - 1 > from) hi = mid;
    else lo = mid + 1;
  }
  const inWindow = [];
  for (let i = lo; i < spans.length && spans[i].column - 1 < to; i++) if (spans[i].endColumn - 1 > from) inWindow.push(spans[i]);
  inWindow.sort((a, b) => b.column - a.column);
  let focusAt = focus.column - 1 - from;
  for (const s of inWindow) {
    const a = Math.max(0, s.column - 1 - from);
    const b = Math.min(text.length, s.endColumn - 1 - from);
    text = text.slice(0, a) + s.replacement + text.slice(b);
    if (s === focus) focusAt = a;
  }
  const focusEnd = focusAt + focus.replacement.length;
  const start = Math.max(0, focusAt - CONTEXT);
  const end = Math.min(text.length, focusEnd + CONTEXT);
  const body = text.slice(start, end).replace(/\s+/g, " ").trim();
  return maskText((start > 0 || from > 0 ? "\u2026" : "") + body + (end < text.length || to < line.length ? "\u2026" : ""));
}

// src/config/inline.ts
var DIRECTIVE = /openai-key-scan:allow(-next-line)?(?![\w-])(.*)$/;
function parse(line, nextLine) {
  if (line === void 0) return void 0;
  const at = line.indexOf("openai-key-scan:allow");
  if (at === -1) return void 0;
  const m = DIRECTIVE.exec(line.slice(at, at + 400));
  if (!m || Boolean(m[1]) !== nextLine) return void 0;
  const reason = m[2].replace(/\s*(\*\/|-->|%>|#}|\}\}).*$/, "").replace(/^\s*[:\-\u2013\u2014]?\s*/, "").trim();
  return { where: nextLine ? "previous-line" : "same-line", ...reason ? { reason: fromOutside(reason, 200) } : {} };
}
function inlineAllow(line, previousLine) {
  return parse(line, false) ?? parse(previousLine, true);
}

// src/rules/keys.ts
var MARKER = "T3BlbkFJ";
var SERVICE_NAME = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,40}[A-Za-z0-9])?";
var NOT_A_NAME = "(?!(?:proj|svcacct|admin|None)-)(?!ant-|ant$|or-|lf-|live-|test-)";
var KEY_RULES = [
  {
    id: "openai-project-key",
    kind: "key",
    title: "OpenAI project key",
    severity: "high",
    description: "A project-scoped OpenAI secret key (`sk-proj-`): anyone who holds it can call the API as the project and bill its owner.",
    docs: "openai-project-key",
    verifyPath: "/v1/models",
    shapes: [{ prefix: /^sk-proj-$/, text: "sk-proj-", seen: [20, 58, 74], alphabet: "base64url" }],
    literals: [MARKER],
    samples: {
      match: [
        "OPENAI_API_KEY={{key:proj:74}}",
        'const client = new OpenAI({ apiKey: "{{key:proj:74}}" });',
        "key = '{{key:proj:58}}'",
        "sk={{key:proj:20}}",
        "f({{key:proj:74}}), g()",
        "https://example.test/?key={{key:proj:74}}&a=1",
        "<key>{{key:proj:74}}</key>",
        '{"k": "{{key:proj:74}}"}',
        "openai_key: {{key:proj:33}}",
        "openai_key: {{key:proj:100}}",
        // Encodings and contexts (detect/decoders): each is a key people committed without seeing it.
        "{{enc:wrapped76:proj:74}}",
        '{"k": "{{enc:dashes-u:proj:74}}"}',
        '<input value="{{enc:dashes-entity:proj:58}}">',
        "<key>{{enc:entities:proj:74}}</key>",
        "https://example.test/?key={{enc:percent:proj:74}}&a=1",
        "secret: {{enc:hex:proj:74}}",
        "Content-Transfer-Encoding: quoted-printable\n\nkey: {{enc:qp:proj:74}}",
        '"traceback": ["{{enc:ansi:proj:74}}"]',
        "const key = {{enc:split:proj:74}};",
        "KEY = ({{enc:split-implicit:proj:74}})"
      ],
      noMatch: [
        "OPENAI_API_KEY=sk-proj-...",
        "OPENAI_API_KEY=sk-proj-your-key-here",
        "x{{key:proj:74}}",
        "{{key:proj:74}}x_",
        "{{unequal:proj:74:58}}",
        "{{key:proj:19}}",
        "{{key:proj:101}}",
        "{{placeholder:proj:28:EXAMPLE}}",
        "{{placeholder:proj:74:EXAMPLE}}",
        "{{placeholder:proj:58:XXXX}}",
        "{{run:proj:74:X}}",
        "<p>Caf&#233; &#8212; &#84;&#51; is not a key</p>",
        "https://example.test/?q=T3BlbkFJ%20and%20sk-proj-%2E%2E%2E",
        '"sk\\u002dproj\\u002d{{run:proj:74:X}}"',
        'x = "{{run:proj:37:X}}" + "{{run:proj:37:X}}"'
      ]
    }
  },
  {
    id: "openai-service-account-key",
    kind: "key",
    title: "OpenAI service account key",
    severity: "high",
    description: "An OpenAI service account key (`sk-svcacct-`, or a named `sk-<name>-` service key): a key that belongs to a project's service account, not a person, and often runs in production.",
    docs: "openai-service-account-key",
    verifyPath: "/v1/models",
    shapes: [
      { prefix: /^sk-svcacct-$/, text: "sk-svcacct-", seen: [46, 74], alphabet: "base64url" },
      { prefix: new RegExp(`^sk-${NOT_A_NAME}${SERVICE_NAME}-$`), text: "sk-<name>-", seen: [20], alphabet: "base64url" }
    ],
    literals: [MARKER],
    samples: {
      match: [
        'OPENAI_API_KEY="{{key:svcacct:74}}"',
        'OPENAI_API_KEY="{{key:svcacct:46}}"',
        "api_key: {{key:name=my-service-account:20}}",
        "api_key: {{key:name=batch2:20}}"
      ],
      noMatch: [
        "OPENAI_API_KEY=sk-svcacct-***",
        "{{unequal:svcacct:74:73}}",
        "{{fake:anthropic}}",
        "{{fake:openrouter}}"
      ]
    }
  },
  {
    id: "openai-admin-key",
    kind: "key",
    title: "OpenAI admin key",
    severity: "critical",
    description: "An OpenAI Admin API key (`sk-admin-`): it manages the whole organisation (members, projects, keys, billing), so a leak is worse than any other key's.",
    docs: "openai-admin-key",
    verifyPath: "/v1/organization/admin_api_keys?limit=1",
    shapes: [{ prefix: /^sk-admin-$/, text: "sk-admin-", seen: [58], alphabet: "base64url" }],
    literals: [MARKER],
    samples: {
      match: ["OPENAI_ADMIN_KEY={{key:admin:58}}", "headers: { Authorization: 'Bearer {{key:admin:58}}' }"],
      noMatch: ["OPENAI_ADMIN_KEY=sk-admin-<your admin key>", "{{unequal:admin:58:57}}"]
    }
  },
  {
    id: "openai-user-key",
    kind: "key",
    title: "OpenAI user key",
    severity: "high",
    description: "A legacy user key (`sk-` + 20 + marker + 20 alphanumerics) or an `sk-None-` key: keys tied to a user rather than a project, still accepted by the API.",
    docs: "openai-user-key",
    verifyPath: "/v1/models",
    shapes: [
      { prefix: /^sk-$/, text: "sk-", seen: [20], alphabet: "alnum" },
      { prefix: /^sk-None-$/, text: "sk-None-", seen: [20, 74], alphabet: "base64url" }
    ],
    literals: [MARKER],
    samples: {
      match: [
        'openai.api_key = "{{key:legacy:20}}"',
        "OPENAI_API_KEY={{key:legacy:20}}\r",
        "OPENAI_API_KEY={{key:none:74}}",
        "OPENAI_API_KEY={{key:none:20}}"
      ],
      noMatch: [
        "OPENAI_API_KEY=sk-...",
        "{{run:legacy:20:a}}",
        "{{digits:legacy:20}}",
        "{{placeholder:legacy:20:your}}",
        "{{fake:sk48}}",
        "{{fake:hex32}}",
        "{{fake:stripe}}",
        "{{fake:marker-in-blob}}",
        "{{unequal:legacy:20:21}}",
        "{{legacy-with-dash}}"
      ]
    }
  }
];

// src/detect/fingerprint.ts
import { createRequire } from "node:module";
var crypto;
function sha256Hex(data, encoding = "utf8") {
  crypto ??= createRequire(import.meta.url)("node:crypto");
  return crypto.createHash("sha256").update(data, encoding).digest("hex");
}
function fingerprint(secret) {
  return sha256Hex(secret, "latin1").slice(0, 16);
}

// src/detect/alphabet.ts
function table(chars3) {
  const t = new Uint8Array(256);
  for (const c of chars3) t[c.charCodeAt(0)] = 1;
  return t;
}
var ALNUM_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
var KEY_CHAR = table(ALNUM_CHARS + "_-");
var ALNUM = table(ALNUM_CHARS);
var NAME_CHAR = table(ALNUM_CHARS + "-");
var HEX = table("0123456789abcdefABCDEF");
var BASE64_CHAR = table(ALNUM_CHARS + "+/_-");
var HEX_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX_VALUE["0123456789abcdef".charCodeAt(i)] = i;
  HEX_VALUE["0123456789ABCDEF".charCodeAt(i)] = i;
}

// src/detect/prefilter.ts
var ANY_BYTE = "";
function bytesOf(chars3) {
  if (chars3 === ANY_BYTE) return void 0;
  const out = [];
  for (let i = 0; i < chars3.length; i++) {
    const c = chars3.charCodeAt(i);
    if (c > 255) throw new Error("prefilter: literals are bytes (latin1)");
    out.push(c);
  }
  return out;
}
function tableOf(bytes) {
  if (!bytes) return void 0;
  const t = new Uint8Array(256);
  for (const b of bytes) t[b] = 1;
  return t;
}
var ALL_BYTES = Array.from({ length: 256 }, (_, b) => b);
var Hits = class {
  offsets = new Int32Array(64);
  literals = new Uint16Array(64);
  count = 0;
  reset() {
    this.count = 0;
    return this;
  }
  push(offset, literal) {
    if (this.count === this.offsets.length) {
      const o = new Int32Array(this.count * 2);
      o.set(this.offsets);
      this.offsets = o;
      const l = new Uint16Array(this.count * 2);
      l.set(this.literals);
      this.literals = l;
    }
    this.offsets[this.count] = offset;
    this.literals[this.count++] = literal;
  }
};
var Prefilter = class _Prefilter {
  /** Per literal: its bytes (a string literal), or one class table per position (a pattern; undefined: any byte). */
  fixed;
  classes;
  lengths;
  /** Length of the shortest literal: the window size. */
  m;
  shift;
  /** For a block that ends a window (shift 0): the literals whose window ends with it. */
  heads = new Array(65536);
  /** Reused by every scan: a scan's hits are read before the next scan starts (one thread, no reentry). */
  hits = new Hits();
  /** The second half's hits, appended to `hits` at the end of a scan. */
  second = new Hits();
  constructor(literals) {
    this.fixed = literals.map((l) => typeof l === "string" ? Buffer.from(l, "latin1") : void 0);
    const bytes = literals.map((l) => typeof l === "string" ? Array.from(l, (c) => [c.charCodeAt(0) & 255]) : l.map(bytesOf));
    const tables = /* @__PURE__ */ new Map();
    this.classes = literals.map(
      (l, i) => typeof l === "string" ? void 0 : l.map((chars3, j) => {
        if (!tables.has(chars3)) tables.set(chars3, tableOf(bytes[i][j]));
        return tables.get(chars3);
      })
    );
    this.lengths = literals.map((l) => l.length);
    this.m = Math.min(...this.lengths);
    if (this.m < 2 || literals.length > 65535) throw new Error("prefilter: literals need 2+ bytes, at most 65535 of them");
    const m = this.m;
    this.shift = new Uint8Array(65536).fill(Math.min(255, m - 1));
    for (let index = 0; index < literals.length; index++) {
      const at = bytes[index];
      for (let j = 1; j < m; j++) {
        const s = m - 1 - j;
        const first = at[j - 1] ?? ALL_BYTES;
        const second = at[j] ?? ALL_BYTES;
        for (let x = 0; x < first.length; x++) {
          for (let y = 0; y < second.length; y++) {
            const block = first[x] << 8 | second[y];
            if (s < this.shift[block]) this.shift[block] = s;
            if (s === 0) (this.heads[block] ??= []).push(index);
          }
        }
      }
    }
    const lit = this.fixed.find((l) => l !== void 0);
    if (lit) {
      const sample = Buffer.alloc(2 * _Prefilter.SPLIT_FROM, 32);
      lit.copy(sample, 1);
      lit.copy(sample, sample.length - lit.length - 1);
      this.scan(sample);
      this.scan(sample.subarray(0, 64));
    }
  }
  /** Below this size a buffer is scanned by one window: splitting it would cost more than it saves. */
  static SPLIT_FROM = 4096;
  /**
   * All hits in `buf`, in increasing offset order (windows only move forward); valid until the next scan.
   * Two windows move at once, one through each half of the buffer. Each step's next position waits on
   * two loads (the bytes, then the shift table), so one window leaves the CPU idle most of the time;
   * two independent ones run in the same time (1.75x the throughput on npm packages).
   */
  scan(buf) {
    const hits = this.hits.reset();
    const to = buf.length;
    const m = this.m;
    if (to < _Prefilter.SPLIT_FROM) {
      this.run(buf, m - 1, to, hits);
      return hits;
    }
    const split = (to >> 1) + m;
    const second = this.second.reset();
    const { shift } = this;
    let i = m - 1;
    let j = split;
    while (i < split && j < to) {
      const si = shift[buf[i - 1] << 8 | buf[i]];
      const sj = shift[buf[j - 1] << 8 | buf[j]];
      if (si === 0) this.verify(buf, i++, hits);
      else i += si;
      if (sj === 0) this.verify(buf, j++, second);
      else j += sj;
    }
    if (i < split) this.run(buf, i, split, hits);
    if (j < to) this.run(buf, j, to, second);
    for (let k = 0; k < second.count; k++) hits.push(second.offsets[k], second.literals[k]);
    return hits;
  }
  /** One window over the window ends [i, to). */
  run(buf, i, to, hits) {
    const { shift } = this;
    while (i < to) {
      const s = shift[buf[i - 1] << 8 | buf[i]];
      if (s !== 0) i += s;
      else this.verify(buf, i++, hits);
    }
  }
  /** The literals whose window ends at `i` (a block with shift 0), compared in full. */
  verify(buf, i, hits) {
    const { m, heads, fixed, classes, lengths } = this;
    const start = i - m + 1;
    for (const index of heads[buf[i - 1] << 8 | buf[i]]) {
      const length = lengths[index];
      if (start + length > buf.length) continue;
      let k = 0;
      const lit = fixed[index];
      if (lit) {
        while (k < length && buf[start + k] === lit[k]) k++;
      } else {
        const cls = classes[index];
        while (k < length && (cls[k] === void 0 || cls[k][buf[start + k]] === 1)) k++;
      }
      if (k === length) hits.push(start, index);
    }
  }
};

// src/detect/decoders/base64.ts
var RUNS = [
  { run: "VDNCbGJrRk", before: "", next: "op", aligned: 0 },
  { run: "QzQmxia0ZK", before: "1FVl", next: "", aligned: 2 },
  { run: "UM0JsYmtGS", before: "", next: "ijklmn", aligned: 1 }
];
var ALIGNED = RUNS.map(({ run, aligned }) => Buffer.from(run.slice(aligned, aligned + 8), "latin1"));
var chars = (s) => [...s];
var MARKS = "#>;*";
var LEAD = `
 	${MARKS}`;
var LITERALS = RUNS.flatMap(({ run, before, next }) => [
  run.slice(0, 8),
  // Broken after 1 to 5 characters: the line break, indentation or a line's mark, then the rest of
  // the run. The first two end where the run's first 8 characters end: dense base64 stops the scan
  // once a run, not thrice.
  [LEAD, ...chars(run.slice(1))],
  [`${run[1]}\r${LEAD}`, LEAD, ...chars(run.slice(2, 8))],
  [LEAD, ...chars(run.slice(3))],
  next ? [LEAD, ...chars(run.slice(4)), next] : [`${run[3]}\r${LEAD}`, LEAD, ...chars(run.slice(4))],
  // After 5: when no few characters can follow the run, the one before it and the first piece.
  next ? [`${run[4]}\r${LEAD}`, LEAD, ...chars(run.slice(5)), next] : [ANY_BYTE, before, ...chars(run.slice(0, 5)), "\n\r"],
  // Broken after 6 or 7: the first piece and the line break (CR of CRLF, or LF).
  [ANY_BYTE, ...chars(run.slice(0, 6)), "\n\r"],
  [...chars(run.slice(0, 7)), "\n\r"]
]);
var LINE_LITERALS = RUNS.flatMap(({ run }) => [run.slice(0, 5), run.slice(5)]);
var REACH = 16 * 1024;
var MAX_INDENT = 64;
function isIndent(c) {
  return c === 32 || c === 9;
}
function isMark(c) {
  return c === 35 || c === 62 || c === 59 || c === 42;
}
function leadEnd(text, j) {
  const from = j;
  while (j - from < MAX_INDENT && isIndent(text[j])) j++;
  for (let n = 0; n < 2 && isMark(text[j]); n++) j++;
  const mid = j;
  while (j - mid < MAX_INDENT && isIndent(text[j])) j++;
  return j;
}
function wrapAt(text, i) {
  const br = text[i] === 10 ? 1 : text[i] === 13 && text[i + 1] === 10 ? 2 : 0;
  if (!br || i === 0 || !BASE64_CHAR[text[i - 1]]) return 0;
  const j = leadEnd(text, i + br);
  return BASE64_CHAR[text[j]] ? j - i : 0;
}
function runStart(text, hit, lo) {
  let i = hit;
  let wrapped = false;
  while (i > lo) {
    if (BASE64_CHAR[text[i - 1]]) {
      i--;
      continue;
    }
    let j = i;
    while (i - j < MAX_INDENT && j > lo && isIndent(text[j - 1])) j--;
    for (let n = 0; n < 2 && j > lo && isMark(text[j - 1]); n++) j--;
    const mid = j;
    while (mid - j < MAX_INDENT && j > lo && isIndent(text[j - 1])) j--;
    const br = text[j - 1] === 10 ? text[j - 2] === 13 ? 2 : 1 : 0;
    if (br && j - br >= lo && wrapAt(text, j - br) === i - j + br) {
      i = j - br;
      wrapped = true;
      continue;
    }
    break;
  }
  return [i, wrapped];
}
function runEnd(text, hit, hi) {
  let i = hit;
  let wrapped = false;
  while (i < hi) {
    if (BASE64_CHAR[text[i]]) {
      i++;
      continue;
    }
    const br = wrapAt(text, i);
    if (br) {
      i += br;
      wrapped = true;
      continue;
    }
    break;
  }
  return [i, wrapped];
}
function decode(chars3) {
  return Buffer.from(Buffer.from(chars3.buffer, chars3.byteOffset, chars3.length).toString("latin1"), "base64");
}
function alignedAt(chars3, from) {
  let best = -1;
  for (const piece of ALIGNED) {
    const i = chars3.indexOf(piece, from);
    if (i !== -1 && (best === -1 || i < best)) best = i;
  }
  if (best !== -1) return best;
  for (const piece of ALIGNED) best = Math.max(best, chars3.lastIndexOf(piece, from));
  return best;
}
function emptyWindow(start, end) {
  return { bytes: Buffer.alloc(0), start, end, toParent: () => start, toParentEnd: () => start };
}
var base64Decoder = {
  encoding: "base64",
  literals: LITERALS,
  lineLiterals: LINE_LITERALS,
  overlap: 512,
  decodeAt(text, hit, notBefore) {
    let at = hit;
    while (at < text.length && at < hit + 8 && !BASE64_CHAR[text[at]]) at++;
    if (!BASE64_CHAR[text[at]]) return void 0;
    const [s0, wrappedLeft] = runStart(text, at, Math.max(0, at - REACH, notBefore));
    const [end, wrappedRight] = runEnd(text, at, Math.min(text.length, at + REACH));
    if (!wrappedLeft && !wrappedRight) {
      const run = Buffer.from(text.buffer, text.byteOffset + s0, end - s0);
      const piece2 = alignedAt(run, Math.max(0, at - s0 - 12));
      if (piece2 === -1) return emptyWindow(s0, end);
      const start = s0 + piece2 % 4;
      if (end - start < 8) return void 0;
      const bytes = decode(text.subarray(start, end));
      return {
        bytes,
        start,
        end,
        toParent: (d) => Math.min(end - 1, start + Math.floor(d / 3) * 4),
        toParentEnd: (d) => Math.min(end, start + Math.ceil(d / 3) * 4)
      };
    }
    const positions = [];
    for (let i = s0; i < end; i++) if (BASE64_CHAR[text[i]]) positions.push(i);
    const joined = Buffer.alloc(positions.length);
    positions.forEach((p, k) => joined[k] = text[p]);
    const piece = alignedAt(joined, Math.max(0, positions.indexOf(at) - 12));
    if (piece === -1) return emptyWindow(s0, end);
    const skip = piece % 4;
    positions.splice(0, skip);
    if (positions.length < 8) return void 0;
    return {
      bytes: decode(joined.subarray(skip)),
      start: positions[0],
      end,
      toParent: (d) => positions[Math.min(positions.length - 1, Math.floor(d / 3) * 4)],
      toParentEnd: (d) => positions[Math.min(positions.length - 1, Math.ceil(d / 3) * 4 - 1)] + 1
    };
  }
};

// src/detect/decoders/escapes.ts
var MARKER2 = "T3BlbkFJ";
var SOFT_BREAKS = [1, 2, 3, 4, 5, 6, 7].flatMap((k) => ["=\n", "=\r\n"].map((br) => MARKER2.slice(0, k) + br + MARKER2.slice(k)));
var LITERALS2 = ["\\x54\\x33", "\\u0054\\u0033", "&#84;&#51;", "&#x54;&#x33;", "&#X54;&#X33;", "%54%33%42", ...SOFT_BREAKS];
var REACH2 = 4096;
var PLAIN = 0;
var ESCAPE = 1;
var ENTITY = 2;
var PERCENT = 3;
var QP = 4;
var SOFT_BREAK = 5;
var ENCODING = ["plain", "escaped", "entity", "url", "quoted-printable", "quoted-printable"];
function hexAt(text, i, n) {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = i + k < text.length ? HEX_VALUE[text[i + k]] : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}
function entityAt(text, i) {
  if (text[i] !== 38 || text[i + 1] !== 35) return [0, 0];
  const hex = text[i + 2] === 120 || text[i + 2] === 88;
  let j = i + (hex ? 3 : 2);
  let v = 0;
  const from = j;
  for (; j < text.length && j - from < 6; j++) {
    const c = text[j];
    const d = hex ? HEX_VALUE[c] : c >= 48 && c <= 57 ? c - 48 : -1;
    if (d < 0) break;
    v = v * (hex ? 16 : 10) + d;
  }
  if (j === from || text[j] !== 59 || v > 255) return [0, 0];
  return [j + 1 - i, v];
}
var unitLength = 0;
var unitValue = 0;
var unitKind = 0;
function unit(length, value, kind) {
  unitLength = length;
  unitValue = value;
  unitKind = kind;
  return length;
}
function readUnit(text, i) {
  const c = text[i];
  if (c === void 0) return unit(0, 0, 0);
  if (KEY_CHAR[c]) return unit(1, c, PLAIN);
  if (c === 92) {
    if (text[i + 1] === 120) {
      const v = hexAt(text, i + 2, 2);
      return v < 0 ? unit(0, 0, 0) : unit(4, v, ESCAPE);
    }
    if (text[i + 1] === 117) {
      const v = hexAt(text, i + 2, 4);
      return v < 0 || v > 255 ? unit(0, 0, 0) : unit(6, v, ESCAPE);
    }
    return unit(0, 0, 0);
  }
  if (c === 38) {
    const [n, v] = entityAt(text, i);
    return n ? unit(n, v, ENTITY) : unit(0, 0, 0);
  }
  if (c === 37) {
    const v = hexAt(text, i + 1, 2);
    return v < 0 ? unit(0, 0, 0) : unit(3, v, PERCENT);
  }
  if (c === 61) {
    if (text[i + 1] === 10) return unit(2, -1, SOFT_BREAK);
    if (text[i + 1] === 13 && text[i + 2] === 10) return unit(3, -1, SOFT_BREAK);
    const v = hexAt(text, i + 1, 2);
    return v < 0 ? unit(0, 0, 0) : unit(3, v, QP);
  }
  return unit(0, 0, 0);
}
function unitOf(text, i, n) {
  return readUnit(text, i) === n;
}
function unitEndingAt(text, end, lo) {
  if (end - 1 < lo) return 0;
  const last = text[end - 1];
  if (KEY_CHAR[last]) {
    if (HEX_VALUE[last] >= 0) {
      for (const n of [6, 4, 3]) if (end - n >= lo && unitOf(text, end - n, n)) return n;
    }
    return 1;
  }
  if (last === 10) {
    if (end - 2 >= lo && text[end - 2] === 61) return 2;
    if (end - 3 >= lo && text[end - 2] === 13 && text[end - 3] === 61) return 3;
    return 0;
  }
  if (last === 59) {
    for (let n = 4; n <= 10 && end - n >= lo; n++) {
      if (text[end - n] === 38) return entityAt(text, end - n)[0] === n ? n : 0;
    }
  }
  return 0;
}
var escapeDecoder = {
  encoding: "escaped",
  literals: LITERALS2,
  atUnmatchedMarkers: true,
  // A 164-character key is 984 characters as \u escapes, about 1,100 as `&#x..;` references.
  overlap: 1200,
  decodeAt(text, hit, notBefore) {
    let start = hit;
    const lo = Math.max(0, hit - REACH2, notBefore);
    for (let n = unitEndingAt(text, start, lo); n > 0; n = unitEndingAt(text, start, lo)) start -= n;
    let escaped = false;
    let count = 0;
    let i = start;
    let hi = Math.min(text.length, hit + REACH2);
    while (escaped ? i < hi : i < text.length) {
      if (!readUnit(text, i)) break;
      if (unitKind !== PLAIN) {
        if (!escaped && i >= hi) break;
        escaped = true;
      }
      if (unitValue >= 0) count++;
      i += unitLength;
    }
    if (!escaped || count < 8) return { bytes: Buffer.alloc(0), start, end: i, toParent: () => start, toParentEnd: () => start };
    hi = i;
    const bytes = Buffer.alloc(count);
    const from = new Int32Array(count + 1);
    const kinds = new Uint8Array(count);
    let d = 0;
    for (i = start; i < hi; i += unitLength) {
      readUnit(text, i);
      if (unitValue < 0) continue;
      bytes[d] = unitValue;
      from[d] = i;
      kinds[d++] = unitKind;
    }
    from[d] = hi;
    return {
      bytes,
      start,
      end: hi,
      toParent: (k) => from[k],
      toParentEnd: (k) => from[k],
      encodingOf: (s, e) => {
        let best = PLAIN;
        for (let k = s; k < e; k++) if (kinds[k] > best) best = kinds[k];
        return ENCODING[best === PLAIN ? QP : best];
      }
    };
  }
};

// src/detect/decoders/hex.ts
var LITERALS3 = ["5433426c626b", "5433426C626B"];
var REACH3 = 2048;
function isHex(c) {
  return c !== void 0 && HEX_VALUE[c] >= 0;
}
var hexDecoder = {
  encoding: "hex",
  literals: LITERALS3,
  // A 164-character key is 328 hex digits.
  overlap: 512,
  decodeAt(text, hit, notBefore) {
    let start = hit;
    const lo = Math.max(0, hit - REACH3, notBefore);
    while (start - 2 >= lo && isHex(text[start - 1]) && isHex(text[start - 2])) start -= 2;
    let end = hit;
    const hi = Math.min(text.length, hit + REACH3);
    while (end + 2 <= hi && isHex(text[end]) && isHex(text[end + 1])) end += 2;
    const n = (end - start) / 2;
    if (n < 8) return void 0;
    const bytes = Buffer.alloc(n);
    for (let k = 0; k < n; k++) bytes[k] = HEX_VALUE[text[start + 2 * k]] * 16 + HEX_VALUE[text[start + 2 * k + 1]];
    return { bytes, start, end, toParent: (d) => start + 2 * d, toParentEnd: (d) => start + 2 * d };
  }
};

// src/detect/decoders/splice.ts
var QUOTES = "\"'`";
var GAP = " 	\n\r+.&|";
var GAP_END = " 	\n+.&|";
var PREFIX = "fFrRbBuUL@$";
var AFTER = GAP + QUOTES + PREFIX + "/#";
var chars2 = (s) => [...s];
var LITERALS4 = [
  [QUOTES + "\n", ...chars2("3BlbkFJ")],
  // Before the opening quote: the gap's last byte(s); with a one-byte gap or none, the closing quote
  // and the marker's character before the cut.
  [GAP_END + QUOTES + PREFIX + "/", QUOTES, ...chars2("BlbkFJ")],
  [GAP + QUOTES + PREFIX + "*/B", GAP_END + QUOTES + PREFIX + "/", QUOTES, ...chars2("lbkFJ")],
  [GAP + QUOTES + PREFIX + "*/l", GAP_END + QUOTES + PREFIX + "/", QUOTES, ...chars2("bkFJ"), ANY_BYTE],
  [ANY_BYTE, ...chars2("T3Blb"), QUOTES, AFTER],
  [ANY_BYTE, ...chars2("T3Blbk"), QUOTES + "\\"],
  [...chars2("T3BlbkF"), QUOTES + "\\"],
  // Backslash-newline (LF or CRLF) after 2 to 5 characters of the marker.
  ["\\\r", "\n", ...chars2("BlbkFJ")],
  ["B\\", "\\\r", "\n", ...chars2("lbkFJ")],
  ["Bl", "l\\", "\\\r", "\n", ...chars2("bkFJ")],
  ["Bl", "lb", "b\\", "\\\r", "\n", ...chars2("kFJ")]
];
var LINE_LITERALS2 = ["T3B", "kFJ"];
var MARKER_LENGTH = 8;
var MAX_PIECES = 12;
var MAX_KEY_TEXT = 600;
var MAX_GAP = 160;
function isQuote(c) {
  return c === 34 || c === 39 || c === 96;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function continuationAt(text, i) {
  if (text[i] !== 92) return 0;
  if (text[i + 1] === 10) return 2;
  if (text[i + 1] === 13 && text[i + 2] === 10) return 3;
  return 0;
}
function operatorAt(text, i) {
  const c = text[i];
  if (c === 43 || c === 38) return 1;
  if (c === 46) return text[i + 1] === 46 ? 2 : 1;
  if (c === 124 && text[i + 1] === 124) return 2;
  return 0;
}
function isPrefix(c) {
  return c !== void 0 && PREFIX.includes(String.fromCharCode(c));
}
function skipComment(text, i, stop) {
  if (text[i] === 47 && text[i + 1] === 42) {
    for (let j = i + 2; j + 1 < stop; j++) if (text[j] === 42 && text[j + 1] === 47) return j + 2;
    return i;
  }
  if (text[i] === 35 || text[i] === 47 && text[i + 1] === 47) {
    for (let j = i + 1; j < stop; j++) if (text[j] === 10) return j;
    return i;
  }
  return i;
}
function nextPiece(text, i, hi) {
  const stop = Math.min(hi, i + MAX_GAP);
  let op = false;
  for (; ; ) {
    while (i < stop && isSpace(text[i])) i++;
    const after = skipComment(text, i, stop);
    if (after > i) {
      i = after;
      continue;
    }
    const n = op ? 0 : operatorAt(text, i);
    if (!n) break;
    op = true;
    i += n;
  }
  for (let n = 0; n < 2 && i < stop && isPrefix(text[i]) && !isQuote(text[i]); n++) i++;
  return i < stop && isQuote(text[i]) ? i : -1;
}
function quoteBeforeLineComment(text, eol, lf, lo) {
  let start = eol;
  while (start > lo && eol - start < MAX_GAP && text[start - 1] !== 10) start--;
  for (let i = start; i < eol; i++) {
    if (!isQuote(text[i])) continue;
    let j = i + 1;
    while (j < eol && (text[j] === 32 || text[j] === 9)) j++;
    j += operatorAt(text, j);
    while (j < eol && (text[j] === 32 || text[j] === 9)) j++;
    if (j < eol && skipComment(text, j, lf + 1) === lf) return i;
  }
  return -1;
}
function previousPiece(text, i, lo) {
  const stop = Math.max(lo, i - MAX_GAP);
  let j = i;
  for (let n = 0; n < 2 && j > stop && isPrefix(text[j - 1]); n++) j--;
  let op = false;
  for (; ; ) {
    while (j > stop && isSpace(text[j - 1])) j--;
    if (j - 2 > stop && text[j - 1] === 47 && text[j - 2] === 42) {
      let k = j - 3;
      while (k > stop && !(text[k - 1] === 47 && text[k] === 42)) k--;
      if (k > stop) {
        j = k - 1;
        continue;
      }
      return -1;
    }
    if (isQuote(text[j - 1])) return j - 1;
    let eol = j;
    while (eol < i && text[eol] !== 10 && text[eol] !== 13) eol++;
    if (eol < i) {
      const q = quoteBeforeLineComment(text, eol, text[eol] === 13 ? eol + 1 : eol, stop);
      if (q !== -1) return q;
    }
    if (op) return -1;
    let n = 0;
    for (const m of [2, 1]) {
      if (j - m >= stop && operatorAt(text, j - m) === m) {
        n = m;
        break;
      }
    }
    if (!n) return -1;
    op = true;
    j -= n;
  }
}
function pieceStart(text, at, lo) {
  let i = at;
  while (i > lo) {
    if (KEY_CHAR[text[i - 1]]) i--;
    else if (text[i - 1] === 10 && continuationAt(text, i - 2) === 2) i -= 2;
    else if (text[i - 1] === 10 && continuationAt(text, i - 3) === 3) i -= 3;
    else break;
  }
  return i > lo && isQuote(text[i - 1]) ? i : -1;
}
var spliceDecoder = {
  encoding: "split",
  literals: LITERALS4,
  lineLiterals: LINE_LITERALS2,
  atUnmatchedMarkers: true,
  overlap: MAX_KEY_TEXT,
  decodeAt(text, at, notBefore) {
    const lo = Math.max(0, at - MAX_KEY_TEXT, notBefore);
    let hit = -1;
    let first = -1;
    for (let i2 = at; i2 < at + 8 && i2 < text.length; i2++) {
      if (!KEY_CHAR[text[i2]]) continue;
      const startsPrefix = !KEY_CHAR[text[i2 - 1]] || isPrefix(text[i2 - 1]) && !KEY_CHAR[text[i2 - 2]];
      if (isPrefix(text[i2]) && startsPrefix && (isQuote(text[i2 + 1]) || isPrefix(text[i2 + 1]) && isQuote(text[i2 + 2]))) {
        i2 += isQuote(text[i2 + 1]) ? 0 : 1;
        continue;
      }
      if (hit === -1) hit = i2;
      first = pieceStart(text, i2, lo);
      if (first !== -1) {
        hit = i2;
        break;
      }
      while (i2 + 1 < at + 8 && KEY_CHAR[text[i2 + 1]]) i2++;
    }
    if (hit === -1) hit = at;
    const hi = Math.min(text.length, hit + MAX_KEY_TEXT);
    if (first === -1) {
      let end = hit;
      for (let n = 0; end < hi; end += n) {
        n = KEY_CHAR[text[end]] ? 1 : continuationAt(text, end);
        if (!n) break;
      }
      return { bytes: Buffer.alloc(0), start: hit, end, toParent: () => hit, toParentEnd: () => hit };
    }
    let before = 0;
    for (; before < MAX_PIECES; before++) {
      const close = previousPiece(text, first - 1, lo);
      if (close === -1) break;
      const start = pieceStart(text, close, lo);
      if (start === -1 || text[start - 1] !== text[close]) break;
      first = start;
    }
    let quote = text[first - 1];
    const bytes = [];
    const from = [];
    let pieces = 0;
    let joined = false;
    let i = first;
    while (pieces <= before + MAX_PIECES && i < hi) {
      pieces++;
      while (i < hi) {
        const cont = continuationAt(text, i);
        if (cont) {
          joined = true;
          i += cont;
          continue;
        }
        if (!KEY_CHAR[text[i]]) break;
        bytes.push(text[i]);
        from.push(i);
        i++;
      }
      if (text[i] !== quote) break;
      const next = nextPiece(text, i + 1, hi);
      if (next === -1) break;
      joined = true;
      quote = text[next];
      i = next + 1;
    }
    from.push(i);
    if (!joined || bytes.length < MARKER_LENGTH) return { bytes: Buffer.alloc(0), start: first, end: i, toParent: () => first, toParentEnd: () => first };
    return {
      bytes: Buffer.from(bytes),
      start: first,
      end: i,
      toParent: (d) => from[d],
      // The end of the key's last character, not the start of the next piece.
      toParentEnd: (d) => d > 0 ? from[d - 1] + 1 : from[0]
    };
  }
};

// src/detect/filters.ts
var WORDS = /EXAMPLE|[Ee]xample|PLACEHOLDER|[Pp]laceholder|REPLACE|[Rr]eplace|REDACTED|[Rr]edacted|DUMMY|[Dd]ummy|SAMPLE|[Ss]ample/;
var SHORT_WORDS = /YOUR|[Yy]our|XXXX|xxxx/;
function entropy(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
function hasRun(s, n) {
  let same = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    same = d === 0 ? same + 1 : 1;
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (same >= n || up >= n || down >= n) return true;
  }
  return false;
}
function placeholderReason(left, right) {
  if (WORDS.test(left) || WORDS.test(right) || SHORT_WORDS.test(left) && SHORT_WORDS.test(right)) return "placeholder text";
  const random = left + right;
  if (hasRun(left, 6) || hasRun(right, 6)) return "repeated or sequential characters";
  if (entropy(random) < 3.5) return "low entropy";
  return void 0;
}

// src/detect/work.ts
var work = { around: 0, lines: 0 };

// src/detect/match.ts
var MIN_SEGMENT = 20;
var MAX_SEGMENT = 100;
var MAX_PREFIX = 3 + 42 + 1;
var MARKER_LENGTH2 = 8;
function classify(prefix) {
  for (const rule of KEY_RULES) {
    for (const shape of rule.shapes) if (shape.prefix.test(prefix)) return [rule, shape];
  }
  return void 0;
}
function oddBackslashesEndingAt(text, i) {
  let n = 0;
  while (i - n >= 0 && text[i - n] === 92 && n < 64) n++;
  return n % 2 === 1;
}
function hexRun(text, from, n) {
  for (let k = 0; k < n; k++) if (!HEX[text[from + k]]) return false;
  return true;
}
function leftBoundary(text, q) {
  if (q === 0 || !KEY_CHAR[text[q - 1]]) return "plain";
  if (q >= 2 && text[q - 2] === 92 && oddBackslashesEndingAt(text, q - 2)) return "escaped";
  if (q >= 6 && text[q - 6] === 92 && text[q - 5] === 117 && hexRun(text, q - 4, 4) && oddBackslashesEndingAt(text, q - 6)) return "escaped";
  if (q >= 4 && text[q - 4] === 92 && text[q - 3] === 120 && hexRun(text, q - 2, 2) && oddBackslashesEndingAt(text, q - 4)) return "escaped";
  if (q >= 3 && text[q - 3] === 37 && hexRun(text, q - 2, 2)) return "url";
  if (q >= 5 && text[q - 5] === 37 && text[q - 4] === 50 && text[q - 3] === 53 && hexRun(text, q - 2, 2)) return "url";
  if (q >= 3 && text[q - 3] === 61 && hexRun(text, q - 2, 2)) return "quoted-printable";
  return colourCodeBoundary(text, q);
}
function colourCodeBoundary(text, q) {
  if (text[q - 1] !== 109) return void 0;
  let i = q - 2;
  const stop = Math.max(0, q - 34);
  while (i >= stop && (text[i] >= 48 && text[i] <= 57 || text[i] === 59)) i--;
  if (i < 1 || text[i] !== 91) return void 0;
  const esc = i - 1;
  if (text[esc] === 27) return "plain";
  const ends = (s) => esc - s.length + 1 >= 0 && latin1(text, esc - s.length + 1, esc + 1).toLowerCase() === s && oddBackslashesEndingAt(text, esc - s.length + 1);
  if (ends("\\u001b") || ends("\\x1b") || ends("\\033") || ends("\\e")) return "escaped";
  return void 0;
}
function all(table2, text, from, to) {
  for (let k = from; k < to; k++) if (!table2[text[k]]) return false;
  return true;
}
function latin1(text, from, to) {
  return Buffer.from(text.buffer, text.byteOffset + from, to - from).toString("latin1");
}
function matchAtMarkers(text, markers, rejected) {
  const found = [];
  let runFrom = -1;
  let runEnd2 = -1;
  for (const m of markers) {
    const rs = m + MARKER_LENGTH2;
    if (!(rs >= runFrom && rs <= runEnd2)) {
      runFrom = rs;
      runEnd2 = rs;
      while (runEnd2 < text.length && KEY_CHAR[text[runEnd2]]) runEnd2++;
      work.around += runEnd2 - rs;
    }
    const e = runEnd2;
    const r = e - rs;
    if (r < MIN_SEGMENT || r > MAX_SEGMENT) continue;
    const s1 = m - r;
    if (s1 < 3 || text[s1 - 1] !== 45 || !all(KEY_CHAR, text, s1, m)) continue;
    let j = s1 - 1;
    const lo = Math.max(0, s1 - MAX_PREFIX);
    while (j - 1 >= lo && NAME_CHAR[text[j - 1]]) j--;
    work.around += m - j;
    for (let q = s1 - 3; q >= j; q--) {
      if (text[q] !== 115 || text[q + 1] !== 107 || text[q + 2] !== 45) continue;
      const boundary = leftBoundary(text, q);
      if (!boundary) continue;
      const prefix = latin1(text, q, s1);
      const hit = classify(prefix);
      if (!hit) continue;
      const [rule, shape] = hit;
      if (shape.alphabet === "alnum" && !(all(ALNUM, text, s1, m) && all(ALNUM, text, rs, e))) continue;
      const reason = placeholderReason(latin1(text, s1, m), latin1(text, rs, e));
      if (reason) {
        rejected?.push({ start: q, end: e, reason });
        break;
      }
      found.push({ start: q, end: e, prefix, rule, boundary });
      break;
    }
  }
  return found;
}
function markerOffsets(bytes, marker) {
  const out = [];
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let i = buf.indexOf(marker);
  while (i !== -1) {
    out.push(i);
    i = buf.indexOf(marker, i + 1);
  }
  return out;
}

// src/detect/positions.ts
var Positions = class {
  /**
   * `base` places a window of a large file: its first byte is on line index `base.line` of the file,
   * `base.column` code units after that line began.
   */
  constructor(view, base = { line: 0, column: 0 }) {
    this.view = view;
    this.base = base;
  }
  view;
  base;
  newlines;
  /** The start of the span located last, its line index and column. */
  last = { index: -1, offset: 0, column: 0 };
  has = /* @__PURE__ */ new Map();
  lines() {
    if (!this.newlines) {
      const nl = [];
      const buf = Buffer.from(this.view.bytes.buffer, this.view.bytes.byteOffset, this.view.bytes.length);
      let i = buf.indexOf(10);
      while (i !== -1) {
        nl.push(i);
        i = buf.indexOf(10, i + 1);
      }
      this.newlines = nl;
    }
    return this.newlines;
  }
  /** Index of the line holding `offset` (0-based) by binary search over newline offsets. */
  lineIndex(offset) {
    const nl = this.lines();
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (nl[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  lineStart(index) {
    return index === 0 ? this.view.bom : this.lines()[index - 1] + 1;
  }
  lineEnd(index) {
    const nl = this.lines();
    let end = index < nl.length ? nl[index] : this.view.bytes.length;
    if (end > 0 && this.view.bytes[end - 1] === 13) end--;
    return end;
  }
  /** Width in code units of view bytes [from, to). */
  width(from, to) {
    const bytes = this.view.bytes;
    if (this.view.utf16) return to - from;
    work.lines += to - from;
    let ascii = true;
    for (let i = from; i < to; i++) {
      if (bytes[i] >= 128) {
        ascii = false;
        break;
      }
    }
    if (ascii) return to - from;
    return Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString("utf8").length;
  }
  /** Line, column and exclusive end column of the span [start, end); a span over several lines ends with its first line. */
  locate(start, end) {
    const index = this.lineIndex(start);
    const ls = this.lineStart(index);
    const last = this.last;
    const column = last.index === index && last.offset <= start && this.view.bytes[last.offset] < 128 ? last.column + this.width(last.offset, start) : (index === 0 ? this.base.column : 0) + this.width(ls, start) + 1;
    this.last = { index, offset: start, column };
    const stop = Math.min(end, this.lineEnd(index));
    return { lineIndex: index, line: this.base.line + index + 1, column, endColumn: column + this.width(start, Math.max(start, stop)) };
  }
  /** Whether a line holds `needle` (ASCII bytes), without decoding the line; searched once per line. */
  lineHas(index, needle) {
    let known = this.has.get(needle);
    if (!known) this.has.set(needle, known = /* @__PURE__ */ new Map());
    let yes = known.get(index);
    if (yes === void 0) {
      const from = this.lineStart(index);
      const to = this.lineEnd(index);
      const bytes = this.view.bytes;
      work.lines += to - from;
      yes = Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).indexOf(needle) !== -1;
      known.set(index, yes);
    }
    return yes;
  }
  /** The text of a line, decoded for display. */
  lineText(index) {
    const from = this.lineStart(index);
    const to = this.lineEnd(index);
    work.lines += to - from;
    const bytes = this.view.bytes;
    const slice = Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from);
    return this.view.utf16 ? slice.toString("latin1") : slice.toString("utf8");
  }
};

// src/rules/project.ts
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
var MAX_BYTES = 1024 * 1024;
var ProjectFacts = class {
  constructor(root) {
    this.root = root;
  }
  root;
  files = /* @__PURE__ */ new Map();
  packages = /* @__PURE__ */ new Map();
  /** A regular file's text (relative path), or undefined; cached. */
  read(rel) {
    let text = this.files.get(rel);
    if (text === void 0) {
      text = readSmall(path.join(this.root, rel));
      this.files.set(rel, text);
    }
    return text ?? void 0;
  }
  exists(rel) {
    return this.read(rel) !== void 0;
  }
  /** The nearest package.json above a file (relative path), parsed; cached per folder. */
  packageOf(file) {
    for (let dir = parent(file); ; dir = parent(dir)) {
      const facts = this.packageIn(dir);
      if (facts) return facts;
      if (dir === "") return void 0;
    }
  }
  packageIn(dir) {
    let facts = this.packages.get(dir);
    if (facts === void 0) {
      facts = parsePackage(dir, this.read(join(dir, "package.json")));
      this.packages.set(dir, facts);
    }
    return facts ?? void 0;
  }
  /** Folders from a file's own folder up to the root, nearest first. */
  *folders(file) {
    for (let dir = parent(file); ; dir = parent(dir)) {
      yield dir;
      if (dir === "") return;
    }
  }
};
function parent(p) {
  const i = p.lastIndexOf("/");
  return i === -1 ? "" : p.slice(0, i);
}
function join(dir, name) {
  return dir ? `${dir}/${name}` : name;
}
function readSmall(file) {
  let fd;
  try {
    fd = openSync(file, "r");
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_BYTES) return null;
    const buf = Buffer.alloc(st.size);
    let at = 0;
    while (at < st.size) {
      const n = readSync(fd, buf, at, st.size - at, at);
      if (n === 0) break;
      at += n;
    }
    return buf.toString("utf8", 0, at);
  } catch {
    return null;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function parsePackage(dir, text) {
  if (text === void 0) return null;
  try {
    const json = JSON.parse(text);
    if (!json || typeof json !== "object") return null;
    const deps = /* @__PURE__ */ new Set();
    for (const field of ["dependencies", "devDependencies", "peerDependencies"]) {
      const d = json[field];
      if (d && typeof d === "object") for (const k of Object.keys(d)) deps.add(k);
    }
    const scripts = json.scripts && typeof json.scripts === "object" ? Object.values(json.scripts).filter((v) => typeof v === "string").join("\n") : "";
    return { dir, name: typeof json.name === "string" ? json.name : void 0, deps, scripts };
  } catch {
    return null;
  }
}
var byRoot = /* @__PURE__ */ new Map();
var defaultRoot;
function rootFromCwd() {
  const cwd = process.cwd();
  if (defaultRoot?.cwd === cwd) return defaultRoot.root;
  let root = cwd;
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (readSmall(path.join(dir, ".git")) !== null || isDir(path.join(dir, ".git"))) {
      root = dir;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  defaultRoot = { cwd, root };
  return root;
}
function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function projectFacts(root) {
  const r = root ?? rootFromCwd();
  let facts = byRoot.get(r);
  if (!facts) {
    facts = new ProjectFacts(r);
    byRoot.set(r, facts);
  }
  return facts;
}
function factsFor(file, root) {
  if (path.isAbsolute(file)) return { facts: projectFacts("/"), file: file.replace(/^\/+/, "") };
  return { facts: projectFacts(root), file };
}

// src/rules/risks.ts
function isDotenv(path2) {
  return /(?:^|\/)\.env(?:\.[^/]*)?$/.test(path2);
}
var TEMPLATE_PARTS = /* @__PURE__ */ new Set(["example", "sample", "template", "dist"]);
function isDotenvTemplate(path2) {
  const name = path2.slice(path2.lastIndexOf("/") + 1);
  return name.split(".").some((part) => TEMPLATE_PARTS.has(part.toLowerCase()));
}
var DOCS = /\.(?:md|mdx|markdown|rst|adoc|txt)$/i;
var SOURCE_MAP = /\.map$/i;
var SECRET_SEGMENT = /^(?:KEY|APIKEY|SECRET|TOKEN|PASSWORD|PASS|CREDENTIAL|CREDENTIALS|AUTH)$/;
function isSecretName(name) {
  return name.split("_").some((s) => SECRET_SEGMENT.test(s));
}
var PLACEHOLDER_WORDS = /your|xxx|\.\.\.|\u2026|<[^>]*>|\*\*\*|change.?me|replace|placeholder|example|dummy|insert|todo|redacted|^sk-?$|^null$|^none$|^undefined$/i;
function isPlaceholderValue(raw) {
  let v = raw.trim();
  const q = v[0];
  if (q === '"' || q === "'" || q === "`") {
    const end = v.indexOf(q, 1);
    v = end === -1 ? v.slice(1) : v.slice(1, end);
  } else {
    v = v.replace(/\s+#.*$/, "");
  }
  v = v.trim();
  if (v.length < 8) return true;
  if (v.includes("T3BlbkFJ")) return false;
  if (/^\$\{?[A-Za-z_]\w*\}?$|^%[A-Za-z_]\w*%$|^\$?\{\{.*\}\}$/.test(v)) return true;
  return PLACEHOLDER_WORDS.test(v);
}
var PUBLIC_PREFIXES = {
  NEXT_PUBLIC_: "Next.js",
  VITE_: "Vite",
  REACT_APP_: "Create React App",
  EXPO_PUBLIC_: "Expo",
  NUXT_PUBLIC_: "Nuxt",
  PUBLIC_: "SvelteKit and Astro",
  GATSBY_: "Gatsby",
  VUE_APP_: "Vue CLI",
  STORYBOOK_: "Storybook"
};
var PREFIX_ALTERNATION = Object.keys(PUBLIC_PREFIXES).join("|");
function inStringLiteral(lineBefore) {
  let open = "";
  for (let i = 0; i < lineBefore.length; i++) {
    const c = lineBefore[i];
    if (open) {
      if (c === "\\") i++;
      else if (c === open) open = "";
    } else if (c === '"' || c === "'" || c === "`") open = c;
  }
  return open !== "";
}
function isOpenaiSdkSource(path2) {
  if (/(?:^|\/)node_modules\/openai\//.test(path2)) return true;
  const { facts, file } = factsFor(path2);
  return facts.packageOf(file)?.name === "openai";
}
var MARKER3 = ["T3Bl", "bkFJ"].join("");
var PIECES = [MARKER3, [...MARKER3].reverse().join(""), ...["proj", "svcacct", "admin"].map((t) => `sk-${t}-`)];
var ASSEMBLY = /\+|\bjoin\s*\(|\.concat\s*\(|\breverse\s*\(|\breversed\s*\(|\[::-1\]|\bstrrev\s*\(/;
function committedOrOutsideGit(origin) {
  return origin.kind !== "tree" || origin.git !== "untracked";
}
var RISK_RULES = [
  {
    id: "committed-dotenv",
    kind: "risk",
    title: "Committed .env file",
    severity: "medium",
    description: "A `.env` file that git tracks (or that a commit adds) and that sets an OpenAI credential: every clone and fork gets the key.",
    docs: "committed-dotenv",
    fix: "Untrack the file (`git rm --cached .env`), add it to `.gitignore`, keep a `.env.example` with placeholders, and rotate the key if it was ever pushed.",
    literals: ["OPENAI_"],
    regex: /^[ \t]*(?:export[ \t]+)?(?<name>[A-Z0-9_]*OPENAI_[A-Z0-9_]*)[ \t]*[=:][ \t]*(?<value>[^\r\n]*)/gm,
    appliesTo: (path2, origin) => isDotenv(path2) && !isDotenvTemplate(path2) && committedOrOutsideGit(origin),
    keep: ({ name = "", value = "" }) => (isSecretName(name) || /^["'`]?sk-/.test(value.trim())) && !isPlaceholderValue(value),
    message: ({ name }, path2) => {
      const file = path2.slice(path2.lastIndexOf("/") + 1);
      return `${path2} sets ${name} and is committed (or about to be): untrack it (git rm --cached ${file}), add ${file} to .gitignore, and rotate the key if it was ever pushed`;
    }
  },
  {
    id: "public-env-var",
    kind: "risk",
    title: "OpenAI key in a client-side environment variable",
    severity: "high",
    description: "An OpenAI credential behind a prefix that a build tool inlines into client code (`NEXT_PUBLIC_`, `VITE_`, `REACT_APP_`\u2026): the key ships to everyone who loads the page.",
    docs: "public-env-var",
    fix: "Keep the key in a server-only variable (`OPENAI_API_KEY`) and call OpenAI from a server route; rotate any key that was ever built into a bundle.",
    // Every prefix ends in `_`: eight bytes ride along in the key detector's prefilter pass.
    literals: ["_OPENAI_"],
    // The look-behind makes `NEXT_PUBLIC_` win over the `PUBLIC_` inside it: one finding per place.
    regex: new RegExp(
      `(?<![A-Za-z0-9_$])(?<name>(?<prefix>${PREFIX_ALTERNATION})[A-Z0-9_]*?OPENAI_[A-Z0-9_]*)(?:[ \\t]*(?:=(?!=)|:)[ \\t]*(?<value>[^\\s;,]*))?`,
      "g"
    ),
    appliesTo: (path2) => !DOCS.test(path2) && !SOURCE_MAP.test(path2),
    skipComments: true,
    keep: ({ name = "", prefix = "" }) => isSecretName(name.slice(prefix.length)),
    message: ({ name, prefix = "" }) => `${name}: ${PUBLIC_PREFIXES[prefix]} inlines ${prefix}* variables into the client bundle, so this key ships to everyone who loads the page; keep it in a server-only variable (OPENAI_API_KEY) and call OpenAI from a server route`
  },
  {
    id: "browser-sdk",
    kind: "risk",
    title: "OpenAI SDK allowed in the browser",
    severity: "high",
    description: "The OpenAI SDK told to run in the browser (its dangerouslyAllowBrowser option set to true): whatever key it is given runs in, and ships to, the browser.",
    docs: "browser-sdk",
    fix: "Call OpenAI from a server route that holds the key; for Realtime in the browser, mint ephemeral session tokens on the server.",
    // The prefilter looks at a literal's first eight bytes: `AllowBro` is rarer than `dangerou`.
    literals: ["AllowBrowser"],
    regex: /(?<name>["']?dangerouslyAllowBrowser["']?[ \t]*(?::|=(?!=))[ \t]*(?:true|!0))(?![\w$])/g,
    appliesTo: (path2) => !DOCS.test(path2) && !SOURCE_MAP.test(path2),
    skipComments: true,
    inFile: /openai/i,
    // Anthropic's SDK has the same option; the nearest constructor before the option decides.
    // Not in a string (an error message that names the option), nor in the SDK's own source.
    keep: (_groups, path2, before = "") => !/\bnew\s+(?:Anthropic|AnthropicBedrock|AnthropicVertex)\s*\([^()]*$/.test(before) && !inStringLiteral(before.slice(before.lastIndexOf("\n") + 1)) && !isOpenaiSdkSource(path2),
    message: () => "The OpenAI SDK is allowed to run in the browser (dangerouslyAllowBrowser set to true): the key it is given ships to everyone who loads the page. Call OpenAI from a server route that holds the key (for Realtime in the browser, mint ephemeral session tokens there)"
  },
  {
    id: "assembled-key",
    kind: "risk",
    title: "OpenAI key assembled from pieces",
    severity: "high",
    description: "A string literal holding a lone key marker, its reverse, or a typed key prefix next to concatenation or a join: a key split into pieces to get past scanners is still a key, and still ships.",
    docs: "assembled-key",
    fix: "Revoke the key the pieces make up, and load the new one from the environment or a secret manager on a server.",
    // All 8+ bytes: found in the key detector's one prefilter pass.
    literals: PIECES,
    // A string literal holding nothing but the marker, its reverse or a typed prefix; what follows on
    // the line is read (not matched) to see whether it is being joined.
    regex: new RegExp(`(?<q>["'\`])(?<name>${PIECES.join("|")})\\k<q>(?=(?<after>[^\\r\\n]{0,200}))`, "g"),
    appliesTo: (path2) => !DOCS.test(path2) && !SOURCE_MAP.test(path2),
    skipComments: true,
    inFile: /\+|join|concat|reverse|\[::-1\]|strrev/,
    keep: ({ after = "" }, _path, before = "") => {
      const line = before.slice(before.lastIndexOf("\n") + 1);
      if (inStringLiteral(line)) return false;
      if (ASSEMBLY.test(line.slice(-40)) || ASSEMBLY.test(after.slice(0, 80))) return true;
      return /^\s*$/.test(line) && /^\s*[,\]]/.test(after);
    },
    message: ({ name = "" }) => `A string literal holds ${name.startsWith("sk-") ? `the key prefix ${name} alone` : "the OpenAI key marker alone (or reversed)"}, next to concatenation or a join: a key assembled at run time from pieces is still a key, and obfuscation is not protection (whoever runs or reads the code can join the pieces). Revoke the key, and read it from the server's environment or a secret manager instead`
  }
];

// src/detect/risks.ts
var AROUND = 256;
var EXCERPT = 60;
var MAX_PER_RULE = 100;
var RISK_LITERALS = [...new Set(RISK_RULES.flatMap((r) => r.literals))];
var PREFILTERED_RISK_LITERALS = RISK_LITERALS.filter((l) => l.length >= 8);
var PREFILTERED_RULES = new Set(RISK_RULES.filter((r) => r.literals.every((l) => PREFILTERED_RISK_LITERALS.includes(l))));
var OWN_SEARCH_RULES = RISK_RULES.filter((r) => !PREFILTERED_RULES.has(r));
function risksFor(path2, origin, enabled, prefiltered) {
  const candidates = prefiltered?.size === 0 ? OWN_SEARCH_RULES : RISK_RULES;
  return candidates.filter((r) => enabled?.[r.id] !== false && (!r.appliesTo || r.appliesTo(path2, origin)));
}
function inComment(before) {
  const t = before.trimStart();
  if (/^(?:\/\/|#|\*|\/\*|<!--)/.test(t)) return true;
  if (/(?:^|[\s;,(){}])\/\//.test(before)) return true;
  if (/\s#(?:\s|$)/.test(before)) return true;
  const open = before.lastIndexOf("/*");
  if (open !== -1 && before.indexOf("*/", open) === -1) return true;
  const html = before.lastIndexOf("<!--");
  return html !== -1 && before.indexOf("-->", html) === -1;
}
function lineStartNear(bytes, at) {
  const stop = Math.max(0, at - AROUND);
  for (let i = at - 1; i >= stop; i--) if (bytes[i] === 10) return i + 1;
  return stop;
}
function lineEndNear(bytes, at) {
  const stop = Math.min(bytes.length, at + AROUND);
  for (let i = at; i < stop; i++) {
    if (bytes[i] === 10) return i > 0 && bytes[i - 1] === 13 ? i - 1 : i;
  }
  return stop;
}
function allOffsets(buf, needle) {
  const out = [];
  for (let at = buf.indexOf(needle); at !== -1; at = buf.indexOf(needle, at + 1)) out.push(at);
  return out;
}
function detectRisks(view, path2, rules, window, positions, prefiltered) {
  if (!rules.length) return [];
  if (prefiltered && prefiltered.size === 0 && rules.every((r) => PREFILTERED_RULES.has(r))) return [];
  const bytes = view.bytes;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const decode2 = (from, to) => buf.toString(view.utf16 ? "latin1" : "utf8", from, to);
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  const inFile = /* @__PURE__ */ new Map();
  const allowed = /* @__PURE__ */ new Map();
  const count = /* @__PURE__ */ new Map();
  const literals = [...new Set(rules.flatMap((r) => r.literals))];
  for (const literal of literals) {
    const needle = Buffer.from(literal, "latin1");
    const users = rules.filter((r) => r.literals.includes(literal));
    const offsets = prefiltered && PREFILTERED_RISK_LITERALS.includes(literal) ? prefiltered.get(literal) ?? [] : allOffsets(buf, needle);
    for (let i = 0; i < offsets.length; ) {
      const from = lineStartNear(bytes, offsets[i]);
      let to = lineEndNear(bytes, offsets[i] + needle.length);
      for (i++; i < offsets.length && offsets[i] < to; i++) to = Math.max(to, lineEndNear(bytes, offsets[i] + needle.length));
      const text = buf.toString("latin1", from, to);
      work.around += (to - from) * users.length;
      for (const rule of users) {
        rule.regex.lastIndex = 0;
        for (let m = rule.regex.exec(text); m; m = rule.regex.exec(text)) {
          if (m[0].length === 0) rule.regex.lastIndex++;
          const start = from + m.index;
          const end = start + m[0].length;
          if ((count.get(rule) ?? 0) >= MAX_PER_RULE) break;
          const id = `${rule.id}:${start}`;
          if (seen.has(id)) continue;
          seen.add(id);
          if (window && (start < window.acceptFrom || start >= window.acceptTo)) continue;
          if (rule.inFile) {
            if (!inFile.has(rule)) inFile.set(rule, rule.inFile.test(buf.toString("latin1")));
            if (!inFile.get(rule)) break;
          }
          const groups = { ...m.groups };
          const before = buf.toString("latin1", Math.max(0, start - AROUND), start);
          if (rule.skipComments && inComment(before.slice(before.lastIndexOf("\n") + 1))) continue;
          if (rule.keep && !rule.keep(groups, path2, before)) continue;
          positions ??= new Positions(view, window);
          const at = positions.locate(start, end);
          let allow = allowed.get(at.lineIndex);
          if (!allow) {
            const here = positions.lineText(at.lineIndex);
            const above = at.lineIndex > 0 ? positions.lineText(at.lineIndex - 1) : void 0;
            allow = { here: inlineAllow(here), above: above === void 0 ? void 0 : inlineAllow("", above) };
            allowed.set(at.lineIndex, allow);
          }
          const lineFrom = from + text.lastIndexOf("\n", m.index) + 1;
          const nl = text.indexOf("\n", m.index);
          const lineTo = nl === -1 ? to : from + nl - (text[nl - 1] === "\r" ? 1 : 0);
          const valueAt = groups.value ? end - Buffer.byteLength(groups.value, "latin1") : end;
          const cut = valueAt < end ? "\u2026" : "";
          const shown = decode2(start, valueAt) + cut;
          const pre = decode2(Math.max(lineFrom, start - EXCERPT), start);
          const post = cut ? "" : decode2(end, Math.min(lineTo, end + EXCERPT));
          const excerpt2 = maskText(`${start - EXCERPT > lineFrom ? "\u2026" : ""}${pre}${shown}${post}${!cut && end + EXCERPT < lineTo ? "\u2026" : ""}`.replace(/\s+/g, " ").trim());
          count.set(rule, (count.get(rule) ?? 0) + 1);
          found.push({
            rule,
            message: rule.message(groups, path2),
            shown: maskText(shown),
            excerpt: excerpt2,
            ...allow.here ? { allowHere: allow.here } : {},
            ...allow.above ? { allowAbove: allow.above } : {},
            line: at.line,
            column: at.column,
            endColumn: at.endColumn,
            lineIndex: at.lineIndex,
            start,
            end
          });
        }
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
function riskFindings(fragment, risks, noInlineAllow = false) {
  const { origin, lineMap } = fragment;
  const allowOf = (r) => {
    if (noInlineAllow) return void 0;
    const adjacent = !lineMap || lineMap[r.lineIndex - 1] === lineMap[r.lineIndex] - 1;
    return r.allowHere ?? (adjacent ? r.allowAbove : void 0);
  };
  return risks.map((r) => ({
    ruleId: r.rule.id,
    kind: "risk",
    severity: r.rule.severity,
    file: fragment.path,
    line: fragment.lineMap ? fragment.lineMap[r.line - 1] ?? r.line : r.line,
    column: r.column,
    endColumn: r.endColumn,
    ...origin.commit ? { commit: origin.commit } : {},
    ...origin.author ? { author: origin.author } : {},
    ...origin.date ? { date: origin.date } : {},
    redacted: r.shown,
    fingerprint: fingerprint(`${r.rule.id}\0${fragment.path}\0${r.shown}`),
    encoding: "plain",
    message: r.message,
    excerpt: r.excerpt,
    ...allowOf(r) ? { suppressed: { by: "inline", ...allowOf(r).reason ? { reason: allowOf(r).reason } : {} } } : {}
  }));
}

// src/detect/text.ts
var SNIFF = 8e3;
var MARKER_LE = Buffer.from("T3BlbkFJ", "utf16le");
var MARKER_BE = Buffer.from(MARKER_LE).swap16();
function transcode(content, start, littleEndian) {
  const n = content.length - start >> 1;
  const out = new Uint8Array(n);
  for (let i = 0, p = start; i < n; i++, p += 2) {
    const unit2 = littleEndian ? content[p] | content[p + 1] << 8 : content[p] << 8 | content[p + 1];
    out[i] = unit2 > 255 ? 1 : unit2;
  }
  return out;
}
function windowView(content, encoding, bom) {
  if (encoding === "utf8") return { bytes: content, utf16: false, bom };
  return { bytes: transcode(content, bom, encoding === "utf16le"), utf16: true, bom: 0 };
}
function viewEncoding(content, view) {
  if (!view.utf16) return { encoding: "utf8", bom: view.bom };
  const b0 = content[0];
  const b1 = content[1];
  if (b0 === 255 && b1 === 254) return { encoding: "utf16le", bom: 2 };
  if (b0 === 254 && b1 === 255) return { encoding: "utf16be", bom: 2 };
  return { encoding: zerosAt(content, 1) >= zerosAt(content, 0) ? "utf16le" : "utf16be", bom: 0 };
}
function zerosAt(content, parity) {
  let n = 0;
  const end = Math.min(content.length, SNIFF);
  for (let i = parity; i < end; i += 2) if (content[i] === 0) n++;
  return n;
}
function textView(content) {
  const b0 = content[0];
  const b1 = content[1];
  if (b0 === 255 && b1 === 254) return { bytes: transcode(content, 2, true), utf16: true, bom: 0 };
  if (b0 === 254 && b1 === 255) return { bytes: transcode(content, 2, false), utf16: true, bom: 0 };
  const nul = (content.length > SNIFF ? content.subarray(0, SNIFF) : content).indexOf(0);
  if (nul !== -1) {
    const littleEndian = zerosAt(content, 1) >= zerosAt(content, 0);
    const marker = littleEndian ? MARKER_LE : MARKER_BE;
    for (let at = content.indexOf(marker); at !== -1; at = content.indexOf(marker, at + 1)) {
      if (at % 2 === 0) return { bytes: transcode(content, 0, littleEndian), utf16: true, bom: 0 };
    }
    return void 0;
  }
  const bom = b0 === 239 && b1 === 187 && content[2] === 191 ? 3 : 0;
  return { bytes: content, utf16: false, bom };
}

// src/detect/index.ts
var DECODERS = [base64Decoder, escapeDecoder, hexDecoder, spliceDecoder];
var AT_UNMATCHED = DECODERS.filter((d) => d.atUnmatchedMarkers);
var MAX_UNEXPLAINED = 256;
var MARKER_BYTES = Buffer.from(MARKER, "latin1");
var LITERALS5 = [MARKER, ...DECODERS.flatMap((d) => d.literals)];
var LINE_LITERALS3 = [
  MARKER,
  ...DECODERS.flatMap((d) => {
    if (d.lineLiterals) return d.lineLiterals;
    if (d.literals.some((l) => typeof l !== "string")) throw new Error(`decoder ${d.encoding}: patterns need lineLiterals`);
    return d.literals;
  }),
  ...RISK_LITERALS
];
var DECODER_OF = [void 0, ...DECODERS.flatMap((d) => d.literals.map(() => d))];
var RISK_FROM = LITERALS5.length;
LITERALS5.push(...PREFILTERED_RISK_LITERALS);
var prefilter = new Prefilter(LITERALS5);
function encodingOf(m, view, decoder, window) {
  if (view.binary) return "binary";
  if (decoder) return window?.encodingOf?.(m.start, m.end) ?? decoder.encoding;
  if (view.utf16) return "utf16";
  return m.boundary;
}
function detectKeys(content, window, forced) {
  const view = forced ?? (window && window.encoding !== "binary" ? windowView(content, window.encoding, window.bom) : textView(content));
  if (!view) return { view, positions: void 0, keys: [], rejected: [] };
  const text = view.bytes;
  const rejected = [];
  const hits = prefilter.scan(text);
  if (hits.count === 0) return { view, positions: void 0, keys: [], rejected };
  const spans = [];
  const plain = new Int32Array(hits.count);
  let plainCount = 0;
  let riskHits;
  const decodeAround = (decoder, offsets) => {
    let until = -1;
    for (const offset of offsets) {
      if (offset < until) continue;
      const window2 = decoder.decodeAt(text, offset, Math.max(0, until - decoder.overlap));
      if (!window2) continue;
      until = window2.end;
      work.around += window2.end - window2.start;
      const inner = [];
      for (const match of matchAtMarkers(window2.bytes, markerOffsets(window2.bytes, MARKER_BYTES), inner)) {
        spans.push({
          match,
          decoder,
          window: window2,
          start: window2.toParent(match.start),
          end: window2.toParentEnd(match.end),
          secret: window2.bytes.toString("latin1", match.start, match.end)
        });
      }
      for (const r of inner) rejected.push({ start: window2.toParent(r.start), end: window2.toParentEnd(r.end), reason: r.reason });
    }
  };
  const immediate = /* @__PURE__ */ new Map();
  for (let h = 0; h < hits.count; h++) {
    const offset = hits.offsets[h];
    if (hits.literals[h] >= RISK_FROM) {
      const literal = LITERALS5[hits.literals[h]];
      riskHits ??= /* @__PURE__ */ new Map();
      const list2 = riskHits.get(literal);
      if (list2) list2.push(offset);
      else riskHits.set(literal, [offset]);
      continue;
    }
    const decoder = DECODER_OF[hits.literals[h]];
    if (!decoder) {
      plain[plainCount++] = offset;
      continue;
    }
    const list = immediate.get(decoder);
    if (list) list.push(offset);
    else immediate.set(decoder, [offset]);
  }
  for (const [decoder, offsets] of immediate) decodeAround(decoder, offsets);
  const plainRejected = [];
  const plainMatches = matchAtMarkers(text, plain.subarray(0, plainCount), plainRejected);
  for (const match of plainMatches) {
    spans.push({ match, start: match.start, end: match.end, secret: Buffer.from(text.buffer, text.byteOffset + match.start, match.end - match.start).toString("latin1") });
  }
  rejected.push(...plainRejected);
  if (plainCount > plainMatches.length + plainRejected.length) {
    const explained = [...plainMatches, ...plainRejected].sort((a, b) => a.start - b.start);
    const markers = [];
    let k = 0;
    for (const o of plain.subarray(0, plainCount)) {
      while (k < explained.length && explained[k].end <= o) k++;
      if (!(k < explained.length && explained[k].start <= o)) markers.push(o);
      if (markers.length === MAX_UNEXPLAINED) break;
    }
    if (markers.length) for (const decoder of AT_UNMATCHED) decodeAround(decoder, markers);
  }
  if (window) {
    const inside = spans.filter((s) => s.start >= window.acceptFrom && s.start < window.acceptTo);
    spans.length = 0;
    spans.push(...inside);
  }
  if (spans.length === 0) return { view, positions: void 0, keys: [], rejected, riskHits };
  spans.sort((a, b) => a.start - b.start);
  let kept = 0;
  for (const s of spans) if (kept === 0 || s.start >= spans[kept - 1].end) spans[kept++] = s;
  spans.length = kept;
  const positions = new Positions(view, window);
  const keys = spans.map((s) => {
    const at = positions.locate(s.start, s.end);
    return {
      rule: s.match.rule,
      secret: s.secret,
      prefix: s.match.prefix,
      encoding: encodingOf(s.match, view, s.decoder, s.window),
      line: at.line,
      column: at.column,
      endColumn: at.endColumn,
      lineIndex: at.lineIndex,
      start: s.start,
      end: s.end
    };
  });
  return { view, positions, keys, rejected, riskHits };
}

// src/detect/binary.ts
var MARKER_LE2 = Buffer.from(MARKER, "utf16le");
var MARKER_BE2 = Buffer.from(MARKER_LE2).swap16();
function rawView(content) {
  return { bytes: content, utf16: false, bom: 0, binary: true };
}
function utf16Keys(content) {
  const out = [];
  for (const [marker, littleEndian] of [[MARKER_LE2, true], [MARKER_BE2, false]]) {
    const hits = markerOffsets(content, marker);
    for (const parity of [0, 1]) {
      const here = hits.filter((h) => h % 2 === parity).map((h) => h - parity >> 1);
      if (!here.length) continue;
      const units = transcode(content, parity, littleEndian);
      for (const m of matchAtMarkers(units, here)) {
        out.push({
          key: { rule: m.rule, prefix: m.prefix, secret: Buffer.from(units.buffer, units.byteOffset + m.start, m.end - m.start).toString("latin1") },
          offset: parity + 2 * m.start,
          end: parity + 2 * m.end,
          utf16: true
        });
      }
    }
  }
  return out;
}
function detectBinaryKeys(content, window) {
  const base = window?.offset ?? 0;
  const found = detectKeys(content, void 0, rawView(content)).keys.map((k) => ({ key: k, offset: k.start, end: k.end, utf16: false }));
  found.push(...utf16Keys(content));
  const kept = window ? found.filter((k) => k.offset >= window.acceptFrom && k.offset < window.acceptTo) : found;
  for (const k of kept) {
    k.offset += base;
    k.end += base;
  }
  return kept.sort((a, b) => a.offset - b.offset);
}
var CONTEXT2 = 40;
function binaryExcerpt(content, from, to, shown, showSecrets) {
  const printable2 = (a, b) => {
    let s = "";
    for (let i = Math.max(0, a); i < Math.min(content.length, b); i++) {
      const c = content[i];
      s += c >= 32 && c < 127 ? String.fromCharCode(c) : ".";
    }
    return s;
  };
  const before = printable2(from - CONTEXT2, from).replace(/^\.+/, "");
  const after = printable2(to, to + CONTEXT2).replace(/\.+$/, "");
  const text = `${before}${shown}${after}`;
  return showSecrets ? text : maskText(text);
}
function binaryKeyFindings(fragment, keys, options2 = {}) {
  const { origin, window } = fragment;
  const base = window?.offset ?? 0;
  return keys.map(({ key, offset, end, utf16 }) => {
    const shown = options2.showSecrets ? key.secret : redact(key.secret, key.prefix);
    const finding = {
      ruleId: key.rule.id,
      kind: "key",
      severity: key.rule.severity,
      file: fragment.path,
      line: 1,
      column: offset + 1,
      endColumn: end + 1,
      offset,
      ...origin.commit ? { commit: origin.commit } : {},
      ...origin.author ? { author: origin.author } : {},
      ...origin.date ? { date: origin.date } : {},
      redacted: redact(key.secret, key.prefix),
      fingerprint: fingerprint(key.secret),
      encoding: "binary",
      message: `${key.rule.title} in a binary file${utf16 ? " (stored as UTF-16)" : ""} at byte ${offset}: anyone who can read this file can use it`,
      excerpt: binaryExcerpt(fragment.content, offset - base, end - base, shown, options2.showSecrets === true)
    };
    if (options2.showSecrets || options2.keepSecrets) finding.secret = key.secret;
    return finding;
  });
}

// src/rules/exposure.ts
var BUILD_DIRS = /(?:^|\/)(?:dist|build|out|public|static|www)\//;
var BUILT = /\.(?:m?js|cjs|css|html?)$/i;
var BUNDLE_NAME = /\.(?:min|bundle|chunk)\.js$/i;
var HTML = /\.html?$/i;
var ASTRO = /\.astro$/i;
var SOURCE_MAP2 = /\.map$/i;
var NOTEBOOK = /\.ipynb$/i;
var LOG = /\.log(?:\.\d+)?$|(?:^|\/)logs?\/|(?:^|\/)nohup\.out$/i;
function pathExposure(path2) {
  const out = [];
  if (BUILT.test(path2) && BUILD_DIRS.test(path2) || BUNDLE_NAME.test(path2)) out.push("client-bundle");
  if (isDotenv(path2)) out.push("dotenv");
  if (NOTEBOOK.test(path2)) out.push("notebook");
  if (LOG.test(path2)) out.push("log");
  return out;
}
function inScript(buf, offset) {
  const open = Math.max(buf.lastIndexOf("<script", offset, "latin1"), buf.lastIndexOf("<SCRIPT", offset, "latin1"));
  if (open === -1) return false;
  const close = Math.max(buf.lastIndexOf("</script", offset, "latin1"), buf.lastIndexOf("</SCRIPT", offset, "latin1"));
  return close < open;
}
function inSourcesContent(buf, offset, window) {
  const at = buf.indexOf('"sourcesContent"', 0, "latin1");
  if (at !== -1) return at < offset;
  return window !== void 0 && !window.first;
}
var SCRIPT = /\.(?:[cm]?[jt]sx?)$/i;
var NOT_SHIPPED = /(?:^|\/)(?:node_modules|__tests__|__mocks__|tests?|spec|e2e|cypress|scripts|server|api|functions|supabase|prisma)\/|\.(?:test|spec|stories|config|d)\.[^/]*$|(?:^|\/)[^/]*\.config\.[^/]*$|\+api\.[jt]sx?$/i;
var SERVER_FRAMEWORKS = ["next", "nuxt", "@sveltejs/kit", "astro", "@remix-run/node", "@remix-run/react", "express", "fastify", "koa", "@nestjs/core", "hono", "@hapi/hapi", "@solidjs/start", "gatsby", "electron", "@builder.io/qwik-city", "react-router"];
var CLIENT_BUILDS = [
  ["vite", "Vite"],
  ["react-scripts", "Create React App"],
  ["parcel", "Parcel"],
  ["@vue/cli-service", "Vue CLI"]
];
var USE_CLIENT = /^(?:\uFEFF)?(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1/;
function head(text, n = 2048) {
  return Buffer.from(text.buffer, text.byteOffset, Math.min(n, text.length)).toString("latin1");
}
function clientSignal(path2, text, facts) {
  const lower = path2.toLowerCase();
  if (lower.endsWith(".swift") && /^\s*import\s+(?:SwiftUI|UIKit)\b/m.test(head(text, 8192)) && !/(?:^|\/)(?:tests?|\w+Tests)\//.test(path2)) {
    return { exposure: "mobile-app", signal: "an iOS app (Swift importing SwiftUI or UIKit)" };
  }
  if (/\.(?:kt|java)$/.test(lower)) {
    const module = /^(.*?)(?:^|\/)src\/main\/(?:java|kotlin)\//.exec(path2);
    if (module && facts.exists(join(module[1], "src/main/AndroidManifest.xml"))) return { exposure: "mobile-app", signal: "an Android app module (src/main/AndroidManifest.xml)" };
    return void 0;
  }
  if (lower.endsWith(".dart")) {
    const lib = /^(.*?)(?:^|\/)lib\//.exec(path2);
    if (lib && /sdk:\s*flutter/.test(facts.read(join(lib[1].replace(/\/$/, ""), "pubspec.yaml")) ?? "")) return { exposure: "mobile-app", signal: "a Flutter app (lib/)" };
    return void 0;
  }
  const component = /\.(?:vue|svelte)$/i.test(path2);
  if (!SCRIPT.test(path2) && !component && !/\.(?:html?|astro)$/i.test(path2)) return void 0;
  if (NOT_SHIPPED.test(path2)) return void 0;
  for (const dir of facts.folders(path2)) {
    const manifest = facts.read(join(dir, "manifest.json"));
    if (manifest && /"manifest_version"\s*:/.test(manifest)) return { exposure: "browser-extension", signal: `a browser extension (${join(dir, "manifest.json")})` };
  }
  const pkg = facts.packageOf(path2);
  const inPackage = (p) => pkg?.dir ? p.slice(pkg.dir.length + 1) : p;
  if (pkg && (pkg.deps.has("react-native") || pkg.deps.has("expo")) && !/\.(?:html?|astro)$/i.test(path2)) {
    return { exposure: "mobile-app", signal: pkg.deps.has("expo") ? "an Expo app" : "a React Native app" };
  }
  if (pkg?.deps.has("electron")) {
    return /(?:^|\/)renderer\//.test(inPackage(path2)) ? { exposure: "client-source", signal: "Electron renderer code (renderer/)" } : void 0;
  }
  if (SCRIPT.test(path2) && USE_CLIENT.test(head(text))) {
    return { exposure: "client-source", signal: `a ${pkg?.deps.has("next") ? "Next.js" : "React"} client component ("use client")` };
  }
  if (pkg?.deps.has("next") && SCRIPT.test(path2) && /^(?:src\/)?pages\/(?!api\/)(?!_document\.|_middleware\.)/.test(inPackage(path2))) {
    return { exposure: "client-source", signal: "a Next.js page (pages/)" };
  }
  if (component) return { exposure: "client-source", signal: lower.endsWith(".vue") ? "a Vue single-file component" : "a Svelte component" };
  if (ASTRO.test(path2)) return { exposure: "client-source", signal: "an Astro component's <script> block" };
  if (!pkg || !SCRIPT.test(path2) || !/^src\//.test(inPackage(path2))) return void 0;
  const build = CLIENT_BUILDS.find(([dep]) => pkg.deps.has(dep) || new RegExp(`\\b${dep.replace(/^@.*\//, "")}\\b`).test(pkg.scripts));
  if (!build || SERVER_FRAMEWORKS.some((d) => pkg.deps.has(d)) || /\bnext\b|\bnuxt\b/.test(pkg.scripts)) return void 0;
  const entry = ["index.html", "public/index.html", "src/main.ts", "src/main.tsx", "src/main.js", "src/main.jsx", "src/index.tsx", "src/index.jsx", "src/index.js"].some((f) => facts.exists(join(pkg.dir, f)));
  return entry ? { exposure: "client-source", signal: `the source of a client-only ${build[1]} app (${join(pkg.dir, "package.json")})` } : void 0;
}
function inAstroScript(buf, offset) {
  return inScript(buf, offset);
}
function keyExposure(path2, base, text, offset, window) {
  const buf = Buffer.from(text.buffer, text.byteOffset, text.length);
  const out = [...base];
  if (HTML.test(path2) && !out.includes("client-bundle") && inScript(buf, offset)) out.push("client-bundle");
  if (SOURCE_MAP2.test(path2) && inSourcesContent(buf, offset, window)) out.push("source-map");
  return out;
}
var WHERE = {
  "client-bundle": "in a client bundle",
  "source-map": "in a source map",
  dotenv: "in a .env file",
  notebook: "in a notebook (cell source or saved output)",
  log: "in a log file",
  "client-source": "in client-side source",
  "mobile-app": "in a mobile app",
  "browser-extension": "in a browser extension",
  "app-package": "in an app or extension package",
  "published-package": "in a package published to a registry"
};
var CLIENT = ["client-bundle", "source-map", "client-source", "mobile-app", "browser-extension"];
function clientExposed(exposure) {
  return exposure.some((e) => CLIENT.includes(e));
}
var READER = {
  "mobile-app": "anyone who installs the app can extract it from the package in minutes",
  "browser-extension": "anyone who installs the extension can read it"
};
function applyExposure(finding, title, exposure, signal) {
  if (!exposure.length) return;
  finding.exposure = exposure;
  const client = clientExposed(exposure);
  const main = CLIENT.find((e) => exposure.includes(e)) ?? exposure[0];
  const where = `${WHERE[main]}${signal && !["client-bundle", "source-map"].includes(main) ? ` (${signal})` : ""}`;
  const rest = finding.message.startsWith(title) ? finding.message.slice(title.length).trim() : finding.message;
  const how = rest.slice(0, rest.indexOf(": ") === -1 ? rest.length : rest.indexOf(": "));
  const why = rest.slice(how.length + 2);
  if (client) {
    finding.severity = "critical";
    finding.message = `${title} ${where}, ${how}: ${READER[main] ?? "anyone who loads the page can read it"}. Revoke it; the fix is a server-side proxy that holds the key and calls OpenAI, not a better hiding place (obfuscated, split or build-time keys are just as public)`;
    return;
  }
  finding.message = `${title} ${where}, ${how}: ${why}`;
}
function exposeKeys(fragment, detection, findings, root) {
  const base = pathExposure(fragment.path);
  const byOffset = HTML.test(fragment.path) || SOURCE_MAP2.test(fragment.path) || ASTRO.test(fragment.path);
  let client;
  if (!base.includes("client-bundle") && !SOURCE_MAP2.test(fragment.path)) {
    const { facts, file } = factsFor(fragment.path, root);
    client = clientSignal(file, detection.view.bytes, facts);
  }
  if (!base.length && !byOffset && !client) return;
  const buf = Buffer.from(detection.view.bytes.buffer, detection.view.bytes.byteOffset, detection.view.bytes.length);
  let k = 0;
  for (const finding of findings) {
    while (k < detection.keys.length && (detection.keys[k].column !== finding.column || detection.keys[k].endColumn !== finding.endColumn)) k++;
    const key = detection.keys[k++];
    if (!key) return;
    const exposure = byOffset ? keyExposure(fragment.path, base, detection.view.bytes, key.start, fragment.window) : [...base];
    const shipped = client && (!ASTRO.test(fragment.path) || inAstroScript(buf, key.start)) ? client : void 0;
    if (shipped && !exposure.includes(shipped.exposure)) exposure.push(shipped.exposure);
    applyExposure(finding, key.rule.title, exposure, shipped?.signal);
  }
}
var APP_PACKAGE = /\.(?:apk|aab|ipa|crx|xpi|vsix|asar)$/i;
var TARBALL = /\.(?:tgz|tar\.gz)$/i;
var WHEEL = /\.whl$/i;
function packageExposure(path2) {
  const parts = path2.split("!");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (APP_PACKAGE.test(part)) return "app-package";
    if (WHEEL.test(part)) return "published-package";
    if (TARBALL.test(part) && parts[i + 1]?.startsWith("package/")) return "published-package";
  }
  return void 0;
}
function exposePackagedKeys(path2, findings) {
  const exposure = packageExposure(path2);
  if (!exposure) return;
  for (const finding of findings) {
    const title = KEY_RULES.find((r) => r.id === finding.ruleId)?.title ?? finding.ruleId;
    const rest = finding.message.startsWith(title) ? finding.message.slice(title.length).trim() : finding.message;
    const how = rest.slice(0, rest.indexOf(": ") === -1 ? rest.length : rest.indexOf(": ")).replace(/^in an? [^,]*, /, "");
    finding.exposure = [...(finding.exposure ?? []).filter((e) => e !== exposure), exposure];
    finding.severity = "critical";
    const who = exposure === "app-package" ? "everyone who installs the app or extension" : "everyone who installs the package";
    finding.message = `${title} ${WHERE[exposure]}, ${how}: ${who} can unpack it and read the key. Revoke it; a key cannot be hidden inside a package: have your server call OpenAI, or have each user bring their own key`;
  }
}

// src/run/fragment.ts
var DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;
var HOW_ENCODED = {
  plain: "in plain text",
  utf16: "in a UTF-16 file",
  base64: "base64-encoded (encoding hides nothing)",
  url: "in URL-encoded text",
  escaped: "written as string escapes (escaping hides nothing)",
  entity: "written as HTML character references (escaping hides nothing)",
  "quoted-printable": "in quoted-printable text (encoding hides nothing)",
  hex: "hex-encoded (encoding hides nothing)",
  split: "split across string literals (splitting hides nothing)",
  binary: "in a binary file"
};
function keyMessage(key) {
  return `${key.rule.title} ${HOW_ENCODED[key.encoding]}: anyone who can read this file can use it`;
}
var ALLOW_BYTES = Buffer.from("openai-key-scan:allow");
function keyFindings(fragment, detection, options2 = {}) {
  const { showSecrets = false, keepSecrets = false } = options2;
  const { positions } = detection;
  if (!detection.keys.length || !positions) return [];
  const keys = detection.keys;
  const allowOf = (k) => {
    if (options2.noInlineAllow) return void 0;
    const adjacent = k.lineIndex > 0 && (!fragment.lineMap || fragment.lineMap[k.lineIndex - 1] === fragment.lineMap[k.lineIndex] - 1);
    const here = positions.lineHas(k.lineIndex, ALLOW_BYTES);
    const above = adjacent && positions.lineHas(k.lineIndex - 1, ALLOW_BYTES);
    if (!here && !above) return void 0;
    return inlineAllow(here ? lineText(k.lineIndex) : "", above ? lineText(k.lineIndex - 1) : void 0);
  };
  const lines = /* @__PURE__ */ new Map();
  const lineText = (i) => {
    let t = lines.get(i);
    if (t === void 0) lines.set(i, t = positions.lineText(i));
    return t;
  };
  const spans = /* @__PURE__ */ new Map();
  for (const k of keys) {
    const shown = showSecrets ? k.secret : redact(k.secret, k.prefix);
    spans.set(k, { column: k.column, endColumn: k.endColumn, replacement: k.encoding === "base64" || k.encoding === "escaped" ? `[${k.encoding}: ${shown}]` : shown });
  }
  const byLine = /* @__PURE__ */ new Map();
  for (const k of keys) {
    const list = byLine.get(k.lineIndex);
    if (list) list.push(spans.get(k));
    else byLine.set(k.lineIndex, [spans.get(k)]);
  }
  const { origin } = fragment;
  return keys.map((k) => {
    const sameLine = byLine.get(k.lineIndex);
    const line = fragment.lineMap ? fragment.lineMap[k.line - 1] ?? k.line : k.line;
    const finding = {
      ruleId: k.rule.id,
      kind: "key",
      severity: k.rule.severity,
      file: fragment.path,
      line,
      column: k.column,
      endColumn: k.endColumn,
      ...origin.commit ? { commit: origin.commit } : {},
      ...origin.author ? { author: origin.author } : {},
      ...origin.date ? { date: origin.date } : {},
      redacted: redact(k.secret, k.prefix),
      fingerprint: fingerprint(k.secret),
      encoding: k.encoding,
      message: keyMessage(k),
      excerpt: showSecrets ? lineText(k.lineIndex).slice(Math.max(0, k.column - 41), k.endColumn + 39) : excerpt(lineText(k.lineIndex), sameLine, spans.get(k))
    };
    if (showSecrets || keepSecrets) finding.secret = k.secret;
    const allow = allowOf(k);
    if (allow) finding.suppressed = { by: "inline", ...allow.reason ? { reason: allow.reason } : {} };
    return finding;
  });
}
var NO_HITS = /* @__PURE__ */ new Map();
var MARKER_BYTES2 = Buffer.from(MARKER);
function rawKeyFindings(fragment, options2) {
  const w = fragment.window;
  if (w) {
    const bytes = (units) => units === Infinity ? Infinity : units * 2 + w.bom;
    return binaryKeyFindings(fragment, detectBinaryKeys(fragment.content, { ...w, encoding: "binary", bom: 0, acceptFrom: bytes(w.acceptFrom), acceptTo: bytes(w.acceptTo) }), options2);
  }
  const raw = { first: true, encoding: "utf8", bom: 0, acceptFrom: 0, acceptTo: Infinity, line: 0, column: 0, bytes: fragment.content.length };
  return keyFindings({ ...fragment, window: raw }, detectKeys(fragment.content, raw), options2);
}
function processFragment(fragment, options2, tally) {
  const { window } = fragment;
  const detection = window?.encoding === "binary" ? void 0 : detectKeys(fragment.content, window);
  if (!window || window.first) tally.stats.files++;
  tally.stats.bytes += window ? window.bytes : fragment.content.length;
  if (!detection?.view) {
    const keys2 = binaryKeyFindings(fragment, detectBinaryKeys(fragment.content, window), options2);
    if (keys2.length) exposePackagedKeys(fragment.path, keys2);
    for (const f of keys2) tally.findings.push(f);
    return;
  }
  const keys = keyFindings(fragment, detection, options2);
  if (detection.view.utf16 && fragment.content.includes(MARKER_BYTES2)) {
    const seen = new Set(keys.map((k) => k.fingerprint));
    for (const f of rawKeyFindings(fragment, options2)) if (!seen.has(f.fingerprint)) keys.push(f);
  }
  if (keys.length) {
    exposeKeys(fragment, detection, keys, options2.root);
    exposePackagedKeys(fragment.path, keys);
  }
  for (const f of keys) tally.findings.push(f);
  const riskHits = detection.riskHits ?? NO_HITS;
  const rules = risksFor(fragment.path, fragment.origin, options2.risks, riskHits);
  if (rules.length) for (const f of riskFindings(fragment, detectRisks(detection.view, fragment.path, rules, window, detection.positions, riskHits), options2.noInlineAllow)) tally.findings.push(f);
}

// src/types.ts
function emptySkipCounts() {
  return { binary: 0, tooLarge: 0, unreadable: 0, symlink: 0, special: 0, archive: 0 };
}

// src/run/tally.ts
var SKIPS_LISTED = 1e3;
function newTally() {
  return { stats: { files: 0, bytes: 0, durationMs: 0, skipped: emptySkipCounts() }, skips: [], findings: [], warnings: [] };
}
function tallySink(tally) {
  return {
    skip(kind, file, why) {
      tally.stats.skipped[kind]++;
      if (tally.skips.length < SKIPS_LISTED) tally.skips.push({ kind, file, ...why ? { why } : {} });
      if (kind === "unreadable") tally.warnings.push({ code: "unreadable", message: `cannot read ${file}${why ? ` (${why})` : ""}: skipped` });
    },
    warn(message, code = "notice") {
      tally.warnings.push({ code, message });
    },
    archive(event, file, detail) {
      const a = tally.stats.archives ??= { opened: 0, members: 0, reasons: {} };
      if (event === "opened") a.opened++;
      else if (event === "member") a.members++;
      else {
        a.reasons[event] = (a.reasons[event] ?? 0) + 1;
        if (event !== "unsafeName") tally.stats.skipped.archive++;
        tally.warnings.push({ code: "archive", message: `${file}: ${detail ?? event}` });
      }
    }
  };
}

// src/sources/archives/kind.ts
var DEFAULT_ARCHIVE_LIMITS = { maxDepth: 2, maxBytes: 256 * 1024 * 1024 };
var ASAR = /\.asar$/i;
function archiveKind(name, head2) {
  const b = head2;
  if (b.length < 4) return void 0;
  if (b[0] === 80 && b[1] === 75 && (b[2] === 3 && b[3] === 4 || b[2] === 5 && b[3] === 6)) return "zip";
  if (b[0] === 67 && b[1] === 114 && b[2] === 50 && b[3] === 52) return "crx";
  if (b[0] === 31 && b[1] === 139) return "gzip";
  if (b.length >= 262 && b[257] === 117 && b[258] === 115 && b[259] === 116 && b[260] === 97 && b[261] === 114) return "tar";
  if (b[0] === 4 && b[1] === 0 && b[2] === 0 && b[3] === 0 && ASAR.test(name)) return "asar";
  return void 0;
}
function loadReaders() {
  const here = import.meta.url;
  return import(new URL(here.endsWith(".ts") ? "./open.ts" : "./archives.js", here).href);
}
async function readArchive(path2, origin, kind, content, limits, sink, each) {
  try {
    const { openArchive } = await loadReaders();
    await openArchive(path2, content, kind, limits, sink, (member, bytes) => each({ path: member, content: bytes, origin }));
  } catch (e) {
    sink.archive?.("corrupt", path2, `cannot read archive (${e instanceof Error ? e.message : String(e)})`);
  }
}

// src/sources/tree/read.ts
import { closeSync as closeSync2, constants, fstatSync as fstatSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { isAscii } from "node:buffer";
var { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = constants;
var CHUNK = 64 * 1024;
var WINDOW = 16 * 1024 * 1024;
var OVERLAP = 64 * 1024;
var Scratch = class {
  buf = Buffer.allocUnsafeSlow(256 * 1024);
};
var SCRATCH_MAX = WINDOW + 2 * OVERLAP;
function readAll(fd, size, max, scratch2) {
  let buf;
  if (scratch2 && size > 0 && size <= SCRATCH_MAX) {
    if (scratch2.buf.length < size) scratch2.buf = Buffer.allocUnsafeSlow(Math.min(SCRATCH_MAX, Math.max(size, scratch2.buf.length * 2)));
    buf = scratch2.buf.subarray(0, size);
  } else {
    buf = Buffer.allocUnsafe(size || CHUNK);
  }
  let n = 0;
  for (; ; ) {
    if (n === buf.length) {
      if (n >= max) break;
      const bigger = Buffer.allocUnsafe(Math.min(max, buf.length * 2));
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
    }
    const r = readSync2(fd, buf, n, buf.length - n, n);
    if (r === 0) break;
    n += r;
    if (size && n === size) break;
  }
  return n === buf.length ? buf : buf.subarray(0, n);
}
var TRACKED_OR_NO_GIT = { kind: "tree" };
var UNTRACKED = { kind: "tree", git: "untracked" };
function treeOrigin(entry) {
  return entry.untracked ? UNTRACKED : TRACKED_OR_NO_GIT;
}
function openEntry(entry, sink) {
  try {
    const abs = typeof entry.abs === "string" ? entry.abs : Buffer.from(entry.abs.buffer, entry.abs.byteOffset, entry.abs.length);
    return openSync2(abs, O_RDONLY | O_NONBLOCK | (entry.follow ? 0 : O_NOFOLLOW));
  } catch (e) {
    const code = e.code;
    if (code === "ELOOP") sink.skip("symlink", entry.file);
    else if (code !== "ENOENT") sink.skip("unreadable", entry.file, code ?? String(e));
    return void 0;
  }
}
function sizeOf(fd, entry, maxFileSize, sink) {
  const st = fstatSync2(fd);
  if (st.isDirectory()) return void 0;
  if (!st.isFile()) sink.skip("special", entry.file);
  else if (st.size > maxFileSize) sink.skip("tooLarge", entry.file, `${st.size} bytes`);
  else return st.size;
  return void 0;
}
function readSmall2(fd, scratch2, maxFileSize) {
  const buf = scratch2.buf;
  const limit = Math.min(buf.length, maxFileSize + 1);
  let n = 0;
  for (; ; ) {
    const r = readSync2(fd, buf, n, limit - n, n);
    if (r === 0) return buf.subarray(0, n);
    n += r;
    if (n === limit) return void 0;
  }
}
function readFragments(entry, maxFileSize, sink, scratch2, each, archives2) {
  const fd = openEntry(entry, sink);
  if (fd === void 0) return;
  let fragment;
  let archive;
  try {
    const small = scratch2 && !entry.follow ? readSmall2(fd, scratch2, maxFileSize) : void 0;
    const size = small ? small.length : sizeOf(fd, entry, maxFileSize, sink);
    if (size === void 0) return;
    if (size <= WINDOW + 2 * OVERLAP) {
      const content = small ?? readAll(fd, size, maxFileSize, scratch2);
      const kind = archives2 && archives2.maxDepth > 0 ? archiveKind(entry.file, content) : void 0;
      if (kind) archive = { kind, content: Buffer.from(content) };
      else fragment = { path: entry.file, content, origin: treeOrigin(entry) };
    } else archive = readWindows(fd, size, entry, sink, each, scratch2, archives2);
  } catch (e) {
    const code = e.code;
    if (code !== "EISDIR") sink.skip("unreadable", entry.file, code ?? String(e));
  } finally {
    closeSync2(fd);
  }
  if (fragment) each(fragment);
  if (archive) return readArchive(entry.file, treeOrigin(entry), archive.kind, archive.content, archives2, sink, each);
}
function readRange(fd, buf, length, position) {
  let n = 0;
  while (n < length) {
    const r = readSync2(fd, buf, n, length - n, position + n);
    if (r === 0) break;
    n += r;
  }
  return n;
}
function advance(bytes, from, to, utf16, at) {
  let start = from;
  if (utf16) {
    const lf = utf16 === "utf16le" ? Buffer.from([10, 0]) : Buffer.from([0, 10]);
    for (let i = bytes.indexOf(lf, from); i !== -1 && i < to; i = bytes.indexOf(lf, i + 1)) {
      if ((i - from) % 2) continue;
      at.line++;
      start = i + 2;
    }
    at.column = (start === from ? at.column : 0) + (to - start >> 1);
    return;
  }
  for (let i = bytes.indexOf(10, from); i !== -1 && i < to; i = bytes.indexOf(10, i + 1)) {
    at.line++;
    start = i + 1;
  }
  let units = 0;
  if (isAscii(bytes.subarray(start, to))) units = to - start;
  else {
    for (let i = start; i < to; i++) {
      const c = bytes[i];
      if ((c & 192) !== 128) units += c >= 240 ? 2 : 1;
    }
  }
  at.column = (start === from ? at.column : 0) + units;
}
function readWindows(fd, size, entry, sink, each, scratch2, archives2) {
  const file = entry.file;
  if (scratch2 && scratch2.buf.length < SCRATCH_MAX) scratch2.buf = Buffer.allocUnsafeSlow(SCRATCH_MAX);
  const buf = scratch2?.buf ?? Buffer.allocUnsafe(SCRATCH_MAX);
  const at = { line: 0, column: 0 };
  let encoding = "utf8";
  let fileBom = 0;
  for (let k = 0; k * WINDOW < size; k++) {
    const from = Math.max(0, k * WINDOW - OVERLAP);
    const to = Math.min(size, (k + 1) * WINDOW + OVERLAP);
    const content = buf.subarray(0, readRange(fd, buf, to - from, from));
    if (k === 0) {
      const kind = archives2 && archives2.maxDepth > 0 ? archiveKind(file, content) : void 0;
      if (kind) {
        const whole = Buffer.allocUnsafe(size);
        return { kind, content: whole.subarray(0, readRange(fd, whole, size, 0)) };
      }
      const view = textView(content);
      if (!view) encoding = "binary";
      else ({ encoding, bom: fileBom } = viewEncoding(content, view));
    }
    const window = windowAt(k, from, size, k === 0 ? fileBom : 0, encoding, at);
    each({ path: file, content, origin: treeOrigin(entry), window });
    if (window.acceptTo === Infinity) break;
    nextWindow(content, window, k, from, at);
  }
  return void 0;
}
function windowAt(k, from, size, bom, encoding, at) {
  const unit2 = encoding === "utf8" || encoding === "binary" ? 1 : 2;
  const acceptEnd = Math.min(size, (k + 1) * WINDOW);
  const last = acceptEnd >= size;
  return {
    first: k === 0,
    encoding,
    bom,
    acceptFrom: Math.max(0, (k * WINDOW - from - bom) / unit2),
    acceptTo: last ? Infinity : (acceptEnd - from - bom) / unit2,
    line: at.line,
    column: at.column,
    bytes: acceptEnd - k * WINDOW,
    offset: from
  };
}
function nextWindow(content, window, k, from, at) {
  if (window.encoding === "binary") return;
  advance(content, window.bom, (k + 1) * WINDOW - OVERLAP - from, window.encoding === "utf8" ? void 0 : window.encoding, at);
}

// src/run/worker.ts
var options = workerData;
var claims = new Int32Array(options.claims);
var archives = options.archives ?? DEFAULT_ARCHIVE_LIMITS;
var scratch = new Scratch();
var batches = [];
var received = 0;
var dropped = 0;
var running = false;
async function scanBatch(index, batch) {
  const tally = newTally();
  const sink = tallySink(tally);
  for (const entry of batch) {
    const archive = readFragments(entry, options.maxFileSize, sink, scratch, (fragment) => processFragment(fragment, options, tally), archives);
    if (archive) await archive;
  }
  parentPort.postMessage({ index, tally });
}
async function pump() {
  if (running) return;
  running = true;
  try {
    for (; ; ) {
      const next = Atomics.load(claims, 0);
      for (; dropped < Math.min(next, received); dropped++) batches[dropped] = void 0;
      if (next >= received) break;
      if (Atomics.compareExchange(claims, 0, next, next + 1) !== next) continue;
      await scanBatch(next, batches[next]);
    }
  } finally {
    running = false;
  }
}
parentPort.on("message", (m) => {
  batches[m.index] = decodeBatch(m);
  received = m.index + 1;
  void pump();
});
