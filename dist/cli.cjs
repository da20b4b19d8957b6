#!/usr/bin/env node
'use strict'; var __bundle_url = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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

// src/cli/main.ts
var import_node_module = require("node:module");

// src/cli/hook-args.ts
var FLAGS = {
  "-q": ["quiet", true],
  "--quiet": ["quiet", true],
  "-v": ["verbose", true],
  "--verbose": ["verbose", true],
  "--all-lines": ["allLines", true],
  "--debug": ["debug", true],
  "--color": ["color", true],
  "--no-color": ["color", false]
};
function stagedArgs(argv2) {
  if (argv2[0] !== "staged") return void 0;
  const args = { quiet: false, verbose: false, allLines: false, debug: false, files: [] };
  const seen = /* @__PURE__ */ new Set();
  for (let i = 1; i < argv2.length; i++) {
    const arg = argv2[i];
    if (arg === "--") {
      args.files.push(...argv2.slice(i + 1));
      break;
    }
    const flag = FLAGS[arg];
    if (flag) {
      if (seen.has(flag[0])) return void 0;
      seen.add(flag[0]);
      args[flag[0]] = flag[1];
    } else if (arg === "" || arg.startsWith("-")) {
      return void 0;
    } else {
      args.files.push(arg);
    }
  }
  return args;
}

// src/sources/git-spawn.ts
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_path = __toESM(require("node:path"), 1);
var PINNED = [
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
var ENV_PINS = { GIT_ATTR_NOSYSTEM: "1", GIT_NO_REPLACE_OBJECTS: "1", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
function spawnGit(args, cwd) {
  return (0, import_node_child_process.spawn)("git", [...PINNED, ...args], { cwd, env: { ...process.env, ...ENV_PINS }, stdio: ["pipe", "pipe", "pipe"] });
}
function collectGit(args, cwd, input) {
  return new Promise((resolve) => {
    const child = spawnGit(args, cwd);
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", (error) => resolve({ error }));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.on("error", () => {
    });
    child.stdin.end(input);
  });
}
var ROOT_ARGS = ["rev-parse", "--show-toplevel"];
var STAGED_FLAGS = ["--no-color", "--no-ext-diff", "--no-textconv", "--ignore-submodules=all", "-M", "--diff-filter=ACMRT"];
function stagedDiffArgs(files) {
  const spec = files.length ? ["--", ...files.map((f) => `:(literal)${f}`)] : [];
  return ["diff", "--cached", "--raw", "--numstat", "-p", "-U0", "-z", "--no-abbrev", "--src-prefix=a/", "--dst-prefix=b/", ...STAGED_FLAGS, ...spec];
}
function startStaged(cwd, files, env = process.env) {
  const known = hookTop(cwd, env);
  const top = known !== void 0 ? Promise.resolve({ code: 0, stdout: Buffer.from(`${known}
`), stderr: "" }) : collectGit(ROOT_ARGS, cwd);
  const diff = collectGit(stagedDiffArgs(files), cwd);
  const reader = startBlobReader(cwd);
  let taken = false;
  return {
    cwd,
    files,
    top,
    diff,
    takeBlobReader() {
      if (taken) return void 0;
      taken = true;
      return reader;
    },
    close() {
      reader.child.stdin.end();
    }
  };
}
function hookTop(cwd, env) {
  if (!env.GIT_INDEX_FILE || env.GIT_DIR !== void 0 || env.GIT_WORK_TREE !== void 0 || env.GIT_COMMON_DIR !== void 0) return void 0;
  try {
    (0, import_node_fs.lstatSync)(import_node_path.default.join(cwd, ".git"));
    return cwd;
  } catch {
    return void 0;
  }
}
function startBlobReader(cwd) {
  const child = spawnGit(["cat-file", "--batch"], cwd);
  const ended = new Promise((resolve) => {
    child.on("close", () => resolve(void 0));
    child.on("error", (e) => resolve(e));
  });
  child.stdin.on("error", () => {
  });
  child.stderr.resume();
  return { child, ended };
}

// src/cli/main.ts
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
async function runHook(args) {
  let started;
  try {
    started = startStaged(process.cwd(), args.files);
  } catch {
    started = void 0;
  }
  const here = __bundle_url;
  const hook2 = here.endsWith(".ts") ? await import(new URL("./hook.ts", here).href) : (0, import_node_module.createRequire)(here)("./hook.cjs");
  return hook2.runHook(args, started);
}
function exitAfterOutput(code) {
  process.exitCode = code;
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}
async function runCommands(argv2) {
  const here = __bundle_url;
  const { run } = await import(new URL(here.endsWith(".ts") ? "./run.ts" : "./commands.js", here).href);
  return run(argv2);
}
var argv = process.argv.slice(2);
var hook = stagedArgs(argv);
if (hook) void runHook(hook).then(exitAfterOutput);
else
  void runCommands(argv).then((code) => {
    process.exitCode = code;
  });
