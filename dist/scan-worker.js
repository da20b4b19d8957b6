#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/run/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/config/inline.ts
var DIRECTIVE = /openai-key-scan:allow(-next-line)?(?![\w-])(.*)$/;
function parse(line, nextLine) {
  if (line === void 0) return void 0;
  const at = line.indexOf("openai-key-scan:allow");
  if (at === -1) return void 0;
  const m = DIRECTIVE.exec(line.slice(at, at + 400));
  if (!m || Boolean(m[1]) !== nextLine) return void 0;
  const reason = m[2].replace(/\s*(\*\/|-->|%>|#}|\}\}).*$/, "").replace(/^\s*[:\-–—]?\s*/, "").trim();
  return { where: nextLine ? "previous-line" : "same-line", ...reason ? { reason: reason.slice(0, 200) } : {} };
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
    shapes: [{ prefix: /^sk-proj-$/, alphabet: "base64url" }],
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
        "openai_key: {{key:proj:100}}"
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
        "{{run:proj:74:X}}"
      ]
    }
  },
  {
    id: "openai-service-account-key",
    kind: "key",
    title: "OpenAI service account key",
    severity: "high",
    shapes: [
      { prefix: /^sk-svcacct-$/, alphabet: "base64url" },
      { prefix: new RegExp(`^sk-${NOT_A_NAME}${SERVICE_NAME}-$`), alphabet: "base64url" }
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
    shapes: [{ prefix: /^sk-admin-$/, alphabet: "base64url" }],
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
    shapes: [
      { prefix: /^sk-$/, alphabet: "alnum" },
      { prefix: /^sk-None-$/, alphabet: "base64url" }
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

// src/detect/alphabet.ts
function table(chars) {
  const t = new Uint8Array(256);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
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

// src/detect/decoders/base64.ts
var LITERALS = ["VDNCbGJr", "Qmxia0ZK", "M0JsYmtG"];
var REACH = 16 * 1024;
function wrapAt(text, i) {
  const br = text[i] === 10 ? 1 : text[i] === 13 && text[i + 1] === 10 ? 2 : 0;
  return br && i > 0 && BASE64_CHAR[text[i - 1]] && BASE64_CHAR[text[i + br]] ? br : 0;
}
function runStart(text, hit, lo) {
  let i = hit;
  let wrapped = false;
  while (i > lo) {
    if (BASE64_CHAR[text[i - 1]]) {
      i--;
      continue;
    }
    const br = text[i - 1] === 10 ? text[i - 2] === 13 ? 2 : 1 : 0;
    if (br && wrapAt(text, i - br) === br) {
      i -= br;
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
function decode(chars) {
  return Buffer.from(Buffer.from(chars.buffer, chars.byteOffset, chars.length).toString("latin1"), "base64");
}
var base64Decoder = {
  encoding: "base64",
  literals: LITERALS,
  overlap: 512,
  decodeAt(text, hit, notBefore) {
    const [s0, wrappedLeft] = runStart(text, hit, Math.max(0, hit - REACH, notBefore));
    const [end, wrappedRight] = runEnd(text, hit, Math.min(text.length, hit + REACH));
    if (!wrappedLeft && !wrappedRight) {
      const start = s0 + (hit - s0) % 4;
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
    const hitIndex = positions.indexOf(hit);
    positions.splice(0, hitIndex % 4);
    if (positions.length < 8) return void 0;
    const chars = new Uint8Array(positions.length);
    positions.forEach((p, k) => chars[k] = text[p]);
    return {
      bytes: decode(chars),
      start: positions[0],
      end,
      toParent: (d) => positions[Math.min(positions.length - 1, Math.floor(d / 3) * 4)],
      toParentEnd: (d) => positions[Math.min(positions.length - 1, Math.ceil(d / 3) * 4 - 1)] + 1
    };
  }
};

// src/detect/decoders/escapes.ts
var LITERALS2 = ["\\x54\\x33", "\\u0054\\u0033"];
var REACH2 = 4096;
function hexAt(text, i, n) {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = i + k < text.length ? HEX_VALUE[text[i + k]] : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}
function unitAt(text, i) {
  if (text[i] === 92) {
    if (text[i + 1] === 120) {
      const v = hexAt(text, i + 2, 2);
      return v < 0 ? [0, 0] : [4, v];
    }
    if (text[i + 1] === 117) {
      const v = hexAt(text, i + 2, 4);
      return v < 0 || v > 255 ? [0, 0] : [6, v];
    }
    return [0, 0];
  }
  const c = text[i];
  return c !== void 0 && KEY_CHAR[c] ? [1, c] : [0, 0];
}
var escapeDecoder = {
  encoding: "escaped",
  literals: LITERALS2,
  // A 164-character key is 984 characters as \u escapes.
  overlap: 1024,
  decodeAt(text, hit, notBefore) {
    let start = hit;
    const lo = Math.max(0, hit - REACH2, notBefore);
    while (start > lo) {
      if (start >= 6 && unitAt(text, start - 6)[0] === 6) start -= 6;
      else if (start >= 4 && unitAt(text, start - 4)[0] === 4) start -= 4;
      else if (unitAt(text, start - 1)[0] === 1) start -= 1;
      else break;
    }
    const bytes = [];
    const from = [];
    let i = start;
    const hi = Math.min(text.length, hit + REACH2);
    while (i < hi) {
      const [len, value] = unitAt(text, i);
      if (!len) break;
      bytes.push(value);
      from.push(i);
      i += len;
    }
    from.push(i);
    if (bytes.length < 8) return void 0;
    return {
      bytes: Buffer.from(bytes),
      start,
      end: i,
      toParent: (d) => from[d],
      toParentEnd: (d) => from[d]
    };
  }
};

// src/detect/filters.ts
var WORDS = /EXAMPLE|[Ee]xample|XXXX|xxxx|PLACEHOLDER|[Pp]laceholder|YOUR|[Yy]our|REPLACE|[Rr]eplace|REDACTED|[Rr]edacted|DUMMY|[Dd]ummy|SAMPLE|[Ss]ample/;
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
  const random = left + right;
  if (WORDS.test(random)) return "placeholder text";
  if (hasRun(left, 6) || hasRun(right, 6)) return "repeated or sequential characters";
  if (entropy(random) < 3.5) return "low entropy";
  return void 0;
}

// src/detect/match.ts
var MIN_SEGMENT = 20;
var MAX_SEGMENT = 100;
var MAX_PREFIX = 3 + 42 + 1;
var MARKER_LENGTH = 8;
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
    const rs = m + MARKER_LENGTH;
    if (!(rs >= runFrom && rs <= runEnd2)) {
      runFrom = rs;
      runEnd2 = rs;
      while (runEnd2 < text.length && KEY_CHAR[text[runEnd2]]) runEnd2++;
    }
    const e = runEnd2;
    const r = e - rs;
    if (r < MIN_SEGMENT || r > MAX_SEGMENT) continue;
    const s1 = m - r;
    if (s1 < 3 || text[s1 - 1] !== 45 || !all(KEY_CHAR, text, s1, m)) continue;
    let j = s1 - 1;
    const lo = Math.max(0, s1 - MAX_PREFIX);
    while (j - 1 >= lo && NAME_CHAR[text[j - 1]]) j--;
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
    const column = (index === 0 ? this.base.column : 0) + this.width(ls, start) + 1;
    const stop = Math.min(end, this.lineEnd(index));
    return { lineIndex: index, line: this.base.line + index + 1, column, endColumn: column + this.width(start, Math.max(start, stop)) };
  }
  /** Whether a line holds `needle` (ASCII bytes), without decoding the line. */
  lineHas(index, needle) {
    const from = this.lineStart(index);
    const to = this.lineEnd(index);
    const bytes = this.view.bytes;
    const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(needle, from);
    return at !== -1 && at + needle.length <= to;
  }
  /** The text of a line, decoded for display. */
  lineText(index) {
    const from = this.lineStart(index);
    const to = this.lineEnd(index);
    const bytes = this.view.bytes;
    const slice = Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from);
    return this.view.utf16 ? slice.toString("latin1") : slice.toString("utf8");
  }
};

// src/detect/prefilter.ts
var Hits = class {
  offsets = new Int32Array(64);
  literals = new Uint8Array(64);
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
      const l = new Uint8Array(this.count * 2);
      l.set(this.literals);
      this.literals = l;
    }
    this.offsets[this.count] = offset;
    this.literals[this.count++] = literal;
  }
};
var Prefilter = class {
  literals;
  /** Length of the shortest literal: the window size. */
  m;
  shift;
  /** For a block that ends a window (shift 0): the literals whose window ends with it. */
  heads = new Array(65536);
  /** Reused by every scan: a scan's hits are read before the next scan starts (one thread, no reentry). */
  hits = new Hits();
  constructor(literals) {
    this.literals = literals.map((l) => Buffer.from(l, "latin1"));
    this.m = Math.min(...this.literals.map((l) => l.length));
    if (this.m < 2 || this.literals.length > 255) throw new Error("prefilter: literals need 2+ bytes, at most 255 of them");
    const m = this.m;
    this.shift = new Uint8Array(65536).fill(Math.min(255, m - 1));
    this.literals.forEach((lit, index) => {
      for (let j = 1; j < m; j++) {
        const block = lit[j - 1] << 8 | lit[j];
        const s = m - 1 - j;
        if (s < this.shift[block]) this.shift[block] = s;
        if (s === 0) (this.heads[block] ??= []).push(index);
      }
    });
  }
  /** All hits in `buf`, in increasing offset order (windows only move forward); valid until the next scan. */
  scan(buf) {
    const hits = this.hits.reset();
    const { m, shift, heads, literals } = this;
    const to = buf.length;
    let i = m - 1;
    while (i < to) {
      const block = buf[i - 1] << 8 | buf[i];
      const s = shift[block];
      if (s !== 0) {
        i += s;
        continue;
      }
      const start = i - m + 1;
      for (const index of heads[block]) {
        const lit = literals[index];
        if (start + lit.length > to) continue;
        let k = 0;
        while (k < lit.length && buf[start + k] === lit[k]) k++;
        if (k === lit.length) hits.push(start, index);
      }
      i++;
    }
    return hits;
  }
};

// src/report/redact.ts
function redact(secret, prefix) {
  const safePrefix = prefix.length < secret.length - 4 ? prefix : "";
  return `${safePrefix}\u2026${secret.slice(-4)}`;
}
var TOKEN_WITH_MARKER = /[A-Za-z0-9+/_\\%-]*(?:T3BlbkFJ|VDNCbGJr|Qmxia0ZK|M0JsYmtG|\\x54\\x33|\\u0054\\u0033)[A-Za-z0-9+/_\\%-]*/g;
function maskText(text) {
  return text.replace(TOKEN_WITH_MARKER, "[redacted]");
}
var CONTEXT = 40;
function excerpt(line, spans, focus) {
  const from = Math.max(0, focus.column - 1 - CONTEXT * 2);
  const to = Math.min(line.length, focus.endColumn - 1 + CONTEXT * 2);
  let text = line.slice(from, to);
  const inWindow = spans.filter((s) => s.column - 1 < to && s.endColumn - 1 > from).sort((a, b) => b.column - a.column);
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

// src/detect/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(secret) {
  return createHash("sha256").update(secret, "latin1").digest("hex").slice(0, 16);
}

// src/rules/risks.ts
function isDotenv(path) {
  return /(?:^|\/)\.env(?:\.[^/]*)?$/.test(path);
}
var TEMPLATE_PARTS = /* @__PURE__ */ new Set(["example", "sample", "template", "dist"]);
function isDotenvTemplate(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name.split(".").some((part) => TEMPLATE_PARTS.has(part.toLowerCase()));
}
var DOCS = /\.(?:md|mdx|markdown|rst|adoc|txt)$/i;
var SOURCE_MAP = /\.map$/i;
var SECRET_SEGMENT = /^(?:KEY|APIKEY|SECRET|TOKEN|PASSWORD|PASS|CREDENTIAL|CREDENTIALS|AUTH)$/;
function isSecretName(name) {
  return name.split("_").some((s) => SECRET_SEGMENT.test(s));
}
var PLACEHOLDER_WORDS = /your|xxx|\.\.\.|…|<[^>]*>|\*\*\*|change.?me|replace|placeholder|example|dummy|insert|todo|redacted|^sk-?$|^null$|^none$|^undefined$/i;
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
function committedOrOutsideGit(origin) {
  return origin.kind !== "tree" || origin.git !== "untracked";
}
var RISK_RULES = [
  {
    id: "committed-dotenv",
    kind: "risk",
    title: "Committed .env file",
    severity: "medium",
    literals: ["OPENAI_"],
    regex: /^[ \t]*(?:export[ \t]+)?(?<name>[A-Z0-9_]*OPENAI_[A-Z0-9_]*)[ \t]*[=:][ \t]*(?<value>[^\r\n]*)/gm,
    appliesTo: (path, origin) => isDotenv(path) && !isDotenvTemplate(path) && committedOrOutsideGit(origin),
    keep: ({ name = "", value = "" }) => (isSecretName(name) || /^["'`]?sk-/.test(value.trim())) && !isPlaceholderValue(value),
    message: ({ name }, path) => {
      const file = path.slice(path.lastIndexOf("/") + 1);
      return `${path} sets ${name} and is committed (or about to be): untrack it (git rm --cached ${file}), add ${file} to .gitignore, and rotate the key if it was ever pushed`;
    }
  },
  {
    id: "public-env-var",
    kind: "risk",
    title: "OpenAI key in a client-side environment variable",
    severity: "high",
    // Every prefix ends in `_`: eight bytes ride along in the key detector's prefilter pass.
    literals: ["_OPENAI_"],
    // The look-behind makes `NEXT_PUBLIC_` win over the `PUBLIC_` inside it: one finding per place.
    regex: new RegExp(
      `(?<![A-Za-z0-9_$])(?<name>(?<prefix>${PREFIX_ALTERNATION})[A-Z0-9_]*?OPENAI_[A-Z0-9_]*)(?:[ \\t]*(?:=(?!=)|:)[ \\t]*(?<value>[^\\s;,]*))?`,
      "g"
    ),
    appliesTo: (path) => !DOCS.test(path) && !SOURCE_MAP.test(path),
    skipComments: true,
    keep: ({ name = "", prefix = "" }) => isSecretName(name.slice(prefix.length)),
    message: ({ name, prefix = "" }) => `${name}: ${PUBLIC_PREFIXES[prefix]} inlines ${prefix}* variables into the client bundle, so this key ships to everyone who loads the page; keep it in a server-only variable (OPENAI_API_KEY) and call OpenAI from a server route`
  },
  {
    id: "browser-sdk",
    kind: "risk",
    title: "OpenAI SDK allowed in the browser",
    severity: "high",
    // The prefilter looks at a literal's first eight bytes: `AllowBro` is rarer than `dangerou`.
    literals: ["AllowBrowser"],
    regex: /(?<name>["']?dangerouslyAllowBrowser["']?[ \t]*(?::|=(?!=))[ \t]*(?:true|!0))(?![\w$])/g,
    appliesTo: (path) => !DOCS.test(path) && !SOURCE_MAP.test(path),
    skipComments: true,
    inFile: /openai/i,
    // Anthropic's SDK has the same option; the nearest constructor before the option decides.
    keep: (_groups, _path, before) => !/\bnew\s+(?:Anthropic|AnthropicBedrock|AnthropicVertex)\s*\([^()]*$/.test(before ?? ""),
    message: () => "The OpenAI SDK is allowed to run in the browser (dangerouslyAllowBrowser set to true): the key it is given ships to everyone who loads the page. Call OpenAI from a server route that holds the key (for Realtime in the browser, mint ephemeral session tokens there)"
  }
];

// src/detect/risks.ts
var AROUND = 256;
var EXCERPT = 60;
var MAX_PER_RULE = 100;
var RISK_LITERALS = [...new Set(RISK_RULES.flatMap((r) => r.literals))];
var PREFILTERED_RISK_LITERALS = RISK_LITERALS.filter((l) => l.length >= 8);
var PREFILTERED_RULES = new Set(RISK_RULES.filter((r) => r.literals.every((l) => PREFILTERED_RISK_LITERALS.includes(l))));
function risksFor(path, origin, enabled) {
  return RISK_RULES.filter((r) => enabled?.[r.id] !== false && (!r.appliesTo || r.appliesTo(path, origin)));
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
function detectRisks(view, path, rules, window, positions, prefiltered) {
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
          if (rule.keep && !rule.keep(groups, path, before)) continue;
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
            message: rule.message(groups, path),
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
    const unit = littleEndian ? content[p] | content[p + 1] << 8 : content[p] << 8 | content[p + 1];
    out[i] = unit > 255 ? 1 : unit;
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
  const nul = content.indexOf(0);
  if (nul !== -1 && nul < SNIFF) {
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
var DECODERS = [base64Decoder, escapeDecoder];
var MARKER_BYTES = Buffer.from(MARKER, "latin1");
var LITERALS3 = [MARKER, ...DECODERS.flatMap((d) => d.literals)];
var PREFILTER_LITERALS = [...LITERALS3, ...RISK_LITERALS];
var DECODER_OF = [void 0, ...DECODERS.flatMap((d) => d.literals.map(() => d))];
var RISK_FROM = LITERALS3.length;
LITERALS3.push(...PREFILTERED_RISK_LITERALS);
var prefilter = new Prefilter(LITERALS3);
function encodingOf(m, view, decoder) {
  if (decoder) return decoder.encoding;
  if (view.utf16) return "utf16";
  return m.boundary;
}
function detectKeys(content, window) {
  const view = window ? windowView(content, window.encoding, window.bom) : textView(content);
  if (!view) return { view, positions: void 0, keys: [], rejected: [] };
  const text = view.bytes;
  const rejected = [];
  const hits = prefilter.scan(text);
  if (hits.count === 0) return { view, positions: void 0, keys: [], rejected };
  const spans = [];
  const plain = new Int32Array(hits.count);
  let plainCount = 0;
  const decodedUntil = /* @__PURE__ */ new Map();
  let riskHits;
  for (let h = 0; h < hits.count; h++) {
    const offset = hits.offsets[h];
    if (hits.literals[h] >= RISK_FROM) {
      const literal = LITERALS3[hits.literals[h]];
      riskHits ??= /* @__PURE__ */ new Map();
      const list = riskHits.get(literal);
      if (list) list.push(offset);
      else riskHits.set(literal, [offset]);
      continue;
    }
    const decoder = DECODER_OF[hits.literals[h]];
    if (!decoder) {
      plain[plainCount++] = offset;
      continue;
    }
    const until = decodedUntil.get(decoder) ?? -1;
    if (offset < until) continue;
    const window2 = decoder.decodeAt(text, offset, Math.max(0, until - decoder.overlap));
    if (!window2) continue;
    decodedUntil.set(decoder, window2.end);
    const inner = [];
    for (const match of matchAtMarkers(window2.bytes, markerOffsets(window2.bytes, MARKER_BYTES), inner)) {
      spans.push({
        match,
        decoder,
        start: window2.toParent(match.start),
        end: window2.toParentEnd(match.end),
        secret: window2.bytes.toString("latin1", match.start, match.end)
      });
    }
    for (const r of inner) rejected.push({ start: window2.toParent(r.start), end: window2.toParentEnd(r.end), reason: r.reason });
  }
  for (const match of matchAtMarkers(text, plain.subarray(0, plainCount), rejected)) {
    spans.push({ match, start: match.start, end: match.end, secret: Buffer.from(text.buffer, text.byteOffset + match.start, match.end - match.start).toString("latin1") });
  }
  if (window) {
    const inside = spans.filter((s) => s.start >= window.acceptFrom && s.start < window.acceptTo);
    spans.length = 0;
    spans.push(...inside);
  }
  if (spans.length === 0) return { view, positions: void 0, keys: [], rejected, riskHits };
  spans.sort((a, b) => a.start - b.start);
  const positions = new Positions(view, window);
  const keys = spans.map((s) => {
    const at = positions.locate(s.start, s.end);
    return {
      rule: s.match.rule,
      secret: s.secret,
      prefix: s.match.prefix,
      encoding: encodingOf(s.match, view, s.decoder),
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

// src/rules/exposure.ts
var BUILD_DIRS = /(?:^|\/)(?:dist|build|out|public|static|www)\//;
var BUILT = /\.(?:m?js|cjs|css|html?)$/i;
var BUNDLE_NAME = /\.(?:min|bundle|chunk)\.js$/i;
var HTML = /\.html?$/i;
var SOURCE_MAP2 = /\.map$/i;
var NOTEBOOK = /\.ipynb$/i;
var LOG = /\.log(?:\.\d+)?$|(?:^|\/)logs?\/|(?:^|\/)nohup\.out$/i;
function pathExposure(path) {
  const out = [];
  if (BUILT.test(path) && BUILD_DIRS.test(path) || BUNDLE_NAME.test(path)) out.push("client-bundle");
  if (isDotenv(path)) out.push("dotenv");
  if (NOTEBOOK.test(path)) out.push("notebook");
  if (LOG.test(path)) out.push("log");
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
function keyExposure(path, base, text, offset, window) {
  const buf = Buffer.from(text.buffer, text.byteOffset, text.length);
  const out = [...base];
  if (HTML.test(path) && !out.includes("client-bundle") && inScript(buf, offset)) out.push("client-bundle");
  if (SOURCE_MAP2.test(path) && inSourcesContent(buf, offset, window)) out.push("source-map");
  return out;
}
var WHERE = {
  "client-bundle": "in a client bundle",
  "source-map": "in a source map",
  dotenv: "in a .env file",
  notebook: "in a notebook (cell source or saved output)",
  log: "in a log file"
};
function clientExposed(exposure) {
  return exposure.includes("client-bundle") || exposure.includes("source-map");
}
function applyExposure(finding, title, exposure) {
  if (!exposure.length) return;
  finding.exposure = exposure;
  const client = clientExposed(exposure);
  const where = WHERE[exposure.includes("client-bundle") ? "client-bundle" : exposure.includes("source-map") ? "source-map" : exposure[0]];
  const rest = finding.message.startsWith(title) ? finding.message.slice(title.length).trim() : finding.message;
  const how = rest.slice(0, rest.indexOf(": ") === -1 ? rest.length : rest.indexOf(": "));
  const why = rest.slice(how.length + 2);
  if (client) {
    finding.severity = "critical";
    finding.message = `${title} ${where}, ${how}: anyone who loads the page can read it. Revoke it; the fix is a server-side proxy that holds the key and calls OpenAI, not a better hiding place (obfuscated, split or build-time keys are just as public)`;
    return;
  }
  finding.message = `${title} ${where}, ${how}: ${why}`;
}
function exposeKeys(fragment, detection, findings) {
  const base = pathExposure(fragment.path);
  const byOffset = HTML.test(fragment.path) || SOURCE_MAP2.test(fragment.path);
  if (!base.length && !byOffset) return;
  let k = 0;
  for (const finding of findings) {
    while (k < detection.keys.length && (detection.keys[k].column !== finding.column || detection.keys[k].endColumn !== finding.endColumn)) k++;
    const key = detection.keys[k++];
    if (!key) return;
    applyExposure(finding, key.rule.title, byOffset ? keyExposure(fragment.path, base, detection.view.bytes, key.start, fragment.window) : base);
  }
}

// src/types.ts
function emptySkipCounts() {
  return { binary: 0, tooLarge: 0, unreadable: 0, symlink: 0, special: 0 };
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
    }
  };
}

// src/run/fragment.ts
var DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;
var HOW_ENCODED = {
  plain: "in plain text",
  utf16: "in a UTF-16 file",
  base64: "base64-encoded (encoding hides nothing)",
  url: "in URL-encoded text",
  escaped: "written as string escapes (escaping hides nothing)"
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
  for (const k of keys) byLine.set(k.lineIndex, [...byLine.get(k.lineIndex) ?? [], spans.get(k)]);
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
function processFragment(fragment, options2, tally) {
  const { window } = fragment;
  const detection = detectKeys(fragment.content, window);
  if (!detection.view) {
    tally.stats.skipped.binary++;
    if (tally.skips.length < SKIPS_LISTED) tally.skips.push({ kind: "binary", file: fragment.path, why: "binary content (NUL bytes)" });
    return;
  }
  if (!window || window.first) tally.stats.files++;
  tally.stats.bytes += window ? window.bytes : fragment.content.length;
  const keys = keyFindings(fragment, detection, options2);
  if (keys.length) exposeKeys(fragment, detection, keys);
  tally.findings.push(...keys);
  const rules = risksFor(fragment.path, fragment.origin, options2.risks);
  if (rules.length) tally.findings.push(...riskFindings(fragment, detectRisks(detection.view, fragment.path, rules, window, detection.positions, detection.riskHits ?? NO_HITS), options2.noInlineAllow));
}

// src/sources/tree/read.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
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
    const r = readSync(fd, buf, n, buf.length - n, n);
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
function openEntry(entry, maxFileSize, sink) {
  let fd;
  try {
    fd = openSync(entry.abs, O_RDONLY | O_NONBLOCK | (entry.follow ? 0 : O_NOFOLLOW));
  } catch (e) {
    const code = e.code;
    if (code === "ELOOP") sink.skip("symlink", entry.file);
    else if (code !== "ENOENT") sink.skip("unreadable", entry.file, code ?? String(e));
    return void 0;
  }
  try {
    const st = fstatSync(fd);
    let skip;
    if (st.isDirectory()) skip = void 0;
    else if (!st.isFile()) skip = ["special"];
    else if (st.size > maxFileSize) skip = ["tooLarge", `${st.size} bytes`];
    else return { fd, size: st.size };
    if (skip) sink.skip(skip[0], entry.file, skip[1]);
  } catch (e) {
    sink.skip("unreadable", entry.file, e.code ?? String(e));
  }
  closeSync(fd);
  return void 0;
}
function readFragments(entry, maxFileSize, sink, scratch2, each) {
  const opened = openEntry(entry, maxFileSize, sink);
  if (!opened) return;
  const { fd, size } = opened;
  let fragment;
  try {
    if (size <= WINDOW + 2 * OVERLAP) fragment = { path: entry.file, content: readAll(fd, size, maxFileSize, scratch2), origin: treeOrigin(entry) };
    else readWindows(fd, size, entry, sink, each, scratch2);
  } catch (e) {
    sink.skip("unreadable", entry.file, e.code ?? String(e));
  } finally {
    closeSync(fd);
  }
  if (fragment) each(fragment);
}
function readRange(fd, buf, length, position) {
  let n = 0;
  while (n < length) {
    const r = readSync(fd, buf, n, length - n, position + n);
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
function readWindows(fd, size, entry, sink, each, scratch2) {
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
      const view = textView(content);
      if (!view) {
        sink.skip("binary", file);
        return;
      }
      ({ encoding, bom: fileBom } = viewEncoding(content, view));
    }
    const window = windowAt(k, from, size, k === 0 ? fileBom : 0, encoding, at);
    each({ path: file, content, origin: treeOrigin(entry), window });
    if (window.acceptTo === Infinity) break;
    nextWindow(content, window, k, from, at);
  }
}
function windowAt(k, from, size, bom, encoding, at) {
  const unit = encoding === "utf8" ? 1 : 2;
  const acceptEnd = Math.min(size, (k + 1) * WINDOW);
  const last = acceptEnd >= size;
  return {
    first: k === 0,
    encoding,
    bom,
    acceptFrom: Math.max(0, (k * WINDOW - from - bom) / unit),
    acceptTo: last ? Infinity : (acceptEnd - from - bom) / unit,
    line: at.line,
    column: at.column,
    bytes: acceptEnd - k * WINDOW
  };
}
function nextWindow(content, window, k, from, at) {
  advance(content, window.bom, (k + 1) * WINDOW - OVERLAP - from, window.encoding === "utf8" ? void 0 : window.encoding, at);
}

// src/run/worker.ts
var options = workerData;
var scratch = new Scratch();
parentPort.on("message", (batch) => {
  const tally = newTally();
  const sink = tallySink(tally);
  for (const entry of batch) {
    readFragments(entry, options.maxFileSize, sink, scratch, (fragment) => processFragment(fragment, options, tally));
  }
  parentPort.postMessage(tally);
});
