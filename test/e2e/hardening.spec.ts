/**
 * Findings of the security and reliability review, as a user would see them in a real Chromium: an error in
 * one figure costs that figure only, and a corrupted setting does not stop the overlay.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { FAKE_POOL } from './fake-api';
import { overlayReader } from './overlay-reader';

const POOL_PAGE = `https://app.uniswap.org/explore/pools/ethereum/${FAKE_POOL}`;
const GECKO_POOL_PATH = `/pools/${FAKE_POOL}?`;
const geckoPoolWith = (attributes: Record<string, unknown>) => {
  const body = JSON.parse(
    readFileSync(new URL(`../fixtures/api/geckoterminal/pool-eth-${FAKE_POOL}.json`, import.meta.url), 'utf8'),
  );
  Object.assign(body.data.attributes, attributes);
  return JSON.stringify(body);
};

test.describe('an error in one figure never costs the overlay', () => {
  test('a pool with TVL 0: no fee APR, a note saying why, and the TVL warning shown', async ({
    extension,
    dexServer,
  }) => {
    dexServer.api.override(GECKO_POOL_PATH, geckoPoolWith({ reserve_in_usd: '0.0' }));
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(POOL_PAGE);
    await expect.poll(() => lens.attr('lens-live', 'data-status')).toBe('ok');
    await expect.poll(() => lens.text('lens-pool')).toBe('WETH / USDC');
    expect(await lens.count('live-pool-fee-apr-24h')).toBe(0);
    expect(await lens.text('lens-live-notes')).toContain(
      "pool fee APR: the pool's TVL is $0.00, so fees per dollar deposited cannot be worked out",
    );
    expect(await lens.text('lens-warning-low-tvl')).toContain('The pool holds $0.00');
  });

  test('a TVL of 1e-30: the APR in scientific notation, the outlier warning, the rest of the overlay intact', async ({
    extension,
    dexServer,
  }) => {
    dexServer.api.override(GECKO_POOL_PATH, geckoPoolWith({ reserve_in_usd: '1e-30' }));
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(POOL_PAGE);
    await expect.poll(() => lens.attr('lens-live', 'data-status')).toBe('ok');
    // 80,000,000 USD x 0.0005 x 365 / 1e-30 USD = 1.46e37, i.e. 1.46e39 %.
    await expect.poll(() => lens.text('live-pool-fee-apr-24h')).toBe('1.46e+39 %');
    expect(await lens.count('lens-warning-fee-apr-outlier')).toBe(1);
    expect(await lens.text('lens-fee-tier')).toBe('0.05 %');
  });
});

test('a corrupted stored setting (dismissedSites: 42) reads as the default: the overlay still appears', async ({
  extension,
}) => {
  const worker = extension.context.serviceWorkers()[0] ?? (await extension.context.waitForEvent('serviceworker'));
  await worker.evaluate(
    `chrome.storage.local.set({ 'lens:dismissedSites': 42, 'lens:dismissedSites$': { v: 2 }, 'lens:overlayCorner': 'middle' })`,
  );
  const page = await extension.context.newPage();
  const lens = overlayReader(page);
  await page.goto(POOL_PAGE);
  await expect.poll(() => lens.text('lens-pool')).toBe('WETH / USDC');
  await expect.poll(() => lens.attr('lens-overlay', 'class')).toMatch(/lens-bottom-right/);
});
