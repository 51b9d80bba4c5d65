/** The overlay on Uniswap pages that reproduce the app's own markup (test/fixtures/pages/sites/uniswap/). */
import { expect, test } from '../fixtures';
import { overlayReader } from '../overlay-reader';

const POOL = '0x88E6A0c2dDD26FEEb64F039a2c41296FcB3f5640';
const FEE = encodeURIComponent('{"feeAmount":500,"tickSpacing":10,"isDynamic":false}');

test.describe('Uniswap, real markup', () => {
  test('pool details page: names the pair and shows IL', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(`https://app.uniswap.org/explore/pools/ethereum/${POOL}`);
    const lens = overlayReader(page);
    await expect.poll(() => lens.text('lens-pool')).toMatch(/USDC \/ WETH|WETH \/ USDC/);
    await expect.poll(() => lens.text('lens-il')).toContain('full-range');
  });

  test('add-position form: names the pair and shows IL for the typed range', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(`https://app.uniswap.org/positions/add/ethereum/${POOL}`);
    const lens = overlayReader(page);
    await expect.poll(() => lens.text('lens-pool')).toMatch(/WETH \/ USDC|USDC \/ WETH/);
    await expect.poll(() => lens.text('lens-il')).toContain('your range 2,000 – 3,000 USDC per WETH');
  });

  test('add-position form in percentage mode: the range is the prices, never the percentages', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(
      `https://app.uniswap.org/positions/add/new?currencyA=0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2&currencyB=0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48&chain=ethereum&fee=${FEE}&protocolVersion=v3`,
    );
    const lens = overlayReader(page);
    await expect.poll(() => lens.text('lens-pool')).toMatch(/WETH \/ USDC|USDC \/ WETH/);
    // No pool address in this URL, so no live data: the IL table uses the page's own range and price.
    await expect.poll(() => lens.text('lens-il')).toContain('range on this page: 2,000 – 3,000, price 2,500');
    const il = (await lens.text('lens-il')) ?? '';
    expect(il).not.toContain('-20 –');
    expect(il).not.toContain('20.00');
  });
});
