import { test, expect } from './fixtures';
import { overlayReader } from './overlay-reader';

/**
 * A PancakeSwap Infinity CL position (issue 12): #555001 on BSC, read from the fake CLPositionManager and
 * CLPoolManager (test/e2e/fakes/pancake-infinity-cl-position.ts, pancake-infinity-cl.ts); the fee arithmetic
 * is worked by hand in test/unit/entrypoints/background/infinity-cl-position.test.ts.
 */
test.describe('a PancakeSwap Infinity CL position page (issue 12)', () => {
  test('shows the range, the own share and the uncollected fees read on chain', async ({ extension }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto('https://pancakeswap.finance/liquidity/position/infinityCl/555001?chain=bsc');
    await expect.poll(() => lens.attr('lens-live', 'data-status'), { timeout: 30_000 }).toBe('ok');
    await expect.poll(() => lens.text('live-input-price'), { timeout: 30_000 }).toBe('625 USDT per BNB');
    // Ticks 60000 / 70000, both tokens 18 decimals: 1.0001^60000 = 403.308 and 1.0001^70000 = 1,096.25 USDT per BNB.
    await expect
      .poll(() => lens.text('lens-live'))
      .toContain('position #555001, range 403.308 – 1,096.25 USDT per BNB');
    // Own share of the in-range liquidity: 2e20 over the pool's 1e24 = 0.02 %.
    await expect.poll(() => lens.text('live-fee-share')).toBe('0.02 %');
    // 195,312,500,000,000,000 raw BNB = 0.1953125 BNB (shown to 6 digits) and 1.5625e18 raw USDT = 1.5625 USDT
    // (18 decimals each); in USD at the pool price 625 USDT per BNB and USDT at GeckoTerminal's 0.0016 x $625 = $1:
    // 0.1953125 x 625 + 1.5625 = 122.0703 + 1.5625 = $123.63.
    await expect.poll(() => lens.text('live-uncollected-fees')).toBe('0.195313 BNB + 1.5625 USDT (≈ $123.63)');
    await expect
      .poll(() => lens.text('live-uncollected-fees-source'))
      .toMatch(/on-chain \(PancakeSwap Infinity CL position and pool\), \d+ s ago/);
  });
});
