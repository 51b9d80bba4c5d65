/**
 * Settings written by the previous version upgrade in place, and a corrupted value reads as the default
 * (security review finding 9). The modules are imported after storage is filled, as on an extension update.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const load = async () => {
  vi.resetModules();
  return { items: await import('../../../../lib/settings/items'), rpc: await import('../../../../lib/settings/rpc') };
};

describe('settings: upgrade from the v1 shapes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('deposit, dismissed sites and RPC URLs as version 1 stored them', async () => {
    await fakeBrowser.storage.local.set({
      'lens:defaultDepositUsd': '2500',
      'lens:defaultDepositUsd$': { v: 1 },
      'lens:dismissedSites': ['app.uniswap.org', 'Curve.Finance', 42],
      'lens:dismissedSites$': { v: 1 },
      'lens:rpcUrls': {
        base: 'https://base-mainnet.g.alchemy.com/v2/key',
        ethereum: 'http://evil.example/',
        notachain: 'https://rpc.ankr.com/eth',
      },
    });
    const { items, rpc } = await load();
    expect(await items.depositSize.getValue()).toEqual({ usd: '2500' });
    expect(await (await import('../../../../lib/settings/deposit')).depositUsdSetting()).toBe('2500');
    expect(await items.dismissedSites.getValue()).toEqual(['app.uniswap.org', 'curve.finance']);
    expect(await rpc.rpcUrls.getValue()).toEqual({ base: 'https://base-mainnet.g.alchemy.com/v2/key' });
    expect(await fakeBrowser.storage.local.get('lens:defaultDepositUsd$')).toEqual({
      'lens:defaultDepositUsd$': { v: 2 },
    });
  });
});

describe('settings: corrupted values read as the default', () => {
  beforeEach(() => fakeBrowser.reset());

  it('dismissedSites: 42 and other wrong shapes do not throw', async () => {
    await fakeBrowser.storage.local.set({
      'lens:dismissedSites': 42,
      'lens:dismissedSites$': { v: 2 },
      'lens:overlayCorner': 'middle',
      'lens:overlayCollapsed': 'yes',
      'lens:defaultDepositUsd': { usd: '-5' },
      'lens:defaultDepositUsd$': { v: 2 },
      'lens:recentLookups': [{ label: 1 }],
    });
    const { items } = await load();
    expect(await items.isDismissed('app.uniswap.org')).toBe(false);
    expect(await items.overlayCorner.getValue()).toBe('bottom-right');
    expect(await items.overlayCollapsed.getValue()).toBe(false);
    expect(await (await import('../../../../lib/settings/deposit')).depositUsdSetting()).toBe('1000');
    expect(await items.recentLookups.getValue()).toEqual([]);
    await items.setDismissed('curve.finance', true);
    expect(await items.dismissedSites.getValue()).toEqual(['curve.finance']);
  });
});

describe('RPC URLs and their host permissions', () => {
  beforeEach(() => fakeBrowser.reset());

  it("clearing a chain's URL releases its host, unless another chain still uses it", async () => {
    const { rpc } = await load();
    const granted = new Set<string>();
    const permissions = {
      request: async (o: string) => {
        granted.add(o);
        return true;
      },
      release: async (o: string) => granted.delete(o),
    };
    expect(await rpc.saveRpcUrl('base', 'https://base-mainnet.g.alchemy.com/v2/a', permissions)).toBe(
      'base: using base-mainnet.g.alchemy.com.',
    );
    expect(await rpc.saveRpcUrl('ethereum', 'https://eth-mainnet.g.alchemy.com/v2/b', permissions)).toBe(
      'ethereum: using eth-mainnet.g.alchemy.com.',
    );
    expect([...granted].sort()).toEqual(['https://base-mainnet.g.alchemy.com', 'https://eth-mainnet.g.alchemy.com']);
    expect(await rpc.saveRpcUrl('base', '  ', permissions)).toBe('base: back to the public default.');
    expect([...granted]).toEqual(['https://eth-mainnet.g.alchemy.com']);
    // Replacing a URL releases the old host too.
    await rpc.saveRpcUrl('ethereum', 'https://rpc.ankr.com/eth', permissions);
    expect([...granted]).toEqual(['https://rpc.ankr.com']);
    expect(await rpc.rpcUrls.getValue()).toEqual({ ethereum: 'https://rpc.ankr.com/eth' });
  });

  it('a URL outside the named providers is refused, and nothing is asked or stored', async () => {
    const { rpc } = await load();
    const asked: string[] = [];
    const message = await rpc.saveRpcUrl('base', 'https://my-node.example/', {
      request: async (o) => {
        asked.push(o);
        return true;
      },
      release: async () => true,
    });
    expect(message).toMatch(/^base: an RPC URL must be https/);
    expect(asked).toEqual([]);
    expect(await rpc.rpcUrls.getValue()).toEqual({});
  });
});

describe('settings written where no migration runs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a value the content script wrote on a fresh profile keeps its version, and survives the popup opening', async () => {
    // The overlay's deposit field writes first, in a profile where nothing was stored yet; the content script
    // (entrypoint "dex") defines its items without migrations.
    vi.stubEnv('ENTRYPOINT', 'dex');
    const { items } = await load();
    await items.depositSize.setValue({ usd: '2500' });
    vi.unstubAllEnvs();
    expect(await fakeBrowser.storage.local.get('lens:defaultDepositUsd$')).toEqual({
      'lens:defaultDepositUsd$': { v: 2 },
    });
    // The popup opens later: it defines the item again, with its migrations. Before, the value had no version,
    // the v1 -> v2 migration saw an object where v1 stored a string, and reset the deposit to $1,000.
    const later = await load();
    expect(await later.items.depositSize.getValue()).toEqual({ usd: '2500' });
  });
});
