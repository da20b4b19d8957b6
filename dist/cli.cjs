#!/usr/bin/env node
'use strict'; var __bundle_url = require('node:url').pathToFileURL(__filename).href;
"use strict";

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

// src/cli/main.ts
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
async function runHook(args) {
  const here = __bundle_url;
  const hook2 = here.endsWith(".ts") ? await import(new URL("./hook.ts", here).href) : (0, import_node_module.createRequire)(here)("./hook.cjs");
  return hook2.runHook(args);
}
async function runCommands(argv2) {
  const here = __bundle_url;
  const { run } = await import(new URL(here.endsWith(".ts") ? "./run.ts" : "./commands.js", here).href);
  return run(argv2);
}
var argv = process.argv.slice(2);
var hook = stagedArgs(argv);
void (hook ? runHook(hook) : runCommands(argv)).then((code) => {
  process.exitCode = code;
});
