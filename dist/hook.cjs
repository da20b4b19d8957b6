#!/usr/bin/env node
'use strict'; var __bundle_url = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/types.ts
var types_exports = {};
__export(types_exports, {
  SEVERITIES: () => SEVERITIES,
  UsageError: () => UsageError,
  comparePlaces: () => comparePlaces,
  emptySkipCounts: () => emptySkipCounts
});
function comparePlaces(a, b) {
  return a.time < b.time ? -1 : a.time > b.time ? 1 : a.order - b.order;
}
function emptySkipCounts() {
  return { binary: 0, tooLarge: 0, unreadable: 0, symlink: 0, special: 0, archive: 0 };
}
var SEVERITIES, UsageError;
var init_types = __esm({
  "src/types.ts"() {
    "use strict";
    SEVERITIES = ["critical", "high", "medium", "low"];
    UsageError = class extends Error {
      name = "UsageError";
    };
  }
});

// src/run/policy.ts
function parseFailOn(value, where = "--fail-on") {
  if (FAIL_ON_VALUES.includes(value)) return value;
  throw new UsageError(`${where}: unknown value "${value}" (use one of ${FAIL_ON_VALUES.join(", ")})`);
}
function atOrAbove(severity, floor) {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(floor);
}
function fails(finding, failOn) {
  switch (failOn) {
    case "none":
      return false;
    case "any":
      return true;
    case "key":
      return finding.kind === "key";
    case "live":
      return WORKS.has(finding.verification?.status ?? "unchecked");
    default:
      return atOrAbove(finding.severity, failOn);
  }
}
var FAIL_ON_VALUES, WORKS;
var init_policy = __esm({
  "src/run/policy.ts"() {
    "use strict";
    init_types();
    init_types();
    FAIL_ON_VALUES = ["key", "live", "any", "none", ...SEVERITIES];
    WORKS = /* @__PURE__ */ new Set(["live", "quota", "forbidden"]);
  }
});

// src/detect/fingerprint.ts
function sha256Hex(data, encoding = "utf8") {
  crypto ??= (0, import_node_module.createRequire)(__bundle_url)("node:crypto");
  return crypto.createHash("sha256").update(data, encoding).digest("hex");
}
function fingerprint(secret) {
  return sha256Hex(secret, "latin1").slice(0, 16);
}
function normalizeFingerprint(value) {
  const m = /^(?:v1:)?([0-9a-f]{16})$/.exec(value);
  return m ? m[1] : void 0;
}
var import_node_module, crypto;
var init_fingerprint = __esm({
  "src/detect/fingerprint.ts"() {
    "use strict";
    import_node_module = require("node:module");
  }
});

// src/rules/keys.ts
var MARKER, SERVICE_NAME, NOT_A_NAME, KEY_RULES;
var init_keys = __esm({
  "src/rules/keys.ts"() {
    "use strict";
    MARKER = "T3BlbkFJ";
    SERVICE_NAME = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,40}[A-Za-z0-9])?";
    NOT_A_NAME = "(?!(?:proj|svcacct|admin|None)-)(?!ant-|ant$|or-|lf-|live-|test-)";
    KEY_RULES = [
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
  }
});

