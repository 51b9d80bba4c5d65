/** Uniswap v4 pools by PoolId through StateView and the PositionManager's PoolKey (issue 12). */
import { said } from '../../said';
import { say } from '../../../../lib/i18n/index';
import { describe, expect, it } from 'vitest';
import { encodeFunctionResult, parseAbi, toFunctionSelector, type Hex } from 'viem';
import * as v from 'valibot';
import { HttpClient, type HttpDeps } from '../../../../entrypoints/background/http';
import { V4_DEPLOYMENTS, fetchV4Pool, withUsdPrice } from '../../../../entrypoints/background/providers/uniswap-v4';
import { PoolFiguresSchema } from '../../../../lib/messages/pool-data';

const ABI = parseAbi([
  'function getSlot0(bytes32 poolId) view returns (uint160 sqrtPriceX96, int24 tick, uint24 protocolFee, uint24 lpFee)',
  'function getLiquidity(bytes32 poolId) view returns (uint128 liquidity)',
  'function poolKeys(bytes25 poolId) view returns (address currency0, address currency1, uint24 fee, int24 tickSpacing, address hooks)',
  'function decimals() view returns (uint8)',
  'function symbol() view returns (string)',
]);
const POOL_ID = '0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27';
const USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
const NATIVE = '0x0000000000000000000000000000000000000000';
const HOOKS = '0x1111111111111111111111111111111111111111';
const ETH = V4_DEPLOYMENTS.ethereum!;
/** sqrt(price in raw units) * 2^96 for 1 ETH (18 decimals) = 2,500 USDC (6 decimals): sqrt(2500e6 / 1e18) = 5e-5. */
const SQRT_PRICE_X96 = (2n ** 96n * 5n) / 100_000n;

type Answers = { slot0?: readonly [bigint, number, number, number]; key?: readonly [Hex, Hex, number, number, Hex] };

function client(answers: Answers) {
  const selectors = Object.fromEntries(
    ['getSlot0(bytes32)', 'getLiquidity(bytes32)', 'poolKeys(bytes25)', 'decimals()', 'symbol()'].map((sig) => [
      toFunctionSelector(sig),
      sig.split('(')[0]!,
    ]),
  );
  const answer = (to: string, data: string): Hex | null => {
    const name = selectors[data.slice(0, 10)];
    if (to === ETH.stateView && name === 'getSlot0')
      return answers.slot0 ? encodeFunctionResult({ abi: ABI, functionName: 'getSlot0', result: answers.slot0 }) : null;
    if (to === ETH.stateView && name === 'getLiquidity')
      return encodeFunctionResult({ abi: ABI, functionName: 'getLiquidity', result: 15_000_000_000_000_000_000n });
    if (to === ETH.positionManager && name === 'poolKeys') {
      // The key is found by the id's first 25 bytes only.
      expect(data.slice(10, 10 + 50)).toBe(POOL_ID.slice(2, 52));
      return answers.key ? encodeFunctionResult({ abi: ABI, functionName: 'poolKeys', result: answers.key }) : null;
    }
    if (to === USDC && name === 'decimals')
      return encodeFunctionResult({ abi: ABI, functionName: 'decimals', result: 6 });
    if (to === USDC && name === 'symbol')
      return encodeFunctionResult({ abi: ABI, functionName: 'symbol', result: 'USDC' });
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

const load = (answers: Answers) =>
  fetchV4Pool(client(answers), 'ethereum', POOL_ID, 'https://rpc.example', 10_000, () => 2_000);

describe('Uniswap v4 pool by id', () => {
  it('reads price, in-range liquidity, fee and tokens; ETH is the native coin at address 0', async () => {
    const result = await load({ slot0: [SQRT_PRICE_X96, -198_000, 0, 500], key: [NATIVE, USDC, 500, 10, NATIVE] });
    if (!result.ok) throw new Error(say(result.reason));
    const { price, ...rest } = result.figures;
    // 2^96 x 5e-5 is cut to an integer on chain: the price is 2,500 to 24 significant digits.
    expect(Number(price)).toBeCloseTo(2500, 9);
    expect(rest).toEqual({
      decimals0: 18,
      decimals1: 6,
      symbol0: 'ETH',
      symbol1: 'USDC',
      dex: 'uniswap_v4',
      activeLiquidityRaw: '15000000000000000000',
      feeTier: '0.0005', // lpFee 500 in hundredths of a basis point
      dynamicFee: false,
    });
    expect(v.is(PoolFiguresSchema, result.figures)).toBe(true);
  });

  it('a dynamic-fee pool with hooks: the fee swaps pay now, the flag, and the hooks address', async () => {
    const result = await load({
      slot0: [SQRT_PRICE_X96, 0, 0, 3000],
      key: [NATIVE, USDC, 0x800000, 60, HOOKS],
    });
    if (!result.ok) throw new Error(say(result.reason));
    expect([result.figures.feeTier, result.figures.dynamicFee, result.figures.hooks]).toEqual(['0.003', true, HOOKS]);
  });

  it('an id with no pool (empty slot and key) says so instead of a price of zero', async () => {
    const result = await load({ slot0: [0n, 0, 0, 0], key: [NATIVE, NATIVE, 0, 0, NATIVE] });
    expect(said(result)).toEqual({
      ok: false,
      provider: 'uniswap-v4',
      reason: 'Uniswap v4 has no initialized pool with this id on this chain',
    });
    const reverted = await load({});
    expect(reverted.ok).toBe(false);
  });
});

describe("token1's USD price for a v4 pool, from the API's figures checked against the chain", () => {
  // Ours: ETH/USDC at 2,500 USDC per ETH (token0 ETH, token1 USDC).
  const ours = { ok: true as const, provider: 'uniswap-v4', fetchedAt: 1, figures: { price: '2500' } };

  it('the API lists the tokens the same way round: its token1 price is ours', () => {
    const result = withUsdPrice(ours, { price: '2501', token1PriceUsd: '1.0001' });
    expect(result.ok && result.figures.token1PriceUsd).toBe('1.0001');
  });

  it('the API lists them the other way round (USDC/ETH): our USDC is its token0, 0.0004 x $2,500.1', () => {
    const result = withUsdPrice(ours, { price: '0.0004', token1PriceUsd: '2500.1' });
    expect(result.ok && result.figures.token1PriceUsd).toBe('1.00004');
    // The figure says it rests on the API's data too.
    expect(result.ok && result.derivedFrom).toEqual({ token1PriceUsd: 'GeckoTerminal API' });
  });

  it('prices that match neither way: no USD price rather than a wrong one', () => {
    const result = withUsdPrice(ours, { price: '7', token1PriceUsd: '3' });
    expect(result.ok && result.figures.token1PriceUsd).toBeUndefined();
    expect(withUsdPrice(ours, null)).toBe(ours);
  });
});
