/**
 * Playwright Test fixtures for Firefox: Playwright cannot load add-ons into Firefox, so puppeteer-core
 * drives Firefox ESR over WebDriver BiDi and installs the real build (.output/firefox-mv2) as a temporary
 * add-on, in a fresh profile per test. Playwright Test is only the harness (runner, expect, reporting).
 *
 * The DEX pages and the fake APIs are served on their real hostnames on port 443: Firefox's
 * `network.dns.forceResolve` sends every host name to 127.0.0.1 but cannot change the port, and a port in
 * the URL would (rightly) make the site detectors reject the page.
 */
import { test as base } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startDexServer, type DexServer } from '../e2e/dex-server';

export const EXTENSION_PATH = resolve('.output/firefox-mv2');
/** The moz-extension:// host the add-on gets (Firefox picks a random one unless told). */
export const EXTENSION_UUID = '5e2f0c1a-7d4b-4c8e-9a61-3b7f2d9c0e45';

/** Debian's firefox-esr ($FIREFOX_PATH overrides). */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('No Firefox found: apt-get install -y firefox-esr, or set FIREFOX_PATH');
  return found;
}

/** The add-on id the build declares (browser_specific_settings.gecko.id). */
export function geckoId(): string {
  const manifestPath = join(EXTENSION_PATH, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error('Build the extension first: npm run build');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);
  return id;
}

export interface FirefoxWithExtension {
  browser: Browser;
  page: Page;
  /** Uncaught errors of the page, in order. */
  pageErrors: string[];
  /** Dialogs (alert, confirm, prompt) the page opened. */
  dialogs: string[];
}

export interface LaunchOptions {
  /**
   * Starts Firefox with -remote-allow-system-access: without it WebDriver BiDi refuses to navigate a tab to
   * a moz-extension:// page ("Navigation ... is not allowed in this context"), so the popup page cannot be
   * opened at all. Only the popup test needs it; the page tests run as a user's browser would.
   */
  systemAccess?: boolean;
}

export async function launchFirefoxWithExtension(options: LaunchOptions = {}): Promise<FirefoxWithExtension> {
  const id = geckoId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    ...(options.systemAccess ? { args: ['-remote-allow-system-access'] } : {}),
    // A desktop window: below 1100 x 700 the overlay starts compact and shows its details on demand only.
    defaultViewport: { width: 1280, height: 800 },
    acceptInsecureCerts: true, // the fixture server's throwaway certificate; also covers the add-on's fetches
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
    },
  });
  try {
    const installed = await browser.installExtension(EXTENSION_PATH);
    if (installed !== id) throw new Error(`Firefox installed the add-on as ${installed}, the manifest says ${id}`);
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error instanceof Error ? error.message : String(error)));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    return { browser, page, pageErrors, dialogs };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export const test = base.extend<{ firefox: FirefoxWithExtension }, { dexServer: DexServer }>({
  // One fixture server on 443 per worker (there is one worker); each test gets a fresh Firefox profile.
  dexServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const server = await startDexServer({ port: 443 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  firefox: async ({ dexServer }, use) => {
    dexServer.api.reset();
    const launched = await launchFirefoxWithExtension();
    await use(launched);
    await launched.browser.close();
  },
});
export { expect } from '@playwright/test';
