import { test, expect } from './fixtures';
import { overlayReader } from './overlay-reader';

/** Curve's 3pool named in the URL: the name resolved through the (fake) Curve API, A and coins read on the fake chain. */
const PAGE = 'https://curve.finance/dex/ethereum/pools/3pool/deposit';

test.describe('Curve 3pool named in the URL (issue 12)', () => {
  test('the name resolves to the pool, and the overlay shows stableswap IL for three coins', async ({ extension }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(PAGE);
    await expect.poll(() => lens.attr('lens-live', 'data-status'), { timeout: 30_000 }).toBe('ok');
    // The chain's coins(i) and symbols: USDC is the first of the two largest balances, so it is the coin that moves.
    await expect
      .poll(() => lens.text('lens-il'), { timeout: 30_000 })
      .toContain('if the price of USDC against the other 2 moves');
    // A() = 2000 from the fake 3pool contract; balances 160M DAI / 170M USDC / 170M USDT: 160 / 500 = 32 %,
    // 170 / 500 = 34 %.
    await expect.poll(() => lens.text('lens-il')).toContain('3 coins, A 2000, read on chain');
    await expect
      .poll(() => lens.text('lens-il'))
      .toContain("modelled from the pool's balances now (32.00 % / 34.00 % / 34.00 %)");
    // TVL from the Curve API (the chain gives none): the API's usdTotal 499,985,000.5.
    await expect.poll(() => lens.text('live-input-tvl')).toBe('$499.99M');
    await expect.poll(() => lens.text('lens-sources')).toContain('Curve API');
    // core's ilStableswapFromBalances (A 2000, balances 160M / 170M / 170M, USDC to 0.95 of its price): -0.026010,
    // matched against Curve's integer _get_D / _get_y in test/unit/core/stableswap-n-balances.test.ts.
    await expect.poll(() => lens.text('lens-il--0.05')).toBe('-2.60 %');
    // USDC to 0.9 of its price: -0.056332.
    await expect.poll(() => lens.text('lens-il--0.1')).toBe('-5.63 %');
  });

  test("Curve's API answering 500 leaves a clear sentence, not a crash", async ({ extension, dexServer }) => {
    dexServer.api.setFault('api.curve.finance', '500');
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(PAGE);
    await expect.poll(() => lens.attr('lens-live', 'data-status'), { timeout: 30_000 }).toBe('unresolved');
    await expect
      .poll(() => lens.text('lens-live'))
      .toContain('The Curve pool "3pool" could not be found: Curve\'s API: server error (HTTP 500).');
    // The header from the URL alone still stands.
    await expect.poll(() => lens.text('lens-il')).toBe(null);
  });
});
