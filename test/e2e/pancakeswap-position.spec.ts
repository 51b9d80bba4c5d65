import { test, expect } from './fixtures';
import { overlayReader } from './overlay-reader';
import { PANCAKE_POSITION_PATH } from './pages/pancakeswap';

/**
 * A PancakeSwap v3 position (issue 12): position #777001 on BSC, read from PancakeSwap's position manager,
 * factory and pool on the fake chain (test/e2e/fakes/pancake-v3-position.ts), with GeckoTerminal's pool figures
 * (fakes/geckoterminal-pancake-bsc.ts). The fee arithmetic is worked by hand in
 * test/unit/entrypoints/background/position.test.ts.
 */
test.describe('a PancakeSwap v3 position page (issue 12)', () => {
  test('shows the range, the own share and the uncollected fees read on chain', async ({ extension }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(`https://pancakeswap.finance${PANCAKE_POSITION_PATH}?chain=bsc`);
    await expect.poll(() => lens.attr('lens-live', 'data-status'), { timeout: 30_000 }).toBe('ok');
    // Ticks -70000 / -60000, both tokens 18 decimals: 1.0001^-70000 = 0.000912201 and 1.0001^-60000 =
    // 0.00247950 WBNB per USDT, i.e. 1 / 0.00247950 = 403.308 to 1 / 0.000912201 = 1,096.25 USDT per WBNB.
    await expect
      .poll(() => lens.text('lens-live'), { timeout: 30_000 })
      .toContain('position #777001, range 403.308 – 1,096.25 USDT per WBNB');
    // Own share of the in-range liquidity: the position's 2e18 over the pool's 1e24 (which includes it) = 0.0002 %.
    await expect.poll(() => lens.text('live-fee-share')).toBe('0.0002 %');
    // tokensOwed plus v3-core fee growth (worked in the unit test): 7e18 raw USDT and 5e17 raw WBNB, 18 decimals
    // each; in USD at the pool price 0.0016 WBNB per USDT and WBNB at $625: (7 x 0.0016 + 0.5) x 625 = $319.50.
    await expect.poll(() => lens.text('live-uncollected-fees')).toBe('7 USDT + 0.5 WBNB (≈ $319.50)');
    await expect
      .poll(() => lens.text('live-uncollected-fees-source'))
      .toMatch(/on-chain \(PancakeSwap v3 position and pool\), \d+ s ago/);
    // What is not read is said: the value against holding since entry.
    await expect.poll(() => lens.text('lens-live-notes')).toContain('Value against holding since entry: not known');
  });
});