// src/rules/project.ts
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
    fd = (0, import_node_fs.openSync)(file, "r");
    const st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile() || st.size > MAX_BYTES) return null;
    const buf = Buffer.alloc(st.size);
    let at = 0;
    while (at < st.size) {
      const n = (0, import_node_fs.readSync)(fd, buf, at, st.size - at, at);
      if (n === 0) break;
      at += n;
    }
    return buf.toString("utf8", 0, at);
  } catch {
    return null;
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
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
function rootFromCwd() {
  const cwd = process.cwd();
  if (defaultRoot?.cwd === cwd) return defaultRoot.root;
  let root = cwd;
  for (let dir = cwd; ; dir = import_node_path.default.dirname(dir)) {
    if (readSmall(import_node_path.default.join(dir, ".git")) !== null || isDir(import_node_path.default.join(dir, ".git"))) {
      root = dir;
      break;
    }
    if (import_node_path.default.dirname(dir) === dir) break;
  }
  defaultRoot = { cwd, root };
  return root;
}
function isDir(p) {
  try {
    return (0, import_node_fs.statSync)(p).isDirectory();
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
  if (import_node_path.default.isAbsolute(file)) return { facts: projectFacts("/"), file: file.replace(/^\/+/, "") };
  return { facts: projectFacts(root), file };
}
var import_node_fs, import_node_path, MAX_BYTES, ProjectFacts, byRoot, defaultRoot;
var init_project = __esm({
  "src/rules/project.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = __toESM(require("node:path"), 1);
    MAX_BYTES = 1024 * 1024;
    ProjectFacts = class {
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
          text = readSmall(import_node_path.default.join(this.root, rel));
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
    byRoot = /* @__PURE__ */ new Map();
  }
});

// src/rules/risks.ts
function isDotenv(path15) {
  return /(?:^|\/)\.env(?:\.[^/]*)?$/.test(path15);
}
function isDotenvTemplate(path15) {
  const name = path15.slice(path15.lastIndexOf("/") + 1);
  return name.split(".").some((part) => TEMPLATE_PARTS.has(part.toLowerCase()));
}
function isSecretName(name) {
  return name.split("_").some((s) => SECRET_SEGMENT.test(s));
}
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
function inStringLiteral(lineBefore) {
  let open2 = "";
  for (let i = 0; i < lineBefore.length; i++) {
    const c = lineBefore[i];
    if (open2) {
      if (c === "\\") i++;
      else if (c === open2) open2 = "";
    } else if (c === '"' || c === "'" || c === "`") open2 = c;
  }
  return open2 !== "";
}
function isOpenaiSdkSource(path15) {
  if (/(?:^|\/)node_modules\/openai\//.test(path15)) return true;
  const { facts, file } = factsFor(path15);
  return facts.packageOf(file)?.name === "openai";
}
function committedOrOutsideGit(origin) {
  return origin.kind !== "tree" || origin.git !== "untracked";
}
var TEMPLATE_PARTS, DOCS, SOURCE_MAP, SECRET_SEGMENT, PLACEHOLDER_WORDS, PUBLIC_PREFIXES, PREFIX_ALTERNATION, MARKER2, PIECES, ASSEMBLY, RISK_RULES;
var init_risks = __esm({
  "src/rules/risks.ts"() {
    "use strict";
    init_project();
    TEMPLATE_PARTS = /* @__PURE__ */ new Set(["example", "sample", "template", "dist"]);
    DOCS = /\.(?:md|mdx|markdown|rst|adoc|txt)$/i;
    SOURCE_MAP = /\.map$/i;
    SECRET_SEGMENT = /^(?:KEY|APIKEY|SECRET|TOKEN|PASSWORD|PASS|CREDENTIAL|CREDENTIALS|AUTH)$/;
    PLACEHOLDER_WORDS = /your|xxx|\.\.\.|\u2026|<[^>]*>|\*\*\*|change.?me|replace|placeholder|example|dummy|insert|todo|redacted|^sk-?$|^null$|^none$|^undefined$/i;
    PUBLIC_PREFIXES = {
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
    PREFIX_ALTERNATION = Object.keys(PUBLIC_PREFIXES).join("|");
    MARKER2 = ["T3Bl", "bkFJ"].join("");
    PIECES = [MARKER2, [...MARKER2].reverse().join(""), ...["proj", "svcacct", "admin"].map((t) => `sk-${t}-`)];
    ASSEMBLY = /\+|\bjoin\s*\(|\.concat\s*\(|\breverse\s*\(|\breversed\s*\(|\[::-1\]|\bstrrev\s*\(/;
    RISK_RULES = [
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
        appliesTo: (path15, origin) => isDotenv(path15) && !isDotenvTemplate(path15) && committedOrOutsideGit(origin),
        keep: ({ name = "", value = "" }) => (isSecretName(name) || /^["'`]?sk-/.test(value.trim())) && !isPlaceholderValue(value),
        message: ({ name }, path15) => {
          const file = path15.slice(path15.lastIndexOf("/") + 1);
          return `${path15} sets ${name} and is committed (or about to be): untrack it (git rm --cached ${file}), add ${file} to .gitignore, and rotate the key if it was ever pushed`;
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
        appliesTo: (path15) => !DOCS.test(path15) && !SOURCE_MAP.test(path15),
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
        appliesTo: (path15) => !DOCS.test(path15) && !SOURCE_MAP.test(path15),
        skipComments: true,
        inFile: /openai/i,
        // Anthropic's SDK has the same option; the nearest constructor before the option decides.
        // Not in a string (an error message that names the option), nor in the SDK's own source.
        keep: (_groups, path15, before2 = "") => !/\bnew\s+(?:Anthropic|AnthropicBedrock|AnthropicVertex)\s*\([^()]*$/.test(before2) && !inStringLiteral(before2.slice(before2.lastIndexOf("\n") + 1)) && !isOpenaiSdkSource(path15),
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
        appliesTo: (path15) => !DOCS.test(path15) && !SOURCE_MAP.test(path15),
        skipComments: true,
        inFile: /\+|join|concat|reverse|\[::-1\]|strrev/,
        keep: ({ after = "" }, _path, before2 = "") => {
          const line = before2.slice(before2.lastIndexOf("\n") + 1);
          if (inStringLiteral(line)) return false;
          if (ASSEMBLY.test(line.slice(-40)) || ASSEMBLY.test(after.slice(0, 80))) return true;
          return /^\s*$/.test(line) && /^\s*[,\]]/.test(after);
        },
        message: ({ name = "" }) => `A string literal holds ${name.startsWith("sk-") ? `the key prefix ${name} alone` : "the OpenAI key marker alone (or reversed)"}, next to concatenation or a join: a key assembled at run time from pieces is still a key, and obfuscation is not protection (whoever runs or reads the code can join the pieces). Revoke the key, and read it from the server's environment or a secret manager instead`
      }
    ];
  }
});

// src/rules/index.ts
function docsUrl(rule) {
  return `${README_URL}#${rule.docs}`;
}
function ruleById(id) {
  return BY_ID.get(id);
}
function keyRule(id) {
  const rule = BY_ID.get(id);
  return rule?.kind === "key" ? rule : void 0;
}
var RULES, README_URL, BY_ID;
var init_rules = __esm({
  "src/rules/index.ts"() {
    "use strict";
    init_keys();
    init_risks();
    RULES = [...KEY_RULES, ...RISK_RULES];
    README_URL = "https://www.npmjs.com/package/openai-key-scan";
    BY_ID = new Map(RULES.map((r) => [r.id, r]));
  }
});

// src/report/text.ts
function styler(color) {
  return (style, s) => color ? `\x1B[${CODES[style][0]}m${s}\x1B[${CODES[style][1]}m` : s;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function printable(s) {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/g, (ch) => {
    if (ch === "##[") return "##\\x5b";
    if (ch === "\n") return "\\n";
    if (ch === "\r") return "\\r";
    const code = ch.charCodeAt(0);
    return code > 255 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\x${code.toString(16).padStart(2, "0")}`;
  });
}
function commandSafe(line) {
  return line.replace(/^([\s\u0085\u001c-\u001f]*):(?=:)/, "$1\\x3a");
}
function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
function statsLine(stats) {
  const skipped = Object.entries(stats.skipped).filter(([, n]) => n > 0).map(([k, n]) => k === "symlink" ? plural(n, "symlink") : k === "special" ? plural(n, "special file") : `${n} ${k === "tooLarge" ? "too large" : k}`);
  return `scanned ${plural(stats.files, "file")} (${formatBytes(stats.bytes)}) in ${(stats.durationMs / 1e3).toFixed(2)} s` + (skipped.length ? `; skipped ${skipped.join(", ")}` : "");
}
function verificationLine(v) {
  const ids = [v.organization && `organization ${v.organization}`, v.project && `project ${v.project}`].filter(Boolean).join(", ");
  return printable(`verification: ${STATUS_TEXT[v.status]}${v.detail && v.status === "error" ? ` (${v.detail})` : ""}${ids ? `; ${ids}` : ""}`);
}
function suppressionText(f) {
  const s = f.suppressed;
  const by = s.by === "inline" ? "an openai-key-scan:allow comment" : s.by === "config" ? "the config" : "the baseline";
  return `suppressed by ${by}${s.reason ? ` (${printable(s.reason)})` : ""}`;
}
function suppressedLines(report, opts, c) {
  const all2 = report.suppressed ?? [];
  const inChange = all2.filter((f) => f.suppressed?.inChange);
  const shown = opts.explain ? all2 : inChange;
  const out = [];
  if (shown.length) {
    out.push(c("bold", opts.explain ? `Suppressed (${all2.length}):` : `Suppressed in this change (${inChange.length}): the same change that adds these keys also allows them; review both`));
    for (const f of shown) {
      const commit = f.commit ? ` in ${f.commit.slice(0, 12)}` : "";
      out.push(`  ${printable(f.file)}:${f.line}:${f.column}  ${f.ruleId}  ${printable(f.redacted)}${commit}  ${c("dim", suppressionText(f))}${f.suppressed?.inChange ? c("yellow", "  [added in this change]") : ""}`);
    }
    out.push("");
  }
  if (all2.length > shown.length) out.push(c("dim", `${all2.length - shown.length} finding(s) suppressed by allow lists (--explain lists them).`), "");
  const stale = report.stale ?? [];
  for (const s of stale.slice(0, MAX_STALE_LINES)) out.push(c("yellow", `stale: ${printable(s)}`));
  if (stale.length > MAX_STALE_LINES) out.push(c("yellow", `stale: ${stale.length - MAX_STALE_LINES} more (the JSON report lists all ${stale.length})`));
  if (report.stale?.length) out.push("");
  return out;
}
function toText(report, opts) {
  const c = styler(opts.color);
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [file, findings] of byFile) {
    out.push(c("bold", printable(file)));
    for (const f of findings) {
      const where = `${f.line}:${f.column}`.padEnd(9);
      const commit = f.commit ? c("dim", ` in ${printable(f.commit.slice(0, 12))}${f.author ? ` by ${printable(f.author)}` : ""}`) : "";
      out.push(`  ${where}${c(SEVERITY_STYLE[f.severity], f.severity.padEnd(9))}${f.ruleId}  ${c("bold", f.secret ?? printable(f.redacted))}${commit}`);
      out.push(`           ${printable(f.message)}`);
      if (f.verification) out.push(`           ${c(f.verification.status === "live" ? "magenta" : "dim", verificationLine(f.verification))}`);
      if (f.excerpt) out.push(c("dim", `           \u2502 ${printable(f.excerpt)}`));
    }
    out.push("");
  }
  for (const line of suppressedLines(report, opts, c)) out.push(line);
  const keys = report.findings.filter((f) => f.kind === "key");
  const risks = report.findings.length - keys.length;
  if (report.findings.length === 0) {
    out.push(`${c("bold", "No OpenAI keys found.")} ${c("dim", statsLine(report.stats))}`);
    return out.map(commandSafe).join("\n") + "\n";
  }
  const files = new Set(report.findings.map((f) => f.file)).size;
  const parts = [keys.length ? plural(keys.length, "OpenAI key") : "", risks ? plural(risks, "risk") : ""].filter(Boolean);
  out.push(`${c("bold", `${parts.join(" and ")} found in ${plural(files, "file")}.`)} ${c("dim", statsLine(report.stats))}`);
  if (keys.length && report.mode === "staged") {
    out.push("", c("bold", "This commit was stopped. Three ways out:"));
    const noComments = keys.every((f) => /\.(?:json|ipynb|map)$/i.test(f.file));
    const ways = noComments ? STAGED_WAYS_OUT.map((w, i) => i === 1 ? `Not a real key (a test fixture, an already revoked key)? ${keys[0].file.split("/").pop()} cannot hold a comment: add { "fingerprint": "${keys[0].fingerprint}", "comment": "why" } to allowFingerprints in .openai-key-scan.json, stage it, and commit.` : w) : STAGED_WAYS_OUT;
    ways.forEach((s, i) => out.push(`  ${i + 1}. ${printable(s)}`));
    out.push("  If the key was ever pushed, shared or pasted anywhere, revoke it as well: https://platform.openai.com/api-keys");
  } else if (keys.length) {
    out.push("", c("bold", "What to do:"));
    KEY_STEPS.forEach((s, i) => out.push(`  ${i + 1}. ${s}`));
  }
  return out.map(commandSafe).join("\n") + "\n";
}
var CODES, SEVERITY_STYLE, KEY_STEPS, STATUS_TEXT, STAGED_WAYS_OUT, MAX_STALE_LINES;
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    CODES = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], dim: [2, 22], bold: [1, 22], magenta: [35, 39] };
    SEVERITY_STYLE = { critical: "magenta", high: "red", medium: "yellow", low: "cyan" };
    KEY_STEPS = [
      "Revoke each key now at https://platform.openai.com/api-keys (admin keys: Organization settings > Admin keys) and create a new one. A key that was committed, pushed or shared is compromised, even if you delete it later.",
      'Load the new key from the environment (process.env.OPENAI_API_KEY, os.environ["OPENAI_API_KEY"]) or a secret manager; keep .env files out of git.',
      "If the key reached git history, revoking is what protects you; rewriting history (git filter-repo, BFG) only cleans up, and every clone and fork keeps the old copy."
    ];
    STATUS_TEXT = {
      live: "LIVE: the key works",
      quota: "works, but the account has no credit",
      forbidden: "works, restricted to some scopes",
      invalid: "invalid: revoked or never valid",
      error: "could not verify",
      unchecked: "not checked"
    };
    STAGED_WAYS_OUT = [
      "Remove the key from the file (read it from process.env.OPENAI_API_KEY instead), then `git add` the file again: the staged copy is what is checked.",
      "Not a real key (a test fixture, an already revoked key)? Add the comment `openai-key-scan:allow` on that line, stage it, and commit.",
      "Bypass the check once with `git commit --no-verify`. The key then enters history: every push, clone and fork carries it, and only revoking it protects you."
    ];
    MAX_STALE_LINES = 50;
  }
});

// src/report/redact.ts
var redact_exports = {};
__export(redact_exports, {
  excerpt: () => excerpt,
  findingForOutput: () => findingForOutput,
  fromOutside: () => fromOutside,
  maskText: () => maskText,
  pathFromOutside: () => pathFromOutside,
  redact: () => redact,
  reportForOutput: () => reportForOutput
});
function redact(secret, prefix) {
  const safePrefix = prefix.length < secret.length - 4 ? prefix : "";
  return `${safePrefix}\u2026${secret.slice(-4)}`;
}
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
function fromOutside(text, max = 500) {
  const masked = maskText(text.length > 4 * max ? text.slice(0, 4 * max) : text).replace(KEY_START, "[redacted]");
  return printable(masked.length > max ? `${masked.slice(0, max)}\u2026` : masked);
}
function pathFromOutside(file) {
  return printable(maskText(file));
}
function reportForOutput(report) {
  const paths = /* @__PURE__ */ new Map();
  const finding = (f) => findingForOutput(f, paths);
  return {
    ...report,
    findings: report.findings.map(finding),
    ...report.suppressed ? { suppressed: report.suppressed.map(finding) } : {},
    warnings: report.warnings.map((w) => ({ ...w, message: fromOutside(w.message, 2e3) })),
    ...report.stale ? { stale: report.stale.map((s) => fromOutside(s, 2e3)) } : {}
  };
}
function findingForOutput(f, paths) {
  let file = paths?.get(f.file);
  if (file === void 0) {
    file = maskText(f.file);
    paths?.set(f.file, file);
  }
  return {
    ...f,
    file,
    ...f.author !== void 0 ? { author: fromOutside(f.author, 200) } : {},
    message: printable(maskText(f.message)),
    redacted: printable(f.redacted),
    ...f.excerpt !== void 0 ? { excerpt: printable(f.excerpt) } : {},
    ...f.verification ? { verification: verificationForOutput(f.verification) } : {},
    ...f.suppressed ? { suppressed: { ...f.suppressed, ...f.suppressed.reason !== void 0 ? { reason: fromOutside(f.suppressed.reason, 300) } : {} } } : {}
  };
}
function verificationForOutput(v) {
  return {
    status: v.status,
    ...v.detail !== void 0 ? { detail: fromOutside(v.detail, 300) } : {},
    ...v.organization !== void 0 ? { organization: fromOutside(v.organization, 100) } : {},
    ...v.project !== void 0 ? { project: fromOutside(v.project, 100) } : {}
  };
}
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
var MARKER_FORMS, TOKEN_CHAR, KEY_START, CONTEXT;
var init_redact = __esm({
  "src/report/redact.ts"() {
    "use strict";
    init_text();
    MARKER_FORMS = ["T3BlbkFJ", "VDNCbGJr", "Qmxia0ZK", "M0JsYmtG", "\\x54\\x33", "\\u0054\\u0033"];
    TOKEN_CHAR = /[A-Za-z0-9+/_\\%-]/;
    KEY_START = /sk-[A-Za-z0-9_-]{16,}/g;
    CONTEXT = 40;
  }
});

// src/report/json.ts
function jsonFinding(f) {
  return {
    ruleId: f.ruleId,
    kind: f.kind,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endColumn: f.endColumn,
    ...f.commit !== void 0 ? { commit: f.commit, author: f.author, date: f.date } : {},
    redacted: f.redacted,
    fingerprint: f.fingerprint,
    encoding: f.encoding,
    ...f.exposure?.length ? { exposure: f.exposure } : {},
    ...f.verification ? { verification: f.verification } : {},
    message: f.message,
    ...f.secret !== void 0 ? { secret: f.secret } : {},
    ...f.suppressed ? { suppressed: f.suppressed } : {}
  };
}
function toJson(report) {
  return JSON.stringify(
    {
      tool: report.tool,
      mode: report.mode,
      findings: report.findings.map(jsonFinding),
      stats: report.stats,
      ...report.suppressed?.length ? { suppressed: report.suppressed.map(jsonFinding) } : {},
      ...report.stale?.length ? { stale: report.stale } : {}
    },
    null,
    2
  ) + "\n";
}
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
  }
});

// src/report/jsonl.ts
var jsonl_exports = {};
__export(jsonl_exports, {
  JsonlLines: () => JsonlLines,
  jsonlLines: () => jsonlLines,
  toJsonl: () => toJsonl,
  withoutCredentials: () => withoutCredentials
});
function findingLine(f, repository) {
  const fields = jsonFinding({ ...f, file: maskText(f.file), ...f.author !== void 0 ? { author: maskText(f.author) } : {} });
  return `${commandSafe2(JSON.stringify({ type: f.suppressed ? "suppressed" : "finding", repository, ...fields }))}
`;
}
function* jsonlLines(report, opts) {
  const lines = new JsonlLines(opts.repository);
  for (const f of report.findings) yield lines.line(f);
  for (const f of report.suppressed ?? []) yield lines.line(f);
  yield lines.summary(report);
}
function toJsonl(report, opts) {
  return [...jsonlLines(report, opts)].join("");
}
function withoutCredentials(url) {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)(.*)$/is.exec(url);
  if (!scheme) return maskText(url);
  const [, proto, authority, rest] = scheme;
  const at = authority.lastIndexOf("@");
  const host = at < 0 ? authority : authority.slice(at + 1);
  const user = at < 0 ? "" : authority.slice(0, at);
  const keepUser = /^(ssh|git\+ssh|ssh\+git)$/i.test(proto) && user && !user.includes(":") ? `${user}@` : "";
  const pathOnly = rest.replace(/[?#].*$/s, "");
  return maskText(`${proto}://${keepUser}${host}${pathOnly}`);
}
var commandSafe2, JsonlLines;
var init_jsonl = __esm({
  "src/report/jsonl.ts"() {
    "use strict";
    init_json();
    init_redact();
    commandSafe2 = (line) => line.replaceAll("##[", "##\\u005b");
    JsonlLines = class {
      constructor(repository) {
        this.repository = repository;
      }
      repository;
      findings = 0;
      keys = 0;
      suppressed = 0;
      bySeverity = {};
      byRule = {};
      /** The line of a finding (kept, or set apart by an allow list: `type` says which), already made printable (reportForOutput). */
      line(f) {
        if (f.suppressed) this.suppressed++;
        else {
          this.findings++;
          if (f.kind === "key") this.keys++;
          this.bySeverity[f.severity] = (this.bySeverity[f.severity] ?? 0) + 1;
          this.byRule[f.ruleId] = (this.byRule[f.ruleId] ?? 0) + 1;
        }
        return findingLine(f, this.repository);
      }
      /** The last line: the counts of the lines given, and the run's stats, commits and warnings. */
      summary(report) {
        const summary2 = {
          type: "summary",
          repository: this.repository,
          tool: report.tool,
          mode: report.mode,
          findings: this.findings,
          keys: this.keys,
          bySeverity: this.bySeverity,
          byRule: this.byRule,
          suppressed: this.suppressed,
          ...report.commits !== void 0 ? { commits: report.commits } : {},
          stats: report.stats,
          warnings: report.warnings.map((w) => ({ code: w.code, message: maskText(w.message) }))
        };
        return `${commandSafe2(JSON.stringify(summary2))}
`;
      }
    };
  }
});

// src/report/place.ts
function placeOf(f) {
  const bang = f.file.indexOf("!");
  if (bang !== -1) return { file: f.file.slice(0, bang), member: maskText(f.file.slice(bang + 1)) };
  if (f.encoding === "binary") return { file: f.file };
  return { file: f.file, region: { startLine: f.line, startColumn: f.column, endColumn: Math.max(f.endColumn, f.column + 1) } };
}
function placeNote(f, place) {
  if (place.member) return ` (inside the archive at ${place.member}${f.offset !== void 0 ? `, byte ${f.offset}` : `, line ${f.line}`})`;
  if (f.offset !== void 0) return ` (at byte ${f.offset})`;
  return "";
}
var init_place = __esm({
  "src/report/place.ts"() {
    "use strict";
    init_redact();
  }
});

// src/config/files.ts
var files_exports = {};
__export(files_exports, {
  BASELINE_CAP: () => BASELINE_CAP,
  CONFIG_CAP: () => CONFIG_CAP,
  readRegularFile: () => readRegularFile,
  writeFileAtomic: () => writeFileAtomic
});
function inside(root, abs) {
  const rel = import_node_path2.default.relative(root, abs);
  return rel === "" || !rel.startsWith("..") && !import_node_path2.default.isAbsolute(rel);
}
function realRoot(root) {
  try {
    return (0, import_node_fs2.realpathSync)(root);
  } catch {
    return root;
  }
}
function readRegularFile(abs, what, cap, root) {
  let st;
  try {
    st = (0, import_node_fs2.lstatSync)(abs);
  } catch {
    return void 0;
  }
  if (st.isSymbolicLink()) {
    let real;
    try {
      real = (0, import_node_fs2.realpathSync)(abs);
    } catch {
      throw new UsageError(`${what}: a link to nothing (${import_node_path2.default.basename(abs)}): remove it or point it at a file`);
    }
    if (root && !inside(realRoot(root), real)) throw new UsageError(`${what}: a link out of the repository is not read: make it a regular file`);
  }
  const { O_RDONLY: O_RDONLY2, O_NONBLOCK: O_NONBLOCK2 } = import_node_fs2.constants;
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(abs, O_RDONLY2 | O_NONBLOCK2);
  } catch (e) {
    throw new UsageError(`${what}: cannot read it (${e.code ?? e.message})`);
  }
  try {
    const info2 = (0, import_node_fs2.fstatSync)(fd);
    if (!info2.isFile()) throw new UsageError(`${what}: not a regular file: give a JSON file`);
    if (info2.size > cap) throw new UsageError(`${what}: ${info2.size} bytes is more than the ${Math.round(cap / 1024)} KB a file of this kind may have`);
    const buf = Buffer.alloc(Math.min(info2.size, cap) + 1);
    let have = 0;
    for (let n = 1; n > 0 && have < buf.length; have += n) n = (0, import_node_fs2.readSync)(fd, buf, have, buf.length - have, null);
    if (have > cap) throw new UsageError(`${what}: more than the ${Math.round(cap / 1024)} KB a file of this kind may have`);
    return buf.toString("utf8", 0, have);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
function writeFileAtomic(abs, text, what, root) {
  let target = abs;
  try {
    if ((0, import_node_fs2.lstatSync)(abs).isSymbolicLink()) {
      const real = (0, import_node_fs2.realpathSync)(abs);
      if (!root || !inside(realRoot(root), real)) throw new UsageError(`${what}: ${abs} is a link that leads out of the repository: not written through (remove the link)`);
      target = real;
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
  }
  const tmp = import_node_path2.default.join(import_node_path2.default.dirname(target), `.${import_node_path2.default.basename(target)}.${process.pid}.tmp`);
  try {
    (0, import_node_fs2.writeFileSync)(tmp, text, { flag: "wx" });
    (0, import_node_fs2.renameSync)(tmp, target);
  } catch (e) {
    try {
      (0, import_node_fs2.unlinkSync)(tmp);
    } catch {
    }
    throw new UsageError(`cannot write ${what} to ${abs}: ${e.code ?? e.message}`);
  }
}
var import_node_fs2, import_node_path2, CONFIG_CAP, BASELINE_CAP;
var init_files = __esm({
  "src/config/files.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_path2 = __toESM(require("node:path"), 1);
    init_types();
    CONFIG_CAP = 1024 * 1024;
    BASELINE_CAP = 32 * 1024 * 1024;
  }
});

// src/config/file.ts
function chosenConfig(flag, env = process.env) {
  if (flag !== void 0 && flag !== "") return { file: flag, from: "--config" };
  const fromEnv = env[CONFIG_ENV];
  return fromEnv ? { file: fromEnv, from: CONFIG_ENV } : void 0;
}
function fail(file, key, what) {
  throw new UsageError(`${file}: "${key}" ${what}`);
}
function validateConfig(raw, file) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new UsageError(`${file}: the config must be a JSON object`);
  const obj = raw;
  for (const key of Object.keys(obj)) {
    if (CONFIG_KEYS.has(key)) continue;
    if (URL_KEYS.test(key)) fail(file, key, "is not allowed: a config file can never set where keys are sent for verification (use --verify-base-url or OPENAI_KEY_SCAN_BASE_URL)");
    fail(file, key, `is not a config key (known: ${[...CONFIG_KEYS].filter((k) => !k.startsWith("$") && k !== "comment").join(", ")})`);
  }
  const config = {};
  if (obj.$schema !== void 0 && typeof obj.$schema !== "string") fail(file, "$schema", "must be a string (the path or URL of config.schema.json)");
  if (obj.comment !== void 0 && typeof obj.comment !== "string") fail(file, "comment", "must be a string");
  if (obj.ignorePaths !== void 0) {
    if (!Array.isArray(obj.ignorePaths) || !obj.ignorePaths.every((g) => typeof g === "string" && g.length > 0)) fail(file, "ignorePaths", "must be an array of glob strings");
    if (obj.ignorePaths.length > MAX_IGNORE_PATHS) fail(file, "ignorePaths", `has ${obj.ignorePaths.length} entries, more than the ${MAX_IGNORE_PATHS} allowed: use folder globs (\`vendor/\`, \`**/*.min.js\`)`);
    const long = obj.ignorePaths.findIndex((g) => g.length > MAX_GLOB_LENGTH);
    if (long !== -1) fail(`${file}`, `ignorePaths[${long}]`, `is longer than ${MAX_GLOB_LENGTH} characters`);
    config.ignorePaths = obj.ignorePaths;
  }
  if (obj.allowFingerprints !== void 0) {
    if (!Array.isArray(obj.allowFingerprints)) fail(file, "allowFingerprints", 'must be an array of { "fingerprint": "\u2026", "comment": "why" }');
    if (obj.allowFingerprints.length > MAX_ALLOW_FINGERPRINTS) fail(file, "allowFingerprints", `has ${obj.allowFingerprints.length} entries, more than the ${MAX_ALLOW_FINGERPRINTS} allowed`);
    config.allowFingerprints = obj.allowFingerprints.map((e, i) => {
      if (!e || typeof e !== "object" || Array.isArray(e)) fail(file, `allowFingerprints[${i}]`, 'must be an object { "fingerprint": "\u2026", "comment": "why" }');
      const { fingerprint: fingerprint2, comment, ...rest } = e;
      const extra = Object.keys(rest)[0];
      if (extra !== void 0) fail(file, `allowFingerprints[${i}].${extra}`, "is not a key of an allowFingerprints entry (fingerprint, comment)");
      const normal = typeof fingerprint2 === "string" ? normalizeFingerprint(fingerprint2) : void 0;
      if (normal === void 0) fail(file, `allowFingerprints[${i}].fingerprint`, "must be a 16-character hex fingerprint, as reports show (or v1:<that>)");
      if (comment !== void 0 && typeof comment !== "string") fail(file, `allowFingerprints[${i}].comment`, "must be a string");
      return { fingerprint: normal, ...comment ? { comment: fromOutside(comment, 200) } : {} };
    });
  }
  if (obj.failOn !== void 0) {
    if (typeof obj.failOn !== "string" || !FAIL_ON_VALUES.includes(obj.failOn)) fail(file, "failOn", `must be one of ${FAIL_ON_VALUES.join(", ")}`);
    config.failOn = obj.failOn;
  }
  if (obj.risks !== void 0) {
    if (!obj.risks || typeof obj.risks !== "object" || Array.isArray(obj.risks) || !Object.values(obj.risks).every((v) => typeof v === "boolean")) {
      fail(file, "risks", 'must be an object of rule ids to true/false, e.g. { "committed-dotenv": false }');
    }
    const known = RISK_RULES.map((r) => r.id);
    const unknown = Object.keys(obj.risks).find((id) => !known.includes(id));
    if (unknown !== void 0) fail(file, `risks.${unknown}`, `is not a risk rule (known: ${known.join(", ")})`);
    config.risks = obj.risks;
  }
  if (obj.maxFileSize !== void 0) {
    const size = obj.maxFileSize;
    if (!(typeof size === "string" && SIZE.test(size)) && !(typeof size === "number" && Number.isFinite(size) && size > 0)) fail(file, "maxFileSize", `cannot read ${JSON.stringify(size)} as a size (examples: "50MB", "512KB", 1048576)`);
    config.maxFileSize = size;
  }
  return config;
}
function parseJson(text, file) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not valid JSON (${e.message.split("\n")[0]})`);
  }
}
function locateConfig(root, cwd, explicit) {
  const rel = (p) => import_node_path3.default.relative(root, p).split(import_node_path3.default.sep).join("/");
  if (explicit) {
    const abs = import_node_path3.default.resolve(cwd, explicit);
    const inRepo = !rel(abs).startsWith("..");
    return { abs, loaded: { file: explicit, ...inRepo ? { repoPath: rel(abs) } : {} } };
  }
  const own = import_node_path3.default.join(root, CONFIG_FILE);
  if (readRegularFile(own, CONFIG_FILE, CONFIG_CAP, root) !== void 0) return { abs: own, loaded: { file: CONFIG_FILE, repoPath: CONFIG_FILE } };
  const pkg = import_node_path3.default.join(root, "package.json");
  const text = readRegularFile(pkg, "package.json", 16 * CONFIG_CAP, root);
  if (text !== void 0) {
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      return void 0;
    }
    if (json && typeof json === "object" && json["openai-key-scan"] !== void 0) {
      return { abs: pkg, loaded: { file: "package.json", repoPath: "package.json", field: true } };
    }
  }
  return void 0;
}
function loadConfig(root, cwd, explicit, from = "--config") {
  const where = locateConfig(root, cwd, explicit);
  if (!where) return { config: {} };
  const { abs, loaded } = where;
  const what = explicit ? `${from} ${explicit}` : loaded.file;
  const text = readRegularFile(abs, what, loaded.field ? 16 * CONFIG_CAP : CONFIG_CAP, explicit ? void 0 : root);
  if (text === void 0) throw new UsageError(`${from}: no such file: ${explicit}`);
  const json = parseJson(text, loaded.file);
  if (loaded.field) return { config: validateConfig(json["openai-key-scan"], 'package.json "openai-key-scan"'), ...loaded };
  return { config: validateConfig(json, loaded.file), ...loaded };
}
function configFromText(text, loaded) {
  if (text === void 0) return {};
  try {
    const json = JSON.parse(text);
    return validateConfig(loaded.field ? json["openai-key-scan"] ?? {} : json, loaded.file ?? "config");
  } catch {
    return {};
  }
}
var import_node_path3, CONFIG_FILE, CONFIG_ENV, MAX_IGNORE_PATHS, MAX_GLOB_LENGTH, MAX_ALLOW_FINGERPRINTS, CONFIG_KEYS, URL_KEYS, SIZE;
var init_file = __esm({
  "src/config/file.ts"() {
    "use strict";
    init_files();
    import_node_path3 = __toESM(require("node:path"), 1);
    init_types();
    init_policy();
    init_risks();
    init_fingerprint();
    init_redact();
    CONFIG_FILE = ".openai-key-scan.json";
    CONFIG_ENV = "OPENAI_KEY_SCAN_CONFIG";
    MAX_IGNORE_PATHS = 1e3;
    MAX_GLOB_LENGTH = 1e3;
    MAX_ALLOW_FINGERPRINTS = 1e5;
    CONFIG_KEYS = /* @__PURE__ */ new Set(["ignorePaths", "allowFingerprints", "failOn", "risks", "maxFileSize", "$schema", "comment"]);
    URL_KEYS = /url|endpoint|host|base/i;
    SIZE = /^\s*\d+(?:\.\d+)?\s*(?:b|[kmg]b?)?\s*$/i;
  }
});

// src/sources/names.ts
function nameFromBytes(bytes) {
  if ((0, import_node_buffer.isUtf8)(bytes)) return bytes.toString("utf8");
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    const seq = n ? bytes.subarray(i, i + n) : void 0;
    if (seq && seq.length === n && (0, import_node_buffer.isUtf8)(seq)) {
      out += seq.toString("utf8");
      i += n;
    } else {
      out += `\\x${b.toString(16).padStart(2, "0")}`;
      i++;
    }
  }
  return out;
}
var import_node_buffer;
var init_names = __esm({
  "src/sources/names.ts"() {
    "use strict";
    import_node_buffer = require("node:buffer");
  }
});

// src/sources/git-spawn.ts
function spawnFailure(e) {
  return e.code === "ENOENT" ? new GitError(GIT_MISSING) : e;
}
function spawnGit(args, cwd) {
  return (0, import_node_child_process.spawn)("git", [...PINNED, ...args], { cwd, env: { ...process.env, ...ENV_PINS }, stdio: ["pipe", "pipe", "pipe"] });
}
async function runGit(args, cwd, input) {
  return settled(await collectGit(args, cwd, input));
}
function collectGit(args, cwd, input) {
  return new Promise((resolve2) => {
    const child2 = spawnGit(args, cwd);
    const out = [];
    const err = [];
    child2.stdout.on("data", (d) => out.push(d));
    child2.stderr.on("data", (d) => err.push(d));
    child2.on("error", (error2) => resolve2({ error: error2 }));
    child2.on("close", (code) => resolve2({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
    child2.stdin.on("error", () => {
    });
    child2.stdin.end(input);
  });
}
function settled(outcome) {
  if ("error" in outcome) throw spawnFailure(outcome.error);
  return outcome;
}
function stagedDiffArgs(files) {
  const spec = files.length ? ["--", ...files.map((f) => `:(literal)${f}`)] : [];
  return ["diff", "--cached", "--raw", "--numstat", "-p", "-U0", "-z", "--no-abbrev", "--src-prefix=a/", "--dst-prefix=b/", ...STAGED_FLAGS, ...spec];
}
function startBlobReader(cwd) {
  const child2 = spawnGit(["cat-file", "--batch"], cwd);
  const ended = new Promise((resolve2) => {
    child2.on("close", () => resolve2(void 0));
    child2.on("error", (e) => resolve2(e));
  });
  child2.stdin.on("error", () => {
  });
  child2.stderr.resume();
  return { child: child2, ended };
}
var import_node_child_process, PINNED, ENV_PINS, GitError, GIT_MISSING, ROOT_ARGS, STAGED_FLAGS;
var init_git_spawn = __esm({
  "src/sources/git-spawn.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    init_types();
    PINNED = [
      "-c",
      "core.quotePath=false",
      "-c",
      "color.ui=false",
      "-c",
      "submodule.recurse=false",
      "-c",
      "diff.noprefix=false",
      "-c",
      "diff.external=",
      "-c",
      "core.fsmonitor=false",
      "-c",
      "core.untrackedCache=false",
      "-c",
      "core.attributesFile=/dev/null",
      "-c",
      "protocol.ext.allow=never",
      "-c",
      "core.sshCommand=ssh",
      "-c",
      "core.gitProxy=",
      "--no-replace-objects"
    ];
    ENV_PINS = { GIT_ATTR_NOSYSTEM: "1", GIT_NO_REPLACE_OBJECTS: "1", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
    GitError = class extends UsageError {
    };
    GIT_MISSING = "git is not installed or not on PATH: install git, or scan a folder outside a repository";
    ROOT_ARGS = ["rev-parse", "--show-toplevel"];
    STAGED_FLAGS = ["--no-color", "--no-ext-diff", "--no-textconv", "--ignore-submodules=all", "-M", "--diff-filter=ACMRT"];
  }
});

// src/sources/git.ts
var git_exports = {};
__export(git_exports, {
  GitError: () => GitError,
  addedBlobs: () => addedBlobs,
  commonDirOf: () => commonDirOf,
  configValue: () => configValue,
  configWithScope: () => configWithScope,
  fetchBranchTip: () => fetchBranchTip,
  fetchShallow: () => fetchShallow,
  gitFailure: () => gitFailure,
  hasAnyCommit: () => hasAnyCommit,
  hasCommit: () => hasCommit,
  haveMergeBase: () => haveMergeBase,
  hooksPathOf: () => hooksPathOf,
  hunkHeader: () => hunkHeader,
  isGitMissing: () => isGitMissing,
  isShallow: () => isShallow,
  isTracked: () => isTracked,
  listFilesTracked: () => listFilesTracked,
  listIgnored: () => listIgnored,
  newPathOf: () => newPathOf,
  readBlobs: () => readBlobs,
  repoDir: () => repoDir,
  repoRoot: () => repoRoot,
  resolveCommit: () => resolveCommit,
  revList: () => revList,
  rootFrom: () => rootFrom,
  runGit: () => runGit,
  showAt: () => showAt,
  spawnFailure: () => spawnFailure,
  spawnGit: () => spawnGit,
  spawnLog: () => spawnLog,
  splitNul: () => splitNul,
  stagedDiff: () => stagedDiff,
  unquote: () => unquote
});
function gitFailure(what, code, stderr) {
  const why = stderr.split("\n").find((l) => l.trim()) ?? `exit code ${code}`;
  return new GitError(`${what} failed: ${why.replace(/^(fatal|error): /, "")}`);
}
async function git(args, cwd, input) {
  const r = await runGit(args, cwd, input);
  if (r.code !== 0) throw gitFailure(`git ${args[0]}`, r.code, r.stderr);
  return r.stdout;
}
async function repoRoot(dir, optional = false) {
  if (gitMissing && optional) return void 0;
  return rootFrom(collectGit(ROOT_ARGS, dir), optional);
}
async function rootFrom(running, optional = false) {
  try {
    const r = settled(await running);
    if (r.code !== 0) return void 0;
    return r.stdout.toString("utf8").replace(/\n$/, "");
  } catch (e) {
    if (e instanceof GitError && optional) {
      gitMissing = true;
      return void 0;
    }
    throw e;
  }
}
async function repoDir(dir) {
  const r = await runGit(["rev-parse", "--is-bare-repository", "--absolute-git-dir"], dir);
  if (r.code !== 0) return void 0;
  const [bare, gitDir] = r.stdout.toString("utf8").split("\n");
  if (bare === "true") return gitDir;
  return repoRoot(dir);
}
function isGitMissing() {
  return gitMissing === true;
}
async function listFilesTracked(root, pathspec) {
  const out = await git(
    ["ls-files", "-z", "-t", "--cached", "--others", "--exclude-standard", "--deduplicate", "--", `:(literal)${pathspec}`],
    root
  );
  return namesOf(out, 2).map(({ tag, ...name }) => ({ ...name, untracked: tag === "?" }));
}
async function listIgnored(root, pathspec) {
  const out = await git(["ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory", "--", `:(literal)${pathspec}`], root);
  return namesOf(out, 0).map(({ tag: _, ...name }) => name);
}
function namesOf(out, tagged) {
  if ((0, import_node_buffer2.isUtf8)(out)) return splitNul(out).map((entry) => ({ file: entry.slice(tagged), tag: entry.slice(0, tagged).trim() }));
  const names = [];
  for (let from = 0, nul = out.indexOf(0); nul !== -1; from = nul + 1, nul = out.indexOf(0, from)) {
    if (nul - from <= tagged) continue;
    const raw = out.subarray(from + tagged, nul);
    names.push({ file: nameFromBytes(raw), tag: out.toString("latin1", from, from + tagged).trim(), ...(0, import_node_buffer2.isUtf8)(raw) ? {} : { raw: Buffer.from(raw) } });
  }
  return names;
}
async function isTracked(root, file) {
  return (await git(["ls-files", "-z", "--cached", "--", `:(literal)${file}`], root)).length > 0;
}
function splitNul(out) {
  const s = out.toString("utf8");
  return s ? s.split("\0").filter(Boolean) : [];
}
async function showAt(root, rev, repoPath) {
  const r = await runGit(["show", "--no-textconv", `${rev}:${repoPath}`], root);
  return r.code === 0 ? r.stdout.toString("utf8") : void 0;
}
async function hasCommit(root, rev) {
  return (await runGit(["cat-file", "-e", `${rev}^{commit}`], root)).code === 0;
}
async function resolveCommit(root, rev) {
  const r = await runGit(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], root);
  return r.code === 0 ? r.stdout.toString("utf8").trim() : void 0;
}
async function isShallow(root) {
  return (await runGit(["rev-parse", "--is-shallow-repository"], root)).stdout.toString().trim() === "true";
}
async function haveMergeBase(root, a, b) {
  return (await runGit(["merge-base", "--end-of-options", a, b], root)).code === 0;
}
async function hasAnyCommit(root) {
  const [head2, refs] = await Promise.all([runGit(["rev-parse", "--verify", "--quiet", "HEAD"], root), runGit(["for-each-ref", "--count=1"], root)]);
  return head2.code === 0 || refs.stdout.length > 0;
}
async function fetchShallow(root, refs, depth) {
  const r = await runGit(["-c", "core.hooksPath=/dev/null", "fetch", UPLOAD_PACK, "--no-tags", "--quiet", "--no-write-fetch-head", `--depth=${depth}`, "origin", "--", ...refs], root);
  return r.code === 0;
}
async function fetchBranchTip(root, branch, depth) {
  const ref = `refs/heads/${branch}`;
  const r = await runGit(["-c", "core.hooksPath=/dev/null", "fetch", UPLOAD_PACK, "--no-tags", "--quiet", `--depth=${depth}`, "origin", "--", `+${ref}:refs/openai-key-scan/base`], root);
  if (r.code !== 0) return void 0;
  return resolveCommit(root, "refs/openai-key-scan/base");
}
function revList(root, args, merges) {
  const list = { commits: [], times: [], merges: [] };
  const child2 = spawnGit(["rev-list", "--format=%at %P", ...merges ? [] : ["--no-merges"], ...args, "--"], root);
  const err = [];
  let carry;
  const line = (buf, from, to) => {
    if (buf.toString("latin1", from, Math.min(to, from + 7)) === "commit ") list.commits.push(buf.toString("latin1", from + 7, to));
    else if (list.times.length < list.commits.length) {
      const [time = "", ...parents] = buf.toString("latin1", from, to).trim().split(" ");
      list.times.push(Number(time));
      list.merges.push(parents.length > 1);
    }
  };
  return new Promise((resolve2, reject) => {
    child2.stdout.on("data", (chunk) => {
      const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
      let from = 0;
      for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10, from)) {
        line(buf, from, nl);
        from = nl + 1;
      }
      carry = from < buf.length ? buf.subarray(from) : void 0;
    });
    child2.stderr.on("data", (d) => err.push(d));
    child2.on("error", (e) => reject(spawnFailure(e)));
    child2.on("close", (code) => {
      if (carry) line(carry, 0, carry.length);
      if (code !== 0) reject(gitFailure("git rev-list", code ?? 1, Buffer.concat(err).toString("utf8")));
      else if (list.times.length !== list.commits.length) reject(new GitError("git rev-list: could not read an author time for every commit"));
      else resolve2(list);
    });
    child2.stdin.on("error", () => {
    });
    child2.stdin.end();
  });
}
async function configValue(root, key) {
  const r = await runGit(["config", "--get", key], root);
  return r.code === 0 ? r.stdout.toString("utf8").trim() : void 0;
}
async function hooksPathOf(root) {
  return (await git(["rev-parse", "--git-path", "hooks"], root)).toString("utf8").trim();
}
async function configWithScope(root, key) {
  const r = await runGit(["config", "--show-scope", "--get", key], root);
  if (r.code === 0) {
    const [scope, ...rest] = r.stdout.toString("utf8").trim().split("	");
    return { value: rest.join("	"), scope: scope ?? "" };
  }
  const value = await configValue(root, key);
  return value === void 0 ? void 0 : { value, scope: "local" };
}
async function commonDirOf(root) {
  return (await git(["rev-parse", "--git-common-dir"], root)).toString("utf8").trim();
}
function unquote(s) {
  if (!s.startsWith('"')) return s;
  const bytes = [];
  const simple = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '"': 34, "\\": 92 };
  for (let i = 1; i < s.length - 1; i++) {
    const ch = s[i];
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = s[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(simple[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString("utf8");
}
function hunkHeader(line) {
  const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
  if (!m) return void 0;
  return { oldCount: m[1] === void 0 ? 1 : Number(m[1]), newStart: Number(m[2]), newCount: m[3] === void 0 ? 1 : Number(m[3]) };
}
function newPathOf(line) {
  const name = line.slice(4).replace(/\t$/, "");
  return name === "/dev/null" ? void 0 : unquote(name).replace(/^b\//, "");
}
async function* readBlobs(root, ids, started) {
  if (!ids.length) {
    started?.child.stdin.end();
    return;
  }
  const { child: child2, ended } = started ?? startBlobReader(root);
  child2.stdin.end(ids.map((id) => `${id}
`).join(""));
  let next = 0;
  let pending = [];
  let have = 0;
  let body;
  for await (const chunk of child2.stdout) {
    pending.push(chunk);
    have += chunk.length;
    for (; ; ) {
      if (!body) {
        const joined2 = pending.length > 1 ? Buffer.concat(pending, have) : pending[0];
        pending = [joined2];
        const nl = joined2.indexOf(10);
        if (nl === -1) break;
        const m = /^(\S+) (\S+) (\d+)$/.exec(joined2.toString("utf8", 0, nl));
        const rest2 = joined2.subarray(nl + 1);
        pending = [rest2];
        have = rest2.length;
        if (!m) yield { id: ids[next++], content: void 0 };
        else body = { size: Number(m[3]), blob: m[2] === "blob" };
        continue;
      }
      if (have < body.size + 1) break;
      const joined = pending.length > 1 ? Buffer.concat(pending, have) : pending[0];
      const content = Buffer.from(joined.subarray(0, body.size));
      const rest = joined.subarray(body.size + 1);
      pending = [rest];
      have = rest.length;
      const wasBlob = body.blob;
      body = void 0;
      yield { id: ids[next++], content: wasBlob ? content : void 0 };
    }
  }
  while (next < ids.length) yield { id: ids[next++], content: void 0 };
  const error2 = await ended;
  if (error2) throw spawnFailure(error2);
}
function stagedDiff(cwd, files) {
  return runGit(stagedDiffArgs(files), cwd);
}
function spawnLog(root, flags) {
  return spawnGit(["log", ...flags, "--no-walk=unsorted", "--stdin"], root);
}
function addedBlobs(root, revs, wanted) {
  if (!revs.length) return Promise.resolve([]);
  return new Promise((resolve2, reject) => {
    const child2 = spawnGit(["log", "--no-walk=unsorted", "--stdin", "--root", "--raw", "-z", "--no-abbrev", "-M", "--diff-filter=AMRTC", "--format=%x01%H %at %aI %ae"], root);
    const out = [];
    const err = [];
    let head2;
    let entry;
    let carry = "";
    const token = (raw) => {
      if (entry) {
        if (--entry.paths === 0) {
          if (head2 && !/^0+$/.test(entry.blob) && wanted(raw)) out.push({ ...head2, path: raw, blob: entry.blob });
          entry = void 0;
        }
        return;
      }
      const t = raw.replace(/^\n/, "");
      if (t.startsWith("")) {
        const [commit, time, date, author = ""] = t.slice(1).split(" ");
        head2 = commit && /^[0-9a-f]{40,64}$/.test(commit) ? { commit, time: Number(time), date: date ?? "", author } : void 0;
      } else if (t.startsWith(":")) {
        const fields = t.split(" ");
        entry = { blob: fields[3] ?? "", paths: /^[RC]/.test(fields[4] ?? "") ? 2 : 1 };
      }
    };
    child2.stdout.setEncoding("utf8");
    child2.stdout.on("data", (d) => {
      const tokens = (carry + d).split("\0");
      carry = tokens.pop() ?? "";
      for (const t of tokens) token(t);
    });
    child2.stderr.on("data", (d) => err.push(d));
    child2.on("error", (e) => reject(spawnFailure(e)));
    child2.on("close", (code) => {
      if (code !== 0) reject(gitFailure("git log --raw", code ?? 1, Buffer.concat(err).toString("utf8")));
      else resolve2(out);
    });
    child2.stdin.on("error", () => {
    });
    child2.stdin.end(revs.join("\n") + "\n");
  });
}
var import_node_buffer2, gitMissing, UPLOAD_PACK;
var init_git = __esm({
  "src/sources/git.ts"() {
    "use strict";
    import_node_buffer2 = require("node:buffer");
    init_names();
    init_git_spawn();
    UPLOAD_PACK = "--upload-pack=git-upload-pack";
  }
});

// src/config/inline.ts
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
var DIRECTIVE;
var init_inline = __esm({
  "src/config/inline.ts"() {
    "use strict";
    init_redact();
    DIRECTIVE = /openai-key-scan:allow(-next-line)?(?![\w-])(.*)$/;
  }
});

// src/detect/alphabet.ts
function table(chars3) {
  const t = new Uint8Array(256);
  for (const c of chars3) t[c.charCodeAt(0)] = 1;
  return t;
}
var ALNUM_CHARS, KEY_CHAR, ALNUM, NAME_CHAR, HEX, BASE64_CHAR, HEX_VALUE;
var init_alphabet = __esm({
  "src/detect/alphabet.ts"() {
    "use strict";
    ALNUM_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    KEY_CHAR = table(ALNUM_CHARS + "_-");
    ALNUM = table(ALNUM_CHARS);
    NAME_CHAR = table(ALNUM_CHARS + "-");
    HEX = table("0123456789abcdefABCDEF");
    BASE64_CHAR = table(ALNUM_CHARS + "+/_-");
    HEX_VALUE = new Int8Array(256).fill(-1);
    for (let i = 0; i < 16; i++) {
      HEX_VALUE["0123456789abcdef".charCodeAt(i)] = i;
      HEX_VALUE["0123456789ABCDEF".charCodeAt(i)] = i;
    }
  }
});

// src/detect/prefilter.ts
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
var ANY_BYTE, ALL_BYTES, Hits, Prefilter;
var init_prefilter = __esm({
  "src/detect/prefilter.ts"() {
    "use strict";
    ANY_BYTE = "";
    ALL_BYTES = Array.from({ length: 256 }, (_, b) => b);
    Hits = class {
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
    Prefilter = class _Prefilter {
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
  }
});

// src/detect/decoders/base64.ts
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
var RUNS, ALIGNED, chars, MARKS, LEAD, LITERALS, LINE_LITERALS, REACH, MAX_INDENT, base64Decoder;
var init_base64 = __esm({
  "src/detect/decoders/base64.ts"() {
    "use strict";
    init_alphabet();
    init_prefilter();
    RUNS = [
      { run: "VDNCbGJrRk", before: "", next: "op", aligned: 0 },
      { run: "QzQmxia0ZK", before: "1FVl", next: "", aligned: 2 },
      { run: "UM0JsYmtGS", before: "", next: "ijklmn", aligned: 1 }
    ];
    ALIGNED = RUNS.map(({ run, aligned }) => Buffer.from(run.slice(aligned, aligned + 8), "latin1"));
    chars = (s) => [...s];
    MARKS = "#>;*";
    LEAD = `
 	${MARKS}`;
    LITERALS = RUNS.flatMap(({ run, before: before2, next }) => [
      run.slice(0, 8),
      // Broken after 1 to 5 characters: the line break, indentation or a line's mark, then the rest of
      // the run. The first two end where the run's first 8 characters end: dense base64 stops the scan
      // once a run, not thrice.
      [LEAD, ...chars(run.slice(1))],
      [`${run[1]}\r${LEAD}`, LEAD, ...chars(run.slice(2, 8))],
      [LEAD, ...chars(run.slice(3))],
      next ? [LEAD, ...chars(run.slice(4)), next] : [`${run[3]}\r${LEAD}`, LEAD, ...chars(run.slice(4))],
      // After 5: when no few characters can follow the run, the one before it and the first piece.
      next ? [`${run[4]}\r${LEAD}`, LEAD, ...chars(run.slice(5)), next] : [ANY_BYTE, before2, ...chars(run.slice(0, 5)), "\n\r"],
      // Broken after 6 or 7: the first piece and the line break (CR of CRLF, or LF).
      [ANY_BYTE, ...chars(run.slice(0, 6)), "\n\r"],
      [...chars(run.slice(0, 7)), "\n\r"]
    ]);
    LINE_LITERALS = RUNS.flatMap(({ run }) => [run.slice(0, 5), run.slice(5)]);
    REACH = 16 * 1024;
    MAX_INDENT = 64;
    base64Decoder = {
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
  }
});

// src/detect/decoders/escapes.ts
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
var MARKER3, SOFT_BREAKS, LITERALS2, REACH2, PLAIN, ESCAPE, ENTITY, PERCENT, QP, SOFT_BREAK, ENCODING, unitLength, unitValue, unitKind, escapeDecoder;
var init_escapes = __esm({
  "src/detect/decoders/escapes.ts"() {
    "use strict";
    init_alphabet();
    MARKER3 = "T3BlbkFJ";
    SOFT_BREAKS = [1, 2, 3, 4, 5, 6, 7].flatMap((k) => ["=\n", "=\r\n"].map((br) => MARKER3.slice(0, k) + br + MARKER3.slice(k)));
    LITERALS2 = ["\\x54\\x33", "\\u0054\\u0033", "&#84;&#51;", "&#x54;&#x33;", "&#X54;&#X33;", "%54%33%42", ...SOFT_BREAKS];
    REACH2 = 4096;
    PLAIN = 0;
    ESCAPE = 1;
    ENTITY = 2;
    PERCENT = 3;
    QP = 4;
    SOFT_BREAK = 5;
    ENCODING = ["plain", "escaped", "entity", "url", "quoted-printable", "quoted-printable"];
    unitLength = 0;
    unitValue = 0;
    unitKind = 0;
    escapeDecoder = {
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
  }
});

// src/detect/decoders/hex.ts
function isHex(c) {
  return c !== void 0 && HEX_VALUE[c] >= 0;
}
var LITERALS3, REACH3, hexDecoder;
var init_hex = __esm({
  "src/detect/decoders/hex.ts"() {
    "use strict";
    init_alphabet();
    LITERALS3 = ["5433426c626b", "5433426C626B"];
    REACH3 = 2048;
    hexDecoder = {
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
  }
});

// src/detect/decoders/splice.ts
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
var QUOTES, GAP, GAP_END, PREFIX, AFTER, chars2, LITERALS4, LINE_LITERALS2, MARKER_LENGTH, MAX_PIECES, MAX_KEY_TEXT, MAX_GAP, spliceDecoder;
var init_splice = __esm({
  "src/detect/decoders/splice.ts"() {
    "use strict";
    init_alphabet();
    init_prefilter();
    QUOTES = "\"'`";
    GAP = " 	\n\r+.&|";
    GAP_END = " 	\n+.&|";
    PREFIX = "fFrRbBuUL@$";
    AFTER = GAP + QUOTES + PREFIX + "/#";
    chars2 = (s) => [...s];
    LITERALS4 = [
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
    LINE_LITERALS2 = ["T3B", "kFJ"];
    MARKER_LENGTH = 8;
    MAX_PIECES = 12;
    MAX_KEY_TEXT = 600;
    MAX_GAP = 160;
    spliceDecoder = {
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
        let before2 = 0;
        for (; before2 < MAX_PIECES; before2++) {
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
        while (pieces <= before2 + MAX_PIECES && i < hi) {
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
  }
});

// src/detect/filters.ts
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
var WORDS, SHORT_WORDS;
var init_filters = __esm({
  "src/detect/filters.ts"() {
    "use strict";
    WORDS = /EXAMPLE|[Ee]xample|PLACEHOLDER|[Pp]laceholder|REPLACE|[Rr]eplace|REDACTED|[Rr]edacted|DUMMY|[Dd]ummy|SAMPLE|[Ss]ample/;
    SHORT_WORDS = /YOUR|[Yy]our|XXXX|xxxx/;
  }
});

// src/detect/work.ts
var work;
var init_work = __esm({
  "src/detect/work.ts"() {
    "use strict";
    work = { around: 0, lines: 0 };
  }
});

// src/detect/match.ts
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
var MIN_SEGMENT, MAX_SEGMENT, MAX_PREFIX, MARKER_LENGTH2;
var init_match = __esm({
  "src/detect/match.ts"() {
    "use strict";
    init_keys();
    init_alphabet();
    init_filters();
    init_work();
    MIN_SEGMENT = 20;
    MAX_SEGMENT = 100;
    MAX_PREFIX = 3 + 42 + 1;
    MARKER_LENGTH2 = 8;
  }
});

// src/detect/positions.ts
var Positions;
var init_positions = __esm({
  "src/detect/positions.ts"() {
    "use strict";
    init_work();
    Positions = class {
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
  }
});

// src/detect/risks.ts
function risksFor(path15, origin, enabled, prefiltered) {
  const candidates = prefiltered?.size === 0 ? OWN_SEARCH_RULES : RISK_RULES;
  return candidates.filter((r) => enabled?.[r.id] !== false && (!r.appliesTo || r.appliesTo(path15, origin)));
}
function inComment(before2) {
  const t = before2.trimStart();
  if (/^(?:\/\/|#|\*|\/\*|<!--)/.test(t)) return true;
  if (/(?:^|[\s;,(){}])\/\//.test(before2)) return true;
  if (/\s#(?:\s|$)/.test(before2)) return true;
  const open2 = before2.lastIndexOf("/*");
  if (open2 !== -1 && before2.indexOf("*/", open2) === -1) return true;
  const html2 = before2.lastIndexOf("<!--");
  return html2 !== -1 && before2.indexOf("-->", html2) === -1;
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
function detectRisks(view, path15, rules, window, positions, prefiltered) {
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
          const before2 = buf.toString("latin1", Math.max(0, start - AROUND), start);
          if (rule.skipComments && inComment(before2.slice(before2.lastIndexOf("\n") + 1))) continue;
          if (rule.keep && !rule.keep(groups, path15, before2)) continue;
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
            message: rule.message(groups, path15),
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
  const allowOf2 = (r) => {
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
    ...allowOf2(r) ? { suppressed: { by: "inline", ...allowOf2(r).reason ? { reason: allowOf2(r).reason } : {} } } : {}
  }));
}
var AROUND, EXCERPT, MAX_PER_RULE, RISK_LITERALS, PREFILTERED_RISK_LITERALS, PREFILTERED_RULES, OWN_SEARCH_RULES;
var init_risks2 = __esm({
  "src/detect/risks.ts"() {
    "use strict";
    init_inline();
    init_redact();
    init_fingerprint();
    init_risks();
    init_positions();
    init_work();
    AROUND = 256;
    EXCERPT = 60;
    MAX_PER_RULE = 100;
    RISK_LITERALS = [...new Set(RISK_RULES.flatMap((r) => r.literals))];
    PREFILTERED_RISK_LITERALS = RISK_LITERALS.filter((l) => l.length >= 8);
    PREFILTERED_RULES = new Set(RISK_RULES.filter((r) => r.literals.every((l) => PREFILTERED_RISK_LITERALS.includes(l))));
    OWN_SEARCH_RULES = RISK_RULES.filter((r) => !PREFILTERED_RULES.has(r));
  }
});

// src/detect/text.ts
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
var SNIFF, MARKER_LE, MARKER_BE;
var init_text2 = __esm({
  "src/detect/text.ts"() {
    "use strict";
    SNIFF = 8e3;
    MARKER_LE = Buffer.from("T3BlbkFJ", "utf16le");
    MARKER_BE = Buffer.from(MARKER_LE).swap16();
  }
});

// src/detect/index.ts
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
    const inside2 = spans.filter((s) => s.start >= window.acceptFrom && s.start < window.acceptTo);
    spans.length = 0;
    spans.push(...inside2);
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
var DECODERS, AT_UNMATCHED, MAX_UNEXPLAINED, MARKER_BYTES, LITERALS5, LINE_LITERALS3, DECODER_OF, RISK_FROM, prefilter;
var init_detect = __esm({
  "src/detect/index.ts"() {
    "use strict";
    init_keys();
    init_base64();
    init_escapes();
    init_hex();
    init_splice();
    init_match();
    init_positions();
    init_prefilter();
    init_risks2();
    init_text2();
    init_work();
    DECODERS = [base64Decoder, escapeDecoder, hexDecoder, spliceDecoder];
    AT_UNMATCHED = DECODERS.filter((d) => d.atUnmatchedMarkers);
    MAX_UNEXPLAINED = 256;
    MARKER_BYTES = Buffer.from(MARKER, "latin1");
    LITERALS5 = [MARKER, ...DECODERS.flatMap((d) => d.literals)];
    LINE_LITERALS3 = [
      MARKER,
      ...DECODERS.flatMap((d) => {
        if (d.lineLiterals) return d.lineLiterals;
        if (d.literals.some((l) => typeof l !== "string")) throw new Error(`decoder ${d.encoding}: patterns need lineLiterals`);
        return d.literals;
      }),
      ...RISK_LITERALS
    ];
    DECODER_OF = [void 0, ...DECODERS.flatMap((d) => d.literals.map(() => d))];
    RISK_FROM = LITERALS5.length;
    LITERALS5.push(...PREFILTERED_RISK_LITERALS);
    prefilter = new Prefilter(LITERALS5);
  }
});

// src/detect/binary.ts
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
function binaryExcerpt(content, from, to, shown, showSecrets) {
  const printable2 = (a, b) => {
    let s = "";
    for (let i = Math.max(0, a); i < Math.min(content.length, b); i++) {
      const c = content[i];
      s += c >= 32 && c < 127 ? String.fromCharCode(c) : ".";
    }
    return s;
  };
  const before2 = printable2(from - CONTEXT2, from).replace(/^\.+/, "");
  const after = printable2(to, to + CONTEXT2).replace(/\.+$/, "");
  const text = `${before2}${shown}${after}`;
  return showSecrets ? text : maskText(text);
}
function binaryKeyFindings(fragment, keys, options = {}) {
  const { origin, window } = fragment;
  const base = window?.offset ?? 0;
  return keys.map(({ key, offset, end, utf16 }) => {
    const shown = options.showSecrets ? key.secret : redact(key.secret, key.prefix);
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
      excerpt: binaryExcerpt(fragment.content, offset - base, end - base, shown, options.showSecrets === true)
    };
    if (options.showSecrets || options.keepSecrets) finding.secret = key.secret;
    return finding;
  });
}
var MARKER_LE2, MARKER_BE2, CONTEXT2;
var init_binary = __esm({
  "src/detect/binary.ts"() {
    "use strict";
    init_keys();
    init_fingerprint();
    init_detect();
    init_match();
    init_redact();
    init_text2();
    MARKER_LE2 = Buffer.from(MARKER, "utf16le");
    MARKER_BE2 = Buffer.from(MARKER_LE2).swap16();
    CONTEXT2 = 40;
  }
});

// src/rules/exposure.ts
function pathExposure(path15) {
  const out = [];
  if (BUILT.test(path15) && BUILD_DIRS.test(path15) || BUNDLE_NAME.test(path15)) out.push("client-bundle");
  if (isDotenv(path15)) out.push("dotenv");
  if (NOTEBOOK.test(path15)) out.push("notebook");
  if (LOG.test(path15)) out.push("log");
  return out;
}
function inScript(buf, offset) {
  const open2 = Math.max(buf.lastIndexOf("<script", offset, "latin1"), buf.lastIndexOf("<SCRIPT", offset, "latin1"));
  if (open2 === -1) return false;
  const close = Math.max(buf.lastIndexOf("</script", offset, "latin1"), buf.lastIndexOf("</SCRIPT", offset, "latin1"));
  return close < open2;
}
function inSourcesContent(buf, offset, window) {
  const at = buf.indexOf('"sourcesContent"', 0, "latin1");
  if (at !== -1) return at < offset;
  return window !== void 0 && !window.first;
}
function head(text, n = 2048) {
  return Buffer.from(text.buffer, text.byteOffset, Math.min(n, text.length)).toString("latin1");
}
function clientSignal(path15, text, facts) {
  const lower = path15.toLowerCase();
  if (lower.endsWith(".swift") && /^\s*import\s+(?:SwiftUI|UIKit)\b/m.test(head(text, 8192)) && !/(?:^|\/)(?:tests?|\w+Tests)\//.test(path15)) {
    return { exposure: "mobile-app", signal: "an iOS app (Swift importing SwiftUI or UIKit)" };
  }
  if (/\.(?:kt|java)$/.test(lower)) {
    const module2 = /^(.*?)(?:^|\/)src\/main\/(?:java|kotlin)\//.exec(path15);
    if (module2 && facts.exists(join(module2[1], "src/main/AndroidManifest.xml"))) return { exposure: "mobile-app", signal: "an Android app module (src/main/AndroidManifest.xml)" };
    return void 0;
  }
  if (lower.endsWith(".dart")) {
    const lib = /^(.*?)(?:^|\/)lib\//.exec(path15);
    if (lib && /sdk:\s*flutter/.test(facts.read(join(lib[1].replace(/\/$/, ""), "pubspec.yaml")) ?? "")) return { exposure: "mobile-app", signal: "a Flutter app (lib/)" };
    return void 0;
  }
  const component = /\.(?:vue|svelte)$/i.test(path15);
  if (!SCRIPT.test(path15) && !component && !/\.(?:html?|astro)$/i.test(path15)) return void 0;
  if (NOT_SHIPPED.test(path15)) return void 0;
  for (const dir of facts.folders(path15)) {
    const manifest = facts.read(join(dir, "manifest.json"));
    if (manifest && /"manifest_version"\s*:/.test(manifest)) return { exposure: "browser-extension", signal: `a browser extension (${join(dir, "manifest.json")})` };
  }
  const pkg = facts.packageOf(path15);
  const inPackage = (p) => pkg?.dir ? p.slice(pkg.dir.length + 1) : p;
  if (pkg && (pkg.deps.has("react-native") || pkg.deps.has("expo")) && !/\.(?:html?|astro)$/i.test(path15)) {
    return { exposure: "mobile-app", signal: pkg.deps.has("expo") ? "an Expo app" : "a React Native app" };
  }
  if (pkg?.deps.has("electron")) {
    return /(?:^|\/)renderer\//.test(inPackage(path15)) ? { exposure: "client-source", signal: "Electron renderer code (renderer/)" } : void 0;
  }
  if (SCRIPT.test(path15) && USE_CLIENT.test(head(text))) {
    return { exposure: "client-source", signal: `a ${pkg?.deps.has("next") ? "Next.js" : "React"} client component ("use client")` };
  }
  if (pkg?.deps.has("next") && SCRIPT.test(path15) && /^(?:src\/)?pages\/(?!api\/)(?!_document\.|_middleware\.)/.test(inPackage(path15))) {
    return { exposure: "client-source", signal: "a Next.js page (pages/)" };
  }
  if (component) return { exposure: "client-source", signal: lower.endsWith(".vue") ? "a Vue single-file component" : "a Svelte component" };
  if (ASTRO.test(path15)) return { exposure: "client-source", signal: "an Astro component's <script> block" };
  if (!pkg || !SCRIPT.test(path15) || !/^src\//.test(inPackage(path15))) return void 0;
  const build = CLIENT_BUILDS.find(([dep]) => pkg.deps.has(dep) || new RegExp(`\\b${dep.replace(/^@.*\//, "")}\\b`).test(pkg.scripts));
  if (!build || SERVER_FRAMEWORKS.some((d) => pkg.deps.has(d)) || /\bnext\b|\bnuxt\b/.test(pkg.scripts)) return void 0;
  const entry = ["index.html", "public/index.html", "src/main.ts", "src/main.tsx", "src/main.js", "src/main.jsx", "src/index.tsx", "src/index.jsx", "src/index.js"].some((f) => facts.exists(join(pkg.dir, f)));
  return entry ? { exposure: "client-source", signal: `the source of a client-only ${build[1]} app (${join(pkg.dir, "package.json")})` } : void 0;
}
function inAstroScript(buf, offset) {
  return inScript(buf, offset);
}
function keyExposure(path15, base, text, offset, window) {
  const buf = Buffer.from(text.buffer, text.byteOffset, text.length);
  const out = [...base];
  if (HTML.test(path15) && !out.includes("client-bundle") && inScript(buf, offset)) out.push("client-bundle");
  if (SOURCE_MAP2.test(path15) && inSourcesContent(buf, offset, window)) out.push("source-map");
  return out;
}
function clientExposed(exposure) {
  return exposure.some((e) => CLIENT.includes(e));
}
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
function packageExposure(path15) {
  const parts = path15.split("!");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (APP_PACKAGE.test(part)) return "app-package";
    if (WHEEL.test(part)) return "published-package";
    if (TARBALL.test(part) && parts[i + 1]?.startsWith("package/")) return "published-package";
  }
  return void 0;
}
function exposePackagedKeys(path15, findings) {
  const exposure = packageExposure(path15);
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
var BUILD_DIRS, BUILT, BUNDLE_NAME, HTML, ASTRO, SOURCE_MAP2, NOTEBOOK, LOG, SCRIPT, NOT_SHIPPED, SERVER_FRAMEWORKS, CLIENT_BUILDS, USE_CLIENT, WHERE, CLIENT, READER, APP_PACKAGE, TARBALL, WHEEL;
var init_exposure = __esm({
  "src/rules/exposure.ts"() {
    "use strict";
    init_keys();
    init_risks();
    init_project();
    BUILD_DIRS = /(?:^|\/)(?:dist|build|out|public|static|www)\//;
    BUILT = /\.(?:m?js|cjs|css|html?)$/i;
    BUNDLE_NAME = /\.(?:min|bundle|chunk)\.js$/i;
    HTML = /\.html?$/i;
    ASTRO = /\.astro$/i;
    SOURCE_MAP2 = /\.map$/i;
    NOTEBOOK = /\.ipynb$/i;
    LOG = /\.log(?:\.\d+)?$|(?:^|\/)logs?\/|(?:^|\/)nohup\.out$/i;
    SCRIPT = /\.(?:[cm]?[jt]sx?)$/i;
    NOT_SHIPPED = /(?:^|\/)(?:node_modules|__tests__|__mocks__|tests?|spec|e2e|cypress|scripts|server|api|functions|supabase|prisma)\/|\.(?:test|spec|stories|config|d)\.[^/]*$|(?:^|\/)[^/]*\.config\.[^/]*$|\+api\.[jt]sx?$/i;
    SERVER_FRAMEWORKS = ["next", "nuxt", "@sveltejs/kit", "astro", "@remix-run/node", "@remix-run/react", "express", "fastify", "koa", "@nestjs/core", "hono", "@hapi/hapi", "@solidjs/start", "gatsby", "electron", "@builder.io/qwik-city", "react-router"];
    CLIENT_BUILDS = [
      ["vite", "Vite"],
      ["react-scripts", "Create React App"],
      ["parcel", "Parcel"],
      ["@vue/cli-service", "Vue CLI"]
    ];
    USE_CLIENT = /^(?:\uFEFF)?(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1/;
    WHERE = {
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
    CLIENT = ["client-bundle", "source-map", "client-source", "mobile-app", "browser-extension"];
    READER = {
      "mobile-app": "anyone who installs the app can extract it from the package in minutes",
      "browser-extension": "anyone who installs the extension can read it"
    };
    APP_PACKAGE = /\.(?:apk|aab|ipa|crx|xpi|vsix|asar)$/i;
    TARBALL = /\.(?:tgz|tar\.gz)$/i;
    WHEEL = /\.whl$/i;
  }
});

// src/run/fragment.ts
function keyMessage(key) {
  return `${key.rule.title} ${HOW_ENCODED[key.encoding]}: anyone who can read this file can use it`;
}
function keyFindings(fragment, detection, options = {}) {
  const { showSecrets = false, keepSecrets = false } = options;
  const { positions } = detection;
  if (!detection.keys.length || !positions) return [];
  const keys = detection.keys;
  const allowOf2 = (k) => {
    if (options.noInlineAllow) return void 0;
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
    const allow = allowOf2(k);
    if (allow) finding.suppressed = { by: "inline", ...allow.reason ? { reason: allow.reason } : {} };
    return finding;
  });
}
function rawKeyFindings(fragment, options) {
  const w = fragment.window;
  if (w) {
    const bytes = (units) => units === Infinity ? Infinity : units * 2 + w.bom;
    return binaryKeyFindings(fragment, detectBinaryKeys(fragment.content, { ...w, encoding: "binary", bom: 0, acceptFrom: bytes(w.acceptFrom), acceptTo: bytes(w.acceptTo) }), options);
  }
  const raw = { first: true, encoding: "utf8", bom: 0, acceptFrom: 0, acceptTo: Infinity, line: 0, column: 0, bytes: fragment.content.length };
  return keyFindings({ ...fragment, window: raw }, detectKeys(fragment.content, raw), options);
}
function processFragment(fragment, options, tally) {
  const { window } = fragment;
  const detection = window?.encoding === "binary" ? void 0 : detectKeys(fragment.content, window);
  if (!window || window.first) tally.stats.files++;
  tally.stats.bytes += window ? window.bytes : fragment.content.length;
  if (!detection?.view) {
    const keys2 = binaryKeyFindings(fragment, detectBinaryKeys(fragment.content, window), options);
    if (keys2.length) exposePackagedKeys(fragment.path, keys2);
    for (const f of keys2) tally.findings.push(f);
    return;
  }
  const keys = keyFindings(fragment, detection, options);
  if (detection.view.utf16 && fragment.content.includes(MARKER_BYTES2)) {
    const seen = new Set(keys.map((k) => k.fingerprint));
    for (const f of rawKeyFindings(fragment, options)) if (!seen.has(f.fingerprint)) keys.push(f);
  }
  if (keys.length) {
    exposeKeys(fragment, detection, keys, options.root);
    exposePackagedKeys(fragment.path, keys);
  }
  for (const f of keys) tally.findings.push(f);
  const riskHits = detection.riskHits ?? NO_HITS;
  const rules = risksFor(fragment.path, fragment.origin, options.risks, riskHits);
  if (rules.length) for (const f of riskFindings(fragment, detectRisks(detection.view, fragment.path, rules, window, detection.positions, riskHits), options.noInlineAllow)) tally.findings.push(f);
}
var DEFAULT_MAX_FILE_SIZE, HOW_ENCODED, ALLOW_BYTES, NO_HITS, MARKER_BYTES2;
var init_fragment = __esm({
  "src/run/fragment.ts"() {
    "use strict";
    init_inline();
    init_binary();
    init_detect();
    init_fingerprint();
    init_risks2();
    init_exposure();
    init_redact();
    init_keys();
    DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;
    HOW_ENCODED = {
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
    ALLOW_BYTES = Buffer.from("openai-key-scan:allow");
    NO_HITS = /* @__PURE__ */ new Map();
    MARKER_BYTES2 = Buffer.from(MARKER);
  }
});

// src/version.ts
var VERSION, TOOL_NAME;
var init_version = __esm({
  "src/version.ts"() {
    "use strict";
    VERSION = true ? "0.1.0" : "0.0.0-dev";
    TOOL_NAME = "openai-key-scan";
  }
});

// src/sources/archives/kind.ts
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
  const here = __bundle_url;
  return import(new URL(here.endsWith(".ts") ? "./open.ts" : "./archives.js", here).href);
}
async function readArchive(path15, origin, kind, content, limits, sink, each) {
  try {
    const { openArchive } = await loadReaders();
    await openArchive(path15, content, kind, limits, sink, (member, bytes) => each({ path: member, content: bytes, origin }));
  } catch (e) {
    sink.archive?.("corrupt", path15, `cannot read archive (${e instanceof Error ? e.message : String(e)})`);
  }
}
var DEFAULT_ARCHIVE_LIMITS, ASAR, ARCHIVE_EXTENSIONS;
var init_kind = __esm({
  "src/sources/archives/kind.ts"() {
    "use strict";
    DEFAULT_ARCHIVE_LIMITS = { maxDepth: 2, maxBytes: 256 * 1024 * 1024 };
    ASAR = /\.asar$/i;
    ARCHIVE_EXTENSIONS = [
      "zip",
      "jar",
      "war",
      "ear",
      "aar",
      "whl",
      "egg",
      "nupkg",
      "apk",
      "aab",
      "ipa",
      "vsix",
      "crx",
      "xpi",
      "docx",
      "xlsx",
      "pptx",
      "odt",
      "ods",
      "gz",
      "tgz",
      "tar",
      "asar"
    ];
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP2 = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP: SEP2
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars3) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars3.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform2 = navigator.platform.toLowerCase();
        return platform2 === "win32" || platform2 === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path15, { windows } = {}) => {
      const segs = path15.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance2 = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance2();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance2();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance2())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance2()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance2())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance2();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance2())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance2();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance2())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance2();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants5 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants5;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars3) => {
      const source = chars3.length === 1 ? utils.escapeRegex(chars3[0]) : `[${chars3.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars3 = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars3.push(branch);
        index += match.end + 1;
      }
      if (chars3.length < 1) {
        return;
      }
      return chars3;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants5.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars3 = getStarExtglobSequenceChars(branch);
        if (chars3) {
          sawStarSequence = true;
          safeChars.push(...chars3);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants5.globChars(opts.windows);
      const EXTGLOB_CHARS = constants5.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance2 = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance2();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance2(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars3, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars3.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars3.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance2();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance2();
          } else {
            value += advance2();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance2();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before2 = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before2 && (before2.type === "star" || before2.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance2());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance2());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants5.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants5 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants5;
    module2.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch, pico);
    module2.exports = picomatch;
  }
});

// src/config/globs.ts
async function globMatcher(globs) {
  if (!globs?.length) return void 0;
  const { default: picomatch } = await Promise.resolve().then(() => __toESM(require_picomatch2(), 1));
  const expanded = globs.flatMap((g) => {
    const p = g.replace(/^\.\//, "").replace(/\/$/, "");
    const base = p.includes("/") ? [p] : [p, `**/${p}`];
    return base.flatMap((b) => [b, `${b}/**`]);
  });
  return picomatch(expanded, { dot: true });
}
var init_globs = __esm({
  "src/config/globs.ts"() {
    "use strict";
  }
});

// src/config/baseline.ts
function sortEntries(entries) {
  const seen = /* @__PURE__ */ new Map();
  for (const e of entries) seen.set(entryKey(e), { fingerprint: e.fingerprint, file: e.file, ruleId: e.ruleId });
  return [...seen.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
}
function baselineText(entries) {
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: "openai-key-scan", findings: sortEntries(entries) }, null, 2)}
`;
}
function entriesOf(findings) {
  return findings.map((f) => ({ fingerprint: f.fingerprint, file: pathFromOutside(f.file), ruleId: f.ruleId }));
}
function parseBaseline(text, file) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not valid JSON (${e.message.split("\n")[0]}): write it with \`openai-key-scan baseline\``);
  }
  const obj = json;
  if (!obj || typeof obj !== "object" || obj.version !== BASELINE_VERSION || !Array.isArray(obj.findings)) {
    throw new UsageError(`${file}: not a version ${BASELINE_VERSION} baseline: write it with \`openai-key-scan baseline\``);
  }
  return obj.findings.map((e, i) => {
    const r = e;
    if (!r || typeof r.fingerprint !== "string" || typeof r.file !== "string" || typeof r.ruleId !== "string") {
      throw new UsageError(`${file}: findings[${i}] needs fingerprint, file and ruleId strings`);
    }
    const fingerprint2 = normalizeFingerprint(r.fingerprint);
    if (fingerprint2 === void 0) throw new UsageError(`${file}: findings[${i}].fingerprint is not a fingerprint as reports show it`);
    return { fingerprint: fingerprint2, file: r.file, ruleId: r.ruleId };
  });
}
function readBaseline(file, root) {
  const text = readRegularFile(file, `--baseline ${file}`, BASELINE_CAP, root);
  if (text === void 0) throw new UsageError(`--baseline: no such file: ${file} (write one with \`openai-key-scan baseline\`)`);
  return parseBaseline(text, file);
}
function writeBaseline(file, entries, root) {
  writeFileAtomic(file, baselineText(entries), "the baseline", root);
}
var BASELINE_VERSION, entryKey;
var init_baseline = __esm({
  "src/config/baseline.ts"() {
    "use strict";
    init_files();
    init_types();
    init_fingerprint();
    init_redact();
    BASELINE_VERSION = 1;
    entryKey = (e) => `${e.fingerprint}\0${pathFromOutside(e.file)}\0${e.ruleId}`;
  }
});

// src/config/suppress.ts
var suppress_exports = {};
__export(suppress_exports, {
  applySuppressions: () => applySuppressions,
  baselineFromText: () => baselineFromText,
  configFromText: () => configFromText,
  entriesOf: () => entriesOf,
  suppressor: () => suppressor
});
function baselineFromText(text, file) {
  if (text === void 0) return void 0;
  try {
    return parseBaseline(text, file);
  } catch {
    return void 0;
  }
}
async function suppressor(input) {
  const { config } = input;
  const diff = input.mode === "diff";
  if (input.update) {
    if (!input.baselineFile) throw new UsageError("--update needs --baseline FILE (the baseline to prune)");
    if (!input.complete) throw new UsageError("--update prunes the baseline after a full scan: use it with a tree scan of the whole repository or history, not a range or some paths");
  }
  const ignore = await globMatcher(config.ignorePaths);
  const allow = new Map((config.allowFingerprints ?? []).map((e) => [e.fingerprint, e]));
  const baseline = input.baselineEntries ?? (input.baselineFile ? readBaseline(input.baselineFile, input.root) : void 0);
  const baselineKeys = new Map((baseline ?? []).map((e) => [entryKey(e), e]));
  const baseAllow = new Set((input.atBase?.config.allowFingerprints ?? []).map((e) => e.fingerprint));
  const baseIgnore = await globMatcher(input.atBase?.config.ignorePaths);
  const baseBaseline = new Set((input.atBase?.baseline ?? []).map(entryKey));
  const usedAllow = /* @__PURE__ */ new Set();
  const usedBaseline = /* @__PURE__ */ new Set();
  return {
    judge(f) {
      const key = baselineKeys.size ? entryKey(f) : "";
      if (allow.has(f.fingerprint)) usedAllow.add(f.fingerprint);
      if (baselineKeys.has(key)) usedBaseline.add(key);
      if (f.suppressed) {
        if (diff && f.suppressed.by === "inline") f.suppressed.inChange = true;
        return f;
      }
      let s;
      if (ignore?.(f.file)) s = { by: "config", reason: `ignorePaths in ${input.configFile}`, ...diff ? { inChange: !baseIgnore?.(f.file) } : {} };
      else if (allow.has(f.fingerprint)) {
        const e = allow.get(f.fingerprint);
        s = { by: "config", reason: `allowFingerprints in ${input.configFile}${e.comment ? `: ${e.comment}` : ""}`, ...diff ? { inChange: !baseAllow.has(f.fingerprint) } : {} };
      } else if (baselineKeys.has(key)) {
        s = { by: "baseline", reason: import_node_path5.default.relative(input.cwd, input.baselineFile) || input.baselineFile, ...diff ? { inChange: !baseBaseline.has(key) } : {} };
      }
      return s ? { ...f, suppressed: s } : f;
    },
    finish() {
      const stale = [];
      if (input.complete) {
        for (const e of config.allowFingerprints ?? []) {
          if (!usedAllow.has(e.fingerprint)) stale.push(fromOutside(`${input.configFile}: allowFingerprints entry ${e.fingerprint}${e.comment ? ` (${e.comment})` : ""} matches nothing any more: remove it`));
        }
        for (const e of baseline ?? []) {
          if (!usedBaseline.has(entryKey(e))) stale.push(fromOutside(`${input.baselineFile}: entry ${e.fingerprint} ${e.file} (${e.ruleId}) matches nothing any more${input.update ? ": removed" : ": remove it with --update"}`, 2e3));
        }
      }
      if (input.update) writeBaseline(input.baselineFile, (baseline ?? []).filter((e) => usedBaseline.has(entryKey(e))), input.root);
      const warnings = stale.slice(0, MAX_STALE_WARNINGS).map((s) => ({ code: "stale-allow", message: `stale: ${s}` }));
      if (stale.length > MAX_STALE_WARNINGS) warnings.push({ code: "stale-allow", message: `stale: ${stale.length - MAX_STALE_WARNINGS} more stale entries (the JSON report lists all ${stale.length})` });
      return { stale, warnings };
    }
  };
}
async function applySuppressions(report, input) {
  const stage = await suppressor({ ...input, mode: report.mode });
  const kept = [];
  const suppressed = [];
  for (const f of report.suppressed ?? []) suppressed.push(stage.judge(f));
  for (const f of report.findings) {
    const judged = stage.judge(f);
    (judged.suppressed ? suppressed : kept).push(judged);
  }
  const { stale, warnings } = stage.finish();
  return { ...report, findings: kept, suppressed, stale, warnings: [...report.warnings, ...warnings] };
}
var import_node_path5, MAX_STALE_WARNINGS;
var init_suppress = __esm({
  "src/config/suppress.ts"() {
    "use strict";
    import_node_path5 = __toESM(require("node:path"), 1);
    init_types();
    init_globs();
    init_baseline();
    init_file();
    init_redact();
    MAX_STALE_WARNINGS = 50;
  }
});

// src/run/tally.ts
function newTally() {
  return { stats: { files: 0, bytes: 0, durationMs: 0, skipped: emptySkipCounts() }, skips: [], findings: [], warnings: [] };
}
function mergeTally(into, from) {
  into.stats.files += from.stats.files;
  into.stats.bytes += from.stats.bytes;
  for (const k of Object.keys(from.stats.skipped)) into.stats.skipped[k] += from.stats.skipped[k];
  for (const s of from.skips) if (into.skips.length < SKIPS_LISTED) into.skips.push(s);
  if (from.stats.archives) {
    const a = into.stats.archives ??= { opened: 0, members: 0, reasons: {} };
    a.opened += from.stats.archives.opened;
    a.members += from.stats.archives.members;
    for (const [r, n] of Object.entries(from.stats.archives.reasons)) a.reasons[r] = (a.reasons[r] ?? 0) + n;
  }
  for (const f of from.findings) into.findings.push(f);
  for (const w of from.warnings) into.warnings.push(w);
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
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.commit ?? "").localeCompare(b.commit ?? "");
}
function finishReport(mode, tally, started) {
  tally.findings.sort(compareFindings);
  tally.stats.durationMs = Math.round(performance.now() - started);
  const findings = tally.findings.filter((f) => !f.suppressed);
  const suppressed = tally.findings.filter((f) => f.suppressed);
  return { tool: { name: TOOL_NAME, version: VERSION }, mode, findings, stats: tally.stats, warnings: tally.warnings, suppressed, skippedFiles: tally.skips };
}
var SKIPS_LISTED;
var init_tally = __esm({
  "src/run/tally.ts"() {
    "use strict";
    init_version();
    init_types();
    SKIPS_LISTED = 1e3;
  }
});

// src/run/batch.ts
function encodeBatch(index, entries) {
  if (entries.some((e) => typeof e.abs !== "string")) return { index, entries: [...entries] };
  let flags = "";
  for (const e of entries) flags += String.fromCharCode(48 + (e.untracked ? 1 : 0) + (e.follow ? 2 : 0));
  return { index, abs: entries.map((e) => e.abs).join(SEP), files: entries.map((e) => e.file).join(SEP), flags };
}
var SEP;
var init_batch = __esm({
  "src/run/batch.ts"() {
    "use strict";
    SEP = "\0";
  }
});

// src/sources/tree/read.ts
var read_exports = {};
__export(read_exports, {
  OVERLAP: () => OVERLAP2,
  Scratch: () => Scratch,
  WINDOW: () => WINDOW2,
  advance: () => advance,
  nextWindow: () => nextWindow,
  readFragments: () => readFragments,
  windowAt: () => windowAt
});
function readAll(fd, size, max, scratch) {
  let buf;
  if (scratch && size > 0 && size <= SCRATCH_MAX) {
    if (scratch.buf.length < size) scratch.buf = Buffer.allocUnsafeSlow(Math.min(SCRATCH_MAX, Math.max(size, scratch.buf.length * 2)));
    buf = scratch.buf.subarray(0, size);
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
    const r = (0, import_node_fs3.readSync)(fd, buf, n, buf.length - n, n);
    if (r === 0) break;
    n += r;
    if (size && n === size) break;
  }
  return n === buf.length ? buf : buf.subarray(0, n);
}
function treeOrigin(entry) {
  return entry.untracked ? UNTRACKED : TRACKED_OR_NO_GIT;
}
function openEntry(entry, sink) {
  try {
    const abs = typeof entry.abs === "string" ? entry.abs : Buffer.from(entry.abs.buffer, entry.abs.byteOffset, entry.abs.length);
    return (0, import_node_fs3.openSync)(abs, O_RDONLY | O_NONBLOCK | (entry.follow ? 0 : O_NOFOLLOW));
  } catch (e) {
    const code = e.code;
    if (code === "ELOOP") sink.skip("symlink", entry.file);
    else if (code !== "ENOENT") sink.skip("unreadable", entry.file, code ?? String(e));
    return void 0;
  }
}
function sizeOf(fd, entry, maxFileSize, sink) {
  const st = (0, import_node_fs3.fstatSync)(fd);
  if (st.isDirectory()) return void 0;
  if (!st.isFile()) sink.skip("special", entry.file);
  else if (st.size > maxFileSize) sink.skip("tooLarge", entry.file, `${st.size} bytes`);
  else return st.size;
  return void 0;
}
function readSmall2(fd, scratch, maxFileSize) {
  const buf = scratch.buf;
  const limit = Math.min(buf.length, maxFileSize + 1);
  let n = 0;
  for (; ; ) {
    const r = (0, import_node_fs3.readSync)(fd, buf, n, limit - n, n);
    if (r === 0) return buf.subarray(0, n);
    n += r;
    if (n === limit) return void 0;
  }
}
function readFragments(entry, maxFileSize, sink, scratch, each, archives) {
  const fd = openEntry(entry, sink);
  if (fd === void 0) return;
  let fragment;
  let archive;
  try {
    const small = scratch && !entry.follow ? readSmall2(fd, scratch, maxFileSize) : void 0;
    const size = small ? small.length : sizeOf(fd, entry, maxFileSize, sink);
    if (size === void 0) return;
    if (size <= WINDOW2 + 2 * OVERLAP2) {
      const content = small ?? readAll(fd, size, maxFileSize, scratch);
      const kind = archives && archives.maxDepth > 0 ? archiveKind(entry.file, content) : void 0;
      if (kind) archive = { kind, content: Buffer.from(content) };
      else fragment = { path: entry.file, content, origin: treeOrigin(entry) };
    } else archive = readWindows(fd, size, entry, sink, each, scratch, archives);
  } catch (e) {
    const code = e.code;
    if (code !== "EISDIR") sink.skip("unreadable", entry.file, code ?? String(e));
  } finally {
    (0, import_node_fs3.closeSync)(fd);
  }
  if (fragment) each(fragment);
  if (archive) return readArchive(entry.file, treeOrigin(entry), archive.kind, archive.content, archives, sink, each);
}
function readRange(fd, buf, length, position) {
  let n = 0;
  while (n < length) {
    const r = (0, import_node_fs3.readSync)(fd, buf, n, length - n, position + n);
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
  if ((0, import_node_buffer3.isAscii)(bytes.subarray(start, to))) units = to - start;
  else {
    for (let i = start; i < to; i++) {
      const c = bytes[i];
      if ((c & 192) !== 128) units += c >= 240 ? 2 : 1;
    }
  }
  at.column = (start === from ? at.column : 0) + units;
}
function readWindows(fd, size, entry, sink, each, scratch, archives) {
  const file = entry.file;
  if (scratch && scratch.buf.length < SCRATCH_MAX) scratch.buf = Buffer.allocUnsafeSlow(SCRATCH_MAX);
  const buf = scratch?.buf ?? Buffer.allocUnsafe(SCRATCH_MAX);
  const at = { line: 0, column: 0 };
  let encoding = "utf8";
  let fileBom = 0;
  for (let k = 0; k * WINDOW2 < size; k++) {
    const from = Math.max(0, k * WINDOW2 - OVERLAP2);
    const to = Math.min(size, (k + 1) * WINDOW2 + OVERLAP2);
    const content = buf.subarray(0, readRange(fd, buf, to - from, from));
    if (k === 0) {
      const kind = archives && archives.maxDepth > 0 ? archiveKind(file, content) : void 0;
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
  const acceptEnd = Math.min(size, (k + 1) * WINDOW2);
  const last = acceptEnd >= size;
  return {
    first: k === 0,
    encoding,
    bom,
    acceptFrom: Math.max(0, (k * WINDOW2 - from - bom) / unit2),
    acceptTo: last ? Infinity : (acceptEnd - from - bom) / unit2,
    line: at.line,
    column: at.column,
    bytes: acceptEnd - k * WINDOW2,
    offset: from
  };
}
function nextWindow(content, window, k, from, at) {
  if (window.encoding === "binary") return;
  advance(content, window.bom, (k + 1) * WINDOW2 - OVERLAP2 - from, window.encoding === "utf8" ? void 0 : window.encoding, at);
}
var import_node_fs3, import_node_buffer3, O_RDONLY, O_NOFOLLOW, O_NONBLOCK, CHUNK, WINDOW2, OVERLAP2, Scratch, SCRATCH_MAX, TRACKED_OR_NO_GIT, UNTRACKED;
var init_read = __esm({
  "src/sources/tree/read.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_buffer3 = require("node:buffer");
    init_text2();
    init_kind();
    ({ O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = import_node_fs3.constants);
    CHUNK = 64 * 1024;
    WINDOW2 = 16 * 1024 * 1024;
    OVERLAP2 = 64 * 1024;
    Scratch = class {
      buf = Buffer.allocUnsafeSlow(256 * 1024);
    };
    SCRATCH_MAX = WINDOW2 + 2 * OVERLAP2;
    TRACKED_OR_NO_GIT = { kind: "tree" };
    UNTRACKED = { kind: "tree", git: "untracked" };
  }
});

// src/run/pool.ts
var pool_exports = {};
__export(pool_exports, {
  FilePool: () => FilePool,
  threadCount: () => threadCount,
  worthWorkers: () => worthWorkers
});
function worthWorkers(files, bytesPerFile = 0) {
  return files * (MS_PER_FILE + bytesPerFile / 1e6 * MS_PER_MB) >= PARALLEL_FROM_MS;
}
function threadCount(requested) {
  if (requested !== void 0) return Math.max(1, Math.floor(requested));
  return Math.min(MAX_THREADS, (0, import_node_os.availableParallelism)());
}
function workerUrl() {
  const url = new URL("./scan-worker.js", __bundle_url);
  return url.protocol === "file:" && (0, import_node_fs4.existsSync)((0, import_node_url.fileURLToPath)(url)) ? url : void 0;
}
var import_node_fs4, import_node_os, import_node_url, import_node_worker_threads, MAX_THREADS, PARALLEL_FROM_MS, MS_PER_FILE, MS_PER_MB, JUDGE_AFTER, BATCH, FilePool;
var init_pool = __esm({
  "src/run/pool.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_os = require("node:os");
    import_node_url = require("node:url");
    import_node_worker_threads = require("node:worker_threads");
    init_fragment();
    init_tally();
    init_batch();
    MAX_THREADS = 4;
    PARALLEL_FROM_MS = 500;
    MS_PER_FILE = 0.05;
    MS_PER_MB = 1;
    JUDGE_AFTER = 8;
    BATCH = 32;
    FilePool = class {
      constructor(requested, options, tally, onProgress, onMerged) {
        this.options = options;
        this.tally = tally;
        this.onProgress = onProgress;
        this.onMerged = onMerged;
        this.threads = threadCount(requested);
        this.url = this.threads > 1 ? workerUrl() : void 0;
        this.forced = requested !== void 0;
        this.live = { ...tally.stats, skipped: { ...tally.stats.skipped } };
      }
      options;
      tally;
      onProgress;
      onMerged;
      batches = [];
      current = [];
      results = [];
      done = 0;
      listed = 0;
      /** The next batch to scan while no worker runs (then the shared counter takes over). */
      next = 0;
      threads;
      url;
      forced;
      workers = [];
      claims;
      failure;
      /** Called when a result arrives or a worker fails, while `finish` waits. */
      wake;
      /** files and bytes so far, for the progress line. */
      live;
      /** Batches merged into the run's tally so far (always a prefix, in listing order). */
      merged = 0;
      /** Files as the source lists them, in order. */
      add(entries) {
        for (const entry of entries) {
          this.current.push(entry);
          if (this.current.length === BATCH) this.seal();
        }
        this.listed += entries.length;
        if (this.url && !this.workers.length && (this.forced || worthWorkers(this.listed))) this.start();
      }
      /** Close the batch being filled and post it to the workers. */
      seal() {
        if (!this.current.length) return;
        const index = this.batches.length;
        this.batches.push(this.current);
        this.current = [];
        if (this.workers.length) {
          const message = encodeBatch(index, this.batches[index]);
          for (const w of this.workers) w.postMessage(message);
        }
      }
      start() {
        this.claims = new Int32Array(new SharedArrayBuffer(4));
        this.claims[0] = this.next;
        const workerData = { ...this.options, claims: this.claims.buffer };
        for (let i = 1; i < this.threads; i++) {
          const worker = new import_node_worker_threads.Worker(this.url, { workerData });
          worker.on("message", (r) => this.record(r.index, r.tally));
          worker.on("error", (e) => this.fail(e));
          worker.on("exit", (code) => this.fail(new Error(`scan worker exited with code ${code}`)));
          this.workers.push(worker);
        }
        for (let index = 0; index < this.batches.length; index++) {
          const message = encodeBatch(index, this.batches[index]);
          for (const w of this.workers) w.postMessage(message);
        }
      }
      record(index, part) {
        this.results[index] = part;
        this.batches[index] = [];
        this.done++;
        this.live.files += part.stats.files;
        this.live.bytes += part.stats.bytes;
        this.onProgress?.(this.live);
        this.wake?.();
      }
      /**
       * Merge the finished batches that follow those merged already, in listing order, and tell the
       * driver (a finding is streamed as soon as its batch and every batch before it are done). Only
       * after the listing: the listing's own skips come first whichever thread is faster.
       */
      async mergeDone() {
        const from = this.merged;
        for (; this.merged < this.batches.length && this.results[this.merged]; this.merged++) {
          mergeTally(this.tally, this.results[this.merged]);
          this.results[this.merged] = void 0;
        }
        if (this.merged > from) await this.onMerged?.();
      }
      fail(e) {
        this.failure ??= e;
        this.wake?.();
      }
      /**
       * The listing is over: scan the batches no worker has claimed, wait for the workers' answers, and
       * merge every batch's tally into the run's, in listing order.
       */
      async finish() {
        this.seal();
        try {
          const total = this.batches.length;
          if (total) {
            const { readFragments: readFragments2, Scratch: Scratch2 } = await Promise.resolve().then(() => (init_read(), read_exports));
            const { maxFileSize, archives } = this.options;
            const scratch = new Scratch2();
            let files = 0;
            let bytes = 0;
            for (; ; ) {
              if (this.failure) throw this.failure;
              const index = this.claims ? Atomics.add(this.claims, 0, 1) : this.next++;
              if (index >= total) break;
              const batch = this.batches[index];
              const part = newTally();
              const sink = tallySink(part);
              for (const entry of batch) {
                const archive = readFragments2(entry, maxFileSize, sink, scratch, (fragment) => processFragment(fragment, this.options, part), archives);
                if (archive) await archive;
              }
              this.record(index, part);
              await this.mergeDone();
              files += batch.length;
              bytes += part.stats.bytes;
              if (this.url && !this.workers.length && index + 1 >= JUDGE_AFTER && worthWorkers(this.listed - files, bytes / files)) this.start();
              if (this.workers.length) await new Promise((resolve2) => setImmediate(resolve2));
            }
            while (this.done < total) {
              if (this.failure) throw this.failure;
              await new Promise((resolve2) => this.wake = resolve2);
              this.wake = void 0;
              await this.mergeDone();
            }
          }
          await this.mergeDone();
        } finally {
          await this.close();
        }
      }
      /** Stop the workers (after the scan, or when the listing failed). */
      async close() {
        const workers = this.workers;
        this.workers = [];
        await Promise.all(workers.map((w) => w.removeAllListeners("exit").terminate()));
      }
    };
  }
});

// src/verify/client.ts
function verifyOptions(baseUrl, timeoutMs = 1e4, budgetMs = 12e4) {
  return { baseUrl, timeoutMs, retries: 2, maxRetryWaitMs: 1e4, deadline: performance.now() + budgetMs };
}
function checkBaseUrl(value, source) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${source}: "${value}" is not a URL (example: https://api.openai.com)`);
  }
  if (url.username || url.password) throw new UsageError(`${source}: a verification URL cannot hold credentials`);
  if (url.protocol === "https:" || url.protocol === "http:" && LOOPBACK.has(url.hostname)) return url.href.replace(/\/+$/, "");
  throw new UsageError(`${source}: keys are only sent over https, or plain http to this machine (127.0.0.1, localhost); got ${url.protocol}//${url.host}`);
}
function resolveBaseUrl(flag, env = process.env) {
  if (flag) return checkBaseUrl(flag, "--verify-base-url");
  if (env[BASE_URL_ENV]) return checkBaseUrl(env[BASE_URL_ENV], BASE_URL_ENV);
  return DEFAULT_BASE_URL;
}
async function readCapped(res, max = MAX_BODY_BYTES) {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {
      });
      return void 0;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function errorOf(res) {
  try {
    const body = JSON.parse(await readCapped(res) ?? "");
    if (!body || typeof body !== "object" || !body.error || typeof body.error !== "object") return void 0;
    const text = (v) => typeof v === "string" ? fromOutside(v, 100) : void 0;
    return { code: text(body.error.code), type: text(body.error.type), message: text(body.error.message) };
  } catch {
    return void 0;
  }
}
function retryAfterMs(res) {
  const ms = Number(res.headers.get("retry-after-ms"));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const h = res.headers.get("retry-after");
  if (!h) return void 0;
  const s = Number(h);
  if (Number.isFinite(s)) return Math.max(0, s * 1e3);
  const at = Date.parse(h);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : void 0;
}
function withIds(v, res) {
  const header = (name) => {
    const value = res.headers.get(name);
    return value ? fromOutside(value, 100) : void 0;
  };
  const organization = header("openai-organization");
  const project = header("openai-project");
  return { ...v, ...organization ? { organization } : {}, ...project ? { project } : {} };
}
async function classify2(res) {
  const { status } = res;
  if (status === 200) {
    const body = await readCapped(res).catch(() => "");
    if (body === void 0) return { status: "error", detail: `HTTP 200 with a body larger than ${MAX_BODY_BYTES / 1024} KiB: not read (a proxy or portal in the way?)` };
    try {
      JSON.parse(body);
    } catch {
      return { status: "error", detail: "HTTP 200 with a body that is not JSON (a proxy or portal in the way?)" };
    }
    return withIds({ status: "live", detail: "the key works: revoke it now" }, res);
  }
  if (status >= 300 && status < 400) return { status: "error", detail: `HTTP ${status} redirect, not followed` };
  const err = await errorOf(res);
  if (status === 401) {
    if (err?.code === "invalid_api_key") return { status: "invalid", detail: "revoked or never valid" };
    return { status: "error", detail: `HTTP 401${err?.code ? ` ${err.code}` : ""}: could not tell (IP allow-list, organization membership?)` };
  }
  if (status === 403) {
    if (/insufficient permissions|missing scopes/i.test(err?.message ?? "")) return withIds({ status: "forbidden", detail: "the key works but is restricted: still revoke it" }, res);
    return { status: "error", detail: `HTTP 403${err?.code ? ` ${err.code}` : ""}: could not tell` };
  }
  if (status === 429) {
    if (QUOTA_CODES.has(err?.code ?? "") || QUOTA_CODES.has(err?.type ?? "")) return withIds({ status: "quota", detail: "the key works but has no credit: still revoke it" }, res);
    return "retry";
  }
  return { status: "error", detail: `HTTP ${status}: could not tell` };
}
async function verifyKey(key, rule, options) {
  const url = `${options.baseUrl}${rule.verifyPath}`;
  for (let attempt = 0; ; attempt++) {
    if (performance.now() > options.deadline) return { status: "error", detail: "not checked: the verification time budget ran out" };
    let res;
    try {
      res = await fetch(url, {
        method: "GET",
        headers: { authorization: `Bearer ${key}`, accept: "application/json", "user-agent": "openai-key-scan" },
        redirect: "manual",
        signal: AbortSignal.timeout(options.timeoutMs)
      });
    } catch (e) {
      const name = e?.name;
      const detail = name === "TimeoutError" || name === "AbortError" ? `no answer within ${options.timeoutMs / 1e3} s` : `network error (${e.cause?.code ?? name ?? "unknown"})`;
      return { status: "error", detail };
    }
    let result;
    try {
      result = await classify2(res);
    } catch {
      result = { status: "error", detail: `HTTP ${res.status} with an unreadable body` };
    }
    if (result !== "retry") return result;
    const wait = retryAfterMs(res) ?? 1e3 * 2 ** attempt;
    if (attempt >= options.retries || wait > options.maxRetryWaitMs || performance.now() + wait > options.deadline) {
      return { status: "error", detail: "rate limited (HTTP 429) and retries ran out: could not tell" };
    }
    await sleep(wait);
  }
}
var DEFAULT_BASE_URL, BASE_URL_ENV, LOOPBACK, MAX_BODY_BYTES, QUOTA_CODES, sleep;
var init_client = __esm({
  "src/verify/client.ts"() {
    "use strict";
    init_types();
    init_redact();
    DEFAULT_BASE_URL = "https://api.openai.com";
    BASE_URL_ENV = "OPENAI_KEY_SCAN_BASE_URL";
    LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);
    MAX_BODY_BYTES = 1024 * 1024;
    QUOTA_CODES = /* @__PURE__ */ new Set(["insufficient_quota", "billing_hard_limit_reached", "billing_not_active", "access_terminated"]);
    sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  }
});

// src/verify/index.ts
var verify_exports = {};
__export(verify_exports, {
  BASE_URL_ENV: () => BASE_URL_ENV,
  DEFAULT_BASE_URL: () => DEFAULT_BASE_URL,
  checkBaseUrl: () => checkBaseUrl,
  keyVerifier: () => keyVerifier,
  resolveBaseUrl: () => resolveBaseUrl,
  verifyFindings: () => verifyFindings
});
function keyVerifier(settings) {
  const options = verifyOptions(settings.baseUrl, settings.timeoutMs, settings.budgetMs);
  const budget = options.deadline - performance.now();
  options.deadline = Infinity;
  const limit = Math.max(1, settings.concurrency ?? 4);
  let active = 0;
  const waiting = [];
  const checks = /* @__PURE__ */ new Map();
  const check = async (key, ruleId) => {
    if (active < limit) active++;
    else await new Promise((r) => waiting.push(r));
    try {
      const rule = keyRule(ruleId);
      return rule ? await verifyKey(key, rule, options) : { status: "error", detail: `no key rule ${ruleId}` };
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
  return {
    async verify(f) {
      if (f.kind !== "key" || !f.secret) return;
      let answer = checks.get(f.secret);
      if (!answer) checks.set(f.secret, answer = check(f.secret, f.ruleId));
      const verification = await answer;
      f.verification = verification;
      if (verification.status === "live") f.severity = "critical";
      else if (verification.status === "invalid") f.severity = "low";
    },
    scanned() {
      options.deadline = performance.now() + budget;
    }
  };
}
async function verifyFindings(findings, settings) {
  const verifier = keyVerifier(settings);
  verifier.scanned();
  await Promise.all(findings.map((f) => verifier.verify(f)));
}
var init_verify = __esm({
  "src/verify/index.ts"() {
    "use strict";
    init_rules();
    init_client();
    init_client();
  }
});

// src/sources/git-index.ts
var git_index_exports = {};
__export(git_index_exports, {
  addedLines: () => addedLines,
  parseStagedDiff: () => parseStagedDiff,
  stagedFragments: () => stagedFragments,
  stagedSelection: () => stagedSelection,
  stagedSource: () => stagedSource
});
function parseStagedDiff(out) {
  let at = 0;
  const next = () => {
    const end = out.indexOf(0, at);
    if (end === -1) return void 0;
    const record = out.toString("utf8", at, end);
    at = end + 1;
    return record;
  };
  const entries = [];
  const wholeFiles = /* @__PURE__ */ new Set();
  while (out[at] === 58) {
    const meta = next();
    const [, newMode, , newSha, status] = meta.slice(1).split(" ");
    const letter = status[0];
    const first = next();
    const file = letter === "R" || letter === "C" ? next() : first;
    entries.push({ file, blob: newSha, mode: newMode, status: letter });
  }
  for (let record = next(); record; record = next()) {
    const m = /^(\S+)\t(\S+)\t([^]*)$/.exec(record);
    if (!m) continue;
    const file = m[3] ? m[3] : (next(), next());
    if (m[1] === "-") wholeFiles.add(file);
  }
  return { entries, wholeFiles, patch: out.subarray(at) };
}
function addedLines(patch) {
  const added = /* @__PURE__ */ new Map();
  let current;
  let body = 0;
  for (const line of patch.toString("utf8").split("\n")) {
    if (body > 0) {
      if (!line.startsWith("\\")) body--;
      continue;
    }
    if (line.startsWith("+++ ")) {
      const file = newPathOf(line);
      current = void 0;
      if (file === void 0) continue;
      current = added.get(file) ?? /* @__PURE__ */ new Set();
      added.set(file, current);
    } else if (line.startsWith("@@ ")) {
      const h = hunkHeader(line);
      if (!h) continue;
      body = h.oldCount + h.newCount;
      if (current) for (let n = h.newStart; n < h.newStart + h.newCount; n++) current.add(n);
    }
  }
  return added;
}
async function stagedSelection(cwd, files, root, started) {
  const [top, diff] = await Promise.all([root, started ? started.diff.then(settled) : stagedDiff(cwd, files)]);
  if (!top) throw new UsageError("not inside a git repository: run `openai-key-scan staged` in a repository, or `openai-key-scan <path>` to scan files");
  if (diff.code !== 0) throw gitFailure("git diff --cached", diff.code, diff.stderr);
  for (const f of files) {
    if (import_node_path7.default.relative(top, import_node_path7.default.resolve(cwd, f)).startsWith("..")) throw new UsageError(`${f} is outside the repository at ${top}`);
  }
  const { entries, wholeFiles, patch } = parseStagedDiff(diff.stdout);
  const selection = { root: top, entries, added: addedLines(patch), submodules: entries.filter((e) => e.mode === SUBMODULE).length, wholeFiles };
  return started?.blobs ? { ...selection, blobs: started.blobs } : selection;
}
async function* stagedFragments(selection, sink, maxFileSize = Infinity) {
  const readable = [];
  for (const e of selection.entries) {
    if (e.mode === SUBMODULE) continue;
    if (e.mode === SYMLINK) sink.skip("symlink", e.file);
    else readable.push(e);
  }
  let i = 0;
  for await (const { content } of readBlobs(selection.root, readable.map((e) => e.blob), selection.blobs)) {
    const entry = readable[i++];
    if (!content) {
      sink.skip("unreadable", entry.file, "git cat-file could not read the staged blob");
      continue;
    }
    if (content.length > maxFileSize) {
      sink.skip("tooLarge", entry.file, `${content.length} bytes`);
      continue;
    }
    yield { path: entry.file, content, origin: { kind: "staged" } };
  }
}
function stagedSource(selection, maxFileSize, allLines = false) {
  const added = (f) => selection.wholeFiles.has(f.file.split("!")[0]) || f.encoding === "binary" || selection.added.get(f.file)?.has(f.line) === true;
  return {
    mode: "staged",
    items: (sink) => stagedFragments(selection, sink, maxFileSize),
    ...allLines ? {} : { keep: added },
    finish(report) {
      const { files, skipped } = report.stats;
      const scannable = selection.entries.length - skipped.symlink - selection.submodules;
      if (scannable > 0 && files === 0 && skipped.binary + skipped.tooLarge < scannable) {
        throw new UsageError(`could not read any of the ${scannable} staged file(s) through git (${skipped.unreadable} unreadable): check \`git status\` and \`git fsck\`, then commit again`);
      }
    }
  };
}
var import_node_path7, SUBMODULE, SYMLINK;
var init_git_index = __esm({
  "src/sources/git-index.ts"() {
    "use strict";
    import_node_path7 = __toESM(require("node:path"), 1);
    init_types();
    init_git();
    init_git_spawn();
    SUBMODULE = "160000";
    SYMLINK = "120000";
  }
});

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}
var init_utils = __esm({
  "node_modules/@actions/core/lib/utils.js"() {
  }
});

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var os, CMD_STRING, Command;
var init_command = __esm({
  "node_modules/@actions/core/lib/command.js"() {
    os = __toESM(require("os"), 1);
    init_utils();
    CMD_STRING = "::";
    Command = class {
      constructor(command, properties, message) {
        if (!command) {
          command = "missing.command";
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
      }
      toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
          cmdStr += " ";
          let first = true;
          for (const key in this.properties) {
            if (this.properties.hasOwnProperty(key)) {
              const val = this.properties[key];
              if (val) {
                if (first) {
                  first = false;
                } else {
                  cmdStr += ",";
                }
                cmdStr += `${key}=${escapeProperty(val)}`;
              }
            }
          }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
      }
    };
  }
});

// node_modules/@actions/core/lib/file-command.js
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter3 = `ghadelimiter_${crypto2.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter3)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter3}"`);
  }
  if (convertedValue.includes(delimiter3)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter3}"`);
  }
  return `${key}<<${delimiter3}${os2.EOL}${convertedValue}${os2.EOL}${delimiter3}`;
}
var crypto2, fs, os2;
var init_file_command = __esm({
  "node_modules/@actions/core/lib/file-command.js"() {
    crypto2 = __toESM(require("crypto"), 1);
    fs = __toESM(require("fs"), 1);
    os2 = __toESM(require("os"), 1);
    init_utils();
  }
});

// src/action/no-http-client/index.ts
var HttpClient;
var init_no_http_client = __esm({
  "src/action/no-http-client/index.ts"() {
    "use strict";
    HttpClient = class {
      constructor() {
        throw new Error("openai-key-scan makes no HTTP requests through @actions/http-client");
      }
    };
  }
});

// src/action/no-http-client/lib/auth.ts
var BearerCredentialHandler;
var init_auth = __esm({
  "src/action/no-http-client/lib/auth.ts"() {
    "use strict";
    BearerCredentialHandler = class {
      constructor() {
        throw new Error("openai-key-scan makes no HTTP requests through @actions/http-client");
      }
    };
  }
});

// node_modules/@actions/core/lib/oidc-utils.js
var __awaiter, OidcClient;
var init_oidc_utils = __esm({
  "node_modules/@actions/core/lib/oidc-utils.js"() {
    init_no_http_client();
    init_auth();
    init_core();
    __awaiter = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve2) {
          resolve2(value);
        });
      }
      return new (P || (P = Promise))(function(resolve2, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    OidcClient = class _OidcClient {
      static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
          allowRetries: allowRetry,
          maxRetries: maxRetry
        };
        return new HttpClient("actions/oidc-client", [new BearerCredentialHandler(_OidcClient.getRequestToken())], requestOptions);
      }
      static getRequestToken() {
        const token = process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
        if (!token) {
          throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
        }
        return token;
      }
      static getIDTokenUrl() {
        const runtimeUrl = process.env["ACTIONS_ID_TOKEN_REQUEST_URL"];
        if (!runtimeUrl) {
          throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
        }
        return runtimeUrl;
      }
      static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
          var _a;
          const httpclient = _OidcClient.createHttpClient();
          const res = yield httpclient.getJson(id_token_url).catch((error2) => {
            throw new Error(`Failed to get ID Token. 
 
        Error Code : ${error2.statusCode}
 
        Error Message: ${error2.message}`);
          });
          const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
          if (!id_token) {
            throw new Error("Response json body do not have ID Token field");
          }
          return id_token;
        });
      }
      static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
          try {
            let id_token_url = _OidcClient.getIDTokenUrl();
            if (audience) {
              const encodedAudience = encodeURIComponent(audience);
              id_token_url = `${id_token_url}&audience=${encodedAudience}`;
            }
            debug(`ID token url is ${id_token_url}`);
            const id_token = yield _OidcClient.getCall(id_token_url);
            setSecret(id_token);
            return id_token;
          } catch (error2) {
            throw new Error(`Error message: ${error2.message}`);
          }
        });
      }
    };
  }
});

