import { defineConfig } from '@playwright/test';

// `npm run screenshots`: the store screenshots (test/e2e/*.shots.ts), apart from the tests so `npm test` skips them.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.shots.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/playwright-screenshots',
});
