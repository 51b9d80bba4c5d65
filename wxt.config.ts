import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { OPTIONAL_RPC_HOST_PATTERNS } from './lib/settings/rpc-hosts';
import { PROVIDER_HOSTS } from './entrypoints/background/providers/index';
import { SOURCES_EXCLUDE, SOURCES_INCLUDE } from './scripts/sources-zip';

/**
 * Page text and API strings are hostile, so no HTML sink may exist in the bundle. Preact only assigns
 * innerHTML for `dangerouslySetInnerHTML`, which this project never uses: turn that path into an error,
 * which also keeps `web-ext lint` free of UNSAFE_VAR_ASSIGNMENT.
 */
function forbidDangerousHtml(): Plugin {
  return {
    name: 'lens:forbid-dangerous-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules\/preact\/dist\//.test(id)) return null;
      const patched = code.replace(/\(\s*(\w+)\.innerHTML\s*=\s*(\w+)\.__html\s*\)/g, () => {
        return '(()=>{throw new Error("dangerouslySetInnerHTML is disabled")})()';
      });
      return patched === code ? null : { code: patched, map: null };
    },
  };
}

const optionalRpc = OPTIONAL_RPC_HOST_PATTERNS.map((pattern) => `https://${pattern}/*`);

/** public/icon/<size>.png, made from assets/icon.svg by scripts/make-icons.mjs (committed: the build never runs it). */
const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `icon/${size}.png`]));
/** The toolbar button; its popup is added by WXT. MV2 (the Firefox build) calls it browser_action. */
const toolbarAction = { default_icon: ICONS, default_title: 'LP Risk Lens' };

// Named hosts only: no permission for every site, ever.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [forbidDangerousHtml(), preact()] }),
  manifest: ({ browser }) => ({
    // Both from locales/<lang>.yml (ext.name, ext.description), English by default.
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    icons: ICONS,
    ...(browser === 'firefox' ? { browser_action: toolbarAction } : { action: toolbarAction }),
    permissions: ['storage'],
    // The hosts of the data providers' table, by name. Another RPC provider is asked for at the moment the
    // user picks it (optional permission, named providers only), never up front.
    host_permissions: PROVIDER_HOSTS.map((host) => `https://${host}/*`),
    // MV3 names optional hosts apart; the Firefox MV2 build lists them with the optional permissions.
    ...(browser === 'firefox' ? { optional_permissions: optionalRpc } : { optional_host_permissions: optionalRpc }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // A UUID in braces: a valid add-on id that needs no domain of ours.
            // The newest manifest key used is data_collection_permissions: Firefox 140 on desktop (140 is an
            // ESR, the oldest ESR that has it; everything else in the manifest is older) but 142 on Android.
            // addons-linter checks Android against gecko_android when it is set, so each gets its own minimum
            // and `web-ext lint --warnings-as-errors` stays clean.
            gecko: {
              id: '{d4753faf-c9a7-4134-a10f-6ad4ffccf502}',
              strict_min_version: '140.0',
              // Which pools the user views (their addresses, from the page's URL) go to the data providers:
              // browsing activity, as the README's "What leaves the browser" says. Nothing else is sent.
              data_collection_permissions: { required: ['browsingActivity'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // .output/lp-risk-lens-<version>-{chrome,firefox,sources}.zip; what the sources zip holds: scripts/sources-zip.ts.
  zip: { includeSources: SOURCES_INCLUDE, excludeSources: SOURCES_EXCLUDE },
});
