#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/cli/esm-main.ts
import { createRequire } from "node:module";
createRequire(import.meta.url)("./cli.cjs");
