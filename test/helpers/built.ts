import path from 'node:path';
import { inject } from 'vitest';

/** The package built from src/ for this test run (test/setup/build.ts). */
export const PKG = inject('builtPackage');
export const CLI = path.join(PKG, 'dist/cli.cjs');
export const ACTION = path.join(PKG, 'dist/action.js');
