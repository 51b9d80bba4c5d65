import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { overlayReader } from './overlay-reader';

const POOL_PAGE = 'https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const serious = (violations: { impact?: string | null; id: string; nodes: unknown[] | number }[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${typeof v.nodes === 'number' ? v.nodes : v.nodes.length})`);

test.describe('accessibility (axe-core)', () => {
  test('the popup has no serious or critical violations', async ({ extension }) => {
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await popup.getByTestId('tab-calculator').click();
    await expect(popup.getByTestId('grid')).toBeVisible();
    const results = await new AxeBuilder({ page: popup }).analyze();
    expect(serious(results.violations)).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the overlay (${scheme}) has no serious or critical violations`, async ({ extension }) => {
      const page = await extension.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(POOL_PAGE);
      const lens = overlayReader(page);
      await expect.poll(() => lens.attr('lens-live', 'data-status')).toBe('ok');
      // axe-core cannot see into a closed shadow root from the page: the reader runs it on the rendered
      // overlay in place, from its own isolated world (see OverlayReader.axe).
      const results = await lens.axe();
      expect(serious(results.violations)).toEqual([]);
      // The check reached into the shadow root: contrast and button names were evaluated there.
      expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));
    });
  }
});
