/**
 * The popup page of the Firefox build, in Firefox ESR: its tabs render and the calculator computes a figure
 * from what is typed. WebDriver BiDi opens moz-extension:// pages only when Firefox runs with system access
 * (see LaunchOptions.systemAccess); the popup is then an ordinary tab at its moz-extension:// address.
 */
import type { Page } from 'puppeteer-core';
import { test, expect } from './fixtures';
import { EXTENSION_UUID, launchFirefoxWithExtension } from './fixtures';

const POPUP = `moz-extension://${EXTENSION_UUID}/popup.html`;

interface BidiSession {
  send(method: 'browsingContext.navigate', params: object): Promise<unknown>;
}

/**
 * Navigates without waiting for a load event: puppeteer's own goto does not see the moz-extension page's
 * load (it times out although the page is there), so the test waits for the popup's own elements instead.
 */
async function openWithoutWaiting(page: Page, url: string): Promise<void> {
  const context = (
    page.mainFrame() as unknown as {
      browsingContext?: { id: string; userContext: { browser: { session: BidiSession } } };
    }
  ).browsingContext;
  if (!context) throw new Error('puppeteer-core internals changed: no BiDi browsingContext on the page');
  await context.userContext.browser.session.send('browsingContext.navigate', {
    context: context.id,
    url,
    wait: 'none',
  });
}

const textOf = (page: Page, testId: string) =>
  page.$eval(`[data-testid="${testId}"]`, (el) => el.textContent?.trim() ?? null).catch(() => null);

test.describe('Firefox: the popup page', () => {
  test('renders its four tabs, and the calculator shows a figure computed from typed values', async () => {
    const firefox = await launchFirefoxWithExtension({ systemAccess: true });
    try {
      const { page } = firefox;
      await openWithoutWaiting(page, POPUP);
      // puppeteer's page.url() keeps saying about:blank (it missed the navigation); the document knows.
      await expect.poll(() => page.evaluate(() => location.href).catch(() => null)).toBe(POPUP);
      await expect
        .poll(() =>
          Promise.all(['tab-this-tab', 'tab-lookup', 'tab-calculator', 'tab-settings'].map((id) => textOf(page, id))),
        )
        .toEqual(['This tab', 'Look up', 'Calculator', 'Settings']);

      await page.click('[data-testid="tab-calculator"]');
      await page.waitForSelector('[data-testid="kind"]');
      await page.select('[data-testid="kind"]', 'concentrated');
      for (const [id, value] of [
        ['input-price', '2000'],
        ['input-priceLower', '1000'],
        ['input-priceUpper', '4000'],
      ] as const) {
        await page.locator(`[data-testid="${id}"]`).fill(value);
      }
      // [1000, 4000] around P = 2000 (its geometric middle): capital efficiency 1 / (1 - (1000/4000)^(1/4))
      // = 1 / (1 - 0.70711) = 3.4142 -> "3.41×" (the Chromium calculator test asserts the same).
      await expect.poll(() => textOf(page, 'capital-efficiency')).toBe('3.41×');
      // A bad value: an inline error instead of figures.
      await page.locator('[data-testid="input-priceUpper"]').fill('900');
      await expect
        .poll(() => textOf(page, 'error-priceLower'))
        .toBe('The min price must be below the max price: swap the two, or change one of them.');
      expect(firefox.pageErrors).toEqual([]);
      await page.screenshot({ path: 'test-results/firefox-popup-calculator.png' });
    } finally {
      await firefox.browser.close();
    }
  });
});