// node_modules/@actions/core/lib/summary.js
var import_os, import_fs, __awaiter2, access, appendFile, writeFile, SUMMARY_ENV_VAR, Summary, _summary, markdownSummary, summary;
var init_summary = __esm({
  "node_modules/@actions/core/lib/summary.js"() {
    import_os = require("os");
    import_fs = require("fs");
    __awaiter2 = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve2) {
          resolve2(value);
        });
      }
      return new (P || (P = Promise))(function(resolve2, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    ({ access, appendFile, writeFile } = import_fs.promises);
    SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
    Summary = class {
      constructor() {
        this._buffer = "";
      }
      /**
       * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
       * Also checks r/w permissions.
       *
       * @returns step summary file path
       */
      filePath() {
        return __awaiter2(this, void 0, void 0, function* () {
          if (this._filePath) {
            return this._filePath;
          }
          const pathFromEnv = process.env[SUMMARY_ENV_VAR];
          if (!pathFromEnv) {
            throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
          }
          try {
            yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
          } catch (_a) {
            throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
          }
          this._filePath = pathFromEnv;
          return this._filePath;
        });
      }
      /**
       * Wraps content in an HTML tag, adding any HTML attributes
       *
       * @param {string} tag HTML tag to wrap
       * @param {string | null} content content within the tag
       * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
       *
       * @returns {string} content wrapped in HTML element
       */
      wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
        if (!content) {
          return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
      }
      /**
       * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
       *
       * @param {SummaryWriteOptions} [options] (optional) options for write operation
       *
       * @returns {Promise<Summary>} summary instance
       */
      write(options) {
        return __awaiter2(this, void 0, void 0, function* () {
          const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
          const filePath = yield this.filePath();
          const writeFunc = overwrite ? writeFile : appendFile;
          yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
          return this.emptyBuffer();
        });
      }
      /**
       * Clears the summary buffer and wipes the summary file
       *
       * @returns {Summary} summary instance
       */
      clear() {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.emptyBuffer().write({ overwrite: true });
        });
      }
      /**
       * Returns the current summary buffer as a string
       *
       * @returns {string} string of summary buffer
       */
      stringify() {
        return this._buffer;
      }
      /**
       * If the summary buffer is empty
       *
       * @returns {boolen} true if the buffer is empty
       */
      isEmptyBuffer() {
        return this._buffer.length === 0;
      }
      /**
       * Resets the summary buffer without writing to summary file
       *
       * @returns {Summary} summary instance
       */
      emptyBuffer() {
        this._buffer = "";
        return this;
      }
      /**
       * Adds raw text to the summary buffer
       *
       * @param {string} text content to add
       * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
       *
       * @returns {Summary} summary instance
       */
      addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
      }
      /**
       * Adds the operating system-specific end-of-line marker to the buffer
       *
       * @returns {Summary} summary instance
       */
      addEOL() {
        return this.addRaw(import_os.EOL);
      }
      /**
       * Adds an HTML codeblock to the summary buffer
       *
       * @param {string} code content to render within fenced code block
       * @param {string} lang (optional) language to syntax highlight code
       *
       * @returns {Summary} summary instance
       */
      addCodeBlock(code, lang) {
        const attrs = Object.assign({}, lang && { lang });
        const element = this.wrap("pre", this.wrap("code", code), attrs);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML list to the summary buffer
       *
       * @param {string[]} items list of items to render
       * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
       *
       * @returns {Summary} summary instance
       */
      addList(items, ordered = false) {
        const tag = ordered ? "ol" : "ul";
        const listItems = items.map((item) => this.wrap("li", item)).join("");
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML table to the summary buffer
       *
       * @param {SummaryTableCell[]} rows table rows
       *
       * @returns {Summary} summary instance
       */
      addTable(rows) {
        const tableBody = rows.map((row) => {
          const cells = row.map((cell) => {
            if (typeof cell === "string") {
              return this.wrap("td", cell);
            }
            const { header, data, colspan, rowspan } = cell;
            const tag = header ? "th" : "td";
            const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
            return this.wrap(tag, data, attrs);
          }).join("");
          return this.wrap("tr", cells);
        }).join("");
        const element = this.wrap("table", tableBody);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds a collapsable HTML details element to the summary buffer
       *
       * @param {string} label text for the closed state
       * @param {string} content collapsable content
       *
       * @returns {Summary} summary instance
       */
      addDetails(label, content) {
        const element = this.wrap("details", this.wrap("summary", label) + content);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML image tag to the summary buffer
       *
       * @param {string} src path to the image you to embed
       * @param {string} alt text description of the image
       * @param {SummaryImageOptions} options (optional) addition image attributes
       *
       * @returns {Summary} summary instance
       */
      addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
        const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML section heading element
       *
       * @param {string} text heading text
       * @param {number | string} [level=1] (optional) the heading level, default: 1
       *
       * @returns {Summary} summary instance
       */
      addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML thematic break (<hr>) to the summary buffer
       *
       * @returns {Summary} summary instance
       */
      addSeparator() {
        const element = this.wrap("hr", null);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML line break (<br>) to the summary buffer
       *
       * @returns {Summary} summary instance
       */
      addBreak() {
        const element = this.wrap("br", null);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML blockquote to the summary buffer
       *
       * @param {string} text quote text
       * @param {string} cite (optional) citation url
       *
       * @returns {Summary} summary instance
       */
      addQuote(text, cite) {
        const attrs = Object.assign({}, cite && { cite });
        const element = this.wrap("blockquote", text, attrs);
        return this.addRaw(element).addEOL();
      }
      /**
       * Adds an HTML anchor tag to the summary buffer
       *
       * @param {string} text link text/content
       * @param {string} href hyperlink
       *
       * @returns {Summary} summary instance
       */
      addLink(text, href) {
        const element = this.wrap("a", text, { href });
        return this.addRaw(element).addEOL();
      }
    };
    _summary = new Summary();
    markdownSummary = _summary;
    summary = _summary;
  }
});

// node_modules/@actions/core/lib/path-utils.js
function toPosixPath(pth) {
  return pth.replace(/[\\]/g, "/");
}
function toWin32Path(pth) {
  return pth.replace(/[/]/g, "\\");
}
function toPlatformPath(pth) {
  return pth.replace(/[/\\]/g, path9.sep);
}
var path9;
var init_path_utils = __esm({
  "node_modules/@actions/core/lib/path-utils.js"() {
    path9 = __toESM(require("path"), 1);
  }
});

// node_modules/@actions/io/lib/io-util.js
function exists(fsPath) {
  return __awaiter3(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err) {
      if (err.code === "ENOENT") {
        return false;
      }
      throw err;
    }
    return true;
  });
}
function isRooted(p) {
  p = normalizeSeparators(p);
  if (!p) {
    throw new Error('isRooted() parameter "p" cannot be empty');
  }
  if (IS_WINDOWS) {
    return p.startsWith("\\") || /^[A-Z]:/i.test(p);
  }
  return p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return __awaiter3(this, void 0, void 0, function* () {
    let stats = void 0;
    try {
      stats = yield stat(filePath);
    } catch (err) {
      if (err.code !== "ENOENT") {
        console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
      }
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = path10.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt)) {
          return filePath;
        }
      } else {
        if (isUnixExecutable(stats)) {
          return filePath;
        }
      }
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension;
      stats = void 0;
      try {
        stats = yield stat(filePath);
      } catch (err) {
        if (err.code !== "ENOENT") {
          console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
        }
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = path10.dirname(filePath);
            const upperName = path10.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path10.join(directory, actualName);
                break;
              }
            }
          } catch (err) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
          }
          return filePath;
        } else {
          if (isUnixExecutable(stats)) {
            return filePath;
          }
        }
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    return p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}
var fs2, path10, __awaiter3, chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink, IS_WINDOWS, READONLY;
var init_io_util = __esm({
  "node_modules/@actions/io/lib/io-util.js"() {
    fs2 = __toESM(require("fs"), 1);
    path10 = __toESM(require("path"), 1);
    __awaiter3 = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve2) {
          resolve2(value);
        });
      }
      return new (P || (P = Promise))(function(resolve2, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    ({ chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises);
    IS_WINDOWS = process.platform === "win32";
    READONLY = fs2.constants.O_RDONLY;
  }
});

