import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Dates in plans and logs are local calendar days; pin the zone so expectations are stable.
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    pool: 'forks',
  },
});
