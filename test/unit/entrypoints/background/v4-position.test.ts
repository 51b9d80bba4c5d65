/**
 * Uniswap v4 positions (issue 12): the packed PositionInfo decoded as v4-periphery's PositionInfoLibrary reads
 * it, and position #424242 read through the fake PositionManager and StateView the e2e chain serves
 * (test/e2e/fakes/uniswap-v4-position.ts), uncollected fees by v4-core's Position.update arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { HttpClient, type HttpDeps } from '../../../../entrypoints/background/http';
import { readPosition } from '../../../../entrypoints/background/providers/position';
import { decodeV4PositionInfo, v4PoolId } from '../../../../entrypoints/background/providers/v4-position';
import { uncollectedFeesV4 } from '../../../../core/index';
import { uniswapV4Position, V4_POSITION_POOL } from '../../../e2e/fakes/uniswap-v4-position';
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

const read = (contract: FakeChainContract, tokenId = '424242', chain: 'ethereum' | 'bsc' = 'ethereum') =>
  readPosition(client(contract), 'https://rpc.example', 'uniswap-v4', chain, tokenId, 10_000, () => 5_000);

describe('PositionInfo, packed as PositionInfoLibrary packs it', () => {
  it('reads tickLower from bits 8-31 and tickUpper from bits 32-55, signed, and the id from the top 200 bits', () => {
    // Low 56 bits, as hex: fd0260 | fcf2c0 | 01. 0xfd0260 = 16,581,216 = 2^24 - 196,000 -> -196000;
    // 0xfcf2c0 = 16,577,216 = 2^24 - 200,000 -> -200000; the last byte 01: subscribed.
    const info = 0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d849fd0260fcf2c001n;
    expect(decodeV4PositionInfo(info)).toEqual({
      poolIdPrefix: '0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d849',
      tickLower: -200_000,
      tickUpper: -196_000,
      hasSubscriber: true,
    });
  });

  it('positive ticks stay positive, and a pool id starting with zero bytes keeps its 50 hex digits', () => {
    // tickUpper 60 = 0x00003c at bit 32, tickLower -60 = 2^24 - 60 = 0xffffc4 at bit 8; no subscriber.
    const info = (0x0000ffn << 56n) | (0x00003cn << 32n) | (0xffffc4n << 8n);
    expect(decodeV4PositionInfo(info)).toEqual({
      poolIdPrefix: `0x${'0'.repeat(46)}00ff`,
      tickLower: -60,
      tickUpper: 60,
      hasSubscriber: false,
    });
  });

  it('the PoolId is keccak256 of the abi-encoded key: ETH/USDC 0.05 % spacing 10 is the real pool id', () => {
    // 0x21c6…ca27 is the id Uniswap's app links for this pool on Ethereum (and what fake-api.ts serves).
    expect(
      v4PoolId({
        currency0: '0x0000000000000000000000000000000000000000',
        currency1: '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48',
        fee: 500,
        tickSpacing: 10,
        hooks: '0x0000000000000000000000000000000000000000',
      }),
    ).toBe(V4_POSITION_POOL);
  });
});

describe('uncollectedFeesV4: v4-core Position.update', () => {
  it('floors (inside - last) x liquidity / 2^128, the difference wrapping mod 2^256', () => {
    const Q128 = 1n << 128n;
    // token0: (3 Q128 + 1 - Q128) x 5 / Q128 = 10 + 5 / 2^128 -> 10. token1: last = 2^256 - Q128 (i.e. -1),
    // inside = Q128: the difference wraps to 2 Q128, x 5 / Q128 = 10.
    expect(
      uncollectedFeesV4({
        liquidity: 5n,
        feeGrowthInside0X128: 3n * Q128 + 1n,
        feeGrowthInside0LastX128: Q128,
        feeGrowthInside1X128: Q128,
        feeGrowthInside1LastX128: (1n << 256n) - Q128,
      }),
    ).toEqual({ amount0: 10n, amount1: 10n });
  });
});

describe('a Uniswap v4 position on Ethereum', () => {
  it('is found in its pool by PoolId, with its range, liquidity and the fees a poke would credit now', async () => {
    const seen: string[] = [];
    const result = await readPosition(
      client(uniswapV4Position, seen),
      'https://rpc.example',
      'uniswap-v4',
      'ethereum',
      '424242',
      10_000,
      () => 5_000,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(result.position).toMatchObject({
      pool: V4_POSITION_POOL,
      tickLower: -200_000,
      tickUpper: -196_000,
      liquidityRaw: '1500000000000000',
      protocol: 'uniswap-v4',
    });
    // L = 1.5e15. token0 (ETH, 18 decimals): inside 5 Q128 + 7, last 3 Q128 -> 2 Q128 + 7;
    //   floor((2 Q128 + 7) x 1.5e15 / Q128) = 3e15 + floor(1.05e16 / 2^128) = 3e15 raw = 0.003 ETH.
    // token1 (USDC, 6 decimals): inside 2^107 (Q128 >> 21), last 2^256 - 2^107 -> wraps to 2^108 = Q128 / 2^20;
    //   floor(1.5e15 / 2^20) = floor(1,430,511,474.609375) = 1,430,511,474 raw = 1,430.511474 USDC.
    expect(result.position.uncollectedFees).toEqual({
      amount0Raw: '3000000000000000',
      amount1Raw: '1430511474',
      fetchedAt: 5_000,
    });
    // getPositionInfo was asked with the PositionManager as owner and the token id as salt (the fake checks both:
    // anything else reads as an empty position, whose fees would be 0, not these).
    expect(seen).toHaveLength(4);
  });

  it('an unminted token id says the position does not exist', async () => {
    const result = await read(uniswapV4Position, '1');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatchObject({ key: 'worker.reason.noPosition' });
  });

  it('fee reads that fail leave the fees unknown, not zero', async () => {
    const noStateView: FakeChainContract = (to, data) =>
      to === '0x7ffe42c4a5deea5b0fec41c94c136cf115597227' ? null : uniswapV4Position(to, data);
    const result = await read(noStateView);
    if (!result.ok) throw new Error(JSON.stringify(result.reason));
    expect(result.position.tickLower).toBe(-200_000);
    expect(result.position.uncollectedFees).toBeUndefined();
  });

  it("an info word whose pool id is not the key's is refused as an unexpected shape", async () => {
    const otherInfo: FakeChainContract = (to, data) => {
      const answer = uniswapV4Position(to, data);
      // The info word is the answer's last 64 hex digits: its first digit, 2 -> 3, is inside the pool id.
      if (answer && data.startsWith('0x7ba03aad')) return `${answer.slice(0, -64)}${'3'}${answer.slice(-63)}`;
      return answer;
    };
    const result = await read(otherInfo);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatchObject({ key: 'worker.reason.positionShape' });
  });

  it('is not read on a chain without a v4 deployment here', async () => {
    const result = await read(uniswapV4Position, '424242', 'bsc');
    expect(result.ok).toBe(false);
  });
});
