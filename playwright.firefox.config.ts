import { defineConfig } from '@playwright/test';

// Firefox ESR with the built add-on (.output/firefox-mv2), driven by puppeteer-core over WebDriver BiDi.
// One worker: the fixture server needs port 443 to itself, and the machine has 2 cores.
export default defineConfig({
  testDir: 'test/e2e-firefox',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  // Polls (expect.poll) wait for the overlay's states; the background page's cold fetch takes well under 1 s.
  expect: { timeout: 8_000 },
  reporter: [['list']],
  outputDir: 'test-results/playwright-firefox',
});
