/**
 * PancakeSwap Infinity CL pools by PoolId (issue 12), through the reader Uniswap v4 shares. The answers are
 * encoded here in the shapes pancakeswap/infinity-core (7c04695faeab8b06570cf6c277d9a9717136fb26) declares:
 * CLPoolManager getSlot0 (uint160, int24, uint24, uint24) and getLiquidity (uint128); IPoolManager
 * poolIdToPoolKey (address currency0, address currency1, address hooks, address poolManager, uint24 fee,
 * bytes32 parameters); the id keccak256 over those six words (src/types/PoolId.sol).
 */
import { describe, expect, it } from 'vitest';
import { encodeAbiParameters, keccak256, toFunctionSelector, type Hex } from 'viem';
import * as v from 'valibot';
import { said } from '../../said';
import { say } from '../../../../lib/i18n/index';
import { HttpClient, type HttpDeps } from '../../../../entrypoints/background/http';
import {
  INFINITY_CL_POOL_MANAGER,
  fetchInfinityClPool,
  pancakeInfinityPool,
} from '../../../../entrypoints/background/providers/pancake-infinity';
import { uniswapV4Pool } from '../../../../entrypoints/background/providers/uniswap-v4';
import type { ProviderContext } from '../../../../entrypoints/background/providers/provider';
import type { PoolTarget } from '../../../../entrypoints/background/pool-target';
import { PoolFiguresSchema } from '../../../../lib/messages/pool-data';
import type { SiteId } from '../../../../core/index';

const USDT = '0x55d398326f99059ff775485246999027b3197955';
const NATIVE = '0x0000000000000000000000000000000000000000';
const HOOKS = '0x2222222222222222222222222222222222222222';
/** CLPoolParametersHelper: tick spacing 10 in bits 16-39 -> 10 << 16 = 0x0a0000. */
const PARAMETERS = `0x${'0'.repeat(58)}0a0000` as Hex;

type Key = readonly [Hex, Hex, Hex, Hex, number, Hex];
const KEY: Key = [NATIVE, USDT, NATIVE, INFINITY_CL_POOL_MANAGER, 500, PARAMETERS];
const KEY_WORDS = [
  { type: 'address' },
  { type: 'address' },
  { type: 'address' },
  { type: 'address' },
  { type: 'uint24' },
  { type: 'bytes32' },
] as const;
const idOf = (key: Key) => keccak256(encodeAbiParameters(KEY_WORDS, key));
/** BNB (18 decimals) at 625 USDT (18 decimals): sqrt(625) x 2^96 = 25 x 2^96, exact. */
const SQRT_PRICE_X96 = 25n * 2n ** 96n;

type Answers = { slot0?: readonly [bigint, number, number, number]; key?: Key };