// node_modules/@actions/io/lib/io.js
function which(tool, check) {
  return __awaiter4(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    if (check) {
      const result = yield which(tool, false);
      if (!result) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result;
    }
    const matches = yield findInPath(tool);
    if (matches && matches.length > 0) {
      return matches[0];
    }
    return "";
  });
}
function findInPath(tool) {
  return __awaiter4(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    const extensions = [];
    if (IS_WINDOWS && process.env["PATHEXT"]) {
      for (const extension of process.env["PATHEXT"].split(path11.delimiter)) {
        if (extension) {
          extensions.push(extension);
        }
      }
    }
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      if (filePath) {
        return [filePath];
      }
      return [];
    }
    if (tool.includes(path11.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path11.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path11.join(directory, tool), extensions);
      if (filePath) {
        matches.push(filePath);
      }
    }
    return matches;
  });
}
var path11, __awaiter4;
var init_io = __esm({
  "node_modules/@actions/io/lib/io.js"() {
    path11 = __toESM(require("path"), 1);
    init_io_util();
    __awaiter4 = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve2) {
          resolve2(value);
        });
      }
      return new (P || (P = Promise))(function(resolve2, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
  }
});

// node_modules/@actions/exec/lib/toolrunner.js
function argStringToArray(argString) {
  const args = [];
  let inQuotes = false;
  let escaped = false;
  let arg = "";
  function append(c) {
    if (escaped && c !== '"') {
      arg += "\\";
    }
    arg += c;
    escaped = false;
  }
  for (let i = 0; i < argString.length; i++) {
    const c = argString.charAt(i);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append(c);
      continue;
    }
    if (c === "\\" && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === " " && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = "";
      }
      continue;
    }
    append(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}
