/** On-chain reads: v3 slot0 path, v2 reserves fallback, bytes32 symbols, and answers that do not fit. */
import { say } from '../../../../lib/i18n/index';
import { said } from '../../said';
import { describe, expect, it } from 'vitest';
import { encodeAbiParameters, stringToHex } from 'viem';
import { HttpClient, type HttpDeps } from '../../../../entrypoints/background/http';
import { fetchRpcPool } from '../../../../entrypoints/background/providers/rpc';
import * as v from 'valibot';
import { PoolFiguresSchema } from '../../../../lib/messages/pool-data';

const POOL = '0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc';
const TOKEN0 = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
const TOKEN1 = '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2';
/** What every read of a two-token pool now gives: its token contracts (for the token checks), lower case. */
const TOKENS = { token0Address: TOKEN0, token1Address: TOKEN1 };
/** The v2 pair's reserves in human units: 40,000,000e6 / 1e6 USDC and 16,000e18 / 1e18 WETH. */
const V2_RESERVES = { reserve0: '40000000', reserve1: '16000' };
const uint = (n: bigint) => encodeAbiParameters([{ type: 'uint256' }], [n]);
const address = (a: string) => encodeAbiParameters([{ type: 'address' }], [a as `0x${string}`]);

type Chain = (to: string, selector: string, data?: string) => string | null;

function client(chain: Chain | ((body: unknown) => unknown)) {
  const deps: HttpDeps = {
    now: () => 1_000,
    sleep: async () => {},
    random: () => 0.5,
    fetch: async (_url, init) => {
      const calls = JSON.parse(String(init!.body)) as { id: number; params: [{ to: string; data: string }] }[];
      const reply =
        chain.length >= 2
          ? calls.map(({ id, params: [call] }) => {
              const result = (chain as Chain)(call.to, call.data.slice(0, 10), call.data);
              return result === null
                ? { jsonrpc: '2.0', id, error: { code: 3, message: 'execution reverted' } }
                : { jsonrpc: '2.0', id, result };
            })
          : (chain as (body: unknown) => unknown)(calls);
      return new Response(JSON.stringify(reply));
    },
  };
  return new HttpClient(() => ({ burst: 100, perMinute: 6000 }), deps);
}

const target = { chain: 'ethereum' as const, address: POOL, rpcUrl: 'https://rpc.example' };

/** A v2 pair (USDC/WETH reserves) whose tokens answer `symbol()` with the given ABI strings. */
const pairWithSymbols =
  (symbol0: string, symbol1: string): Chain =>
  (to, selector) => {
    if (to === POOL) {
      if (selector === '0x0dfe1681') return address(TOKEN0);
      if (selector === '0xd21220a7') return address(TOKEN1);
      if (selector === '0x0902f1ac')
        return encodeAbiParameters(
          [{ type: 'uint112' }, { type: 'uint112' }, { type: 'uint32' }],
          [40_000_000n * 10n ** 6n, 16_000n * 10n ** 18n, 1],
        );
      return null;
    }
    if (selector === '0x313ce567') return uint(to === TOKEN0 ? 6n : 18n);
    if (selector === '0x95d89b41')
      return encodeAbiParameters([{ type: 'string' }], [to === TOKEN0 ? symbol0 : symbol1]);
    return null;
  };

