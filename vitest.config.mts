import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs in seconds (`npm run test:unit`, while you work); `slow` holds the tests that
 * run whole batches, the CLI, or read the shared corpus. `npm test` runs both.
 */
const SLOW = [
  'test/cli-*.test.ts',
  'test/batch-*.test.ts',
  'test/derived-*.test.ts',
  'test/e2e-*.test.ts',
  'test/*-shared.test.ts',
  'test/corpus-clean.test.ts',
  'test/corpus-dedupe.test.ts',
  'test/extract-dev-gold.test.ts',
  'test/jieba-patch.test.ts',
  'test/output-corpus.test.ts',
  'test/text-acceptance.test.ts',
  'test/text-segment-fast.test.ts',
  'test/web-browser.test.ts',
];

export default defineConfig({
  test: {
    // Native addons (nodejieba, better-sqlite3) are safest in forked processes.
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      // Unit files share their fork (isolate: false): each fork loads jieba's dictionary once, not once a file.
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: SLOW, isolate: false } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
