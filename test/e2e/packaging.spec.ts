/**
 * Store readiness: the toolbar badge flags a pool with a danger warning on its own tab, and both built
 * manifests carry the icons at every size the stores and toolbars use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { FAKE_POOL } from './fake-api';
import { overlayReader } from './overlay-reader';

/** With live data this pool's fees fall short of its LVR: the danger warning "fees-below-lvr". */
const DANGER_POOL = `https://app.uniswap.org/explore/pools/ethereum/${FAKE_POOL}`;
/** A v2 pair the fake APIs do not know: no live figures, so no danger. */
const V2_PAIR_PATH = '/explore/pools/ethereum/0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc';
const ICON_SIZES = ['16', '32', '48', '96', '128'];

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The worker has no `tabs` permission (no URLs): the page just opened is the active tab of the one window. */
async function activeTabId(worker: Worker): Promise<number> {
  const ids = (await worker.evaluate('chrome.tabs.query({ active: true }).then((tabs) => tabs.map((t) => t.id))')) as
    | number[]
    | undefined;
  expect(ids).toHaveLength(1);
  return ids![0]!;
}

const badgeText = (worker: Worker, tabId: number) =>
  worker.evaluate(`chrome.action.getBadgeText({ tabId: ${tabId} })`) as Promise<string>;
const actionTitle = (worker: Worker, tabId: number) =>
  worker.evaluate(`chrome.action.getTitle({ tabId: ${tabId} })`) as Promise<string>;

test.describe('the toolbar badge', () => {
  test('"!" on the tab of a pool with a danger warning, nothing on other tabs or once the danger is gone', async ({
    extension,
  }) => {
    const worker = await serviceWorker(extension.context);
    const quiet = await extension.context.newPage();
    await quiet.goto('https://app.uniswap.org/swap');
    const quietTab = await activeTabId(worker);

    const page = await extension.context.newPage();
    await page.goto(DANGER_POOL);
    const tab = await activeTabId(worker);
    const lens = overlayReader(page);
    await expect.poll(() => lens.count('lens-warning-fees-below-lvr')).toBe(1);
    await expect.poll(() => badgeText(worker, tab)).toBe('!');
    expect(await actionTitle(worker, tab)).toMatch(/^LP Risk Lens: danger on this pool\n- Fees do not cover/);
    expect(await worker.evaluate(`chrome.action.getBadgeBackgroundColor({ tabId: ${tab} })`)).toEqual([
      179, 38, 30, 255,
    ]);
    expect(await badgeText(worker, quietTab)).toBe(''); // a page without a pool
    expect(await actionTitle(worker, quietTab)).toBe('LP Risk Lens');

    // A route change inside the page to a pool without danger: the browser keeps the tab's badge, its view clears it.
    await page.evaluate((path) => history.pushState({}, '', path), V2_PAIR_PATH);
    await expect.poll(() => lens.attr('lens-live', 'data-status')).not.toBe('loading');
    await expect.poll(() => lens.count('lens-warning-fees-below-lvr')).toBe(0);
    await expect.poll(() => badgeText(worker, tab)).toBe('');
    expect(await actionTitle(worker, tab)).toBe('LP Risk Lens');

    // Back to the danger, then a full load of a page without danger.
    await page.goto(DANGER_POOL);
    await expect.poll(() => badgeText(worker, tab)).toBe('!');
    await page.goto(`https://app.uniswap.org${V2_PAIR_PATH}`);
    await expect.poll(() => lens.attr('lens-live', 'data-status')).not.toBe('loading');
    await expect.poll(() => badgeText(worker, tab)).toBe('');
  });
});

test.describe('the built manifests', () => {
  for (const build of ['chrome-mv3', 'firefox-mv2']) {
    test(`${build} lists the icons at ${ICON_SIZES.join(', ')} px, for the extension and its toolbar button`, () => {
      const dir = resolve('.output', build);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      const action = build === 'firefox-mv2' ? manifest.browser_action : manifest.action;
      expect(build === 'firefox-mv2' ? manifest.action : manifest.browser_action).toBeUndefined();
      for (const icons of [manifest.icons, action.default_icon]) {
        expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual(ICON_SIZES);
        for (const [size, file] of Object.entries<string>(icons)) {
          const png = readFileSync(join(dir, file));
          expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
          expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
        }
      }
      expect(action.default_popup).toBe('popup.html');
      expect(existsSync(join(dir, 'popup.html'))).toBe(true);
      // The badge needs no permission: none was added for it.
      expect(manifest.permissions.filter((p: string) => !p.startsWith('https://'))).toEqual(['storage']);
    });
  }
});