describe('fetchRpcPool', () => {
  it('a v2 pair: price from reserves with decimals applied, symbols including a bytes32 one', async () => {
    const http = client((to, selector) => {
      if (to === POOL) {
        if (selector === '0x0dfe1681') return address(TOKEN0);
        if (selector === '0xd21220a7') return address(TOKEN1);
        // 40,000,000 USDC (6 decimals) against 16,000 WETH (18): 0.0004 WETH per USDC.
        if (selector === '0x0902f1ac')
          return encodeAbiParameters(
            [{ type: 'uint112' }, { type: 'uint112' }, { type: 'uint32' }],
            [40_000_000n * 10n ** 6n, 16_000n * 10n ** 18n, 1],
          );
        return null;
      }
      if (selector === '0x313ce567') return uint(to === TOKEN0 ? 6n : 18n);
      if (selector === '0x95d89b41')
        return to === TOKEN0 ? encodeAbiParameters([{ type: 'string' }], ['USDC']) : stringToHex('MKR', { size: 32 });
      return null;
    });
    const result = await fetchRpcPool(http, target, 10_000, () => 1_000);
    expect(result).toEqual({
      ok: true,
      provider: 'rpc',
      fetchedAt: 1_000,
      figures: {
        decimals0: 6,
        decimals1: 18,
        symbol0: 'USDC',
        symbol1: 'MKR',
        price: '0.0004',
        ...TOKENS,
        ...V2_RESERVES,
      },
    });
  });

  it('a v3 pool: exact price from sqrtPriceX96, active liquidity, fee tier in hundredths of a basis point', async () => {
    const http = client((to, selector) => {
      if (to === POOL) {
        if (selector === '0x3850c7bd')
          return encodeAbiParameters([{ type: 'uint160' }, { type: 'int24' }], [20000n * 2n ** 96n, 198079]);
        if (selector === '0x1a686502') return uint(123n);
        if (selector === '0xddca3f43') return uint(3000n);
        if (selector === '0x0dfe1681') return address(TOKEN0);
        if (selector === '0xd21220a7') return address(TOKEN1);
        return null;
      }
      if (selector === '0x313ce567') return uint(to === TOKEN0 ? 6n : 18n);
      return null;
    });
    const result = await fetchRpcPool(http, target, 10_000, () => 1_000);
    expect(result.ok && result.figures).toEqual({
      decimals0: 6,
      decimals1: 18,
      price: '0.0004',
      activeLiquidityRaw: '123',
      feeTier: '0.003',
      ...TOKENS,
    });
  });

  it('a 13-emoji symbol() is dropped and the rest of the answer is kept and valid', async () => {
    const result = await fetchRpcPool(client(pairWithSymbols('USDC', '🦄'.repeat(13))), target, 10_000, () => 1_000);
    expect(result).toEqual({
      ok: true,
      provider: 'rpc',
      fetchedAt: 1_000,
      figures: { decimals0: 6, decimals1: 18, symbol0: 'USDC', price: '0.0004', ...TOKENS, ...V2_RESERVES },
    });
    expect(result.ok && v.is(PoolFiguresSchema, result.figures)).toBe(true);
  });

  it('symbol() text is cleaned like page text: emoji variation selectors dropped, hidden characters rejected', async () => {
    const result = await fetchRpcPool(
      client(pairWithSymbols('WE\u2060TH', '❤️'.repeat(13))),
      target,
      10_000,
      () => 1_000,
    );
    expect(result.ok && result.figures).toEqual({
      decimals0: 6,
      decimals1: 18,
      symbol1: '❤'.repeat(13),
      price: '0.0004',
      ...TOKENS,
      ...V2_RESERVES,
    });
    expect(result.ok && v.is(PoolFiguresSchema, result.figures)).toBe(true);
  });

  const noPool: Chain = (_to, _selector) => null;
  const hostileDecimals: Chain = (to, selector) =>
    to === POOL
      ? selector === '0x0dfe1681'
        ? address(TOKEN0)
        : selector === '0xd21220a7'
          ? address(TOKEN1)
          : null
      : uint(255n);
  it.each([
    ['not a pool (everything reverts)', noPool, /not a pool the extension can read on chain/],
    ['hostile decimals (255)', hostileDecimals, /decimals could not be read/],
  ] as const)('%s', async (_name, chain, reason) => {
    const result = await fetchRpcPool(client(chain), target, 10_000, () => 1_000);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : say(result.reason)).toMatch(reason);
  });

  /** A Curve pool of `coins` coins whose `coins(i)` exists in one ABI form only (newer uint256, older int128). */
  const curvePool =
    (coins: number, form: '0xc6610657' | '0x23746eb8'): Chain =>
    (to, selector, data) => {
      if (to !== POOL) return null;
      if (selector === '0xf446c1d0') return uint(2000n); // A()
      if (selector === form && Number(BigInt(`0x${data!.slice(10)}`)) < coins) return address(TOKEN1);
      return null;
    };
  it.each([
    [2, '0xc6610657', 2],
    [2, '0x23746eb8', 2],
    [3, '0x23746eb8', 3],
  ] as const)(
    'a Curve pool of %s coins (coins() selector %s): A and the coin count, no price (the APIs give it)',
    async (coins, form, expected) => {
      const result = await fetchRpcPool(client(curvePool(coins, form)), target, 10_000, () => 1_000);
      expect(result).toEqual({
        ok: true,
        provider: 'rpc',
        fetchedAt: 1_000,
        figures: { amplification: '2000', coinCount: expected },
      });
    },
  );

  /**
   * 3pool's shape: coins(uint256) and balances(uint256) for three coins, each coin answering decimals() and
   * symbol(); coins(3) reverts. Balances 160M DAI (18 decimals), 170M USDC and 170M USDT (6 decimals).
   */
  const DAI = '0x6b175474e89094c44da98b954eedeac495271d0f';
  const USDT = '0xdac17f958d2ee523a2206206994597c13d831ec7';
  const threeCoins = (options: { gamma?: boolean; usdtDecimals?: boolean } = {}): Chain => {
    const coins = [
      { at: DAI, symbol: 'DAI', decimals: 18n, balance: 160_000_000n * 10n ** 18n },
      { at: TOKEN0, symbol: 'USDC', decimals: 6n, balance: 170_000_000n * 10n ** 6n },
      { at: USDT, symbol: 'USDT', decimals: 6n, balance: 170_000_000n * 10n ** 6n },
    ];
    return (to, selector, data) => {
      const coin = coins[Number(BigInt(`0x${data!.slice(10) || '0'}`))];
      if (to === POOL) {
        if (selector === '0xf446c1d0') return uint(2000n);
        if (selector === '0xb1373929') return options.gamma ? uint(145_000_000_000_000n) : null;
        if (selector === '0xc6610657') return coin ? address(coin.at) : null;
        if (selector === '0x4903b0d1') return coin ? uint(coin.balance) : null;
        return null;
      }
      const token = coins.find((c) => c.at === to);
      if (!token) return null;
      if (selector === '0x313ce567')
        return token.at === USDT && options.usdtDecimals === false ? null : uint(token.decimals);
      if (selector === '0x95d89b41') return encodeAbiParameters([{ type: 'string' }], [token.symbol]);
      return null;
    };
  };

  it('a Curve pool of three coins: A, the exact coin count, balances scaled by each decimals, symbols', async () => {
    const result = await fetchRpcPool(client(threeCoins()), target, 10_000, () => 1_000);
    expect(result).toEqual({
      ok: true,
      provider: 'rpc',
      fetchedAt: 1_000,
      figures: {
        amplification: '2000',
        coinCount: 3,
        // 160000000 x 10^18 / 10^18; 170000000 x 10^6 / 10^6
        balances: ['160000000', '170000000', '170000000'],
        coinSymbols: ['DAI', 'USDC', 'USDT'],
      },
    });
    if (result.ok) expect(v.is(PoolFiguresSchema, result.figures)).toBe(true);
  });

  it('one coin without decimals: no balances at all (one unscaled balance would be off by powers of ten)', async () => {
    const result = await fetchRpcPool(client(threeCoins({ usdtDecimals: false })), target, 10_000, () => 1_000);
    expect(result.ok && result.figures).toEqual({
      amplification: '2000',
      coinCount: 3,
      coinSymbols: ['DAI', 'USDC', 'USDT'],
    });
  });

  it('a cryptoswap pool (it answers gamma()) keeps its coins and balances, not A', async () => {
    const result = await fetchRpcPool(client(threeCoins({ gamma: true })), target, 10_000, () => 1_000);
    expect(result.ok && result.figures.amplification).toBeUndefined();
    expect(result.ok && result.figures.coinCount).toBe(3);
  });

  it('an answer that is not a JSON-RPC batch is refused', async () => {
    const result = await fetchRpcPool(
      client(() => ({ hello: 'world' })),
      target,
      10_000,
      () => 1_000,
    );
    expect(said(result)).toEqual({
      ok: false,
      provider: 'rpc',
      reason: 'RPC answer did not have the JSON-RPC batch shape',
    });
  });
});

