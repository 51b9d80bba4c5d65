import type { BrowserContext, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { FAKE_POOL } from './fake-api';
import { overlayReader, type OverlayReader } from './overlay-reader';

const POOL_PAGE = `https://app.uniswap.org/explore/pools/ethereum/${FAKE_POOL}`;
const GECKO = 'api.geckoterminal.com';
const DEXSCREENER = 'api.dexscreener.com';
const RPC = 'ethereum-rpc.publicnode.com';

/** The overlay's live-data status: loading, ok, unavailable or unresolved. */
const liveStatus = (lens: OverlayReader) => lens.attr('lens-live', 'data-status');

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Counts unhandled promise rejections inside the service worker from now on. */
async function watchRejections(context: BrowserContext): Promise<() => Promise<number>> {
  const worker = await serviceWorker(context);
  await worker.evaluate(`(() => {
    if (self.__lensRejections !== undefined) return;
    self.__lensRejections = 0;
    self.addEventListener('unhandledrejection', () => { self.__lensRejections += 1; });
  })()`);
  return async () => (await worker.evaluate('self.__lensRejections')) as number;
}

/** Makes every cached API answer 10 minutes old, past its TTL, as if time had passed. */
async function ageCache(context: BrowserContext): Promise<void> {
  const worker = await serviceWorker(context);
  await worker.evaluate(`(async () => {
    const all = await chrome.storage.local.get(null);
    const aged = {};
    for (const [key, entry] of Object.entries(all)) {
      if (key.startsWith('lens:cache:')) aged[key] = { ...entry, fetchedAt: entry.fetchedAt - 10 * 60 * 1000 };
    }
    await chrome.storage.local.set(aged);
  })()`);
}

test.describe('live pool data through the service worker', () => {
  test('the overlay shows live figures from the providers, with their sources', async ({ extension, dexServer }) => {
    const rejections = await watchRejections(extension.context);
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(POOL_PAGE);
    await expect.poll(() => liveStatus(lens)).toBe('ok');
    // 80M volume * 0.05 % * 365 / 150,000,000.5 TVL (GeckoTerminal fixture) = 9.73 %.
    await expect.poll(() => lens.text('live-pool-fee-apr-24h')).toBe('9.73 %');
    // $1,000 full range at P = 0.0004 WETH/USDC, WETH at $2,500.1: dL = 0.39998 / 0.04 = 9.9996 against
    // on-chain liquidity 1.5e19 / 10^((6+18)/2) = 1.5e7 -> 0.0000667 %.
    await expect.poll(() => lens.text('live-fee-share')).toBe('0.0000667 %');
    await expect.poll(() => lens.text('lens-fee-tier')).toBe('0.05 %');
    await expect
      .poll(() => lens.text('live-input-volatility'))
      .toMatch(/^\d+\.\d\d % a year, from 31 daily closes, none missing$/);
    await expect.poll(() => lens.text('lens-sources')).toContain('GeckoTerminal API');
    await expect.poll(() => lens.text('lens-sources')).toContain('on-chain (JSON-RPC)');
    await expect.poll(() => lens.count('lens-live-notes')).toBe(0);
    expect(dexServer.api.count(DEXSCREENER)).toBe(0); // the fallback is not asked while GeckoTerminal answers
    await page.screenshot({ path: 'test-results/overlay-live.png' });
    expect(await rejections()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('ten tabs on the same pool cause one request per API and TTL', async ({ extension, dexServer }) => {
    const pages = await Promise.all(Array.from({ length: 10 }, () => extension.context.newPage()));
    await Promise.all(pages.map((page) => page.goto(POOL_PAGE)));
    for (const page of pages) {
      const lens = overlayReader(page);
      await expect.poll(() => liveStatus(lens)).toBe('ok');
    }
    expect(dexServer.api.count(GECKO, `/api/v2/networks/eth/pools/${FAKE_POOL}?`)).toBe(1);
    expect(dexServer.api.count(GECKO, `/api/v2/networks/eth/pools/${FAKE_POOL}/ohlcv`)).toBe(1);
    // One batch for the pool (its tokens' decimals came with GeckoTerminal's answer) and one for the gas price.
    expect(dexServer.api.count(RPC)).toBe(2);
  });

  for (const fault of ['429', '500', 'malformed', 'reset'] as const) {
    test(`GeckoTerminal ${fault}: falls back to DexScreener and says what is missing`, async ({
      extension,
      dexServer,
    }) => {
      const rejections = await watchRejections(extension.context);
      dexServer.api.setFault(GECKO, fault);
      const page = await extension.context.newPage();
      const lens = overlayReader(page);
      await page.goto(POOL_PAGE);
      await expect.poll(() => liveStatus(lens)).toBe('ok');
      // TVL and volume from DexScreener, fee tier on chain: the fee APR still stands, from named sources.
      await expect.poll(() => lens.text('live-pool-fee-apr-24h')).toBe('9.73 %');
      await expect.poll(() => lens.text('lens-sources')).toContain('DexScreener API');
      await expect.poll(() => lens.text('lens-live-notes')).toContain('GeckoTerminal API');
      await expect.poll(() => lens.text('lens-live-notes')).toContain('volatility: no provider gave it');
      await expect.poll(() => lens.count('live-input-volatility')).toBe(0);
      expect(await rejections()).toBe(0);
    });
  }

  test('every provider down and nothing cached: a clear unavailable state, then recovery', async ({
    extension,
    dexServer,
  }) => {
    const rejections = await watchRejections(extension.context);
    for (const host of [GECKO, DEXSCREENER, RPC]) dexServer.api.setFault(host, '500');
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(POOL_PAGE);
    // Retries of three failing hosts end within the worker's 8 s deadline; the default 5 s poll is too short.
    await expect.poll(() => liveStatus(lens), { timeout: 15_000 }).toBe('unavailable');
    await expect.poll(() => lens.text('lens-live-status')).toBe('Live pool data is unavailable right now.');
    await expect.poll(() => lens.text('lens-live-notes')).toContain('server error (HTTP 500)');
    await expect(page.locator('body')).not.toContainText('NaN');
    await expect.poll(() => lens.text()).not.toContain('NaN');

    dexServer.api.reset();
    await page.reload();
    await expect.poll(() => liveStatus(lens)).toBe('ok');
    await expect.poll(() => lens.text('live-pool-fee-apr-24h')).toBe('9.73 %');
    expect(await rejections()).toBe(0);
  });

  test('a refresh that fails shows the cached data with its age, and recovers when the fault clears', async ({
    extension,
    dexServer,
  }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(POOL_PAGE);
    await expect.poll(() => lens.text('live-pool-fee-apr-24h')).toBe('9.73 %');
    await ageCache(extension.context);
    for (const host of [GECKO, DEXSCREENER, RPC]) dexServer.api.setFault(host, '429');
    await page.reload();
    // Each API answers 429 with Retry-After: 1 s, three attempts each, DexScreener only after GeckoTerminal: ~5 s.
    await expect.poll(() => liveStatus(lens), { timeout: 12_000 }).toBe('ok');
    await expect.poll(() => lens.text('live-pool-fee-apr-24h')).toBe('9.73 %');
    await expect
      .poll(() => lens.text('lens-live-notes'))
      .toContain('rate limited (HTTP 429); showing its data from 10 min ago');
    await expect.poll(() => lens.text('lens-sources')).toContain('10 min ago');

    dexServer.api.reset();
    await page.reload();
    // Pool stats (5 min TTL) are fetched again; daily candles (6 h TTL) may stay 10 minutes old.
    await expect.poll(() => lens.text('lens-sources')).toMatch(/TVL[^:]*: GeckoTerminal API, \d+ s ago/);
    await expect.poll(() => lens.count('lens-live-notes')).toBe(0);
  });

  test('an API slower than the deadline ends in a clear state, not a spinner', async ({ extension, dexServer }) => {
    test.setTimeout(40_000);
    for (const host of [GECKO, DEXSCREENER, RPC]) dexServer.api.setFault(host, 'slow');
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(POOL_PAGE);
    await expect.poll(() => liveStatus(lens), { timeout: 15_000 }).toBe('unavailable');
    await expect.poll(() => lens.text('lens-live-notes')).toContain('no answer before the deadline');
  });

  test('popup lookups by URL and by address give the same figures as the overlay', async ({ extension }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(POOL_PAGE);
    await expect.poll(() => lens.text('live-pool-fee-apr-24h')).toBe('9.73 %');
    // The popup's verdict stands on the same basis as the overlay's projections: the 7-day average volume.
    const overlayFigures = {
      apr: await lens.text('live-pool-fee-apr-7d'),
      share: await lens.text('live-fee-share'),
      lvr: await lens.text('live-lvr'),
    };

    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await popup.getByTestId('tab-lookup').click();
    for (const [query, chain] of [
      [POOL_PAGE, null],
      [FAKE_POOL.toUpperCase().replace('0X', '0x'), 'ethereum'],
    ] as const) {
      await popup.getByTestId('lookup-query').fill(query);
      if (chain) await popup.getByTestId('lookup-chain').selectOption(chain);
      await popup.getByTestId('lookup-submit').click();
      const result = popup.getByTestId('lookup-result');
      await expect(result.getByTestId('pool-fee-apr')).toHaveText(overlayFigures.apr!);
      await expect(result.getByTestId('fee-share')).toHaveText(overlayFigures.share!);
      await expect(result.getByTestId('lvr-rate')).toHaveText(overlayFigures.lvr!);
      await expect(result.getByTestId('lookup-sources')).toContainText('GeckoTerminal API');
    }
    await expect(popup.getByTestId('lookup-pool-name')).toHaveText('USDC / WETH');
    // A pool lookup has no range of the user's: no range odds for the full-range stand-in.
    await expect(popup.getByTestId('lookup-result').getByTestId('range-status')).toHaveCount(0);
    await expect(popup.getByTestId('recent-lookup')).toHaveCount(1); // one pool, whether found by URL or address
    await expect(popup.getByTestId('recent-lookup')).toHaveText('USDC / WETH (ethereum)');

    await popup.getByTestId('lookup-query').fill('0x1234');
    await popup.getByTestId('lookup-submit').click();
    await expect(popup.getByTestId('lookup-unresolved')).toContainText('Not a pool address');
    await popup.screenshot({ path: 'test-results/popup-lookup.png', fullPage: true });
  });

  test('the deposit set in the popup sizes the overlay, and a bad RPC URL is refused with a reason', async ({
    extension,
  }) => {
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await popup.getByTestId('tab-settings').click();
    await popup.getByTestId('settings-deposit').fill('-5');
    await popup.getByTestId('settings-deposit').press('Enter');
    await expect(popup.getByTestId('settings-message')).toHaveText('Deposit must be more than 0.');
    await popup.getByTestId('settings-deposit').fill('2000');
    await popup.getByTestId('settings-deposit').press('Enter');
    await expect(popup.getByTestId('settings-message')).toHaveText('Deposit saved.');
    await popup.getByTestId('rpc-ethereum').fill('http://insecure.example/rpc');
    await popup.getByTestId('rpc-ethereum').press('Enter');
    await expect(popup.getByTestId('settings-message')).toContainText(
      'ethereum: an RPC URL must be https, without a user name or password, at a known provider',
    );
    await popup.getByTestId('rpc-ethereum').fill('https://my-own-node.example/rpc');
    await popup.getByTestId('rpc-ethereum').press('Enter');
    await expect(popup.getByTestId('settings-message')).toContainText('at a known provider');

    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(POOL_PAGE);
    await expect
      .poll(() => lens.evaluate('lens-deposit-input', (el) => (el as HTMLInputElement).value))
      .toBe('2,000.00');
    // Twice the deposit, twice the (tiny) share: 0.000133 %.
    await expect.poll(() => lens.text('live-fee-share')).toBe('0.000133 %');
  });

  test('an Aerodrome deposit page names a pair: the pool is found through the factory, then looked up', async ({
    extension,
    dexServer,
  }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(
      'https://aerodrome.finance/deposit?token0=0x4200000000000000000000000000000000000006&token1=0x833589fcd6edb6e08f4c7c32d4f71b54bda02913&type=-1',
    );
    await expect.poll(() => liveStatus(lens)).toBe('ok');
    await expect.poll(() => lens.text('live-pool-fee-apr-24h')).toBe('9.73 %');
    expect(dexServer.api.count('api.geckoterminal.com', `/api/v2/networks/base/pools/${FAKE_POOL}?`)).toBe(1);
    // The pool's tokens were checked (GoPlus), and its Aerodrome gauge read through to its reward token's price.
    await expect.poll(() => dexServer.api.count('api.gopluslabs.io', '/api/v1/token_security/8453?')).toBe(1);
    await expect.poll(() => dexServer.api.count('coins.llama.fi', '/prices/current/base:')).toBe(1);
  });

  test('a Uniswap v3 position page: the position is read on chain, and its own share of the fees shown', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto('https://app.uniswap.org/positions/v3/ethereum/123456');
    await expect.poll(() => liveStatus(lens)).toBe('ok');
    // Ticks 195000..201000 with USDC (6) / WETH (18): 1.0001^tick * 10^-12 = 0.000293981 .. 0.000535652 WETH per
    // USDC, shown as Uniswap shows it, in USDC per WETH: 1 / 0.000535652 = 1,866.88 to 1 / 0.000293981 = 3,401.58.
    await expect
      .poll(() => lens.text('lens-live'))
      .toContain('position #123456, range 1,866.88 – 3,401.58 USDC per WETH');
    await expect.poll(() => lens.text('lens-price-unit')).toBe('USDC per WETH');
    await expect.poll(() => lens.text('lens-deposit')).toContain('the position, valued at the pool price');
    await page.screenshot({ path: 'test-results/overlay-position.png' });
    // Its liquidity 1e15 over the pool's active 1.5e19 (which includes it): 0.00667 %.
    await expect.poll(() => lens.text('live-fee-share')).toBe('0.00667 %');
    // Seven IL columns fit the overlay's width: no figure is clipped.
    const clipped = await lens.evaluate(
      'lens-il',
      (el) => [...el.querySelectorAll('td, th')].filter((c) => c.scrollWidth > c.clientWidth).length,
    );
    expect(clipped).toBe(0);
    await page.goto('https://app.uniswap.org/positions/v3/ethereum/999');
    await expect.poll(() => liveStatus(lens)).toBe('unresolved');
    await expect.poll(() => lens.text('lens-live-notes')).toContain('The position does not exist');
  });
});

test.describe('figures in the units and amounts the user thinks in (issue 8)', () => {
  test('an add-liquidity page: the amounts typed are the deposit, prices read in the page unit, and flip', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(`https://app.uniswap.org/positions/add/ethereum/${FAKE_POOL}`);
    await expect.poll(() => liveStatus(lens)).toBe('ok');
    // 0.5 ETH at $2,500.1 + 1,000 USDC at 0.0004 WETH x $2,500.1 = $1.00004: $1,250.05 + $1,000.04.
    await expect.poll(() => lens.attr('lens-deposit', 'data-from')).toBe('page');
    await expect.poll(() => lens.text('lens-deposit-usd')).toBe('$2,250.09');
    await expect.poll(() => lens.text('lens-deposit')).toContain('0.5 ETH + 1000 USDC typed on the page');
    // The page quotes USDC per WETH (its range 1,500 - 2,500 around 2,000): so does the overlay.
    await expect.poll(() => lens.text('lens-price-unit')).toBe('USDC per WETH');
    await expect.poll(() => lens.text('lens-live')).toContain('your range 1,500 – 2,500 USDC per WETH');
    await expect.poll(() => lens.text('live-input-price')).toBe('2,500 USDC per WETH');
    await page.screenshot({ path: 'test-results/overlay-add-liquidity-live.png' });
    // Turned round: 1 / 2,500 = 0.0004 and 1 / 1,500 = 0.000666667 WETH per USDC.
    await lens.click('lens-flip');
    await expect.poll(() => lens.text('lens-price-unit')).toBe('WETH per USDC');
    await expect.poll(() => lens.text('lens-live')).toContain('your range 0.0004 – 0.000666667 WETH per USDC');
    await expect.poll(() => lens.text('live-input-price')).toBe('0.0004 WETH per USDC');
  });

  test('the deposit is edited in the overlay, checked, remembered, and the figures follow', async ({ extension }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(POOL_PAGE);
    await expect.poll(() => lens.text('live-fee-share')).toBe('0.0000667 %');
    await lens.focus('lens-deposit-input');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => lens.text('lens-deposit-error'))
      .toBe('Use a plain dollar amount with at most two decimals, e.g. 2500.50.');
    await expect.poll(() => lens.text('live-fee-share')).toBe('0.0000667 %');
    await lens.focus('lens-deposit-input');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2500');
    await page.keyboard.press('Enter');
    // 2.5 times the deposit, 2.5 times the tiny share: 0.0000667 % x 2.5 = 0.000167 %.
    await expect.poll(() => lens.text('live-fee-share')).toBe('0.000167 %');
    await expect.poll(() => lens.count('lens-deposit-error')).toBe(0);
    // Remembered: the popup's setting shows it, and a new tab uses it.
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await popup.getByTestId('tab-settings').click();
    await expect(popup.getByTestId('settings-deposit')).toHaveValue('2500');
    const again = await extension.context.newPage();
    await again.goto(POOL_PAGE);
    await expect.poll(() => overlayReader(again).text('live-fee-share')).toBe('0.000167 %');
  });
});
