/**
 * Playwright fixtures: a real Debian Chromium with the real built extension (.output/chrome-mv3), in a
 * fresh profile per test. Headless works with extensions through launchPersistentContext.
 */
import { test as base, chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDexServer, type DexServer } from './dex-server';

export const EXTENSION_PATH = resolve('.output/chrome-mv3');

/** Debian's chromium first ($CHROMIUM_PATH overrides); Playwright's own download cannot run here. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** Flags that keep Chromium off the closed network of this machine. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser UI language for the extension's i18n: Chromium on Linux reads LANGUAGE, elsewhere --lang. */
export function languageLaunch(lang: string): { args: string[]; env: Record<string, string> } {
  return {
    args: [`--lang=${lang}`],
    env: { LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
  };
}

export async function launchWithExtension(
  extraArgs: string[] = [],
  env: Record<string, string> = {},
): Promise<{ context: BrowserContext; extensionId: string; cleanup: () => Promise<void> }> {
  if (!existsSync(join(EXTENSION_PATH, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const profile = mkdtempSync(join(tmpdir(), 'lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    ignoreHTTPSErrors: true,
    ...(Object.keys(env).length > 0 ? { env: { ...process.env, ...env } as Record<string, string> } : {}),
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      ...QUIET_FLAGS,
      ...extraArgs,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    cleanup: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<
  {
    extension: { context: BrowserContext; extensionId: string };
    /** The browser's UI language, e.g. 'zh-CN' (test.use({ uiLanguage: 'zh-CN' })); undefined: the machine's. */
    uiLanguage: string | undefined;
  },
  { dexServer: DexServer }
>({
  // One fixture server per worker; each test gets a fresh browser profile that resolves the DEX hosts to it.
  dexServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const server = await startDexServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  uiLanguage: [undefined, { option: true }],
  extension: async ({ dexServer, uiLanguage }, use) => {
    dexServer.api.reset();
    const language = uiLanguage ? languageLaunch(uiLanguage) : { args: [], env: {} };
    const launched = await launchWithExtension(
      [`--host-resolver-rules=${dexServer.hostResolverRules}`, '--ignore-certificate-errors', ...language.args],
      language.env,
    );
    await use(launched);
    await launched.cleanup();
  },
});
export { expect } from '@playwright/test';
