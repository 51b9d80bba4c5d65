/** DefiLlama yields: the compact index, matching a pool among several, the cached download, faults. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import {
  INDEX_KEY,
  YIELDS_POOLS_URL,
  buildYieldsIndex,
  defiLlamaYields,
  feeTierFromMeta,
  indexKey,
  llamaProjectFor,
  matchYieldsPool,
  streamFrom,
  type YieldsIndex,
} from '../../../../../entrypoints/background/providers/defillama-yields';
import type { PoolTarget } from '../../../../../entrypoints/background/pool-target';
import { PoolFiguresSchema, type PoolFigures } from '../../../../../lib/messages/pool-data';
import { FAULTS, harness } from './provider-harness';

const USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
const WETH = '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2';
const UNI = '0x1f9840a85d5af5bf1d1762f925bdaddc4201f984';
const NATIVE = '0x0000000000000000000000000000000000000000';
const POOL = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const target: PoolTarget = { chain: 'ethereum', type: 'address', address: POOL };
const RAW = readFileSync(join(__dirname, '../../../../fixtures/api/defillama/yields-pools.json'), 'utf8');
const built = (): YieldsIndex => {
  const result = buildYieldsIndex(JSON.parse(RAW));
  if (!result.ok) throw new Error(JSON.stringify(result.reason));
  return result.index;
};
/** What the on-chain and GeckoTerminal providers say about the USDC/WETH 0.05 % pool. */
const PEERS: Record<string, PoolFigures> = {
  rpc: { token0Address: USDC, token1Address: WETH, feeTier: '0.0005' },
  geckoterminal: { dex: 'uniswap_v3', feeTier: '0.0005' },
};

describe('the compact index', () => {
  it('keeps only rewarded pools on chains and DEXes we map, keyed by chain and sorted tokens', () => {
    const result = buildYieldsIndex(JSON.parse(RAW));
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    // 8 rows: 2 WBTC-WETH pay no reward (apyReward 0 and null), aave-v3 is not a DEX we map -> 5 kept.
    expect(result.pools).toBe(5);
    expect(Object.keys(result.index).sort()).toEqual(
      [
        indexKey('arbitrum', [USDC, WETH]),
        indexKey('ethereum', [NATIVE, USDC]),
        indexKey('ethereum', [USDC, WETH]),
      ].sort(),
    );
    // The 0.3 % pool lists WETH first: sorted keys put it with the others on the same pair.
    expect(result.index[indexKey('ethereum', [WETH, USDC])]!.map((p) => [p.project, p.feeTier])).toEqual([
      ['uniswap-v3', '0.0005'],
      ['uniswap-v3', '0.003'],
      ['sushiswap-v3', '0.0005'],
    ]);
    // Far smaller than the list: the index is what is stored.
    expect(JSON.stringify(result.index).length).toBeLessThan(RAW.length / 3);
  });

  it.each([
    ['no data', {}],
    ['data not a list', { data: 'x' }],
    ['a string', 'garbage'],
  ])('%s: not a yields list', (_name, body) => {
    expect(buildYieldsIndex(body).ok).toBe(false);
  });

  it('skips broken rows one by one', () => {
    const good = JSON.parse(RAW).data[0];
    const rows = [
      null,
      7,
      { ...good, underlyingTokens: ['USDC', 'WETH'] },
      { ...good, apyReward: 'NaN' },
      { ...good, apyReward: -3 },
      { ...good, chain: 'Neverland' },
      { ...good, pool: { id: 1 } },
      { ...good, underlyingTokens: [USDC, USDC] },
      good,
    ];
    const result = buildYieldsIndex({ data: rows });
    expect(result.ok && result.pools).toBe(1);
  });

  it('reads the fee tier from poolMeta', () => {
    expect(feeTierFromMeta('0.05%')).toBe('0.0005');
    expect(feeTierFromMeta('1%')).toBe('0.01');
    expect(feeTierFromMeta('Supply')).toBeNull();
    expect(feeTierFromMeta(null)).toBeNull();
    expect(feeTierFromMeta('250%')).toBeNull();
  });

  it('maps DEX ids to DefiLlama projects', () => {
    expect(llamaProjectFor('uniswap_v3')).toBe('uniswap-v3');
    expect(llamaProjectFor('uniswap_v4')).toBe('uniswap-v4');
    expect(llamaProjectFor('aerodrome-slipstream')).toBe('aerodrome-slipstream');
    expect(llamaProjectFor('aerodrome-base')).toBe('aerodrome-v1');
    expect(llamaProjectFor('pancakeswap-v3-bsc')).toBe('pancakeswap-amm-v3');
    expect(llamaProjectFor('some_new_dex')).toBeNull();
  });
});

