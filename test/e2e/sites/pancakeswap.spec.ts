import { test, expect } from '../fixtures';
import { overlayReader } from '../overlay-reader';
import { PANCAKE_ADD_V3_PATH } from '../pages/pancakeswap';

/** The real-markup v3 add form (test/fixtures/pages/sites/pancakeswap/add-v3.html) on its real URL. */
const ADD_V3 = `https://pancakeswap.finance${PANCAKE_ADD_V3_PATH}?chain=eth`;

test.describe('PancakeSwap v3 add-liquidity form', () => {
  test('names the pair and shows IL for the range typed on the page', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(ADD_V3);
    const lens = overlayReader(page);
    await expect.poll(() => lens.visible('lens-overlay')).toBe(true);
    await expect.poll(() => lens.text('lens-where')).toMatch(/PancakeSwap · Ethereum · add liquidity/);
    // The pool header's pair, in the pool's token order.
    await expect.poll(() => lens.text('lens-pool')).toBe('USDC / WETH');
    await expect.poll(() => lens.text('lens-fee-tier')).toBe('0.05 %');
    await expect.poll(() => lens.text('lens-pool-kind')).toBe('concentrated liquidity');
    // The range typed under "Min Price" / "Max Price" and the header's current price.
    await expect.poll(() => lens.text('lens-il')).toContain('the range on this page: 2,000 – 3,000, price 2,500');
    await expect.poll(() => lens.text('lens-il-1')).toMatch(/^-\d+(\.\d+)? %$/);
    // A pair page: the pool behind it is not looked up for PancakeSwap, and the overlay says so.
    await expect.poll(() => lens.attr('lens-live', 'data-status')).toMatch(/^(unavailable|unresolved)$/);
  });

  test('follows an edit of the range and warns when the price leaves it', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(ADD_V3);
    const lens = overlayReader(page);
    await expect.poll(() => lens.text('lens-il')).toContain('2,000 – 3,000');
    await page.locator('input[title="Token Amount"]').nth(1).fill('2400');
    await expect.poll(() => lens.text('lens-il')).toContain('2,000 – 2,400');
    await expect.poll(() => lens.visible('lens-warning-price-out-of-range')).toBe(true);
  });
});
