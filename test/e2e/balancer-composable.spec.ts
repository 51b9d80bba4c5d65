import { test, expect } from './fixtures';
import { overlayReader } from './overlay-reader';
import { BALANCER_STABLE_3_ID, BALANCER_V3_STABLE, BALANCER_WEIGHTED_3_ID } from './fakes/balancer-n-tokens';

/**
 * Balancer v2 and v3 pools of three tokens (issue 12), read on the fake chain (test/e2e/fakes/balancer-n-tokens.ts):
 * the pool's weights or A, its id, and the Vault's getPoolTokens for balances and tokens. No API knows these
 * made-up pools: every figure shown comes from the chain.
 */
test.describe('Balancer v2 and v3 pools of three tokens (issue 12)', () => {
  test('a 1/3 weighted pool shows the IL of one token moving against the other two', async ({ extension }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(`https://balancer.fi/pools/ethereum/v2/${BALANCER_WEIGHTED_3_ID}`);
    await expect.poll(() => lens.attr('lens-live', 'data-status'), { timeout: 30_000 }).toBe('ok');
    // WBTC / USDC / WETH in the Vault's order, weights 1/3 each: the first token moves.
    await expect
      .poll(() => lens.text('lens-il'), { timeout: 30_000 })
      .toContain('if the price of WBTC against the other 2 moves');
    await expect
      .poll(() => lens.text('lens-il'))
      .toContain('3 tokens, weights 33.33 % / 33.33 % / 33.33 % read on chain');
    // r^(1/3) / ((r + 2) / 3) - 1:
    //   r = 2:   1.259921 / 1.333333 = 0.944941 -> -5.51 %
    //   r = 0.5: 0.793701 / 0.833333 = 0.952441 -> -4.76 %
    //   r = 1.1: 1.032280 / 1.033333 = 0.998981 -> -0.10 %
    await expect.poll(() => lens.text('lens-il-1')).toBe('-5.51 %');
    await expect.poll(() => lens.text('lens-il--0.5')).toBe('-4.76 %');
    await expect.poll(() => lens.text('lens-il-0.1')).toBe('-0.10 %');
  });

  test('a composable stable pool: its BPT left out, A and balances read, the n-coin depeg table', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(`https://balancer.fi/pools/ethereum/v2/${BALANCER_STABLE_3_ID}`);
    await expect.poll(() => lens.attr('lens-live', 'data-status'), { timeout: 30_000 }).toBe('ok');
    // A = 2,000,000 / 1,000 = 2000; the Vault's four tokens less the BPT: DAI, USDC, USDT, 160M / 170M / 170M
    // (160 / 500 = 32 %, 170 / 500 = 34 %). USDC is the first of the two largest balances: it moves.
    await expect
      .poll(() => lens.text('lens-il'), { timeout: 30_000 })
      .toContain('if the price of USDC against the other 2 moves');
    await expect.poll(() => lens.text('lens-il')).toContain('3 coins, A 2000, read on chain');
    await expect
      .poll(() => lens.text('lens-il'))
      .toContain("modelled from the pool's balances now (32.00 % / 34.00 % / 34.00 %)");
    // The same A convention as Curve's (StableMath's ampTimesTotal = A n, Curve's Ann = A n), so the same table
    // as Curve's 3pool in curve-3pool.spec.ts, matched against Curve's integer _get_D / _get_y in
    // test/unit/core/stableswap-n-balances.test.ts: USDC to 0.95 -> -2.60 %, to 0.9 -> -5.63 %.
    await expect.poll(() => lens.text('lens-il--0.05')).toBe('-2.60 %');
    await expect.poll(() => lens.text('lens-il--0.1')).toBe('-5.63 %');
  });

  test('a v3 stable pool: coins from getTokenInfo, sDAI counted at its rate, the depeg table', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(`https://balancer.fi/pools/ethereum/v3/${BALANCER_V3_STABLE}`);
    await expect.poll(() => lens.attr('lens-live', 'data-status'), { timeout: 30_000 }).toBe('ok');
    // 128M sDAI at its rate 1.25 = 160M, 170M USDC, 170M USDT: the 3pool's shares 32 / 34 / 34 %, USDC moving.
    await expect
      .poll(() => lens.text('lens-il'), { timeout: 30_000 })
      .toContain('if the price of USDC against the other 2 moves');
    await expect
      .poll(() => lens.text('lens-il'))
      .toContain("3 coins, A 2000, read on chain; modelled from the pool's balances now (32.00 % / 34.00 % / 34.00 %)");
    // So the same table as the 3pool's (checked against Curve's integer math): -2.60 % at 0.95, -5.63 % at 0.9.
    await expect.poll(() => lens.text('lens-il--0.05')).toBe('-2.60 %');
    await expect.poll(() => lens.text('lens-il--0.1')).toBe('-5.63 %');
    await expect
      .poll(() => lens.text('lens-live-notes'))
      .toContain('balances are counted at the token rates its math uses (sDAI × 1.2500, read on chain)');
  });
});