var os3, events, child, path12, import_timers, __awaiter5, IS_WINDOWS2, ToolRunner, ExecState;
var init_toolrunner = __esm({
  "node_modules/@actions/exec/lib/toolrunner.js"() {
    os3 = __toESM(require("os"), 1);
    events = __toESM(require("events"), 1);
    child = __toESM(require("child_process"), 1);
    path12 = __toESM(require("path"), 1);
    init_io();
    init_io_util();
    import_timers = require("timers");
    __awaiter5 = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve2) {
          resolve2(value);
        });
      }
      return new (P || (P = Promise))(function(resolve2, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    IS_WINDOWS2 = process.platform === "win32";
    ToolRunner = class extends events.EventEmitter {
      constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
          throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
      }
      _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
          this.options.listeners.debug(message);
        }
      }
      _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? "" : "[command]";
        if (IS_WINDOWS2) {
          if (this._isCmdFile()) {
            cmd += toolPath;
            for (const a of args) {
              cmd += ` ${a}`;
            }
          } else if (options.windowsVerbatimArguments) {
            cmd += `"${toolPath}"`;
            for (const a of args) {
              cmd += ` ${a}`;
            }
          } else {
            cmd += this._windowsQuoteCmdArg(toolPath);
            for (const a of args) {
              cmd += ` ${this._windowsQuoteCmdArg(a)}`;
            }
          }
        } else {
          cmd += toolPath;
          for (const a of args) {
            cmd += ` ${a}`;
          }
        }
        return cmd;
      }
      _processLineBuffer(data, strBuffer, onLine) {
        try {
          let s = strBuffer + data.toString();
          let n = s.indexOf(os3.EOL);
          while (n > -1) {
            const line = s.substring(0, n);
            onLine(line);
            s = s.substring(n + os3.EOL.length);
            n = s.indexOf(os3.EOL);
          }
          return s;
        } catch (err) {
          this._debug(`error processing line. Failed with error ${err}`);
          return "";
        }
      }
      _getSpawnFileName() {
        if (IS_WINDOWS2) {
          if (this._isCmdFile()) {
            return process.env["COMSPEC"] || "cmd.exe";
          }
        }
        return this.toolPath;
      }
      _getSpawnArgs(options) {
        if (IS_WINDOWS2) {
          if (this._isCmdFile()) {
            let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
            for (const a of this.args) {
              argline += " ";
              argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
            }
            argline += '"';
            return [argline];
          }
        }
        return this.args;
      }
      _endsWith(str, end) {
        return str.endsWith(end);
      }
      _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
      }
      _windowsQuoteCmdArg(arg) {
        if (!this._isCmdFile()) {
          return this._uvQuoteCmdArg(arg);
        }
        if (!arg) {
          return '""';
        }
        const cmdSpecialChars = [
          " ",
          "	",
          "&",
          "(",
          ")",
          "[",
          "]",
          "{",
          "}",
          "^",
          "=",
          ";",
          "!",
          "'",
          "+",
          ",",
          "`",
          "~",
          "|",
          "<",
          ">",
          '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
          if (cmdSpecialChars.some((x) => x === char)) {
            needsQuotes = true;
            break;
          }
        }
        if (!needsQuotes) {
          return arg;
        }
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
          reverse += arg[i - 1];
          if (quoteHit && arg[i - 1] === "\\") {
            reverse += "\\";
          } else if (arg[i - 1] === '"') {
            quoteHit = true;
            reverse += '"';
          } else {
            quoteHit = false;
          }
        }
        reverse += '"';
        return reverse.split("").reverse().join("");
      }
      _uvQuoteCmdArg(arg) {
        if (!arg) {
          return '""';
        }
        if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"')) {
          return arg;
        }
        if (!arg.includes('"') && !arg.includes("\\")) {
          return `"${arg}"`;
        }
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
          reverse += arg[i - 1];
          if (quoteHit && arg[i - 1] === "\\") {
            reverse += "\\";
          } else if (arg[i - 1] === '"') {
            quoteHit = true;
            reverse += "\\";
          } else {
            quoteHit = false;
          }
        }
        reverse += '"';
        return reverse.split("").reverse().join("");
      }
      _cloneExecOptions(options) {
        options = options || {};
        const result = {
          cwd: options.cwd || process.cwd(),
          env: options.env || process.env,
          silent: options.silent || false,
          windowsVerbatimArguments: options.windowsVerbatimArguments || false,
          failOnStdErr: options.failOnStdErr || false,
          ignoreReturnCode: options.ignoreReturnCode || false,
          delay: options.delay || 1e4
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
      }
      _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
          result.argv0 = `"${toolPath}"`;
        }
        return result;
      }
      /**
       * Exec a tool.
       * Output will be streamed to the live console.
       * Returns promise with return code
       *
       * @param     tool     path to tool to exec
       * @param     options  optional exec options.  See ExecOptions
       * @returns   number
       */
      exec() {
        return __awaiter5(this, void 0, void 0, function* () {
          if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS2 && this.toolPath.includes("\\"))) {
            this.toolPath = path12.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
          }
          this.toolPath = yield which(this.toolPath, true);
          return new Promise((resolve2, reject) => __awaiter5(this, void 0, void 0, function* () {
            this._debug(`exec tool: ${this.toolPath}`);
            this._debug("arguments:");
            for (const arg of this.args) {
              this._debug(`   ${arg}`);
            }
            const optionsNonNull = this._cloneExecOptions(this.options);
            if (!optionsNonNull.silent && optionsNonNull.outStream) {
              optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os3.EOL);
            }
            const state = new ExecState(optionsNonNull, this.toolPath);
            state.on("debug", (message) => {
              this._debug(message);
            });
            if (this.options.cwd && !(yield exists(this.options.cwd))) {
              return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
            }
            const fileName = this._getSpawnFileName();
            const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
            let stdbuffer = "";
            if (cp.stdout) {
              cp.stdout.on("data", (data) => {
                if (this.options.listeners && this.options.listeners.stdout) {
                  this.options.listeners.stdout(data);
                }
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                  optionsNonNull.outStream.write(data);
                }
                stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                  if (this.options.listeners && this.options.listeners.stdline) {
                    this.options.listeners.stdline(line);
                  }
                });
              });
            }
            let errbuffer = "";
            if (cp.stderr) {
              cp.stderr.on("data", (data) => {
                state.processStderr = true;
                if (this.options.listeners && this.options.listeners.stderr) {
                  this.options.listeners.stderr(data);
                }
                if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
                  const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
                  s.write(data);
                }
                errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                  if (this.options.listeners && this.options.listeners.errline) {
                    this.options.listeners.errline(line);
                  }
                });
              });
            }
            cp.on("error", (err) => {
              state.processError = err.message;
              state.processExited = true;
              state.processClosed = true;
              state.CheckComplete();
            });
            cp.on("exit", (code) => {
              state.processExitCode = code;
              state.processExited = true;
              this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
              state.CheckComplete();
            });
            cp.on("close", (code) => {
              state.processExitCode = code;
              state.processExited = true;
              state.processClosed = true;
              this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
              state.CheckComplete();
            });
            state.on("done", (error2, exitCode) => {
              if (stdbuffer.length > 0) {
                this.emit("stdline", stdbuffer);
              }
              if (errbuffer.length > 0) {
                this.emit("errline", errbuffer);
              }
              cp.removeAllListeners();
              if (error2) {
                reject(error2);
              } else {
                resolve2(exitCode);
              }
            });
            if (this.options.input) {
              if (!cp.stdin) {
                throw new Error("child process missing stdin");
              }
              cp.stdin.end(this.options.input);
            }
          }));
        });
      }
    };
    ExecState = class _ExecState extends events.EventEmitter {
      constructor(options, toolPath) {
        super();
        this.processClosed = false;
        this.processError = "";
        this.processExitCode = 0;
        this.processExited = false;
        this.processStderr = false;
        this.delay = 1e4;
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
          throw new Error("toolPath must not be empty");
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
          this.delay = options.delay;
        }
      }
      CheckComplete() {
        if (this.done) {
          return;
        }
        if (this.processClosed) {
          this._setResult();
        } else if (this.processExited) {
          this.timeout = (0, import_timers.setTimeout)(_ExecState.HandleTimeout, this.delay, this);
        }
      }
      _debug(message) {
        this.emit("debug", message);
      }
      _setResult() {
        let error2;
        if (this.processExited) {
          if (this.processError) {
            error2 = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
          } else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
            error2 = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
          } else if (this.processStderr && this.options.failOnStdErr) {
            error2 = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
          }
        }
        if (this.timeout) {
          clearTimeout(this.timeout);
          this.timeout = null;
        }
        this.done = true;
        this.emit("done", error2, this.processExitCode);
      }
      static HandleTimeout(state) {
        if (state.done) {
          return;
        }
        if (!state.processClosed && state.processExited) {
          const message = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
          state._debug(message);
        }
        state._setResult();
      }
    };
  }
});

