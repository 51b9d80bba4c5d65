/**
 * Store screenshots, 1280×800 (the Chrome Web Store's size; AMO takes it too), into store/screenshots/:
 * `npm run screenshots`. The same fixture pages and fake APIs as the end-to-end tests, so the figures are the
 * tests' figures. Not part of `npm test` (playwright.screenshots.config.ts).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { FAKE_POOL } from './fake-api';
import { overlayReader } from './overlay-reader';

const OUT = 'store/screenshots';
const SIZE = { width: 1280, height: 800 };
const POOL_PAGE = `https://app.uniswap.org/explore/pools/ethereum/${FAKE_POOL}`;
const ADD_PAGE = `https://app.uniswap.org/positions/add/ethereum/${FAKE_POOL}`;

test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

/** Fonts loaded and two frames painted since the last change: what the screenshot takes is what is shown. */
async function painted(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

async function livePage(page: Page, url: string): Promise<void> {
  await page.setViewportSize(SIZE);
  await page.goto(url);
  const lens = overlayReader(page);
  await expect.poll(() => lens.attr('lens-live', 'data-status')).toBe('ok');
  await expect.poll(() => lens.count('lens-warning-fees-below-lvr')).toBe(1);
  await painted(page);
}

test('1: the overlay on a Uniswap pool page, with live data', async ({ extension }) => {
  const page = await extension.context.newPage();
  await livePage(page, POOL_PAGE);
  await page.screenshot({ path: `${OUT}/1-overlay-pool.png` });
});

test('2: the overlay on an add-liquidity page, for the range being typed', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(ADD_PAGE);
  const lens = overlayReader(page);
  await expect.poll(() => lens.attr('lens-live', 'data-status')).toBe('ok');
  await expect.poll(() => lens.text('lens-live')).toContain('your range 1,500 – 2,500 USDC per WETH');
  await painted(page);
  await page.screenshot({ path: `${OUT}/2-overlay-add-liquidity.png` });
});

test('3: the popup with a pool lookup, over the pool page as a toolbar popup shows it', async ({ extension }) => {
  const background = await extension.context.newPage();
  await livePage(background, POOL_PAGE);
  const pageShot = await background.screenshot();

  const popup = await extension.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
  await popup.getByTestId('tab-lookup').click();
  await popup.getByTestId('lookup-query').fill(POOL_PAGE);
  await popup.getByTestId('lookup-submit').click();
  await expect(popup.getByTestId('lookup-result').getByTestId('pool-fee-apr')).not.toBeEmpty();
  await expect(popup.getByTestId('verdict-line')).toBeVisible();
  await painted(popup);
  const popupShot = await popup.screenshot();

  // The page dimmed a little, and the popup where the browser opens it: under the toolbar, at the right.
  const canvas = await extension.context.newPage();
  await canvas.setViewportSize(SIZE);
  const png = (shot: Buffer) => `data:image/png;base64,${shot.toString('base64')}`;
  await canvas.setContent(`<!doctype html>
    <body style="margin:0;width:1280px;height:800px;overflow:hidden;position:relative;background:#fff">
      <img src="${png(pageShot)}" style="position:absolute;inset:0;filter:brightness(0.82)">
      <img src="${png(popupShot)}" style="position:absolute;top:8px;right:24px;border-radius:8px;
        box-shadow:0 6px 28px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.12)">
    </body>`);
  await canvas.screenshot({ path: `${OUT}/3-popup-lookup.png` });
});
