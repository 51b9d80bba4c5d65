import { defineConfig } from '@playwright/test';

// Firefox ESR with the built add-on (.output/firefox-mv2), driven by puppeteer-core over WebDriver BiDi.
// One worker: the fixture server needs port 443 to itself, and the machine has 2 cores.
export default defineConfig({
  testDir: 'test/e2e-firefox',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // Each test starts its own Firefox (a fresh profile: empty extension storage, so request counts are
  // exact): about 6 s a test on an idle 2-core machine, 15 s or more when other jobs load it.
  timeout: 60_000,
  // Polls (expect.poll) wait for the overlay's states; the background page's cold fetch takes well under 1 s.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/playwright-firefox',
});