// node_modules/@actions/exec/lib/exec.js
function exec(commandLine, args, options) {
  return __awaiter6(this, void 0, void 0, function* () {
    const commandArgs = argStringToArray(commandLine);
    if (commandArgs.length === 0) {
      throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
    }
    const toolPath = commandArgs[0];
    args = commandArgs.slice(1).concat(args || []);
    const runner = new ToolRunner(toolPath, args, options);
    return runner.exec();
  });
}
function getExecOutput(commandLine, args, options) {
  return __awaiter6(this, void 0, void 0, function* () {
    var _a, _b;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new import_string_decoder.StringDecoder("utf8");
    const stderrDecoder = new import_string_decoder.StringDecoder("utf8");
    const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
    const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
    const stdErrListener = (data) => {
      stderr += stderrDecoder.write(data);
      if (originalStdErrListener) {
        originalStdErrListener(data);
      }
    };
    const stdOutListener = (data) => {
      stdout += stdoutDecoder.write(data);
      if (originalStdoutListener) {
        originalStdoutListener(data);
      }
    };
    const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
    const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
    stdout += stdoutDecoder.end();
    stderr += stderrDecoder.end();
    return {
      exitCode,
      stdout,
      stderr
    };
  });
}
var import_string_decoder, __awaiter6;
var init_exec = __esm({
  "node_modules/@actions/exec/lib/exec.js"() {
    import_string_decoder = require("string_decoder");
    init_toolrunner();
    __awaiter6 = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve2) {
          resolve2(value);
        });
      }
      return new (P || (P = Promise))(function(resolve2, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
  }
});

