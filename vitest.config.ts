import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Database tests share one Postgres; files run one at a time to keep 2 cores responsive.
    fileParallelism: false,
    pool: 'forks',
  },
});
