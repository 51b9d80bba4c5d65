import { test, expect } from './fixtures';
import { FAKE_V4_POOL } from './fake-api';
import { overlayReader } from './overlay-reader';

test.describe('a Uniswap v4 pool page, read through StateView (issue 12)', () => {
  test('fee tier, price and active liquidity come from the chain, and IL and the fee share follow', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(`https://app.uniswap.org/explore/pools/ethereum/${FAKE_V4_POOL}`);
    await expect.poll(() => lens.attr('lens-live', 'data-status')).toBe('ok');
    // slot0: sqrtPriceX96 = 5e-5 x 2^96 with 18 / 6 decimals: 2,500 USDC per ETH; lpFee 500 = 0.05 %.
    await expect.poll(() => lens.text('live-input-price')).toBe('2,500 USDC per ETH');
    await expect.poll(() => lens.text('live-input-fee-tier')).toBe('0.05 %');
    await expect.poll(() => lens.text('lens-inputs')).toContain('on-chain (Uniswap v4 StateView)');
    await expect
      .poll(() => lens.text('lens-sources'))
      .toContain('price, active liquidity, fee tier: on-chain (Uniswap v4 StateView)');
    // USDC's USD price is GeckoTerminal's, turned to the chain's token order: both sources are named.
    await expect
      .poll(() => lens.text('lens-sources'))
      .toContain('token prices: on-chain (Uniswap v4 StateView) and GeckoTerminal API');
    // A $1,000 full-range deposit against 1.5e19 / 10^12 = 1.5e7 of in-range liquidity, as on the v3 pool.
    await expect.poll(() => lens.text('live-fee-share')).toBe('0.0000667 %');
    await expect
      .poll(() => lens.text('lens-il'))
      .toContain('if the ETH price in USDC moves, for a full-range position');
    await expect.poll(() => lens.text('lens-il-1')).toBe('-5.72 %');
  });
});