describe('fetchRpcPool: one chain round when the API already gave the decimals', () => {
  let batches = 0;
  const v2 = pairWithSymbols('USDC', 'WETH');
  const counting = () => {
    batches = 0;
    return client((calls: unknown) => {
      batches += 1;
      return (calls as { id: number; params: [{ to: string; data: string }] }[]).map(({ id, params: [call] }) => {
        const result = v2(call.to, call.data.slice(0, 10));
        return result === null
          ? { jsonrpc: '2.0', id, error: { code: 3, message: 'reverted' } }
          : { jsonrpc: '2.0', id, result };
      });
    });
  };

  it('decimals and a price that agrees with the chain: the price from the chain, one batch', async () => {
    const result = await fetchRpcPool(
      counting(),
      { ...target, peer: async () => ({ decimals0: 6, decimals1: 18, price: '0.000401' }) },
      10_000,
      () => 1_000,
    );
    expect(result).toEqual({
      ok: true,
      provider: 'rpc',
      fetchedAt: 1_000,
      figures: { decimals0: 6, decimals1: 18, price: '0.0004', ...TOKENS, ...V2_RESERVES },
    });
    expect(batches).toBe(1);
  });

  it("decimals that put the chain's price 10^12 away from the API's: not trusted, the chain is asked", async () => {
    const result = await fetchRpcPool(
      counting(),
      { ...target, peer: async () => ({ decimals0: 18, decimals1: 18, price: '0.0004' }) },
      10_000,
      () => 1_000,
    );
    expect(result.ok && result.figures).toMatchObject({ decimals0: 6, decimals1: 18, price: '0.0004' });
    expect(batches).toBe(2);
  });

  it('no answer from the API in time, or no price in it: the chain is asked', async () => {
    await fetchRpcPool(counting(), { ...target, peer: () => new Promise(() => {}) }, 10_000, () => 1_000);
    expect(batches).toBe(2);
    await fetchRpcPool(
      counting(),
      { ...target, peer: async () => ({ decimals0: 6, decimals1: 18 }) },
      10_000,
      () => 1_000,
    );
    expect(batches).toBe(2);
  });
});

