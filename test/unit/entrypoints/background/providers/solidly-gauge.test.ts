/** Aerodrome / Velodrome gauges: reward APR by hand, the staked-value bases, and every missing part a note. */
import { said } from '../../../said';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { encodeAbiParameters, toFunctionSelector } from 'viem';
import { Decimal } from '../../../../../core/index';
import { fetchGauge, solidlyGauge } from '../../../../../entrypoints/background/providers/solidly-gauge';
import { rewardAprFromRate } from '../../../../../entrypoints/background/providers/reward-apr';
import { PoolFiguresSchema, type PoolFigures } from '../../../../../lib/messages/pool-data';
import { FAKE_GAUGE, solidlyGaugeFake } from '../../../../e2e/fakes/solidly-gauge';
import { llamaPricesFake } from '../../../../e2e/fakes/llama-prices';
import type { FakeChainContract } from '../../../../e2e/fakes/types';
import { chainReply, REVERT, scriptedClient, TRANSPORT_FAILURES, type Answer } from './scripted-client';

const RPC = 'https://base-rpc.publicnode.com';
const POOL = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const AERO = '0x940181a94a35a4569e4529a3cdfb74e38fd98631';
/** Wednesday 2023-11-15 00:00 UTC; the weekly epoch (from Thursday 2023-11-09) ends Thursday 2023-11-16 00:00. */
const NOW = 1_700_006_400_000;
const EPOCH_END = 1_700_092_800_000;

/** The fake gauge's period end is "this week's" from the wall clock; the tests pin it to NOW's epoch. */
const pinnedPeriod: FakeChainContract = (to, data) =>
  to === FAKE_GAUGE && data.startsWith(toFunctionSelector('periodFinish()'))
    ? encodeAbiParameters([{ type: 'uint256' }], [BigInt(EPOCH_END / 1000)])
    : null;

/** The fake pool's own in-range liquidity, as fake-api.ts answers it (FAKE_ACTIVE_LIQUIDITY). */
const poolLiquidity: FakeChainContract = (to, data) =>
  to === POOL && data.startsWith(toFunctionSelector('liquidity()'))
    ? encodeAbiParameters([{ type: 'uint256' }], [15_000_000_000_000_000_000n])
    : null;

const llama = (url: string): Answer => {
  const { pathname } = new URL(url);
  const body = JSON.parse(llamaPricesFake.body(pathname, '') ?? 'null') as {
    coins: Record<string, { timestamp: number }>;
  };
  for (const coin of Object.values(body.coins)) coin.timestamp = NOW / 1000 - 60;
  return { json: body };
};

function world({
  contracts = [pinnedPeriod, solidlyGaugeFake] as FakeChainContract[],
  rpc = undefined as Answer | undefined,
  prices = llama as (url: string) => Answer,
} = {}) {
  return scriptedClient((url, body) => {
    if (url === RPC) return rpc ?? { json: chainReply(body, [...contracts, poolLiquidity]) };
    return prices(url);
  });
}

const tvl = (tvlUsd: string | undefined) => async (): Promise<PoolFigures | null> => (tvlUsd ? { tvlUsd } : null);

describe('rewardAprFromRate', () => {
  it('reward rate x price x seconds a year / staked TVL', () => {
    // 0.1 AERO/s x 1.25 USD x 31,536,000 s = 3,942,000 USD a year; on 5,000,000 USD staked: 0.7884.
    expect(rewardAprFromRate(new Decimal('0.1'), new Decimal('1.25'), new Decimal(5_000_000))!.toString()).toBe(
      '0.7884',
    );
  });
  it('nothing staked: undefined (null), not zero and not infinite', () => {
    expect(rewardAprFromRate(new Decimal(1), new Decimal(1), new Decimal(0))).toBeNull();
  });
});

