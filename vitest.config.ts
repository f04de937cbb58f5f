import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // test/ui/*.test.tsx are component tests: each file opts into jsdom with `// @vitest-environment jsdom`.
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Dates in plans and logs are local calendar days; pin the zone so expectations are stable.
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    pool: 'forks',
  },
});
