/** The provider table: what the manifest grants and what each host may be sent are derived from it. */
import { describe, expect, it } from 'vitest';
import { PROVIDERS, PROVIDER_HOSTS, hostLimitFor } from '../../../../../entrypoints/background/providers/index';

describe('provider table', () => {
  it('ids are unique, and every fallback names a provider before it', () => {
    const ids = PROVIDERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    PROVIDERS.forEach((provider, index) => {
      if (provider.fallbackFor) expect(ids.slice(0, index)).toContain(provider.fallbackFor);
    });
  });

  it("each budget stays under the host's published limit, and a burst never exceeds a minute's budget", () => {
    for (const { limit } of PROVIDERS) {
      if (limit.publishedPerMinute !== null) expect(limit.perMinute).toBeLessThan(limit.publishedPerMinute);
      expect(limit.burst).toBeLessThanOrEqual(limit.perMinute);
    }
    expect(hostLimitFor('api.geckoterminal.com')).toMatchObject({ perMinute: 25, publishedPerMinute: 30 });
    // GoPlus: 30 calls a minute for key-less use; DefiLlama's coins host publishes none.
    expect(hostLimitFor('api.gopluslabs.io')).toMatchObject({ perMinute: 20, publishedPerMinute: null });
    expect(hostLimitFor('coins.llama.fi')).toMatchObject({ publishedPerMinute: null });
  });

  it('providers sharing a host share one budget', () => {
    const byHost = new Map<string, unknown>();
    for (const provider of PROVIDERS) {
      for (const host of provider.hosts) {
        if (byHost.has(host)) expect(provider.limit).toEqual(byHost.get(host));
        byHost.set(host, provider.limit);
      }
    }
  });

  it("host permissions are exactly the providers' hosts; a user-chosen RPC host gets the RPC budget", () => {
    expect([...PROVIDER_HOSTS].sort()).toEqual([...new Set(PROVIDERS.flatMap((p) => p.hosts))].sort());
    expect(PROVIDER_HOSTS).toEqual(
      expect.arrayContaining([
        'api.geckoterminal.com',
        'api.dexscreener.com',
        'ethereum-rpc.publicnode.com',
        'api.gopluslabs.io',
        'coins.llama.fi',
      ]),
    );
    expect(hostLimitFor('eth-mainnet.g.alchemy.com')).toEqual(PROVIDERS.find((p) => p.id === 'rpc')!.limit);
  });
});