describe('fetchGauge: Slipstream (concentrated) gauge on Base', () => {
  it("APR on the pool's TVL times the staked share of in-range liquidity, ending with the epoch", async () => {
    const result = await fetchGauge(world(), 'base', POOL, RPC, NOW + 8_000, () => NOW, tvl('10000000'));
    // Half the in-range liquidity is staked: 10,000,000 x 0.5 = 5,000,000 USD.
    // 0.1 AERO/s x 1.25 x 31,536,000 / 5,000,000 = 0.7884; a day: 0.1 x 1.25 x 86,400 = 10,800 USD.
    expect(said(result)).toEqual({
      ok: true,
      provider: 'solidly-gauge',
      fetchedAt: NOW,
      figures: {
        gaugeRewards: [
          {
            symbol: 'AERO',
            token: AERO,
            apr: '0.7884',
            dailyUsd: '10800',
            endsAt: EPOCH_END,
            needsStaking: true,
            label: 'Aerodrome Slipstream gauge 0x6a00…aa01: APR on TVL x staked share in range',
          },
        ],
      },
      derivedFrom: { gaugeRewards: 'DefiLlama, GeckoTerminal' },
    });
    expect(result.ok && v.is(PoolFiguresSchema, result.figures)).toBe(true);
  });
});

describe('fetchGauge: classic (v2-style) gauge', () => {
  /** A classic pool: 1,000 LP tokens, 250 staked in the gauge, 0.01 AERO a second. */
  const classic: FakeChainContract = (to, data) => {
    const is = (signature: string) => data.startsWith(toFunctionSelector(signature));
    const uint = (n: bigint) => encodeAbiParameters([{ type: 'uint256' }], [n]);
    if (to === POOL && (is('stakedLiquidity()') || is('liquidity()'))) return REVERT;
    if (to === POOL && is('totalSupply()')) return uint(1_000n * 10n ** 18n);
    if (to === FAKE_GAUGE && is('totalSupply()')) return uint(250n * 10n ** 18n);
    if (to === FAKE_GAUGE && is('rewardRate()')) return uint(10n ** 16n);
    return null;
  };
  it('staked TVL = staked LP x pool TVL / LP supply; APR on it', async () => {
    const http = world({ contracts: [classic, pinnedPeriod, solidlyGaugeFake] });
    const result = await fetchGauge(http, 'base', POOL, RPC, NOW + 8_000, () => NOW, tvl('2000000'));
    // 250 / 1,000 x 2,000,000 = 500,000 USD staked; 0.01 x 1.25 x 31,536,000 = 394,200; / 500,000 = 0.7884.
    expect(result.ok && said(result.figures.gaugeRewards?.[0])).toMatchObject({
      apr: '0.7884',
      dailyUsd: '1080', // 0.01 x 1.25 x 86,400
      label: 'Aerodrome gauge 0x6a00…aa01: APR on staked LP value',
    });
  });
});

