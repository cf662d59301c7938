import { defineConfig } from 'vitest/config';

// Under CI a JSON report is written too, so .ci/run can print one closing count for every suite.
const reporters = process.env.CI ? ['default', ['json', { outputFile: '.tmp/vitest-results.json' }]] : ['default'];

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    reporters: reporters as never,
  },
});