describe('a Balancer v2 weighted pool, read on chain (issue 12)', () => {
  const BAL_WETH = '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56';
  const weighted =
    (weights: bigint[], fee: bigint): Chain =>
    (to, selector) => {
      if (to !== BAL_WETH) return null;
      if (selector === '0xf89f27ed') return encodeAbiParameters([{ type: 'uint256[]' }], [weights]);
      if (selector === '0x55c67628') return uint(fee);
      return null; // no token0(), slot0(), A(): not a v3 pool nor a Curve pool
    };

  it('80/20: the weights in token order (BAL, WETH by address) and the 1 % swap fee', async () => {
    const result = await fetchRpcPool(
      client(weighted([800_000_000_000_000_000n, 200_000_000_000_000_000n], 10_000_000_000_000_000n)),
      { chain: 'ethereum', address: BAL_WETH, rpcUrl: 'https://rpc.example' },
      10_000,
      () => 5,
    );
    expect(result).toEqual({
      ok: true,
      provider: 'rpc',
      fetchedAt: 5,
      figures: { weights: ['0.8', '0.2'], feeTier: '0.01' },
    });
  });

  it('weights that do not add up to one are not weights', async () => {
    const result = await fetchRpcPool(
      client(weighted([800_000_000_000_000_000n, 300_000_000_000_000_000n], 0n)),
      { chain: 'ethereum', address: BAL_WETH, rpcUrl: 'https://rpc.example' },
      10_000,
      () => 5,
    );
    expect(result.ok).toBe(false);
  });
});
