import { test, expect } from './fixtures';
import { overlayReader } from './overlay-reader';

/**
 * A Uniswap v4 position (issue 12): #424242 on Ethereum, read from the fake PositionManager and StateView
 * (test/e2e/fakes/uniswap-v4-position.ts) in the ETH/USDC 0.05 % pool the fake chain serves by PoolId
 * (fake-api.ts FAKE_V4_POOL: 2,500 USDC per ETH, in-range liquidity 1.5e19). The packing and the fee arithmetic
 * are worked by hand in test/unit/entrypoints/background/v4-position.test.ts.
 */
test.describe('a Uniswap v4 position page (issue 12)', () => {
  test('shows the range, the own share and the uncollected fees read through PositionManager and StateView', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto('https://app.uniswap.org/positions/v4/ethereum/424242');
    await expect.poll(() => lens.attr('lens-live', 'data-status'), { timeout: 30_000 }).toBe('ok');
    // The pool itself, from StateView by the PoolId of the position's key: 2,500 USDC per ETH at 0.05 %.
    await expect.poll(() => lens.text('live-input-price'), { timeout: 30_000 }).toBe('2,500 USDC per ETH');
    await expect.poll(() => lens.text('live-input-fee-tier')).toBe('0.05 %');
    // Ticks -200000 / -196000, ETH 18 and USDC 6 decimals: 1.0001^-200000 x 10^12 = 2,063.2157 and
    // 1.0001^-196000 x 10^12 = 3,077.8945 USDC per ETH.
    await expect
      .poll(() => lens.text('lens-live'), { timeout: 30_000 })
      .toContain('position #424242, range 2,063.22 – 3,077.89 USDC per ETH');
    // Own share of the in-range liquidity: the position's 1.5e15 over the pool's 1.5e19 (which includes it) = 0.01 %.
    await expect.poll(() => lens.text('live-fee-share')).toBe('0.01 %');
    // v4-core fee growth since the checkpoint (worked in the unit test): 3e15 raw ETH (18 decimals) = 0.003 ETH
    // and 1,430,511,474 raw USDC (6 decimals) = 1,430.511474 USDC. In USD at the pool price (2,500 USDC per ETH)
    // with USDC at GeckoTerminal's 0.0004 ETH x $2,500.1 = $1.00004: (0.003 x 2,500 + 1,430.511474) x 1.00004
    // = 1,438.011474 x 1.00004 = $1,438.069.
    await expect.poll(() => lens.text('live-uncollected-fees')).toBe('0.003 ETH + 1,430.51 USDC (≈ $1,438.07)');
    await expect
      .poll(() => lens.text('live-uncollected-fees-source'))
      .toMatch(/on-chain \(Uniswap v4 position and pool\), \d+ s ago/);
  });
});
