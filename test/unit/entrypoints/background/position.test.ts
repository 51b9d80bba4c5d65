/**
 * Positions beyond Uniswap v3 (issue 12): a PancakeSwap v3 position's pool, range and uncollected fees, read
 * through the fake PancakeSwap contracts the e2e chain serves (test/e2e/fakes/pancake-v3-position.ts), and a
 * Slipstream position's other ABI (tick spacing for fee, two more words in ticks()).
 */
import { describe, expect, it } from 'vitest';
import { encodeAbiParameters, toFunctionSelector } from 'viem';
import { HttpClient, type HttpDeps } from '../../../../entrypoints/background/http';
import { readPosition } from '../../../../entrypoints/background/providers/position';
import { PANCAKE_POOL, pancakeV3Position } from '../../../e2e/fakes/pancake-v3-position';
import type { FakeChainContract } from '../../../e2e/fakes/types';

function client(contract: FakeChainContract, seen: string[] = []) {
  const deps: HttpDeps = {
    now: () => 1_000,
    sleep: async () => {},
    random: () => 0.5,
    fetch: async (_url, init) => {
      const calls = JSON.parse(String(init!.body)) as { id: number; params: [{ to: string; data: string }] }[];
      return new Response(
        JSON.stringify(
          calls.map(({ id, params: [call] }) => {
            seen.push(`${call.to}:${call.data.slice(0, 10)}`);
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

describe('a PancakeSwap v3 position on BSC', () => {
  it('is found in its pool, with its range, liquidity and the fees collect() would pay now', async () => {
    const result = await readPosition(
      client(pancakeV3Position),
      'https://rpc.example',
      'pancakeswap-v3',
      'bsc',
      '777001',
      10_000,
      () => 5_000,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(result.position).toMatchObject({
      pool: PANCAKE_POOL,
      tickLower: -70_000,
      tickUpper: -60_000,
      liquidityRaw: '2000000000000000000',
      protocol: 'pancakeswap-v3',
    });
    // Q128 = 2^128, Q124 = 2^124 = Q128 / 16; L = 2e18; the pool's tick -64381 lies in [-70000, -60000).
    // token0 (USDT): global = 10.25 Q128 + 1, lower.outside = 1 Q128 (tick >= lower: "below" = outside),
    //   upper.outside = 2 Q128 (tick < upper: "above" = outside) -> inside = 10.25 Q128 + 1 - 1 Q128 - 2 Q128
    //   = 7.25 Q128 + 1; since the checkpoint 4 Q128: 3.25 Q128 + 1.
    //   mulDiv(3.25 Q128 + 1, 2e18, Q128) = floor(6.5e18 + 2e18 / 2^128) = 6.5e18 (the extra wei floors away);
    //   plus tokensOwed0 0.5e18: 7e18 raw = 7 USDT.
    // token1 (WBNB): global = 3 Q124, lower.outside = 1 Q124, upper.outside = 0 -> inside = 2 Q124; the
    //   checkpoint is 2^256 - 2 Q124 (-1/8, relative values wrap), so 2 Q124 - (2^256 - 2 Q124) = 4 Q124
    //   mod 2^256 = Q128 / 4; mulDiv(Q128 / 4, 2e18, Q128) = 5e17 raw = 0.5 WBNB; tokensOwed1 0.
    expect(result.position.uncollectedFees).toEqual({
      amount0Raw: '7000000000000000000',
      amount1Raw: '500000000000000000',
      fetchedAt: 5_000,
    });
  });

  it('an unknown token id says the position does not exist', async () => {
    const result = await readPosition(
      client(pancakeV3Position),
      'https://rpc.example',
      'pancakeswap-v3',
      'bsc',
      '1',
      10_000,
      () => 5_000,
    );
    expect(result).toEqual({ ok: false, reason: 'The position does not exist (or was burned).' });
  });

  it('a pool whose fee state cannot be read leaves the fees unknown, not zero', async () => {
    const noFeeState: FakeChainContract = (to, data) =>
      to === PANCAKE_POOL && data.startsWith(toFunctionSelector('feeGrowthGlobal1X128()'))
        ? null
        : pancakeV3Position(to, data);
    const result = await readPosition(
      client(noFeeState),
      'https://rpc.example',
      'pancakeswap-v3',
      'bsc',
      '777001',
      10_000,
      () => 5_000,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(result.position.uncollectedFees).toBeUndefined();
  });
});

describe('an Aerodrome Slipstream position on Base', () => {
  // aerodrome-finance/slipstream at 7844368af8f83459b5056ff5f3334ff041232382: README deployment table.
  const MANAGER = '0x827922686190790b37229fd06084350e74485b72';
  const FACTORY = '0x5e7bb104d84c7cb9b682aac2f3d509f5f406809a';
  const POOL = '0xb2cc224c1c9fee385f8ad6a55b4d94e92359dc59';
  const WETH = '0x4200000000000000000000000000000000000006';
  const USDC = '0x833589fcd6edb6e08f4c7c32d4f71b54bda02913';
  const Q128 = 1n << 128n;
  const uint = (n: bigint) => encodeAbiParameters([{ type: 'uint256' }], [n]);
  // Tick.Info with stakedLiquidityNet after liquidityNet and rewardGrowthOutsideX128 after the fee growths.
  const tick = (out0: bigint, out1: bigint) =>
    encodeAbiParameters(
      [
        { type: 'uint128' },
        { type: 'int128' },
        { type: 'int128' },
        { type: 'uint256' },
        { type: 'uint256' },
        { type: 'uint256' },
        { type: 'int56' },
        { type: 'uint160' },
        { type: 'uint32' },
        { type: 'bool' },
      ],
      [1n, 1n, 0n, out0, out1, 999n * Q128, 0n, 0n, 0, true],
    );
  const slipstream: FakeChainContract = (to, data) => {
    const call = data.slice(0, 10);
    if (to === MANAGER && call === toFunctionSelector('positions(uint256)'))
      return encodeAbiParameters(
        [
          { type: 'uint96' },
          { type: 'address' },
          { type: 'address' },
          { type: 'address' },
          { type: 'int24' },
          { type: 'int24' },
          { type: 'int24' },
          { type: 'uint128' },
          { type: 'uint256' },
          { type: 'uint256' },
          { type: 'uint128' },
          { type: 'uint128' },
        ],
        [
          0n,
          '0x0000000000000000000000000000000000000000',
          WETH,
          USDC,
          100,
          -200_100,
          -199_900,
          10n ** 12n,
          0n,
          0n,
          0n,
          0n,
        ],
      );
    // getPool(address,address,int24): Slipstream's selector, not v3's (address,address,uint24).
    if (to === FACTORY && call === toFunctionSelector('getPool(address,address,int24)')) {
      expect(BigInt.asIntN(24, BigInt(`0x${data.slice(2 + 8 + 128, 2 + 8 + 192)}`))).toBe(100n);
      return encodeAbiParameters([{ type: 'address' }], [POOL]);
    }
    if (to !== POOL) return null;
    if (call === toFunctionSelector('slot0()'))
      return encodeAbiParameters(
        [
          { type: 'uint160' },
          { type: 'int24' },
          { type: 'uint16' },
          { type: 'uint16' },
          { type: 'uint16' },
          { type: 'bool' },
        ],
        [2n ** 96n / 50_000n, -200_000, 0, 1, 1, true],
      );
    if (call === toFunctionSelector('feeGrowthGlobal0X128()')) return uint(3n * Q128);
    if (call === toFunctionSelector('feeGrowthGlobal1X128()')) return uint(5n * Q128);
    if (call === toFunctionSelector('ticks(int24)')) {
      const at = Number(BigInt.asIntN(24, BigInt(`0x${data.slice(10)}`)));
      return at === -200_100 ? tick(Q128, 2n * Q128) : tick(0n, Q128);
    }
    return null;
  };

  it('reads tick spacing where v3 has the fee, and the fee growths from words 3 and 4 of ticks()', async () => {
    const result = await readPosition(
      client(slipstream),
      'https://rpc.example',
      'aerodrome-slipstream',
      'base',
      '42',
      10_000,
      () => 5_000,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(result.position.pool).toBe(POOL);
    // token0: 3 - 1 (below) - 0 (above) = 2 per unit of liquidity; token1: 5 - 2 - 1 = 2. Checkpoints 0,
    // L = 1e12: 2e12 raw of each. Had words 2 and 3 been read (v3's layout), token0 would have taken the
    // stakedLiquidityNet word (0) and token1 the token0 growth, and the 999 Q128 reward growth would never show.
    expect(result.position.uncollectedFees).toMatchObject({ amount0Raw: '2000000000000', amount1Raw: '2000000000000' });
  });

  it('is not read on a chain Slipstream is not deployed on', async () => {
    const result = await readPosition(
      client(slipstream),
      'https://rpc.example',
      'aerodrome-slipstream',
      'ethereum',
      '42',
      10_000,
      () => 5_000,
    );
    expect(result.ok).toBe(false);
  });
});
