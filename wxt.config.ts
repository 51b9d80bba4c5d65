import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Named hosts only: the extension never asks for <all_urls>.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'LP Risk Lens',
    description:
      'Impermanent loss, fee share, LVR and risk warnings for liquidity providers, computed locally.',
    permissions: ['storage'],
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
