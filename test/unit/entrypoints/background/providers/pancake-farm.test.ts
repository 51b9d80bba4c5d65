/** PancakeSwap v3 farms: CAKE per second at 1e30 scale, the pool's allocation, the farmed-share basis, failures. */
import { said } from '../../../said';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { encodeAbiParameters, toFunctionSelector } from 'viem';
import { fetchPancakeFarm, pancakeFarm } from '../../../../../entrypoints/background/providers/pancake-farm';
import { PoolFiguresSchema, type PoolFigures } from '../../../../../lib/messages/pool-data';
import { llamaPricesFake } from '../../../../e2e/fakes/llama-prices';
import { pancakeMasterChefFake } from '../../../../e2e/fakes/pancake-masterchef';
import type { FakeChainContract } from '../../../../e2e/fakes/types';
import { chainReply, scriptedClient, TRANSPORT_FAILURES, type Answer } from './scripted-client';

const RPC = 'https://bsc-rpc.publicnode.com';
const POOL = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const CHEF = '0x556b9306565093c855aea9ae92a594704c2cd59e';
const CAKE = '0x0e09fabb73bd3ade0a17ecc321fd13a19e81ce82';
const NOW = 1_700_000_000_000;
const END = NOW + 86_400_000;

const is = (data: string, signature: string) => data.startsWith(toFunctionSelector(signature));
const uint = (n: bigint) => encodeAbiParameters([{ type: 'uint256' }], [n]);

/** The pool's in-range liquidity (as the fake pool has it) and a period end pinned to NOW + a day. */
const pool: FakeChainContract = (to, data) => {
  if (to === POOL && is(data, 'liquidity()')) return uint(15_000_000_000_000_000_000n);
  if (to === CHEF && is(data, 'latestPeriodEndTime()')) return uint(BigInt(END / 1000));
  return null;
};

const llama = (url: string): Answer => {
  const body = JSON.parse(llamaPricesFake.body(new URL(url).pathname, '') ?? 'null') as {
    coins: Record<string, { timestamp: number }>;
  };
  for (const coin of Object.values(body.coins)) coin.timestamp = NOW / 1000 - 60;
  return { json: body };
};

function run(
  contracts: FakeChainContract[] = [],
  { tvlUsd = '30000000' as string | null, rpc = undefined as Answer | undefined, prices = llama } = {},
) {
  const http = scriptedClient((url, body) =>
    url === RPC ? (rpc ?? { json: chainReply(body, [...contracts, pool, pancakeMasterChefFake]) }) : prices(url),
  );
  const peer = async (): Promise<PoolFigures | null> => (tvlUsd ? { tvlUsd } : null);
  return fetchPancakeFarm(http, 'bsc', POOL, RPC, NOW + 8_000, () => NOW, peer);
}

describe('fetchPancakeFarm', () => {
  it('CAKE per second for the pool, APR per USD farmed in range', async () => {
    const result = await run();
    // latestPeriodCakePerSecond 1e30 / 1e30 (PRECISION 1e12 x 1e18 wei) = 1 CAKE/s; x 10 / 100 alloc = 0.1 CAKE/s.
    // Farmed in range: lmLiquidity / liquidity = 1/3 of the 30,000,000 USD TVL = 10,000,000 USD.
    // APR = 0.1 x 2 USD x 31,536,000 / 10,000,000 = 0.63072; a day: 0.1 x 2 x 86,400 = 17,280 USD.
    expect(said(result)).toEqual({
      ok: true,
      provider: 'pancake-farm',
      fetchedAt: NOW,
      figures: {
        farmRewards: [
          {
            symbol: 'Cake',
            token: CAKE,
            apr: '0.63072',
            dailyUsd: '17280',
            endsAt: END,
            needsStaking: true,
            label: 'PancakeSwap v3 farm #7: APR per USD farmed in range (TVL x farmed share)',
          },
        ],
      },
      derivedFrom: { farmRewards: 'DefiLlama, GeckoTerminal' },
    });
    expect(result.ok && v.is(PoolFiguresSchema, result.figures)).toBe(true);
  });

  const notFarmed: FakeChainContract = (to, data) =>
    to === CHEF && is(data, 'v3PoolAddressPid(address)') ? uint(0n) : null;
  const ended: FakeChainContract = (to, data) =>
    to === CHEF && is(data, 'latestPeriodEndTime()') ? uint(BigInt(NOW / 1000 - 1)) : null;
  const boosted: FakeChainContract = (_to, data) =>
    is(data, 'lmLiquidity()') ? uint(20_000_000_000_000_000_000n) : null;
  const noneFarmed: FakeChainContract = (_to, data) => (is(data, 'lmLiquidity()') ? uint(0n) : null);
  const noLmPool: FakeChainContract = (to, data) =>
    to === POOL && is(data, 'lmPool()') ? encodeAbiParameters([{ type: 'address' }], [`0x${'0'.repeat(40)}`]) : null;
  const overAllocated: FakeChainContract = (to, data) =>
    to === CHEF && is(data, 'totalAllocPoint()') ? uint(5n) : null;

  it.each([
    ['not a farm', [notFarmed], 'this pool has no PancakeSwap v3 farm'],
    ['the period has ended', [ended], "the farm's emission period has ended"],
    ['boosted farmed liquidity above the pool', [boosted], /boosts/],
    ['nothing farmed in range', [noneFarmed], /APR is undefined/],
    ['no LM pool', [noLmPool], /no LM pool/],
    ['an allocation above the total', [overAllocated], /allocation is not readable/],
  ] as const)('%s: a plain reason, no figures', async (_name, contracts, reason) => {
    const result = await run([...contracts]);
    expect(result.ok).toBe(false);
    expect(!result.ok && said(result.reason)).toMatch(reason);
  });

  it('no TVL for the pool: a plain reason', async () => {
    expect(said(await run([], { tvlUsd: null }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/TVL is not known/),
    });
  });

  it.each(TRANSPORT_FAILURES)('the price host failing (%s): a note and no figures', async (_name, problem, words) => {
    const result = await run([], { prices: () => ({ problem }) });
    expect(!result.ok && said(result.reason)).toMatch(words);
  });

  it.each(TRANSPORT_FAILURES)('the RPC failing (%s): a note and no figures', async (_name, problem, words) => {
    const result = await run([], { rpc: { problem } });
    expect(!result.ok && said(result.reason)).toMatch(words);
  });

  it('covers BNB Chain pools by address with an endpoint', () => {
    const ctx = { rpcUrl: RPC } as never;
    const on = (chain: 'bsc' | 'ethereum') => ({ chain, type: 'address' as const, address: POOL as `0x${string}` });
    expect(pancakeFarm.covers?.(on('bsc'), ctx)).toBe(true);
    expect(pancakeFarm.covers?.(on('ethereum'), ctx)).toBe(false);
  });
});
