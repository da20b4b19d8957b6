import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    dir: 'test',
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
