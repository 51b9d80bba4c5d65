/**
 * PancakeSwap Infinity CL positions (issue 12): position #555001 read through the fake CLPositionManager and
 * CLPoolManager the e2e chain serves (test/e2e/fakes/pancake-infinity-cl-position.ts and pancake-infinity-cl.ts),
 * the growth inside by Tick.getFeeGrowthInside (v3-core's) and the accrual by CLPosition.update (v4-core's).
 */
import { describe, expect, it } from 'vitest';
import { toFunctionSelector } from 'viem';
import { HttpClient, type HttpDeps } from '../../../../entrypoints/background/http';
import { readPosition } from '../../../../entrypoints/background/providers/position';
import { decodeV4PositionInfo } from '../../../../entrypoints/background/providers/v4-position';
import { INFINITY_CL_POOL, pancakeInfinityCl } from '../../../e2e/fakes/pancake-infinity-cl';
import { INFINITY_POSITION, pancakeInfinityClPosition } from '../../../e2e/fakes/pancake-infinity-cl-position';
import type { FakeChainContract } from '../../../e2e/fakes/types';

const chain: FakeChainContract = (to, data) => pancakeInfinityClPosition(to, data) ?? pancakeInfinityCl(to, data);

function client(contract: FakeChainContract) {
  const deps: HttpDeps = {
    now: () => 1_000,
    sleep: async () => {},
    random: () => 0.5,
    fetch: async (_url, init) => {
      const calls = JSON.parse(String(init!.body)) as { id: number; params: [{ to: string; data: string }] }[];
      return new Response(
        JSON.stringify(
          calls.map(({ id, params: [call] }) => {
            const result = contract(call.to.toLowerCase(), call.data);
            return result === null
              ? { jsonrpc: '2.0', id, error: { code: 3, message: 'execution reverted' } }
              : { jsonrpc: '2.0', id, result };
          }),
        ),
      );
    },
  };
  return new HttpClient(() => ({ burst: 100, perMinute: 6000 }), deps);
}

const read = (contract: FakeChainContract, tokenId = '555001', on: 'bsc' | 'base' = 'bsc') =>
  readPosition(client(contract), 'https://rpc.example', 'pancakeswap-infinity-cl', on, tokenId, 10_000, () => 5_000);

describe('a PancakeSwap Infinity CL position on BSC', () => {
  it('CLPositionInfo packs as v4: 70000 = 0x011170 at bit 32, 60000 = 0x00ea60 at bit 8', () => {
    expect(decodeV4PositionInfo(INFINITY_POSITION.info)).toEqual({
      poolIdPrefix: INFINITY_CL_POOL.slice(0, 52),
      tickLower: 60_000,
      tickUpper: 70_000,
      hasSubscriber: false,
    });
  });

  it('is found in its pool by PoolId, with its range, liquidity and the fees a poke would credit now', async () => {
    const result = await read(chain);
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(result.position).toMatchObject({
      pool: INFINITY_CL_POOL,
      tickLower: 60_000,
      tickUpper: 70_000,
      liquidityRaw: '200000000000000000000',
      protocol: 'pancakeswap-infinity-cl',
    });
    // The pool's tick 64380 lies in [60000, 70000): below = lower.outside, above = upper.outside. L = 2e20.
    // token0 (BNB): inside = (2 Q128 + Q128/1024) - Q128 - Q128 = Q128/1024; since the checkpoint 0:
    //   2e20 / 1024 = 195,312,500,000,000,000 raw = 0.1953125 BNB.
    // token1 (USDT): inside = Q128/256 - 0 - 0; the checkpoint 2^256 - Q128/256 wraps: 2 Q128/256 = Q128/128;
    //   2e20 / 128 = 1,562,500,000,000,000,000 raw = 1.5625 USDT.
    expect(result.position.uncollectedFees).toEqual({
      amount0Raw: '195312500000000000',
      amount1Raw: '1562500000000000000',
      fetchedAt: 5_000,
    });
  });

  it('an unknown token id says the position does not exist', async () => {
    const result = await read(chain, '1');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatchObject({ key: 'worker.reason.noPosition' });
  });

  it('a pool whose tick info cannot be read leaves the fees unknown, not zero', async () => {
    const noTicks: FakeChainContract = (to, data) =>
      data.startsWith(toFunctionSelector('getPoolTickInfo(bytes32,int24)')) ? null : chain(to, data);
    const result = await read(noTicks);
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(result.position.tickUpper).toBe(70_000);
    expect(result.position.uncollectedFees).toBeUndefined();
  });

  it('is not read on Base: infinity-periphery publishes no Base config', async () => {
    const result = await read(chain, '555001', 'base');
    expect(result.ok).toBe(false);
  });
});