describe('fetchGauge: what it cannot say', () => {
  const at = (contracts: FakeChainContract[], tvlUsd: string | null) =>
    fetchGauge(world({ contracts }), 'base', POOL, RPC, NOW + 8_000, () => NOW, tvl(tvlUsd ?? undefined));
  const noGauge: FakeChainContract = (_to, data) =>
    data.startsWith(toFunctionSelector('gauges(address)'))
      ? encodeAbiParameters([{ type: 'address' }], ['0x0000000000000000000000000000000000000000'])
      : null;
  const ended: FakeChainContract = (to, data) =>
    to === FAKE_GAUGE && data.startsWith(toFunctionSelector('periodFinish()'))
      ? encodeAbiParameters([{ type: 'uint256' }], [BigInt(NOW / 1000 - 1)])
      : null;
  const emojiSymbol: FakeChainContract = (to, data) =>
    to === AERO && data.startsWith(toFunctionSelector('symbol()'))
      ? encodeAbiParameters([{ type: 'string' }], ['🦄'.repeat(13)])
      : null;
  const nothingStaked: FakeChainContract = (to, data) =>
    to === POOL && data.startsWith(toFunctionSelector('stakedLiquidity()'))
      ? encodeAbiParameters([{ type: 'uint256' }], [0n])
      : null;

  it.each([
    ['no gauge', [noGauge], '10000000', 'this pool has no Aerodrome gauge'],
    ['the period has ended', [ended, solidlyGaugeFake], '10000000', /reward period ended/],
    ['a hostile symbol', [emojiSymbol, pinnedPeriod, solidlyGaugeFake], '10000000', /symbol could not be read/],
    ['no TVL', [pinnedPeriod, solidlyGaugeFake], null, /TVL is not known/],
    ['nothing staked', [nothingStaked, pinnedPeriod, solidlyGaugeFake], '10000000', /APR is undefined/],
  ] as const)('%s: a plain reason, no figures', async (_name, contracts, tvlUsd, reason) => {
    const result = await at([...contracts], tvlUsd);
    expect(result.ok).toBe(false);
    expect(!result.ok && said(result.reason)).toMatch(reason);
  });

  it.each(TRANSPORT_FAILURES)('the price host failing (%s): a note and no figures', async (_name, problem, words) => {
    const http = world({ prices: () => ({ problem }) });
    const result = await fetchGauge(http, 'base', POOL, RPC, NOW + 8_000, () => NOW, tvl('10000000'));
    expect(result.ok).toBe(false);
    expect(!result.ok && said(result.reason)).toMatch(words);
  });

  it.each(TRANSPORT_FAILURES)('the RPC failing (%s): a note and no figures', async (_name, problem, words) => {
    const result = await fetchGauge(world({ rpc: { problem } }), 'base', POOL, RPC, NOW + 8_000, () => NOW, tvl('1'));
    expect(!result.ok && said(result.reason)).toMatch(words);
  });

  it.each([
    ['no coin in the answer', { coins: {} }, /no price for the reward token/],
    ['a price that is text', { coins: { [`base:${AERO}`]: { price: '1.25', timestamp: NOW / 1000 } } }, /not usable/],
    ['a negative price', { coins: { [`base:${AERO}`]: { price: -1, timestamp: NOW / 1000 } } }, /not usable/],
    [
      'a week-old price',
      { coins: { [`base:${AERO}`]: { price: 1.25, timestamp: NOW / 1000 - 7 * 86_400 } } },
      /more than a day old/,
    ],
    ['another shape', [1, 2, 3], /no prices/],
  ])('DefiLlama answering %s: a note', async (_name, json, reason) => {
    const http = world({ prices: () => ({ json }) });
    const result = await fetchGauge(http, 'base', POOL, RPC, NOW + 8_000, () => NOW, tvl('10000000'));
    expect(!result.ok && said(result.reason)).toMatch(reason);
  });

  it('covers only Base and Optimism pools by address with an endpoint', () => {
    const ctx = { rpcUrl: RPC } as never;
    const on = (chain: 'base' | 'optimism' | 'ethereum') => ({
      chain,
      type: 'address' as const,
      address: POOL as `0x${string}`,
    });
    expect(solidlyGauge.covers?.(on('base'), ctx)).toBe(true);
    expect(solidlyGauge.covers?.(on('optimism'), ctx)).toBe(true);
    expect(solidlyGauge.covers?.(on('ethereum'), ctx)).toBe(false);
  });
});

describe('which pages ask for a gauge', () => {
  const POOL = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640' as `0x${string}`;
  const context = { rpcUrl: 'https://base-rpc.publicnode.com' } as Parameters<
    NonNullable<typeof solidlyGauge.covers>
  >[1];
  const on = (site?: 'aerodrome' | 'velodrome' | 'uniswap') =>
    solidlyGauge.covers!({ chain: 'base', type: 'address', address: POOL, ...(site ? { site } : {}) }, context);

  it("Aerodrome's and Velodrome's pages and typed addresses: yes; another DEX's page: no, and no note", () => {
    expect([on('aerodrome'), on('velodrome'), on(), on('uniswap')]).toEqual([true, true, true, false]);
  });
});
