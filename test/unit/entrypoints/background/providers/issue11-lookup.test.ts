/**
 * The issue-11 providers in the real provider table, through the pool service, against the e2e fakes (fake
 * chain, GoPlus, DefiLlama prices, GeckoTerminal fixture): their figures arrive, each with a source that fits
 * the message schema, and the whole answer passes the schema the UI checks on arrival.
 */
import { said } from '../../../said';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { LoadCache, type CacheEntry } from '../../../../../entrypoints/background/cache';
import { HttpClient, type HttpDeps } from '../../../../../entrypoints/background/http';
import { PoolService } from '../../../../../entrypoints/background/pool-service';
import { LookupPoolResponseSchema } from '../../../../../lib/messages/pool-data';
import { FAKE_POOL, FakeApi } from '../../../../e2e/fake-api';

const FILES = {
  geckoPool: `geckoterminal/pool-eth-${FAKE_POOL}.json`,
  geckoOhlcv: `geckoterminal/ohlcv-day-eth-${FAKE_POOL}.json`,
  dexscreenerPair: `dexscreener/pair-ethereum-${FAKE_POOL}.json`,
};

function service() {
  const api = new FakeApi(FILES) as unknown as { body(host: string, path: string, body: string): string };
  const deps: HttpDeps = {
    now: () => Date.now(),
    sleep: async () => {},
    random: () => 0.5,
    fetch: async (input, init) => {
      const url = new URL(String(input));
      return new Response(api.body(url.host, url.pathname + url.search, String(init?.body ?? '')));
    },
  };
  const data = new Map<string, CacheEntry>();
  const cache = new LoadCache({ get: async (k) => data.get(k), set: async (k, e) => void data.set(k, e) });
  return new PoolService({
    http: new HttpClient(() => ({ burst: 100, perMinute: 6000 }), deps),
    cache,
    now: () => Date.now(),
    rpcFor: async (chain) => ({ url: `https://${chain}-rpc.publicnode.com` }),
  });
}

describe('issue-11 providers through the pool service', () => {
  it('on Base: gauge rewards, token security, gas and the L1 fee, each with its source', async () => {
    const result = await service().lookup({ chain: 'base', type: 'address', address: FAKE_POOL });
    if (result.status !== 'ok') throw new Error(said(result.notes).join('; '));
    const { figures, sources } = result.snapshot;
    // Half the in-range liquidity staked; GeckoTerminal TVL 150,000,000.5 USD: staked 75,000,000.25 USD.
    // 0.1 AERO/s x 1.25 USD x 31,536,000 / 75,000,000.25 = 3,942,000 / 75,000,000.25 = 0.052559999824...
    expect(figures.gaugeRewards?.[0]).toMatchObject({ symbol: 'AERO', needsStaking: true });
    expect(Number(figures.gaugeRewards?.[0]?.apr)).toBeCloseTo(0.05256, 6);
    expect(figures.tokenSecurity?.map((t) => [t.mintable, t.ownerCanChangeBalance, t.wellKnown])).toEqual([
      [true, true, false],
      [false, false, false],
    ]);
    expect(figures).toMatchObject({ gasPriceWei: '22000000000', l1DataFeeWei: '10000000000000', nativeSymbol: 'ETH' });
    expect(sources.gaugeRewards?.name).toBe('Aerodrome/Velodrome gauge and DefiLlama, GeckoTerminal');
    expect(sources.tokenSecurity?.name).toBe('GoPlus token security');
    // The fake Merkl runs its UNI campaign on Base too; the fake DefiLlama lists rewards on Ethereum only.
    expect(figures.merklRewards?.map((stream) => stream.symbol)).toEqual(['UNI']);
    expect(said(result.notes)).toEqual(['DefiLlama Yields: DefiLlama lists no reward APR for this pool.']);
    const message = { type: 'lens:pool-lookup', ...result };
    expect(v.safeParse(LookupPoolResponseSchema, message).success).toBe(true);
  });

  it('on Ethereum: no gauge is asked; USDC and WETH are well known', async () => {
    const result = await service().lookup({ chain: 'ethereum', type: 'address', address: FAKE_POOL });
    if (result.status !== 'ok') throw new Error(said(result.notes).join('; '));
    expect(result.snapshot.figures.gaugeRewards).toBeUndefined();
    expect(result.snapshot.figures.tokenSecurity?.map((t) => t.wellKnown)).toEqual([true, true]);
    expect(result.snapshot.figures.l1DataFeeWei).toBeUndefined();
    expect(result.notes).toEqual([]);
  });
});
