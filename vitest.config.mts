import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Native addons (nodejieba, better-sqlite3) are safest in forked processes.
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