// node_modules/@actions/core/lib/platform.js
var platform_exports = {};
__export(platform_exports, {
  arch: () => arch,
  getDetails: () => getDetails,
  isLinux: () => isLinux,
  isMacOS: () => isMacOS,
  isWindows: () => isWindows,
  platform: () => platform
});
function getDetails() {
  return __awaiter7(this, void 0, void 0, function* () {
    return Object.assign(Object.assign({}, yield isWindows ? getWindowsInfo() : isMacOS ? getMacOsInfo() : getLinuxInfo()), {
      platform,
      arch,
      isWindows,
      isMacOS,
      isLinux
    });
  });
}
var import_os2, __awaiter7, getWindowsInfo, getMacOsInfo, getLinuxInfo, platform, arch, isWindows, isMacOS, isLinux;
var init_platform = __esm({
  "node_modules/@actions/core/lib/platform.js"() {
    import_os2 = __toESM(require("os"), 1);
    init_exec();
    __awaiter7 = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve2) {
          resolve2(value);
        });
      }
      return new (P || (P = Promise))(function(resolve2, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    getWindowsInfo = () => __awaiter7(void 0, void 0, void 0, function* () {
      const { stdout: version } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', void 0, {
        silent: true
      });
      const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', void 0, {
        silent: true
      });
      return {
        name: name.trim(),
        version: version.trim()
      };
    });
    getMacOsInfo = () => __awaiter7(void 0, void 0, void 0, function* () {
      var _a, _b, _c, _d;
      const { stdout } = yield getExecOutput("sw_vers", void 0, {
        silent: true
      });
      const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : "";
      const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : "";
      return {
        name,
        version
      };
    });
    getLinuxInfo = () => __awaiter7(void 0, void 0, void 0, function* () {
      const { stdout } = yield getExecOutput("lsb_release", ["-i", "-r", "-s"], {
        silent: true
      });
      const [name, version] = stdout.trim().split("\n");
      return {
        name,
        version
      };
    });
    platform = import_os2.default.platform();
    arch = import_os2.default.arch();
    isWindows = platform === "win32";
    isMacOS = platform === "darwin";
    isLinux = platform === "linux";
  }
});

// node_modules/@actions/core/lib/core.js
var core_exports = {};
__export(core_exports, {
  ExitCode: () => ExitCode,
  addPath: () => addPath,
  debug: () => debug,
  endGroup: () => endGroup,
  error: () => error,
  exportVariable: () => exportVariable,
  getBooleanInput: () => getBooleanInput,
  getIDToken: () => getIDToken,
  getInput: () => getInput,
  getMultilineInput: () => getMultilineInput,
  getState: () => getState,
  group: () => group,
  info: () => info,
  isDebug: () => isDebug,
  markdownSummary: () => markdownSummary,
  notice: () => notice,
  platform: () => platform_exports,
  saveState: () => saveState,
  setCommandEcho: () => setCommandEcho,
  setFailed: () => setFailed,
  setOutput: () => setOutput,
  setSecret: () => setSecret,
  startGroup: () => startGroup,
  summary: () => summary,
  toPlatformPath: () => toPlatformPath,
  toPosixPath: () => toPosixPath,
  toWin32Path: () => toWin32Path,
  warning: () => warning
});
function exportVariable(name, val) {
  const convertedVal = toCommandValue(val);
  process.env[name] = convertedVal;
  const filePath = process.env["GITHUB_ENV"] || "";
  if (filePath) {
    return issueFileCommand("ENV", prepareKeyValueMessage(name, val));
  }
  issueCommand("set-env", { name }, convertedVal);
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path13.delimiter}${process.env["PATH"]}`;
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function getBooleanInput(name, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os5.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setCommandEcho(enabled) {
  issue("echo", enabled ? "on" : "off");
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os5.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter8(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}
function getIDToken(aud) {
  return __awaiter8(this, void 0, void 0, function* () {
    return yield OidcClient.getIDToken(aud);
  });
}
var os5, path13, __awaiter8, ExitCode;
var init_core = __esm({
  "node_modules/@actions/core/lib/core.js"() {
    init_command();
    init_file_command();
    init_utils();
    os5 = __toESM(require("os"), 1);
    path13 = __toESM(require("path"), 1);
    init_oidc_utils();
    init_summary();
    init_summary();
    init_path_utils();
    init_platform();
    __awaiter8 = function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve2) {
          resolve2(value);
        });
      }
      return new (P || (P = Promise))(function(resolve2, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    (function(ExitCode2) {
      ExitCode2[ExitCode2["Success"] = 0] = "Success";
      ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
    })(ExitCode || (ExitCode = {}));
  }
});

// src/report/github.ts
var github_exports = {};
__export(github_exports, {
  MAX_ANNOTATIONS: () => MAX_ANNOTATIONS,
  SUMMARY_BUDGET: () => SUMMARY_BUDGET,
  emitGithub: () => emitGithub,
  rowsWithin: () => rowsWithin,
  summaryRows: () => summaryRows
});
function rowsWithin(rows, budget) {
  let used = 0;
  for (let i = 0; i < rows.length; i++) {
    used += rows[i].reduce((n, cell) => n + Buffer.byteLength(cell) + 9, 9);
    if (used > budget) return { rows: rows.slice(0, i), omitted: rows.length - i };
  }
  return { rows, omitted: 0 };
}
function bySeverity(a, b) {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.file.localeCompare(b.file) || a.line - b.line;
}
function html(s) {
  return printable(s).replace(/[&<>"'|`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function annotationFile(file) {
  return file.split(/(\r|\n)/).map((part) => part === "\r" || part === "\n" ? part : printable(part)).join("");
}
function summaryRows(report) {
  return [...report.findings].sort(bySeverity).map((f) => [
    f.severity,
    html(f.ruleId),
    html(`${f.file}:${f.line}`),
    f.commit ? html(f.commit.slice(0, 12)) : NONE,
    html(f.redacted),
    f.verification?.status ?? "unchecked"
  ]);
}
async function emitGithub(report) {
  const core = await Promise.resolve().then(() => (init_core(), core_exports));
  const sorted = [...report.findings].sort(bySeverity);
  for (const f of sorted.slice(0, MAX_ANNOTATIONS)) {
    const place = placeOf(f);
    const where = `${placeNote(f, place)}${f.commit ? ` (added in ${f.commit.slice(0, 12)})` : ""}`;
    const text = f.kind === "risk" ? `${f.message} (${f.redacted}${where})` : `${f.message}: ${f.redacted}${where}. Revoke it at https://platform.openai.com/api-keys and load it from a secret instead.`;
    const region = place.region ?? { startLine: 1 };
    core[f.kind === "risk" ? "warning" : KIND[f.severity]](printable(text), {
      title: `${f.ruleId} (${f.severity})`,
      file: annotationFile(place.file),
      ...region
    });
  }
  for (const f of (report.suppressed ?? []).filter((x) => x.suppressed?.inChange).slice(0, 3)) {
    core.warning(`${f.ruleId} ${f.redacted} is suppressed by ${f.suppressed.by} added in this same change: review it`, { title: "suppressed in this change", file: annotationFile(f.file), startLine: f.line });
  }
  if (sorted.length > MAX_ANNOTATIONS) {
    core.warning(`${sorted.length - MAX_ANNOTATIONS} more finding(s) are not annotated (GitHub shows at most ${MAX_ANNOTATIONS} per step): see the job summary for all ${sorted.length}.`);
  }
  for (const w of report.warnings.filter((x) => x.code === "shallow-history")) core.warning(w.message, { title: "incomplete history" });
  if (process.env.GITHUB_STEP_SUMMARY) {
    const s = core.summary.addHeading("openai-key-scan", 2);
    if (!sorted.length) s.addRaw(`No OpenAI keys found (${report.mode} scan, ${report.stats.files} file(s)).`, true);
    else {
      s.addRaw(`${sorted.length} finding(s) in the ${report.mode} scan. Revoke every key at https://platform.openai.com/api-keys, then remove it from the code.`, true);
      const table2 = rowsWithin(summaryRows(report), SUMMARY_BUDGET);
      s.addTable([
        [
          { data: "Severity", header: true },
          { data: "Rule", header: true },
          { data: "File:line", header: true },
          { data: "Commit", header: true },
          { data: "Key", header: true },
          { data: "Verification", header: true }
        ],
        ...table2.rows
      ]);
      if (table2.omitted) s.addRaw(`${table2.omitted} more finding(s) left out of this table, which lists the most severe first (GitHub caps a job summary at 1 MiB): the SARIF file or the JSON format has all ${sorted.length}.`, true);
    }
    const inChange = (report.suppressed ?? []).filter((f) => f.suppressed?.inChange);
    if (inChange.length) {
      s.addHeading("Suppressed in this change", 3);
      s.addRaw("This change adds these keys and also the allow comment, config entry or baseline entry that silences them. Review both.", true);
      const suppressedRows = rowsWithin(
        inChange.map((f) => [html(f.ruleId), html(`${f.file}:${f.line}`), f.commit ? html(f.commit.slice(0, 12)) : NONE, html(f.redacted), html(`${f.suppressed.by}${f.suppressed.reason ? `: ${f.suppressed.reason}` : ""}`)]),
        SUPPRESSED_BUDGET
      );
      s.addTable([
        [
          { data: "Rule", header: true },
          { data: "File:line", header: true },
          { data: "Commit", header: true },
          { data: "Key", header: true },
          { data: "Suppressed by", header: true }
        ],
        ...suppressedRows.rows
      ]);
      if (suppressedRows.omitted) s.addRaw(`${suppressedRows.omitted} more suppressed in this change are not listed (GitHub caps a job summary at 1 MiB).`, true);
    }
    const notes = report.warnings.filter((w) => SUMMARY_WARNINGS.has(w.code));
    for (const w of notes.slice(0, MAX_SUMMARY_WARNINGS)) s.addRaw(`\u26A0\uFE0F ${html(w.message)}`, true);
    if (notes.length > MAX_SUMMARY_WARNINGS) s.addRaw(`\u26A0\uFE0F ${notes.length - MAX_SUMMARY_WARNINGS} more warning(s) in the log.`, true);
    await s.write();
  }
}
var MAX_ANNOTATIONS, SUMMARY_BUDGET, SUPPRESSED_BUDGET, MAX_SUMMARY_WARNINGS, KIND, NONE, SUMMARY_WARNINGS;
var init_github = __esm({
  "src/report/github.ts"() {
    "use strict";
    init_types();
    init_text();
    init_place();
    MAX_ANNOTATIONS = 10;
    SUMMARY_BUDGET = 768 * 1024;
    SUPPRESSED_BUDGET = 128 * 1024;
    MAX_SUMMARY_WARNINGS = 20;
    KIND = { critical: "error", high: "error", medium: "warning", low: "notice" };
    NONE = "\u2013";
    SUMMARY_WARNINGS = /* @__PURE__ */ new Set(["changed-in-pull-request", "stale-allow", "shallow-history", "unparsed-commit"]);
  }
});

// src/cli/hook.ts
var hook_exports = {};
__export(hook_exports, {
  hookArgs: () => hookArgs,
  runHook: () => runHook
});
module.exports = __toCommonJS(hook_exports);

// src/cli/options.ts
init_types();
init_policy();

// src/report/gitlab.ts
init_fingerprint();
init_rules();
init_redact();
init_text();
var GITLAB_SCHEMA_VERSION = "15.2.1";
var GITLAB_SCHEMA_URL = `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/secret-detection-report-format.json`;
var SEVERITY = { critical: "Critical", high: "High", medium: "Medium", low: "Low" };
var NO_COMMIT = "0000000";
function gitlabTime(ms) {
  return new Date(ms).toISOString().slice(0, 19);
}
function placeHash(f) {
  return sha256Hex(`${f.ruleId}\0${f.fingerprint}\0${f.file}\0${f.line}\0${f.column}\0${f.commit ?? ""}`);
}
function findingId(f) {
  const h = placeHash(f);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
function identifier(ruleId) {
  const rule = ruleById(ruleId);
  return {
    type: "openai_key_scan_rule_id",
    name: rule?.title ?? ruleId,
    value: ruleId,
    ...rule ? { url: docsUrl(rule) } : {}
  };
}
function toGitlabReport(report, opts = {}) {
  const end = opts.now ?? Date.now();
  const tool = { id: report.tool.name, name: report.tool.name, version: report.tool.version, url: README_URL, vendor: { name: report.tool.name } };
  const vulnerabilities = report.findings.map((f) => {
    const rule = ruleById(f.ruleId);
    const steps2 = rule?.kind === "risk" ? [rule.fix] : KEY_STEPS;
    return {
      id: findingId(f),
      name: rule?.title ?? f.ruleId,
      description: f.message,
      severity: SEVERITY[f.severity],
      solution: steps2.join(" "),
      identifiers: [identifier(f.ruleId)],
      location: {
        file: f.file,
        start_line: f.line,
        end_line: f.line,
        commit: {
          sha: f.commit ?? opts.headCommit ?? NO_COMMIT,
          ...f.author !== void 0 ? { author: maskText(f.author) } : {},
          ...f.date !== void 0 ? { date: f.date } : {}
        }
      },
      raw_source_code_extract: f.redacted,
      ...rule ? { links: [{ name: `${f.ruleId} in the openai-key-scan README`, url: docsUrl(rule) }] } : {}
    };
  });
  return {
    version: GITLAB_SCHEMA_VERSION,
    schema: GITLAB_SCHEMA_URL,
    scan: {
      analyzer: tool,
      scanner: tool,
      type: "secret_detection",
      start_time: gitlabTime(end - report.stats.durationMs),
      end_time: gitlabTime(end),
      status: "success",
      messages: report.warnings.map((w) => ({ level: "warn", value: maskText(w.message) || w.code })),
      primary_identifiers: RULES.map((r) => identifier(r.id))
    },
    vulnerabilities
  };
}
function toGitlab(report, opts = {}) {
  return JSON.stringify(toGitlabReport(report, opts), null, 2) + "\n";
}
var QUALITY_SEVERITY = { critical: "blocker", high: "critical", medium: "major", low: "minor" };
function toCodeQualityReport(report) {
  return report.findings.map((f) => ({
    type: "issue",
    check_name: f.ruleId,
    description: `${maskText(f.message)} (${f.redacted}${f.commit ? `, commit ${f.commit.slice(0, 12)}` : ""})`,
    categories: ["Security"],
    fingerprint: placeHash(f).slice(0, 32),
    severity: QUALITY_SEVERITY[f.severity],
    location: { path: f.file, lines: { begin: f.line } }
  }));
}
function toCodeQuality(report) {
  return JSON.stringify(toCodeQualityReport(report), null, 2) + "\n";
}

// src/report/index.ts
init_json();
init_jsonl();

// src/report/sarif.ts
init_rules();
init_redact();
init_place();
init_text();
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
var SCORE = { critical: "9.5", high: "8.0", medium: "5.0", low: "2.0" };
function levelOf(kind, severity) {
  return kind === "risk" ? "warning" : LEVEL[severity];
}
function steps(rule) {
  return rule.kind === "key" ? KEY_STEPS : [rule.fix];
}
function sarifRule(rule) {
  const todo = steps(rule).map((s, i) => `${i + 1}. ${s}`).join("\n");
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    helpUri: docsUrl(rule),
    help: {
      text: `${rule.description}

What to do:
${todo}

${docsUrl(rule)}`,
      markdown: `${rule.description}

**What to do:**

${todo}

[${rule.id} in the openai-key-scan README](${docsUrl(rule)})`
    },
    defaultConfiguration: { level: levelOf(rule.kind, rule.severity) },
    properties: { tags: ["security", "secret", "openai", rule.kind], "security-severity": SCORE[rule.severity] }
  };
}
function uri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function automationId(report) {
  return `${report.tool.name}/${report.mode}/`;
}
function toSarifLog(report) {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const results = report.findings.map((f) => {
    const place = placeOf(f);
    return {
      ruleId: f.ruleId,
      ...index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {},
      level: levelOf(f.kind, f.severity),
      message: {
        text: `${f.message}${placeNote(f, place)} (${f.redacted}${f.verification ? `, ${f.verification.status}` : ""}${f.commit ? `, added in ${f.commit.slice(0, 12)}` : ""})`
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(place.file), uriBaseId: "%SRCROOT%" },
            // An archive member or binary content: the outer file, line 1 (GitHub needs a line).
            region: place.region ?? { startLine: 1 }
          }
        }
      ],
      partialFingerprints: { "openaiKeyFingerprint/v1": `${f.fingerprint}:${f.file}` },
      properties: {
        severity: f.severity,
        redacted: f.redacted,
        encoding: f.encoding,
        ...f.commit ? { commit: f.commit } : {},
        ...f.exposure?.length ? { exposure: f.exposure } : {},
        verification: f.verification?.status ?? "unchecked",
        ...f.file !== place.file ? { file: maskText(f.file) } : {},
        ...f.offset !== void 0 ? { offset: f.offset } : {}
      }
    };
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: README_URL,
            rules: RULES.map(sarifRule)
          }
        },
        automationDetails: { id: automationId(report) },
        // A report exists only when the scan ran to its end; warnings (unreadable files, a shallow
        // history) travel as notifications, masked like every string from outside.
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.warnings.map((w) => ({ level: "warning", message: { text: maskText(w.message) }, descriptor: { id: w.code } }))
          }
        ],
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The root of the scanned repository or folder." } } },
        results,
        columnKind: "utf16CodeUnits"
      }
    ]
  };
}
function toSarif(report) {
  return JSON.stringify(toSarifLog(report), null, 2) + "\n";
}

// src/report/index.ts
init_text();
var FORMATS = ["text", "json", "jsonl", "sarif", "github", "gitlab", "codequality"];
function formatReport(report, format, opts) {
  switch (format) {
    // `##[` can only be inside a JSON string: `\u005b` keeps the value and keeps the GitHub runner from
    // reading the line as a command (its old syntax is read anywhere on a line).
    case "json":
      return toJson(report).replaceAll("##[", "##\\u005b");
    case "jsonl":
      return toJsonl(report, { repository: opts.repository ?? "" }).replaceAll("##[", "##\\u005b");
    case "sarif":
      return toSarif(report).replaceAll("##[", "##\\u005b");
    case "gitlab":
      return toGitlab(report, { headCommit: opts.headCommit }).replaceAll("##[", "##\\u005b");
    case "codequality":
      return toCodeQuality(report).replaceAll("##[", "##\\u005b");
    case "text":
    case "github":
      return toText(report, opts);
  }
}

// src/run/context.ts
var import_node_path4 = __toESM(require("node:path"), 1);
init_file();
init_git();
init_types();
init_fragment();
init_policy();
var UNITS = { "": 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };
function parseSize(value, where) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(String(value));
  const unit2 = m ? UNITS[m[2].toLowerCase()] : void 0;
  if (!m || unit2 === void 0) throw new UsageError(`${where}: cannot read "${value}" as a size (examples: 50MB, 512KB, 1048576)`);
  const bytes = Math.floor(Number(m[1]) * unit2);
  if (bytes < 1) throw new UsageError(`${where}: a size of 0 would skip every file: give 1 or more (examples: 50MB, 512KB)`);
  return bytes;
}
async function configAtBase(root, cwd, explicit, base) {
  const candidates = explicit ? [explicit] : [".openai-key-scan.json", "package.json"];
  for (const name of candidates) {
    const repoPath = import_node_path4.default.relative(root, import_node_path4.default.resolve(explicit ? cwd : root, name)).split(import_node_path4.default.sep).join("/");
    if (repoPath.startsWith("..")) continue;
    const text = await showAt(root, base, repoPath);
    if (text === void 0) continue;
    const field = repoPath === "package.json" && !explicit;
    const loaded = { config: {}, file: explicit ?? repoPath, repoPath, ...field ? { field: true } : {} };
    if (field && !/"openai-key-scan"\s*:/.test(text)) continue;
    loaded.config = configFromText(text, loaded);
    return loaded;
  }
  const where = locateConfig(root, cwd, explicit);
  return { config: {}, ...where ? { ...where.loaded } : {} };
}
async function resolveContext(options, top) {
  const cwd = import_node_path4.default.resolve(options.cwd ?? process.cwd());
  const root = await (top ?? repoRoot(cwd, true)) ?? cwd;
  const loaded = options.trustBase ? await configAtBase(root, cwd, options.config, options.trustBase) : loadConfig(root, cwd, options.config, options.configSource);
  const { config } = loaded;
  const failOn = parseFailOn(String(options.failOn ?? config.failOn ?? "key"), options.failOn !== void 0 ? options.failOnSource ?? "--fail-on" : `${loaded.file}: failOn`);
  const maxFileSize = options.maxFileSize !== void 0 ? parseSize(options.maxFileSize, "--max-file-size") : config.maxFileSize !== void 0 ? parseSize(config.maxFileSize, `${loaded.file}: maxFileSize`) : DEFAULT_MAX_FILE_SIZE;
  return { root, cwd, loaded, maxFileSize, failOn, ...options.trustBase ? { trustBase: options.trustBase } : {} };
}

