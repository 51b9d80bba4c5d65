import { test, expect } from './fixtures';
import { FAKE_POOL } from './fake-api';
import { overlayReader } from './overlay-reader';

const POOL_PAGE = `https://app.uniswap.org/explore/pools/ethereum/${FAKE_POOL}`;

/** The overlay's share of the window's area, read through CDP (the shadow root is closed). */
async function areaShare(lens: ReturnType<typeof overlayReader>): Promise<number> {
  return lens.evaluate('lens-overlay', (el) => {
    const box = el.getBoundingClientRect();
    return (box.width * box.height) / (window.innerWidth * window.innerHeight);
  });
}

test.describe('the overlay on a small window, 1024 x 640 (issue 10)', () => {
  test.use({ viewport: { width: 1024, height: 640 } });

  test('starts compact, stays within 30 % of the window with its details open', async ({ extension }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(POOL_PAGE);
    await expect.poll(() => lens.attr('lens-overlay', 'data-compact')).toBe('true');
    await expect.poll(() => lens.count('live-position-apr')).toBe(1);
    // Compact: the worst warning, three figures and the deposit.
    await expect.poll(() => lens.count('lens-warning-fees-below-lvr')).toBe(1);
    await expect.poll(() => lens.count('lens-deposit-input')).toBe(1);
    expect(await areaShare(lens)).toBeLessThanOrEqual(0.3);
    await page.screenshot({ path: 'test-results/overlay-1024x640-compact.png' });
    await lens.click('lens-details');
    await expect.poll(() => lens.attr('lens-overlay', 'data-compact')).toBe('false');
    await expect.poll(() => lens.count('lens-il')).toBe(1);
    expect(await areaShare(lens)).toBeLessThanOrEqual(0.3);
    await page.screenshot({ path: 'test-results/overlay-1024x640-details.png' });
  });

  test('dragged by its header, it snaps to the nearest corner and stays there', async ({ extension }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(POOL_PAGE);
    await expect.poll(() => lens.attr('lens-overlay', 'class')).toMatch(/lens-bottom-right/);
    // Live figures change the panel's height (and where its header is): grab it once they are in.
    await expect.poll(() => lens.count('live-position-apr')).toBe(1);
    const title = await lens.evaluate('lens-pool', (el) => {
      const box = el.getBoundingClientRect();
      return { x: box.left + 4, y: box.top + box.height / 2 };
    });
    await page.mouse.move(title.x, title.y);
    await page.mouse.down();
    await page.mouse.move(200, 150, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => lens.attr('lens-overlay', 'class')).toMatch(/lens-top-left/);
    await page.reload();
    await expect.poll(() => lens.attr('lens-overlay', 'class')).toMatch(/lens-top-left/);
  });
});

test.describe('the overlay at 200 % zoom of a 1280 x 800 window (640 x 400 CSS pixels)', () => {
  test.use({ viewport: { width: 640, height: 400 } });

  test('stays inside the window and within 30 % of it, its figures scrolled inside the panel', async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    const lens = overlayReader(page);
    await page.goto(POOL_PAGE);
    await expect.poll(() => lens.attr('lens-overlay', 'data-compact')).toBe('true');
    await expect.poll(() => lens.count('live-position-apr')).toBe(1);
    const box = await lens.evaluate('lens-overlay', (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(640);
    expect(box.bottom).toBeLessThanOrEqual(400);
    expect(await areaShare(lens)).toBeLessThanOrEqual(0.3);
  });
});
