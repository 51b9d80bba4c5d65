import { test, expect } from './fixtures';
import { overlayReader } from './overlay-reader';

const UNI_POOL = 'https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const UNI_V2_PAIR = 'https://app.uniswap.org/explore/pools/ethereum/0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc';
/** The fake APIs' pool on a page whose own script attacks the overlay (fixture.attackOverlay in dex.html). */
const HOSTILE_SCRIPT_POOL = 'https://sushi.com/ethereum/pool/v3/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';

test.describe('overlay on real DEX hostnames', () => {
  const sites: [string, string, RegExp][] = [
    [UNI_POOL, 'WETH / USDC', /Uniswap · Ethereum · pool page/],
    [
      'https://pancakeswap.finance/liquidity/pool/bsc/0x172fcd41e0913e95784454622d1c3724f546f849',
      'USDT / WBNB',
      /PancakeSwap · BSC · pool page/,
    ],
    ['https://curve.finance/dex/ethereum/pools/3pool/deposit', 'pool 3pool', /Curve · Ethereum · add liquidity/],
    [
      'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
      '80BAL / 20WETH',
      /Balancer · Ethereum · pool page/,
    ],
    [
      'https://aerodrome.finance/deposit?token0=0x4200000000000000000000000000000000000006&token1=0x833589fcd6edb6e08f4c7c32d4f71b54bda02913&type=-1',
      'WETH / USDC',
      /Aerodrome · Base · add liquidity/,
    ],
    [
      'https://www.geckoterminal.com/eth/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
      'WETH / USDC',
      /GeckoTerminal · Ethereum · pool page/,
    ],
    [
      'https://dexscreener.com/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
      'WETH / USDC',
      /DexScreener · Ethereum · pool page/,
    ],
  ];
  for (const [url, pool, where] of sites) {
    test(`appears on ${new URL(url).host}`, async ({ extension }) => {
      const page = await extension.context.newPage();
      await page.goto(url);
      const lens = overlayReader(page);
      await expect.poll(() => lens.visible('lens-overlay')).toBe(true);
      await expect.poll(() => lens.text('lens-pool')).toBe(pool);
      await expect.poll(() => lens.text('lens-where')).toMatch(where);
      // The fake APIs know one pool; every other page ends in a clear live-data state, never a spinner.
      await expect.poll(() => lens.attr('lens-live', 'data-status')).toMatch(/^(ok|unavailable|unresolved)$/);
    });
  }

  test('shows exact constant-product IL for a v2 pair, and full-range IL for a v3 pool only with its label', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(UNI_V2_PAIR);
    await expect.poll(() => lens.text('lens-pool-kind')).toBe('constant product (x·y = k)');
    await expect.poll(() => lens.text('lens-il-1')).toBe('-5.72 %');
    await expect.poll(() => lens.text('lens-fee-tier')).toBe('0.30 %');
    // A v3 pool page without a range: IL only once live data gives the price, and labelled as full range.
    await page.goto(UNI_POOL);
    await expect.poll(() => lens.text('lens-pool-kind')).toBe('concentrated liquidity');
    await expect.poll(() => lens.text('lens-il')).toContain('for a full-range position');
    await expect.poll(() => lens.text('lens-il-1')).toBe('-5.72 %');
  });

  test('reads the range typed on an add-liquidity page and follows edits', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto('https://app.uniswap.org/positions/add/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640');
    const lens = overlayReader(page);
    // Before live data: the page's own range and price; with it, the same range in the page's unit.
    await expect.poll(() => lens.text('lens-il')).toContain('your range 1,500 – 2,500 USDC per WETH');
    await expect.poll(() => lens.text('lens-il')).toContain('if the WETH price in USDC moves');
    await page.locator('#max').fill('1800');
    await expect.poll(() => lens.visible('lens-warning-price-out-of-range')).toBe(true);
    await page.screenshot({ path: 'test-results/overlay-add-liquidity.png' });
  });

  test('follows SPA navigation: pushState to another pool, to a swap page, and back', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(UNI_POOL);
    const lens = overlayReader(page);
    await expect.poll(() => lens.text('lens-pool')).toBe('WETH / USDC');
    await page.evaluate(() => {
      history.pushState({}, '', '/explore/pools/ethereum/0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc');
      document.getElementById('heading')!.textContent = 'USDC / WETH 0.3%';
      document.getElementById('badge')!.textContent = 'v2';
    });
    await expect.poll(() => lens.text('lens-pool')).toBe('USDC / WETH');
    await expect.poll(() => lens.text('lens-pool-kind')).toBe('constant product (x·y = k)');

    await page.evaluate(() => history.pushState({}, '', '/swap?chain=mainnet'));
    await expect.poll(() => lens.count('lens-overlay')).toBe(0);
    await page.goBack();
    await expect.poll(() => lens.visible('lens-overlay')).toBe(true);
    await page.evaluate(() => (location.hash = '#/somewhere'));
    await expect.poll(() => lens.visible('lens-overlay')).toBe(true);
  });

  test('collapses to a badge, moves corner, and a dismissed overlay stays dismissed on that site', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(UNI_POOL);
    const lens = overlayReader(page);
    // Live figures grow the panel, which is anchored at the bottom: its header (and these buttons) move up when
    // they arrive. Click once they have settled, as the drag test does.
    await expect.poll(() => lens.attr('lens-live', 'data-status'), { timeout: 30_000 }).toBe('ok');
    await lens.click('lens-collapse');
    await expect.poll(() => lens.attr('lens-overlay', 'data-state')).toBe('collapsed');
    await lens.click('lens-expand');
    await expect.poll(() => lens.attr('lens-overlay', 'data-state')).toBe('open');
    await lens.focus('lens-move');
    await page.keyboard.press('Enter');
    await expect.poll(() => lens.attr('lens-overlay', 'class')).toMatch(/lens-bottom-left/);

    // Hiding can be undone for a few seconds; then it is final.
    await lens.click('lens-dismiss');
    await expect.poll(() => lens.attr('lens-overlay', 'data-state')).toBe('hiding');
    await lens.click('lens-undo');
    await expect.poll(() => lens.attr('lens-overlay', 'data-state')).toBe('open');
    await lens.click('lens-dismiss');
    await expect.poll(() => lens.count('lens-overlay'), { timeout: 15_000 }).toBe(0);
    await page.reload();
    await expect(page.locator('#heading')).toHaveText('WETH / USDC 0.05%');
    await page.goto(UNI_V2_PAIR);
    await expect(page.locator('#heading')).toHaveText('USDC / WETH 0.3%');
    await expect.poll(() => lens.count('lens-overlay')).toBe(0);
    // Other sites are not affected.
    await page.goto('https://www.geckoterminal.com/eth/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640');
    await expect.poll(() => lens.visible('lens-overlay')).toBe(true);
  });

  test('is not injected on look-alike hosts, and shows nothing on non-pool pages of a DEX', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(
      'https://app.uniswap.org.evil.example/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    );
    await expect(page.locator('#heading')).toHaveText('Swap anytime, anywhere.');
    await expect(page.locator('lp-risk-lens')).toHaveCount(0);
    await page.goto(
      'https://evil.example/?u=https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    );
    await expect(page.locator('lp-risk-lens')).toHaveCount(0);
    await page.goto('https://app.uniswap.org/swap');
    await expect(page.locator('#heading')).toHaveText('Swap anytime, anywhere.');
    await expect(page.locator('lp-risk-lens')).toHaveCount(0);
  });

  test('hostile page text renders as plain text and runs no script', async ({ extension }) => {
    const page = await extension.context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto('https://app.uniswap.org/explore/pools/ethereum/0x4e68ccd3e89f51c3074ca5072bbac773960dfa36');
    const lens = overlayReader(page);
    await expect.poll(() => lens.text('lens-pool')).toBe('<i>W<i> / USDT');
    const injected = await lens.evaluate(null, (root) => ({
      italics: root.querySelectorAll('i, img, script').length,
      html: root.innerHTML.includes('&lt;i&gt;W&lt;i&gt;'),
    }));
    expect(injected).toEqual({ italics: 0, html: true });
    expect(await page.evaluate(() => (window as unknown as { __alerts: number }).__alerts)).toBe(0);
    expect(dialogs).toBe(0);
    await page.screenshot({ path: 'test-results/overlay-hostile.png' });
  });

  test('a page script can neither read nor rewrite the overlay, nor silence its warnings', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(HOSTILE_SCRIPT_POOL);
    const lens = overlayReader(page);
    await expect.poll(() => lens.attr('lens-live', 'data-status')).toBe('ok');
    // One more attempt by the page, now that the live figures and the warning are in.
    await page.evaluate(() => (window as unknown as { __attackOverlay(): void }).__attackOverlay());
    // Read through CDP: the true figures and the warning are still there.
    await expect.poll(() => lens.text('live-pool-fee-apr-24h')).toBe('9.73 %');
    await expect.poll(() => lens.text('live-fee-share')).toBe('0.0000667 %');
    await expect.poll(() => lens.count('lens-warning-fees-below-lvr')).toBe(1);
    // A full-range $1,000 earns about 0.97 % a year here against an LVR of σ²/8 ≈ 2.5 %: a ratio near 0.4.
    expect(await lens.text('lens-warning-fees-below-lvr')).toMatch(
      /Fees do not cover the expected LVR: 0\.\d\d× \(needs more than 1×\)/,
    );
    expect(await lens.evaluate('lens-deposit-input', (el) => (el as HTMLInputElement).value)).toBe('1,000.00');
    // The page tried (its host lookup found the overlay's host) and got nothing: no root, no text, no deposit.
    const seenByPage = await page.evaluate(() => {
      const w = window as unknown as { __stolen: string[]; __attacks: number };
      const host = document.querySelector('lp-risk-lens');
      return {
        host: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        attacked: w.__attacks > 1,
        stolen: w.__stolen,
      };
    });
    expect(seenByPage).toEqual({ host: true, shadowRoot: null, attacked: true, stolen: [] });
  });

  test('follows the system colour scheme: light and dark', async ({ extension }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    const background = () => lens.evaluate('lens-overlay', (el) => getComputedStyle(el).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(UNI_POOL);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).toBe('rgb(22, 25, 29)');
    await page.screenshot({ path: 'test-results/overlay-dark.png' });
  });

  test('page styles do not leak into the overlay', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(UNI_POOL);
    const font = await overlayReader(page).evaluate('lens-pool', (el) => getComputedStyle(el).fontFamily);
    expect(font).not.toContain('Comic Sans');
    await page.screenshot({ path: 'test-results/overlay-pool.png' });
  });
});