function client(answers: Answers) {
  const sel = (signature: string) => toFunctionSelector(signature);
  const answer = (to: string, data: string): Hex | null => {
    const call = data.slice(0, 10);
    if (to === INFINITY_CL_POOL_MANAGER && call === sel('getSlot0(bytes32)'))
      return answers.slot0
        ? encodeAbiParameters(
            [{ type: 'uint160' }, { type: 'int24' }, { type: 'uint24' }, { type: 'uint24' }],
            answers.slot0,
          )
        : null;
    if (to === INFINITY_CL_POOL_MANAGER && call === sel('getLiquidity(bytes32)'))
      return encodeAbiParameters([{ type: 'uint128' }], [10n ** 24n]);
    if (to === INFINITY_CL_POOL_MANAGER && call === sel('poolIdToPoolKey(bytes32)'))
      return answers.key ? encodeAbiParameters(KEY_WORDS, answers.key) : null;
    if (to === USDT && call === sel('decimals()')) return encodeAbiParameters([{ type: 'uint8' }], [18]);
    if (to === USDT && call === sel('symbol()')) return encodeAbiParameters([{ type: 'string' }], ['USDT']);
    return null;
  };
  const deps: HttpDeps = {
    now: () => 1_000,
    sleep: async () => {},
    random: () => 0.5,
    fetch: async (_url, init) => {
      const calls = JSON.parse(String(init!.body)) as { id: number; params: [{ to: string; data: string }] }[];
      return new Response(
        JSON.stringify(
          calls.map(({ id, params: [call] }) => {
            const result = answer(call.to, call.data);
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

const load = (answers: Answers, id: string = idOf(KEY), chain: 'bsc' | 'base' | 'ethereum' = 'bsc') =>
  fetchInfinityClPool(client(answers), chain, id, 'https://rpc.example', 10_000, () => 2_000);

describe('a PancakeSwap Infinity CL pool by id', () => {
  it("reads price, in-range liquidity, fee and tokens from the CLPoolManager; BNB is BSC's native coin", async () => {
    const result = await load({ slot0: [SQRT_PRICE_X96, 64_380, 0, 500], key: KEY });
    if (!result.ok) throw new Error(say(result.reason));
    expect(result).toMatchObject({ provider: 'pancakeswap-infinity', fetchedAt: 2_000 });
    expect(result.figures).toEqual({
      // (25 x 2^96 / 2^96)^2 = 625 USDT per BNB, both 18 decimals.
      price: '625',
      decimals0: 18,
      decimals1: 18,
      symbol0: 'BNB',
      symbol1: 'USDT',
      dex: 'pancakeswap_infinity',
      activeLiquidityRaw: '1000000000000000000000000',
      feeTier: '0.0005', // lpFee 500 in hundredths of a basis point = 0.05 %
      dynamicFee: false,
    });
    expect(v.is(PoolFiguresSchema, result.figures)).toBe(true);
  });

  it('a dynamic-fee pool with hooks: the fee swaps pay now, the flag and the hooks address', async () => {
    const key: Key = [NATIVE, USDT, HOOKS, INFINITY_CL_POOL_MANAGER, 0x800000, PARAMETERS];
    const result = await load({ slot0: [SQRT_PRICE_X96, 64_380, 0, 2500], key }, idOf(key));
    if (!result.ok) throw new Error(say(result.reason));
    // lpFee 2500 / 10^6 = 0.25 %.
    expect([result.figures.feeTier, result.figures.dynamicFee, result.figures.hooks]).toEqual(['0.0025', true, HOOKS]);
  });

  const noPool = {
    ok: false,
    provider: 'pancakeswap-infinity',
    reason: 'PancakeSwap Infinity has no initialized CL pool with this id on this chain (Bin pools are not read)',
  };

  it('a key that does not hash to the id asked for (another pool, or another manager) is not shown', async () => {
    const other: Key = [NATIVE, USDT, NATIVE, INFINITY_CL_POOL_MANAGER, 100, PARAMETERS];
    expect(said(await load({ slot0: [SQRT_PRICE_X96, 0, 0, 500], key: other }))).toEqual(noPool);
    const elsewhere: Key = [NATIVE, USDT, NATIVE, HOOKS, 500, PARAMETERS];
    expect(said(await load({ slot0: [SQRT_PRICE_X96, 0, 0, 500], key: elsewhere }, idOf(elsewhere)))).toEqual(noPool);
  });

  it('an id the CLPoolManager does not know (a Bin pool reads the same) says so instead of a price of 0', async () => {
    const empty: Key = [NATIVE, NATIVE, NATIVE, NATIVE, 0, `0x${'0'.repeat(64)}`];
    expect(said(await load({ slot0: [0n, 0, 0, 0], key: empty }))).toEqual(noPool);
  });

  it('Ethereum has no Infinity deployment in infinity-core config', async () => {
    expect(said(await load({}, idOf(KEY), 'ethereum'))).toEqual({
      ok: false,
      provider: 'pancakeswap-infinity',
      reason: 'no PancakeSwap Infinity deployment on this chain',
    });
  });
});

describe('which reader an id goes to: the page that named it decides', () => {
  const context = { rpcUrl: 'https://rpc.example' } as unknown as ProviderContext;
  const id = idOf(KEY);
  const on = (site: SiteId | undefined) =>
    ({ chain: 'base', type: 'pool-id', address: id, ...(site ? { site } : {}) }) as PoolTarget;

  it('a PancakeSwap page on Base: Infinity, not Uniswap v4 (both are deployed there)', () => {
    expect(pancakeInfinityPool.covers?.(on('pancakeswap'), context)).toBe(true);
    expect(uniswapV4Pool.covers?.(on('pancakeswap'), context)).toBe(false);
  });

  it('a Uniswap page, or an id typed in the popup: Uniswap v4 only', () => {
    expect(pancakeInfinityPool.covers?.(on('uniswap'), context)).toBe(false);
    expect(uniswapV4Pool.covers?.(on('uniswap'), context)).toBe(true);
    expect(pancakeInfinityPool.covers?.(on(undefined), context)).toBe(false);
    expect(uniswapV4Pool.covers?.(on(undefined), context)).toBe(true);
  });
});
