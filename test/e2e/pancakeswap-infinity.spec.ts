import { test, expect } from './fixtures';
import { INFINITY_CL_POOL } from './fakes/pancake-infinity-cl';
import { overlayReader } from './overlay-reader';

/**
 * A PancakeSwap Infinity CL pool page (issue 12): BNB/USDT by PoolId on BSC, read from the fake CLPoolManager
 * (test/e2e/fakes/pancake-infinity-cl.ts) through the reader Uniswap v4 shares; the arithmetic is in
 * test/unit/entrypoints/background/pancake-infinity.test.ts.
 */
test.describe('a PancakeSwap Infinity CL pool page (issue 12)', () => {
  test('price, fee swaps pay now and active liquidity from the CLPoolManager, with the hooks said', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(`https://pancakeswap.finance/liquidity/pool/bsc/${INFINITY_CL_POOL}`);
    await expect.poll(() => lens.attr('lens-live', 'data-status'), { timeout: 30_000 }).toBe('ok');
    // slot0: sqrtPriceX96 = 25 x 2^96, both tokens 18 decimals: 25^2 = 625 USDT per BNB; lpFee 2500 = 0.25 %.
    await expect.poll(() => lens.text('live-input-price'), { timeout: 30_000 }).toBe('625 USDT per BNB');
    await expect.poll(() => lens.text('live-input-fee-tier')).toBe('0.25 %');
    await expect.poll(() => lens.text('lens-sources')).toContain('on-chain (PancakeSwap Infinity CLPoolManager)');
    await expect
      .poll(() => lens.text('lens-live'))
      .toContain('Hooks 0x2222…2222: this PancakeSwap Infinity pool runs a hooks contract');
    await expect.poll(() => lens.text('lens-live')).toContain('Dynamic fee: the fee tier can change per swap');
  });
});
