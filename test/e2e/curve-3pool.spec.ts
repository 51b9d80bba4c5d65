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
    await expect
      .poll(() => lens.text('lens-il'), { timeout: 30_000 })
      .toContain('if the price of one coin against the other 2 moves');
    // A() = 2000 and coins(0..2) from the fake 3pool contract; balances 160M DAI / 170M USDC / 170M USDT:
    // 160 / 500 = 32 %, 170 / 500 = 34 %.
    await expect.poll(() => lens.text('lens-il')).toContain('3 coins, A 2000, read on chain');
    await expect
      .poll(() => lens.text('lens-il'))
      .toContain('(this one holds 32.00 % / 34.00 % / 34.00 % of its coins now)');
    // TVL from the Curve API (the chain gives none): the API's usdTotal 499,985,000.5.
    await expect.poll(() => lens.text('live-input-tvl')).toBe('$499.99M');
    await expect.poll(() => lens.text('lens-sources')).toContain('Curve API');
    // core's ilStableswapN(A 2000, 3 coins, one coin at 0.95): balances x = 0.903325, y = 0.0496408 (D = 1);
    // IL = 3 (0.95 x + 2 y) / (0.95 + 2) - 1 = 3 x 0.957441 / 2.95 - 1 = -0.026332 -> "-2.63 %".
    await expect.poll(() => lens.text('lens-il--0.05')).toBe('-2.63 %');
    // One coin at 0.9: -5.70 % (the same model, checked in test/unit/lib/present/live-analysis-n-coins.test.ts).
    await expect.poll(() => lens.text('lens-il--0.1')).toBe('-5.70 %');
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
