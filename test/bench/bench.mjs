#!/usr/bin/env node
// npm run bench [section..]: runs every test/bench/*.bench.mjs (or the named ones) in name order.
// Whole-process wall times and peak RSS on this machine; medians of OKS_BENCH_RUNS runs (default 5).
import { readdirSync } from 'node:fs';
import path from 'node:path';

const wanted = process.argv.slice(2);
const sections = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !wanted.length || wanted.includes(f.replace('.bench.mjs', '')))
  .sort();
if (process.env.NODE_EXTRA_CA_CERTS) {
  // Node reads and parses that bundle at every start: 50 ms of CPU here for the system's 144 roots.
  console.log('note: NODE_EXTRA_CA_CERTS is set, so every Node start loads those certificates first (unset it to time the scanner alone)');
}
for (const file of sections) {
  const section = await import(path.join(import.meta.dirname, file));
  console.log(`\n== ${file.replace('.bench.mjs', '')}: ${section.title}`);
  await section.run();
}
