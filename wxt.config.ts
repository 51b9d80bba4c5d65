import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

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

// Named hosts only: the extension never asks for <all_urls>.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [forbidDangerousHtml(), preact()] }),
  manifest: ({ browser }) => ({
    name: 'LP Risk Lens',
    description:
      'Impermanent loss, fee share, LVR and risk warnings for liquidity providers, computed locally.',
    permissions: ['storage'],
    // The live-data APIs and the default public RPC endpoints, by name. A user-chosen RPC host is asked for
    // at the moment the user sets it (optional permission), never up front.
    host_permissions: [
      'https://api.geckoterminal.com/*',
      'https://api.dexscreener.com/*',
      'https://ethereum-rpc.publicnode.com/*',
      'https://base-rpc.publicnode.com/*',
      'https://arbitrum-one-rpc.publicnode.com/*',
      'https://optimism-rpc.publicnode.com/*',
      'https://polygon-bor-rpc.publicnode.com/*',
      'https://bsc-rpc.publicnode.com/*',
    ],
    // MV3 names optional hosts apart; the Firefox MV2 build lists them with the optional permissions.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lp-risk-lens@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['test/**', '.output/**', 'node_modules/**'] },
});
