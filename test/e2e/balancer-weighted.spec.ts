import { test, expect } from './fixtures';
import { overlayReader } from './overlay-reader';

/**
 * Balancer v2 80BAL/20WETH (issue 12): the weights and swap fee come from the pool contract (the fake chain's
 * getNormalizedWeights / getSwapFeePercentage), TVL, volume and candles from GeckoTerminal
 * (test/e2e/fakes/geckoterminal-balancer.ts); the IL is the weighted pool's, with the weights it read.
 */
test.describe('a Balancer 80/20 pool page (issue 12)', () => {
  test('shows the live weighted IL with the weights read on chain', async ({ extension }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(
      'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
    );
    await expect.poll(() => lens.attr('lens-live', 'data-status'), { timeout: 30_000 }).toBe('ok');
    await expect
      .poll(() => lens.text('lens-il'), { timeout: 30_000 })
      .toContain('any deposit (weighted pool, weights 80 / 20 read on chain)');
    // Weighted IL when token0's price in token1 moves by a factor r: value in the pool against holding is
    // r^w0 / (w0 r + w1). BAL (token0, the lower address) weighs 0.8 and moves against WETH:
    //   r = 2:   2^0.8 = 1.741101; 0.8 x 2 + 0.2 = 1.8;   1.741101 / 1.8 = 0.967278 -> -3.27 %
    //   r = 0.5: 0.5^0.8 = 0.574349; 0.8 x 0.5 + 0.2 = 0.6; 0.574349 / 0.6 = 0.957248 -> -4.28 %
    // (a 50/50 pool would lose 5.72 % at r = 2: the heavy side loses less).
    await expect.poll(() => lens.text('lens-il'), { timeout: 30_000 }).toContain('the BAL price in WETH');
    await expect.poll(() => lens.text('lens-il-1')).toBe('-3.27 %');
    await expect.poll(() => lens.text('lens-il--0.5')).toBe('-4.28 %');
    await expect.poll(() => lens.text('lens-sources')).toContain('on-chain (JSON-RPC)');
    await expect.poll(() => lens.text('live-input-fee-tier')).toBe('1.00 %');
  });
});
