/**
 * The popup in Simplified Chinese (issue 10, "Languages"): Chromium started with a zh-CN UI language, a
 * looked-up pool at the popup's real 400 x 600, and every view's visible text checked for English left over.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { FAKE_POOL } from './fake-api';
import { CHAIN_IDS } from '../../core/index';
import { overlayReader } from './overlay-reader';

const POOL_PAGE = `https://app.uniswap.org/explore/pools/ethereum/${FAKE_POOL}`;

/**
 * Latin words that may stay in a Chinese UI: the brand, token symbols, units and DeFi acronyms that Chinese
 * DeFi sites write in Latin letters too (APR, TVL, LVR, LP, HODL), and names of DEXs, chains and providers.
 */
const ALLOWED_LATIN = new Set(
  [
    // brand
    'LP Risk Lens',
    // token symbols and units
    'USDC WETH ETH WBTC USD token0 token1 min h s A x y k',
    // DeFi and web terms kept in Latin letters in Chinese
    'APR APY TVL LVR LP IL HODL DEX Gas JSON RPC JSON-RPC URL',
    // DEXs, providers and chains
    'Uniswap v2 v3 v4 Aerodrome Balancer Curve GeckoTerminal DexScreener DefiLlama API PancakeSwap SushiSwap',
    'Velodrome Camelot LFJ Trader Joe Raydium Orca Meteora Info',
    'ethereum base arbitrum optimism polygon bsc avalanche',
  ]
    .join(' ')
    .split(' ')
    // chain ids as the chain menu lists them, and the DEX sites' names
    .concat(CHAIN_IDS)
    // innerText applies CSS text-transform (table headers read "TOKEN0"): compared case-blind
    .map((word) => word.toLowerCase()),
);

/** Latin words (2+ letters) in the page's visible text that are not allowed to stay English. */
async function englishLeft(page: Page): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is checked; closed panels do not count.
  const text = await page.locator('body').innerText();
  return latinLeft(text);
}

function latinLeft(text: string): string[] {
  // Hex addresses ("0x88e6…5640") are numbers too.
  const words =
    text
      .replace(/LP Risk Lens/g, '')
      .replace(/\b0x[0-9a-f]+/gi, '')
      .match(/[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]/g) ?? [];
  return [...new Set(words.filter((word) => !ALLOWED_LATIN.has(word.toLowerCase())))];
}

async function aboveTheFold(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= 600;
}

test.describe('the popup in Simplified Chinese (issue 10)', () => {
  test.use({ uiLanguage: 'zh-CN' });

  test('a looked-up pool shows its name, verdict and key figures without scrolling, and no English is left', async ({
    extension,
  }) => {
    const popup = await extension.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await expect(popup.getByTestId('tab-lookup')).toHaveText('查询');
    await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(await englishLeft(popup), 'this tab').toEqual([]);

    await popup.getByTestId('tab-lookup').click();
    await popup.getByTestId('lookup-query').fill(POOL_PAGE);
    await popup.getByTestId('lookup-submit').click();
    await expect(popup.getByTestId('verdict-pool')).toHaveText('USDC / WETH');
    await expect(popup.getByTestId('verdict-line')).toContainText('危险');
    for (const id of ['verdict-pool', 'verdict-line', 'key-fee-apr', 'key-expected-apr', 'key-lvr', 'key-net']) {
      expect(await aboveTheFold(popup.getByTestId(id)), id).toBe(true);
    }
    expect(await popup.evaluate(() => [document.documentElement.scrollWidth, window.scrollY])).toEqual([400, 0]);
    await popup.screenshot({ path: 'test-results/popup-lookup-zh-CN-400x600.png' });
    // Every section of the result, opened: the chart's table and the what-if calculator too.
    await popup.getByTestId('payoff-data').first().locator('summary').click();
    await popup.getByTestId('what-if').locator('summary').click();
    await expect(popup.getByTestId('what-if').getByTestId('kind')).toBeVisible();
    expect(await englishLeft(popup), 'look-up result').toEqual([]);
    await popup.screenshot({ path: 'test-results/popup-lookup-zh-CN-full.png', fullPage: true });

    await popup.getByTestId('tab-calculator').click();
    await expect(popup.getByTestId('calculator')).toBeVisible();
    expect(await englishLeft(popup), 'calculator').toEqual([]);

    await popup.getByTestId('tab-settings').click();
    await expect(popup.getByTestId('settings-deposit')).toBeVisible();
    expect(await englishLeft(popup), 'settings').toEqual([]);
  });

  test('the overlay on a pool page speaks Chinese too', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(POOL_PAGE);
    const lens = overlayReader(page);
    await expect.poll(() => lens.attr('lens-live', 'data-status')).toBe('ok');
    await expect.poll(() => lens.text('lens-pool-kind')).toBe('集中流动性');
    // The overlay's visible text with every section opened. Left out: the line naming where on the DEX page
    // each fact was read (the content script's readers name the page's own elements in English).
    const text = await lens.evaluate('lens-overlay', (el) => {
      for (const details of el.querySelectorAll('details')) details.open = true;
      el.querySelector('[data-testid="lens-page-read"]')?.remove();
      // biome-ignore lint/performance/useDomNodeTextContent: the check is about the text people see, so only rendered text counts.
      return el.innerText;
    });
    expect(latinLeft(text), 'overlay').toEqual([]);
    await page.screenshot({ path: 'test-results/overlay-zh-CN.png' });
  });
});
