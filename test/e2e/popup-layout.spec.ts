import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { FAKE_POOL } from './fake-api';

const POOL_PAGE = `https://app.uniswap.org/explore/pools/ethereum/${FAKE_POOL}`;

/** Whether an element lies wholly inside the 600 px popup without scrolling. */
async function aboveTheFold(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= 600;
}

test.describe('the popup at its real size, 400 x 600 (issue 10)', () => {
  test('a looked-up pool shows its name, verdict and key figures without scrolling', async ({ extension }) => {
    const popup = await extension.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await popup.getByTestId('tab-lookup').click();
    await popup.getByTestId('lookup-query').fill(POOL_PAGE);
    await popup.getByTestId('lookup-submit').click();
    await expect(popup.getByTestId('verdict-pool')).toHaveText('USDC / WETH');
    // A full-range $1,000 earns about 1 % a year here against an LVR of about 2.5 %: the danger rule fires.
    await expect(popup.getByTestId('verdict-line')).toContainText('Fees do not cover the expected LVR');
    for (const id of ['verdict-pool', 'verdict-line', 'key-fee-apr', 'key-expected-apr', 'key-lvr', 'key-net']) {
      expect(await aboveTheFold(popup.getByTestId(id)), id).toBe(true);
    }
    expect(await popup.evaluate(() => [document.documentElement.scrollWidth, window.scrollY])).toEqual([400, 0]);
    await popup.screenshot({ path: 'test-results/popup-lookup-400x600.png' });
  });

  test('the tabs work from the keyboard: arrows move between them and the panel follows', async ({ extension }) => {
    const popup = await extension.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await popup.getByTestId('tab-this-tab').focus();
    await popup.keyboard.press('ArrowRight');
    await expect(popup.getByTestId('tab-lookup')).toBeFocused();
    await expect(popup.getByTestId('tab-lookup')).toHaveAttribute('aria-selected', 'true');
    await expect(popup.getByTestId('lookup-query')).toBeVisible();
    await popup.keyboard.press('End');
    await expect(popup.getByTestId('tab-settings')).toBeFocused();
    await expect(popup.getByTestId('settings-deposit')).toBeVisible();
    await popup.keyboard.press('ArrowRight'); // wraps around to the first tab
    await expect(popup.getByTestId('tab-this-tab')).toHaveAttribute('aria-selected', 'true');
    // One tab stop for the list: Tab leaves it for the panel.
    await popup.keyboard.press('Tab');
    await expect(popup.getByTestId('tab-lookup')).not.toBeFocused();
    await expect(popup.getByTestId('tab-this-tab')).not.toBeFocused();
  });
});

test.describe('the popup at 200 % zoom (issue 10)', () => {
  // Chrome's popup is at most 800 x 600 device pixels: at 200 % zoom the 400 px wide popup fills 800 of them
  // and lays out in 400 x 300 CSS pixels.
  test.use({ viewport: { width: 400, height: 300 } });

  test('every tab reflows: nothing sticks out sideways, and the verdict is reached by scrolling down', async ({
    extension,
  }) => {
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    for (const tab of ['this-tab', 'lookup', 'calculator', 'settings']) {
      await popup.getByTestId(`tab-${tab}`).click();
      expect(await popup.evaluate(() => document.documentElement.scrollWidth), tab).toBe(400);
    }
    await popup.getByTestId('tab-lookup').click();
    await popup.getByTestId('lookup-query').fill(POOL_PAGE);
    await popup.getByTestId('lookup-submit').click();
    await popup.getByTestId('key-net').scrollIntoViewIfNeeded();
    await expect(popup.getByTestId('key-net')).toBeInViewport();
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBe(400);
  });
});