// src/cli/options.ts
init_file();
function checkNumber(a, flag, ok, accepts) {
  const value = a[flag];
  if (value === void 0) return;
  if (Array.isArray(value) || typeof value !== "number" || !ok(value)) throw new UsageError(`--${flag}: ${accepts} (got ${JSON.stringify(Array.isArray(value) ? value.map(String) : String(value))})`);
}
function checkArgs(a) {
  for (const flag of ["format", "output", "sarif", "config", "baseline", "fail-on", "max-file-size", "verify-base-url", "stdin-filename"]) {
    const value = a[flag];
    if (Array.isArray(value)) throw new UsageError(`--${flag} is given ${value.length} times: give it once`);
    if (value === "") throw new UsageError(`--${flag} needs a value${flag === "format" ? ` (${FORMATS.join(", ")})` : ""}`);
  }
  checkNumber(a, "jobs", (n) => Number.isInteger(n) && n >= 1 && n <= MAX_JOBS, `give a whole number of threads from 1 to ${MAX_JOBS}`);
  checkNumber(a, "verify-concurrency", (n) => Number.isInteger(n) && n >= 1 && n <= 64, "give a whole number from 1 to 64");
  checkNumber(a, "verify-timeout", (n) => Number.isFinite(n) && n > 0 && n <= 600, "give a number of seconds above 0 and at most 600");
}
var MAX_JOBS = 64;
function configOption(flag) {
  const chosen = chosenConfig(flag);
  return chosen ? { config: chosen.file, configSource: chosen.from } : {};
}
function scanOptionsFrom(a) {
  checkArgs(a);
  return {
    // --config, else OPENAI_KEY_SCAN_CONFIG; --exit-zero is --fail-on none (the check below refuses both).
    ...configOption(a.config),
    ...a["exit-zero"] === true ? { failOn: "none", failOnSource: "--exit-zero" } : a["fail-on"] !== void 0 ? { failOn: a["fail-on"] } : {},
    ...a["max-file-size"] !== void 0 ? { maxFileSize: a["max-file-size"] } : {},
    ...a.baseline !== void 0 ? { baseline: a.baseline } : {},
    ...archiveArgs(a),
    updateBaseline: a.update === true,
    showSecrets: a["show-secrets"] === true,
    inlineAllow: a["inline-allow"] !== false,
    ...a.verify === true ? { verify: { concurrency: a["verify-concurrency"], timeoutSeconds: a["verify-timeout"], ...a["verify-base-url"] !== void 0 ? { baseUrl: a["verify-base-url"] } : {} } } : {}
  };
}
var OUTPUT_DEFAULTS = {
  format: "text",
  update: false,
  "inline-allow": true,
  explain: false,
  verify: false,
  "verify-concurrency": 4,
  "verify-timeout": 10,
  "show-secrets": false,
  quiet: false,
  verbose: false,
  debug: false
};
function archiveArgs(args) {
  const depth = args["max-archive-depth"];
  const size = args["max-archive-size"];
  const out = {};
  if (depth !== void 0) {
    if (typeof depth !== "number" || !Number.isInteger(depth) || depth < 0) throw new UsageError(`--max-archive-depth: expected a whole number of levels (0 reads archives as binary files), got "${String(depth)}"`);
    out.maxArchiveDepth = depth;
  }
  if (size !== void 0) out.maxArchiveSize = parseSize(size, "--max-archive-size");
  return out;
}

// src/cli/failure.ts
init_types();
init_redact();
init_text();
init_version();
function oneLine(message) {
  return commandSafe(printable(maskText(message.split("\n").map((l) => l.trim()).filter(Boolean).join(" ") || message)));
}
function reportFailure(e, debug2) {
  if (e instanceof UsageError) {
    process.stderr.write(`${TOOL_NAME}: ${oneLine(e.message)}
`);
    return 2;
  }
  const err = e;
  process.stderr.write(`${TOOL_NAME}: internal error: ${oneLine(err?.message ?? String(e))} (this is a bug; run with --debug for details)
`);
  if (debug2 && err?.stack) process.stderr.write(`${err.stack}
`);
  return 2;
}

// src/run/modes.ts
var import_node_path8 = __toESM(require("node:path"), 1);
init_detect();

// src/sources/commit-log.ts
init_git();
init_kind();
init_types();
var HEADER = Buffer.from("oks\0");
var WINDOW = 8 * 1024 * 1024;
var OVERLAP = 64 * 1024;
var NEWLINE = Buffer.from("\n");
var ARCHIVE_NAME = new RegExp(`\\.(?:${ARCHIVE_EXTENSIONS.join("|")})$`, "i");

// src/run/modes.ts
init_git();
init_types();

// src/run/scan.ts
init_types();
init_kind();

// src/run/allow.ts
var import_node_path6 = __toESM(require("node:path"), 1);
init_file();
init_git();
async function workTreeText(abs, root) {
  const { readRegularFile: readRegularFile2, BASELINE_CAP: BASELINE_CAP2 } = await Promise.resolve().then(() => (init_files(), files_exports));
  try {
    return readRegularFile2(abs, abs, BASELINE_CAP2, root);
  } catch {
    return "\0unreadable";
  }
}
async function allowLists(ctx, input, mode) {
  const { suppressor: suppressor2, baselineFromText: baselineFromText2 } = await Promise.resolve().then(() => (init_suppress(), suppress_exports));
  const warnings = [];
  const baselineFile = input.baseline !== void 0 ? import_node_path6.default.resolve(ctx.cwd, input.baseline) : void 0;
  const inRepo = baselineFile && !import_node_path6.default.relative(ctx.root, baselineFile).startsWith("..");
  const baselineRepoPath = inRepo ? import_node_path6.default.relative(ctx.root, baselineFile).split(import_node_path6.default.sep).join("/") : void 0;
  let baselineEntries;
  if (ctx.trustBase && baselineFile) {
    const atBase2 = baselineRepoPath ? await showAt(ctx.root, ctx.trustBase, baselineRepoPath) : void 0;
    baselineEntries = baselineFromText2(atBase2, String(input.baseline)) ?? [];
    if (await workTreeText(baselineFile, ctx.root) !== atBase2) warnings.push({ code: "changed-in-pull-request", message: `${input.baseline} was changed in this pull request: on pull_request_target the base branch's version is used, and the change is yours to review` });
  }
  if (ctx.trustBase && ctx.loaded.repoPath) {
    const now = await workTreeText(import_node_path6.default.join(ctx.root, ctx.loaded.repoPath), ctx.root);
    if (now !== await showAt(ctx.root, ctx.trustBase, ctx.loaded.repoPath)) {
      warnings.push({ code: "changed-in-pull-request", message: `${ctx.loaded.file} was changed in this pull request: on pull_request_target the base branch's version is used, and the change is yours to review` });
    }
  }
  let atBase;
  if (mode === "diff" && input.range) {
    const config = ctx.loaded.repoPath ? configFromText(await showAt(ctx.root, input.range.base, ctx.loaded.repoPath), ctx.loaded) : {};
    const baseline = baselineRepoPath ? baselineFromText2(await showAt(ctx.root, input.range.base, baselineRepoPath), String(input.baseline)) : void 0;
    atBase = { config, baseline };
  }
  const stage = await suppressor2({
    mode,
    config: ctx.loaded.config,
    ...ctx.loaded.file ? { configFile: ctx.loaded.file } : {},
    ...baselineFile ? { baselineFile } : {},
    ...baselineEntries ? { baselineEntries } : {},
    cwd: ctx.cwd,
    root: ctx.root,
    ...atBase ? { atBase } : {},
    update: input.updateBaseline === true,
    complete: input.complete
  });
  return { stage, warnings };
}

// src/run/driver.ts
init_kind();
init_fragment();

// src/run/settle.ts
init_types();
var before = (a, b) => comparePlaces(a.place, b.place) < 0 || comparePlaces(a.place, b.place) === 0 && a.seq < b.seq;
var HeldHeap = class {
  items = [];
  peek() {
    return this.items[0];
  }
  push(h) {
    const a = this.items;
    a.push(h);
    for (let i = a.length - 1; i > 0; ) {
      const parent2 = i - 1 >> 1;
      if (!before(a[i], a[parent2])) break;
      [a[i], a[parent2]] = [a[parent2], a[i]];
      i = parent2;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l], a[m])) m = l;
        if (r < a.length && before(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
};
var HANDED_ON = 0;
function idOf(f) {
  return [f.fingerprint, f.kind, f.ruleId, f.file, f.suppressed ? "suppressed" : ""].join("\0");
}
var EarliestCommit = class {
  constructor(handOn) {
    this.handOn = handOn;
  }
  handOn;
  /** Per finding id: the sighting held, or HANDED_ON once it was settled (only the id stays in memory). */
  seen = /* @__PURE__ */ new Map();
  heap = new HeldHeap();
  /** Below the floor, but a blob still to be read may hold an earlier sighting of their file. */
  parked = new HeldHeap();
  seq = 0;
  held = 0;
  /** Findings held now (not yet settled): what this stage keeps in memory besides the ids. */
  get holding() {
    return this.held;
  }
  /** The findings of one fragment, read at `place`. */
  take(findings, place) {
    for (const finding of findings) {
      const id = idOf(finding);
      const seen = this.seen.get(id);
      if (seen === HANDED_ON || seen && comparePlaces(place, seen.place) >= 0) continue;
      if (!seen) this.held++;
      const h = { id, finding, place, seq: this.seq++ };
      this.seen.set(id, h);
      this.heap.push(h);
    }
  }
  /** Hand on every held finding the source can no longer undercut. */
  settle(floor, waits) {
    for (let h = this.heap.peek(); h && comparePlaces(h.place, floor) <= 0; h = this.heap.peek()) {
      this.heap.pop();
      if (this.seen.get(h.id) !== h) continue;
      if (waits?.(h.finding.file)) this.parked.push(h);
      else this.give(h);
    }
    for (let h = this.parked.peek(); h; h = this.parked.peek()) {
      if (this.seen.get(h.id) !== h) {
        this.parked.pop();
        continue;
      }
      if (comparePlaces(h.place, floor) > 0 || waits?.(h.finding.file)) break;
      this.parked.pop();
      this.give(h);
    }
  }
  /** The source has ended: hand on everything still held, lowest place first. */
  end() {
    for (let h = this.parked.pop(); h; h = this.parked.pop()) this.heap.push(h);
    for (let h = this.heap.pop(); h; h = this.heap.pop()) if (this.seen.get(h.id) === h) this.give(h);
  }
  give(h) {
    this.seen.set(h.id, HANDED_ON);
    this.held--;
    this.handOn(h.finding);
  }
};

// src/run/driver.ts
init_tally();
async function runSource(source, options) {
  const started = performance.now();
  const tally = newTally();
  const sink = tallySink(tally);
  const progress = options.onProgress;
  const { onProgress: _, onFinding, ...pipeline } = options;
  let pool;
  let earliest;
  const archives = options.archives ?? DEFAULT_ARCHIVE_LIMITS;
  const collected = [];
  const ready = [];
  const final = (f) => {
    if (!source.keep || source.keep(f)) (onFinding ? ready : collected).push(f);
  };
  const drain = (place) => {
    if (!tally.findings.length) return;
    const found = tally.findings;
    tally.findings = [];
    if (place) (earliest ??= new EarliestCommit(final)).take(found, place);
    else for (const f of found) final(f);
  };
  const deliver = async () => {
    for (let i = 0; i < ready.length; i++) {
      const wait = onFinding(ready[i]);
      if (wait) await wait;
    }
    ready.length = 0;
  };
  const waits = source.waits?.bind(source);
  try {
    for await (const item of source.items(sink)) {
      drain();
      if (Array.isArray(item)) {
        pool ??= new (await Promise.resolve().then(() => (init_pool(), pool_exports))).FilePool(options.jobs, { ...pipeline, maxFileSize: options.maxFileSize, archives }, tally, progress, async () => {
          drain();
          if (ready.length) await deliver();
        });
        pool.add(item);
      } else {
        const kind = archives.maxDepth > 0 && !item.window && !item.lineMap ? archiveKind(item.path, item.content) : void 0;
        if (kind) await readArchive(item.path, item.origin, kind, item.content, archives, sink, (member) => processFragment(member, pipeline, tally));
        else processFragment(item, pipeline, tally);
        const { time, order } = item.origin;
        drain(time !== void 0 ? { time, order: order ?? 0 } : void 0);
        if (earliest && source.floor) earliest.settle(source.floor(), waits);
        progress?.(tally.stats);
      }
      if (ready.length) await deliver();
    }
    await pool?.finish();
  } finally {
    await pool?.close();
  }
  drain();
  earliest?.end();
  if (ready.length) await deliver();
  tally.findings = collected;
  const report = finishReport(source.mode, tally, started);
  await source.finish?.(report);
  return report;
}

// src/run/scan.ts
init_policy();
init_tally();

// src/run/verification.ts
async function verifySettings(choice) {
  const { resolveBaseUrl: resolveBaseUrl2 } = await Promise.resolve().then(() => (init_verify(), verify_exports));
  const { UsageError: UsageError2 } = await Promise.resolve().then(() => (init_types(), types_exports));
  const concurrency = choice.concurrency ?? 4;
  const timeout = choice.timeoutSeconds ?? 10;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError2(`--verify-concurrency: give a whole number from 1 to 64 (got ${String(concurrency)})`);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600) throw new UsageError2(`--verify-timeout: give a number of seconds above 0 and at most 600 (got ${String(timeout)})`);
  return { baseUrl: resolveBaseUrl2(choice.baseUrl), concurrency, timeoutMs: timeout * 1e3 };
}
async function keyVerifierFor(settings) {
  const { keyVerifier: keyVerifier2 } = await Promise.resolve().then(() => (init_verify(), verify_exports));
  return keyVerifier2(settings);
}

// src/run/scan.ts
var MAX_AWAITING_VERIFICATION = 1e3;
async function runScan(source, ctx, options, allow) {
  const verify = options.verify ? await verifySettings(options.verify === true ? {} : options.verify) : void 0;
  if (ctx.failOn === "live" && !verify) {
    throw new UsageError("--fail-on live judges keys by their verification: add --verify (or fail on key, the default)");
  }
  const src = typeof source === "function" ? await source() : source;
  const { stage: allowStage, warnings: allowWarnings } = await allowLists(ctx, allow, src.mode);
  const verifier = verify ? await keyVerifierFor(verify) : void 0;
  const keep = options.keepFindings !== false || !options.onFinding;
  const kept = [];
  const inline = [];
  const setApart = [];
  let failed = false;
  let failure;
  const handOn = (f) => {
    if (options.showSecrets !== true) delete f.secret;
    if (!f.suppressed && fails(f, ctx.failOn)) failed = true;
    if (keep) (f.suppressed ? f.suppressed.by === "inline" ? inline : setApart : kept).push(f);
    return options.onFinding?.(f);
  };
  let busy;
  const deliver = (f) => {
    const done = busy ? busy.then(() => handOn(f)) : handOn(f);
    if (!done) return;
    const p = busy = Promise.resolve(done);
    p.then(() => void (busy === p && (busy = void 0)), () => {
    });
    return p;
  };
  const verifying = /* @__PURE__ */ new Set();
  const onFinding = (found) => {
    if (failure) throw failure;
    const f = allowStage.judge(found);
    if (!verifier || f.suppressed || f.kind !== "key") return deliver(f);
    const settled2 = verifier.verify(f).then(() => deliver(f)).then(
      () => void verifying.delete(settled2),
      (e) => {
        failure ??= e;
        verifying.delete(settled2);
      }
    );
    verifying.add(settled2);
    if (verifying.size >= MAX_AWAITING_VERIFICATION) return Promise.race(verifying);
  };
  const report = await runSource(src, {
    maxFileSize: ctx.maxFileSize,
    root: ctx.root,
    showSecrets: options.showSecrets === true,
    keepSecrets: verify !== void 0,
    noInlineAllow: options.inlineAllow === false,
    risks: { ...ctx.loaded.config.risks, ...options.risks },
    ...options.jobs !== void 0 ? { jobs: options.jobs } : {},
    ...options.onProgress ? { onProgress: options.onProgress } : {},
    archives: {
      maxDepth: options.maxArchiveDepth ?? DEFAULT_ARCHIVE_LIMITS.maxDepth,
      maxBytes: options.maxArchiveSize ?? DEFAULT_ARCHIVE_LIMITS.maxBytes
    },
    onFinding
  });
  verifier?.scanned();
  await Promise.all(verifying);
  await busy;
  if (failure) throw failure;
  const { stale, warnings } = allowStage.finish();
  report.findings = kept.sort(compareFindings);
  report.suppressed = [...inline.sort(compareFindings), ...setApart.sort(compareFindings)];
  report.stale = stale;
  report.warnings.push(...allowWarnings, ...warnings);
  report.exitCode = failed ? 1 : 0;
  report.failOn = ctx.failOn;
  return report;
}

// src/run/modes.ts
var sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
async function scanStaged(options = {}, started) {
  const cwd = import_node_path8.default.resolve(options.cwd ?? process.cwd());
  const files = options.files ?? [];
  const mine = started && started.cwd === cwd && sameList(started.files, files) ? started : void 0;
  if (started && !mine) started.close();
  const top = mine ? rootFrom(mine.top, true) : repoRoot(cwd, true);
  const { stagedSelection: stagedSelection2, stagedSource: stagedSource2 } = await Promise.resolve().then(() => (init_git_index(), git_index_exports));
  const blobs = mine?.takeBlobReader();
  const selecting = stagedSelection2(cwd, files, top, mine ? { diff: mine.diff, ...blobs ? { blobs } : {} } : void 0);
  selecting.catch(() => {
  });
  const ctx = await resolveContext({ ...options, cwd }, top);
  const selection = await selecting;
  return runScan(stagedSource2(selection, ctx.maxFileSize, options.allLines === true), ctx, options, { ...allowOf(options), complete: false });
}
function allowOf(options) {
  return { ...options.baseline !== void 0 ? { baseline: options.baseline } : {}, updateBaseline: options.updateBaseline === true };
}

// src/cli/staged.ts
init_text();

// src/cli/output.ts
init_text();

// src/report/write.ts
var import_node_events = require("node:events");
var import_node_path9 = __toESM(require("node:path"), 1);
init_text();
init_redact();
init_jsonl();
function wantColor(flag, stream) {
  if (flag !== void 0) return flag;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY === true;
}
async function writeReportFile(file, text) {
  const { writeFileAtomic: writeFileAtomic2 } = await Promise.resolve().then(() => (init_files(), files_exports));
  writeFileAtomic2(import_node_path9.default.resolve(file), text, "the report", process.cwd());
}
function writeOut(line) {
  if (process.stdout.write(line)) return void 0;
  return (0, import_node_events.once)(process.stdout, "drain").then(() => void 0);
}
var JsonlStdout = class {
  lines;
  constructor(repository) {
    this.lines = new JsonlLines(repository);
  }
  /** For RunOptions.onFinding. */
  finding = (f) => writeOut(this.lines.line(findingForOutput(f)));
  /** The summary line of the finished (and already printable) report. */
  async end(report) {
    await writeOut(this.lines.summary(report));
  }
};
async function writeLines(report, repository) {
  for (const line of jsonlLines(report, { repository })) {
    const wait = writeOut(line);
    if (wait) await wait;
  }
}
async function headCommit() {
  const { resolveCommit: resolveCommit2 } = await Promise.resolve().then(() => (init_git(), git_exports));
  return resolveCommit2(process.cwd(), "HEAD").catch(() => void 0);
}
async function writeReport(scanned, args) {
  const report = reportForOutput(scanned);
  if (args.sarif !== void 0) await writeReportFile(args.sarif, formatReport(report, "sarif", { color: false }));
  if (args.format === "github") {
    const { emitGithub: emitGithub2 } = await Promise.resolve().then(() => (init_github(), github_exports));
    await emitGithub2(report);
  }
  const toFile = args.output !== void 0;
  if (args.format === "jsonl" && !toFile) {
    if (args.streamed) await args.streamed.end(report);
    else await writeLines(report, args.repository ?? "");
  } else {
    const text = formatReport(report, args.format, {
      color: toFile ? false : wantColor(args.color, process.stdout),
      explain: args.explain === true || args.verbose,
      ...args.repository !== void 0 ? { repository: args.repository } : {},
      ...args.format === "gitlab" && report.findings.some((f) => !f.commit) ? { headCommit: await headCommit() } : {}
    });
    if (toFile) await writeReportFile(args.output, text);
    else process.stdout.write(text);
  }
  if (args.verbose) {
    for (const s of report.skippedFiles ?? []) process.stderr.write(`openai-key-scan: skipped ${printable(maskText(s.file))}: ${s.kind === "tooLarge" ? "too large" : s.kind}${s.why ? ` (${printable(maskText(s.why))})` : ""}
`);
    const listed = report.skippedFiles?.length ?? 0;
    const total = Object.values(report.stats.skipped).reduce((a, b) => a + b, 0);
    if (total > listed) process.stderr.write(`openai-key-scan: \u2026 and ${total - listed} more skipped file(s)
`);
  }
  if (!args.quiet) {
    for (const w of report.warnings) process.stderr.write(`${commandSafe(`openai-key-scan: warning: ${printable(maskText(w.message))}`)}
`);
    if (toFile) process.stderr.write(`openai-key-scan: ${report.findings.length} finding(s); report written to ${args.output}
`);
  }
}

// src/cli/output.ts
async function repositoryLabel(flag, cwd = process.cwd()) {
  const { maskText: maskText2 } = await Promise.resolve().then(() => (init_redact(), redact_exports));
  if (flag !== void 0) return maskText2(flag);
  const { configValue: configValue2, repoDir: repoDir2 } = await Promise.resolve().then(() => (init_git(), git_exports));
  const { withoutCredentials: withoutCredentials2 } = await Promise.resolve().then(() => (init_jsonl(), jsonl_exports));
  const root = await repoDir2(cwd).catch(() => void 0) ?? cwd;
  const url = await configValue2(root, "remote.origin.url").catch(() => void 0);
  return url ? withoutCredentials2(url) : maskText2(root);
}
async function reportPrinter(a) {
  const repository = a.format === "jsonl" ? await repositoryLabel(a.repository) : void 0;
  const streamed = a.format === "jsonl" && a.output === void 0 ? new JsonlStdout(repository) : void 0;
  return {
    options: streamed ? { onFinding: streamed.finding, keepFindings: a.sarif !== void 0 } : {},
    async print(report) {
      await writeReport(report, { format: a.format, output: a.output, sarif: a.sarif, color: a.color, quiet: a.quiet, verbose: a.verbose, explain: a.explain === true, repository, streamed });
      return report.exitCode ?? 0;
    }
  };
}

// src/cli/staged.ts
async function runStaged(a, started) {
  const printer = await reportPrinter(a);
  const report = await scanStaged({
    ...scanOptionsFrom(a),
    ...printer.options,
    // `staged -- a.ts b.ts` (lint-staged): yargs leaves what follows `--` in `_`, after the command name.
    files: [...a.files ?? [], ...a._.slice(1).map(String)],
    allLines: a["all-lines"] === true
  }, started);
  if (a.verbose) process.stderr.write(`openai-key-scan: scanned ${report.stats.files} staged file(s), ${formatBytes(report.stats.bytes)}
`);
  return printer.print(report);
}

// src/cli/hook.ts
function hookArgs(args) {
  return {
    ...OUTPUT_DEFAULTS,
    _: ["staged"],
    files: args.files,
    quiet: args.quiet,
    verbose: args.verbose,
    debug: args.debug,
    "all-lines": args.allLines,
    ...args.color !== void 0 ? { color: args.color } : {}
  };
}
async function runHook(args, started) {
  try {
    return await runStaged(hookArgs(args), started);
  } catch (e) {
    return reportFailure(e, args.debug);
  } finally {
    started?.close();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  hookArgs,
  runHook
});
