/**
 * SushiSwap on its real hostname, with a fixture page reproducing the v3 "New position" form
 * (test/fixtures/pages/sites/sushiswap/v3-create-position.html, from sushi-labs/sushiswap's own components).
 */
import { expect, test } from '../fixtures';
import { overlayReader } from '../overlay-reader';

const CREATE = 'https://sushi.com/ethereum/pool/v3/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640/create';

test.describe('SushiSwap v3 add-liquidity form', () => {
  test('names the pair read from the page and shows IL for the typed range', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(CREATE);
    const lens = overlayReader(page);
    await expect.poll(() => lens.visible('lens-overlay')).toBe(true);
    await expect.poll(() => lens.text('lens-where')).toMatch(/SushiSwap · Ethereum · add liquidity/);
    await expect.poll(() => lens.text('lens-pool')).toBe('USDC / ETH');
    await expect.poll(() => lens.text('lens-fee-tier')).toBe('0.05 %');
    // The range typed in ETH per USDC (1/3000 .. 1/2000), not a full-range estimate.
    await expect.poll(() => lens.text('lens-il')).toMatch(/(your range|the range on this page)/);
    await expect.poll(() => lens.text('lens-il')).not.toContain('full-range');
    await expect.poll(() => lens.text('lens-il-1')).toMatch(/^-\d/);
    await expect.poll(() => lens.attr('lens-live', 'data-status')).toMatch(/^(ok|unavailable|unresolved)$/);
  });
});
