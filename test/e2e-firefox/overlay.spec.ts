/**
 * The Firefox build in Firefox ESR: content script on the real DEX hostnames, the background page's live
 * data path (fake APIs on their real hostnames), messaging between them, and the overlay's closed shadow
 * root read through WebDriver BiDi. Expected figures are the ones the Chromium suite asserts.
 */
import type { Page } from 'puppeteer-core';
import { test, expect } from './fixtures';
import { FAKE_POOL } from '../e2e/fake-api';
import { byTestId, overlayTexts, readOverlay } from './overlay-reader';

const POOL_PAGE = `https://app.uniswap.org/explore/pools/ethereum/${FAKE_POOL}`;
const HOSTILE_POOL_PAGE = 'https://app.uniswap.org/explore/pools/ethereum/0x4e68ccd3e89f51c3074ca5072bbac773960dfa36';
const GECKO = 'api.geckoterminal.com';
const DEXSCREENER = 'api.dexscreener.com';
const RPC = 'ethereum-rpc.publicnode.com';

/** data-status of the live block: ok, unavailable, unresolved, ... (null while the overlay is absent). */
async function liveStatus(page: Page): Promise<string | null> {
  return byTestId(await readOverlay(page), 'lens-live')?.attributes['data-status'] ?? null;
}

/** Plays the DEX app's client-side routing: a new URL with pushState, then the new page's heading. */
async function pushRoute(page: Page, path: string, heading: string, badge: string): Promise<void> {
  await page.evaluate(
    (path, heading, badge) => {
      history.pushState({}, '', path);
      document.getElementById('heading')!.textContent = heading;
      document.getElementById('badge')!.textContent = badge;
    },
    path,
    heading,
    badge,
  );
}

test.describe('Firefox: the built add-on on real DEX hostnames', () => {
  test('a Uniswap pool page gets the overlay in a closed shadow root, with live figures the background page fetched', async ({
    firefox,
    dexServer,
  }) => {
    const { page } = firefox;
    await page.goto(POOL_PAGE);
    await expect.poll(() => liveStatus(page)).toBe('ok');
    // 80M volume * 0.05 % * 365 / 150,000,000.5 TVL (GeckoTerminal fixture) = 9.73 %; fee share of $1,000
    // full range against on-chain liquidity 1.5e7 = 0.0000667 % (see test/e2e/live-data.spec.ts).
    expect(
      await overlayTexts(page, [
        'lens-pool',
        'lens-where',
        'lens-pool-kind',
        'lens-fee-tier',
        'live-pool-fee-apr-24h',
        'live-fee-share',
        'lens-live-notes',
      ]),
    ).toEqual({
      'lens-pool': 'WETH / USDC',
      'lens-where': 'Uniswap · Ethereum · pool page',
      'lens-pool-kind': 'concentrated liquidity',
      'lens-fee-tier': '0.05 %',
      'live-pool-fee-apr-24h': '9.73 %',
      'live-fee-share': '0.0000667 %',
      'lens-live-notes': null,
    });
    const snapshot = await readOverlay(page);
    expect(byTestId(snapshot, 'lens-sources')?.text).toMatch(
      /on-chain \(JSON-RPC\), \d+ s ago.*GeckoTerminal API, \d+ s ago/,
    );
    expect(byTestId(snapshot, 'live-input-volatility')?.text).toMatch(
      /^\d+\.\d\d % a year, from 31 daily closes, none missing$/,
    );
    // The background page did the fetching: one GeckoTerminal pool and candle request, two JSON-RPC batches
    // (the pool's, whose tokens' decimals came with GeckoTerminal's answer, and the gas price's), no fallback.
    expect({
      pool: dexServer.api.count(GECKO, `/api/v2/networks/eth/pools/${FAKE_POOL}?`),
      candles: dexServer.api.count(GECKO, `/api/v2/networks/eth/pools/${FAKE_POOL}/ohlcv`),
      rpc: dexServer.api.count(RPC),
      dexscreener: dexServer.api.count(DEXSCREENER),
    }).toEqual({ pool: 1, candles: 1, rpc: 2, dexscreener: 0 });
    // Closed for the page: its scripts see the host element but not inside it.
    expect(snapshot?.mode).toBe('closed');
    expect(await page.evaluate(() => document.querySelector('lp-risk-lens')?.shadowRoot === null)).toBe(true);
    expect(firefox.pageErrors).toEqual([]);
    await page.screenshot({ path: 'test-results/firefox-overlay-live.png' });
  });

  test('hostile page text is shown literally as text and runs no script', async ({ firefox }) => {
    const { page } = firefox;
    await page.goto(HOSTILE_POOL_PAGE);
    await expect.poll(() => overlayTexts(page, ['lens-pool'])).toEqual({ 'lens-pool': '<i>W<i> / USDT' });
    // The fake APIs do not know this pool: wait for the final live state, then look at everything rendered.
    await expect.poll(() => liveStatus(page)).toMatch(/^(ok|unavailable|unresolved)$/);
    const snapshot = await readOverlay(page);
    expect(snapshot?.tags.filter((tag) => ['i', 'img', 'script', 'iframe', 'object'].includes(tag))).toEqual([]);
    expect(byTestId(snapshot, 'lens-overlay')?.text).toContain('<i>W<i> / USDT');
    expect(await page.evaluate(() => (window as unknown as { __alerts: number }).__alerts)).toBe(0);
    expect(firefox.dialogs).toEqual([]);
  });

  test('no overlay on a DEX swap page; pushState to a pool shows it, to another pool updates it, to swap removes it', async ({
    firefox,
  }) => {
    const { page } = firefox;
    await page.goto('https://app.uniswap.org/swap');
    expect(await page.$eval('#heading', (el) => el.textContent)).toBe('Swap anytime, anywhere.');
    expect(await readOverlay(page)).toBeNull();

    // The content script is running on the swap page: a route change to a pool page brings the overlay.
    await pushRoute(page, `/explore/pools/ethereum/${FAKE_POOL}`, 'WETH / USDC 0.05%', 'v3');
    await expect
      .poll(() => overlayTexts(page, ['lens-pool', 'lens-fee-tier', 'live-pool-fee-apr-24h']))
      .toEqual({
        'lens-pool': 'WETH / USDC',
        'lens-fee-tier': '0.05 %',
        'live-pool-fee-apr-24h': '9.73 %',
      });

    // Another pool (a v2 pair): the background page computes exact constant-product IL for it.
    await pushRoute(
      page,
      '/explore/pools/ethereum/0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc',
      'USDC / WETH 0.3%',
      'v2',
    );
    await expect
      .poll(() => overlayTexts(page, ['lens-pool', 'lens-pool-kind', 'lens-fee-tier', 'lens-il-1']))
      .toEqual({
        'lens-pool': 'USDC / WETH',
        'lens-pool-kind': 'constant product (x·y = k)',
        'lens-fee-tier': '0.30 %',
        'lens-il-1': '-5.72 %',
      });

    await page.evaluate(() => history.pushState({}, '', '/swap'));
    await expect.poll(() => readOverlay(page)).toBeNull();
    expect(firefox.pageErrors).toEqual([]);
  });
});