test.describe('popup and the active tab', () => {
  test('the popup reports the pool the tab shows and pre-fills the calculator', async ({ extension }) => {
    const dex = await extension.context.newPage();
    await dex.goto('https://app.uniswap.org/positions/add/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640');
    await expect.poll(() => overlayReader(dex).visible('lens-overlay')).toBe(true);
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await dex.bringToFront();
    await popup.getByTestId('refresh-tab').click();
    await expect(popup.getByTestId('tab-pool-name')).toHaveText('WETH / USDC');
    await expect(popup.getByTestId('tab-pool-where')).toContainText('Uniswap · Ethereum · add liquidity');
    // The tab's pool has live figures: they are the one verdict, and the calculator is a what-if under them,
    // starting from the same figures and from the range typed on the page, in the page's unit.
    await expect(popup.getByTestId('tab-live').getByTestId('lookup-result')).toBeVisible();
    // The verdict first: pool, one line with the worst warning, and the key figures, above the fold.
    await expect(popup.getByTestId('verdict-pool')).toHaveText('USDC / WETH');
    await expect(popup.getByTestId('verdict-line')).toHaveAttribute('data-severity', 'danger');
    await expect(popup.getByTestId('key-expected-apr')).toBeVisible();
    await popup.getByTestId('tab-live').getByTestId('what-if').locator(':scope > summary').click();
    const whatIf = popup.getByTestId('tab-live').getByTestId('what-if');
    await expect(whatIf.getByTestId('kind')).toHaveValue('concentrated');
    await expect(whatIf.getByTestId('calc-price-unit')).toHaveText('USDC per WETH');
    await expect(whatIf.getByTestId('input-priceLower')).toHaveValue('1500');
    await expect(whatIf.getByTestId('input-feeTierPct')).toHaveValue('0.05');
    // The popup's real size: 400 x 600. Nothing may stick out sideways.
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByTestId('tab-live').getByTestId('what-if').locator(':scope > summary').click();
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await popup.screenshot({ path: 'test-results/popup-400x600.png' });
    await popup.screenshot({ path: 'test-results/popup-400-full.png', fullPage: true });

    await dex.goto('https://app.uniswap.org/swap');
    await popup.getByTestId('refresh-tab').click();
    await expect(popup.getByTestId('tab-none')).toHaveText(
      'This DEX page is not a pool, position or add-liquidity page.',
    );
  });
});
