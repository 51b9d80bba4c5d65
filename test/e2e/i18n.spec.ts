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
 * The words that may stay in Latin letters in a Chinese UI, by kind, each listed on purpose: anything else
 * in Latin letters is English left over. Compared case-blind (innerText applies CSS text-transform, so a
 * table header reads "TOKEN0").
 */
const ALLOWED_LATIN = {
  brand: ['LP Risk Lens'],
  // Token symbols of the fixture pools, and the generic token names the UI uses for them.
  tokenSymbols: ['USDC', 'WETH', 'ETH', 'WBTC', 'USDT', 'BAL', 'token0', 'token1'],
  // Units and formula letters ("x·y = k", "24 h", "5 s", "2 MB").
  units: ['USD', 'h', 's', 'min', 'MB', 'KB', 'A', 'x', 'y', 'k'],
  // DeFi and web terms Chinese DeFi sites also write in Latin letters.
  terms: [
    'APR',
    'APY',
    'TVL',
    'LVR',
    'LP',
    'IL',
    'HODL',
    'DEX',
    'Gas',
    'JSON',
    'RPC',
    'JSON-RPC',
    'URL',
    'EVM',
    'HTTP',
  ],
  // Names of DEXs, data providers and chains (proper names), and chain ids as the chain menu lists them.
  properNames: [
    'Uniswap',
    'v2',
    'v3',
    'v4',
    'Info',
    'Aerodrome',
    'Balancer',
    'Curve',
    'PancakeSwap',
    'SushiSwap',
    'Velodrome',
    'Camelot',
    'LFJ',
    'Trader',
    'Joe',
    'Raydium',
    'Orca',
    'Meteora',
    'GeckoTerminal',
    'DexScreener',
    'DefiLlama',
    'API',
    'Ethereum',
    'Base',
    'Arbitrum',
    'Optimism',
    'Polygon',
    'BSC',
    'Avalanche',
    'Solana',
    // Chain ids and the words of the chain names made from them ("arbitrum-nova" -> "Arbitrum Nova").
    ...CHAIN_IDS.flatMap((id) => [id, ...id.split('-')]),
  ],
} as const;

const ALLOWED = new Set(
  Object.values(ALLOWED_LATIN)
    .flat()
    .flatMap((entry) => entry.split(/\s+/))
    .map((word) => word.toLowerCase()),
);

/**
 * The English left in a text: Latin words (two or more letters, or "-" joined) that are not on the
 * allow-list. Hex addresses ("0x88e6…5640") and numbers in scientific form ("1.2e-9") are figures, not words.
 * Text in 「」 is a label quoted from the DEX page itself ("input under 「Min Price」"): the page shows it in
 * its own language, so people find it only by its own words.
 */
function englishWords(text: string, allowed: ReadonlySet<string> = ALLOWED): string[] {
  const words =
    text
      .replace(/LP Risk Lens/g, '')
      .replace(/「[^」]{0,80}」/g, '')
      .replace(/\b0x[0-9a-f]+/gi, '')
      .replace(/\d(\.\d+)?e[+-]?\d+/gi, '')
      .match(/[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]/g) ?? [];
  return [...new Set(words.filter((word) => !allowed.has(word.toLowerCase())))];
}

/** Latin words (2+ letters) in the page's visible text that are not allowed to stay English. */
async function englishLeft(page: Page): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is checked; closed panels do not count.
  const text = await page.locator('body').innerText();
  return englishWords(text);
}

/** Every <details> of the page opened, so their text counts too. */
async function openAll(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
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
    // The overlay's visible text with every section opened, the line naming where on the page each fact was
    // read included.
    await expect.poll(() => lens.text('lens-page-read')).not.toBeNull();
    const text = await lens.evaluate('lens-overlay', (el) => {
      for (const details of el.querySelectorAll('details')) details.open = true;
      // biome-ignore lint/performance/useDomNodeTextContent: the check is about the text people see, so only rendered text counts.
      return el.innerText;
    });
    expect(englishWords(text), 'overlay').toEqual([]);
    await page.screenshot({ path: 'test-results/overlay-zh-CN.png' });
  });

  test('a lookup while GeckoTerminal fails: the provider note is in Chinese too', async ({ extension, dexServer }) => {
    dexServer.api.setFault('api.geckoterminal.com', '500');
    const popup = await extension.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await popup.getByTestId('tab-lookup').click();
    await popup.getByTestId('lookup-query').fill(POOL_PAGE);
    await popup.getByTestId('lookup-submit').click();
    // DexScreener fills in; the note says GeckoTerminal's server failed, in Chinese, with its proper name.
    await expect(popup.getByTestId('lookup-notes')).toContainText('GeckoTerminal API：服务器错误（HTTP 500）。', {
      timeout: 20_000,
    });
    await openAll(popup);
    expect(await englishLeft(popup), 'look-up with a provider fault').toEqual([]);
  });

  test('the overlay while GeckoTerminal fails speaks Chinese, notes and sources included', async ({
    extension,
    dexServer,
  }) => {
    dexServer.api.setFault('api.geckoterminal.com', '500');
    const page = await extension.context.newPage();
    await page.goto(POOL_PAGE);
    const lens = overlayReader(page);
    await expect.poll(() => lens.attr('lens-live', 'data-status'), { timeout: 20_000 }).toBe('ok');
    await expect.poll(() => lens.text('lens-live-notes')).toContain('GeckoTerminal API：服务器错误（HTTP 500）');
    const text = await lens.evaluate('lens-overlay', (el) => {
      for (const details of el.querySelectorAll('details')) details.open = true;
      // biome-ignore lint/performance/useDomNodeTextContent: the check is about the text people see, so only rendered text counts.
      return el.innerText;
    });
    expect(englishWords(text), 'overlay with a provider fault').toEqual([]);
  });
});

test('the English check flags English words and lets the allow-list through', () => {
  expect(englishWords('GeckoTerminal API：服务器错误（HTTP 500）。USDC / WETH 0x88e6…5640 3.00e-9×')).toEqual([]);
  expect(englishWords('GeckoTerminal API: server error (HTTP 500), 31 daily closes')).toEqual([
    'server',
    'error',
    'daily',
    'closes',
  ]);
});