describe('matching a pool', () => {
  const query = { chain: 'ethereum' as const, tokens: [WETH, USDC], project: 'uniswap-v3' };
  it.each([
    ['0.0005', '747c1d2a-c668-4682-b9f9-296708a3dd90', '0.032'],
    ['0.003', '5b3a9e01-6c1f-4f0e-9c52-0d0d3f1a2b77', '0.011'],
  ])('fee tier %s picks its own pool among three on the pair', (feeTier, uuid, apr) => {
    const match = matchYieldsPool(built(), { ...query, feeTier });
    expect(match.ok && match.pool.pool).toBe(uuid);
    // apyReward 3.2 % -> 0.032; 1.1 % -> 0.011
    expect(match.ok && streamFrom(match.pool).apr).toBe(apr);
  });

  it('the same pair on another DEX or chain is another pool', () => {
    const sushi = matchYieldsPool(built(), { ...query, project: 'sushiswap-v3', feeTier: '0.0005' });
    expect(sushi.ok && sushi.pool.pool).toBe('0e4c7a55-2f7d-4c59-8f1f-3a6ed6f0b111');
    const arbitrum = matchYieldsPool(built(), { ...query, chain: 'arbitrum', feeTier: '0.0005' });
    expect(arbitrum.ok && arbitrum.pool.pool).toBe('c9f7b2d4-96a1-4d2e-b3c0-77d8b6e0a222');
    expect(matchYieldsPool(built(), { ...query, chain: 'base', feeTier: '0.0005' }).ok).toBe(false);
  });

  it('two candidates that cannot be told apart give nothing', () => {
    expect(matchYieldsPool(built(), { ...query, feeTier: null })).toEqual({
      ok: false,
      reason: 'the fee tier is unknown, so DefiLlama’s pools on this pair cannot be told apart',
    });
    expect(matchYieldsPool(built(), { ...query, feeTier: '0.01' })).toEqual({
      ok: false,
      reason: 'DefiLlama lists this pair’s rewards on other fee tiers only',
    });
  });

  it('reward tokens are named by shortened address, never by an invented symbol', () => {
    const one = matchYieldsPool(built(), { ...query, feeTier: '0.0005' });
    expect(one.ok && streamFrom(one.pool)).toEqual({
      symbol: '0x1f98…f984',
      token: UNI,
      apr: '0.032',
      endsAt: null,
      needsStaking: null,
      label: 'DefiLlama yields: uniswap-v3 0.05%',
    });
    const two = matchYieldsPool(built(), {
      chain: 'ethereum',
      tokens: [NATIVE, USDC],
      project: 'uniswap-v4',
      feeTier: '0.0005',
    });
    // Two reward tokens: one stream for DefiLlama's one apyReward (5 % -> 0.05), no single token to price.
    expect(two.ok && streamFrom(two.pool)).toMatchObject({ symbol: '0x1f98…f984+0x912c…6548', apr: '0.05' });
    expect(two.ok && 'token' in streamFrom(two.pool)).toBe(false);
  });
});

describe('DefiLlama yields provider', () => {
  const ok = () => new Response(RAW);

  it('downloads once, keeps the compact index in the cache, and answers other pools from it', async () => {
    const { context, requests, store } = harness(ok, { peers: PEERS });
    const result = await defiLlamaYields.load(target, context());
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(v.safeParse(PoolFiguresSchema, result.figures).success).toBe(true);
    expect(result.figures.llamaRewards!.map((s) => [s.symbol, s.apr])).toEqual([['0x1f98…f984', '0.032']]);
    expect(requests).toEqual([YIELDS_POOLS_URL]);
    const stored = store.get(INDEX_KEY)!.value as YieldsIndex;
    expect(Object.keys(stored)).toContain(indexKey('ethereum', [USDC, WETH]));
    expect(JSON.stringify(stored)).not.toContain('predictions');

    // The 0.3 % pool on the same pair: no second download.
    const other = harness(ok, {
      peers: {
        ...PEERS,
        rpc: { ...PEERS.rpc, feeTier: '0.003' },
        geckoterminal: { dex: 'uniswap_v3', feeTier: '0.003' },
      },
    });
    other.store.set(INDEX_KEY, store.get(INDEX_KEY)!);
    const second = await defiLlamaYields.load(target, other.context());
    expect(second.ok && second.figures.llamaRewards![0]!.apr).toBe('0.011');
    expect(other.requests).toEqual([]);
  });

  it('takes the list past the usual 2 MB cap', async () => {
    const big = JSON.stringify({ ...JSON.parse(RAW), padding: 'x'.repeat(3 * 1024 * 1024) });
    const { context } = harness(() => new Response(big), { peers: PEERS });
    expect((await defiLlamaYields.load(target, context())).ok).toBe(true);
  });

  it('without the pool’s token addresses it does not guess', async () => {
    const { context, requests } = harness(ok, { peers: { geckoterminal: { dex: 'uniswap_v3' } } });
    const result = await defiLlamaYields.load(target, context());
    expect(result).toEqual({
      ok: false,
      provider: 'defillama-yields',
      reason: 'the pool’s token addresses are unknown, so DefiLlama cannot be matched',
    });
    expect(requests).toEqual([]);
  });

  it('a download slower than the lookup is used from the next lookup', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { context, requests } = harness(
      async () => {
        await gate;
        return new Response(RAW);
      },
      { peers: PEERS },
    );
    const first = await defiLlamaYields.load(target, context(20));
    expect(first.ok).toBe(false);
    if (!first.ok) expect(first.reason).toMatch(/still loading/);
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await defiLlamaYields.load(target, context(20));
    expect(second.ok).toBe(true);
    expect(requests).toHaveLength(1);
  });

  // A download with no answer outlives the lookup: the note then says the list is still loading.
  const faults = FAULTS.map(([name, route, reason]) =>
    name === 'timeout' ? ([name, route, /still loading/] as const) : ([name, route, reason] as const),
  );
  it.each(faults)('%s gives a note and no figures', async (_name, route, reason) => {
    const { context } = harness(route, { peers: PEERS });
    const result = await defiLlamaYields.load(target, context());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
