/**
 * Balancer v2 pools read on chain (issue 12): the Vault's getPoolTokens(poolId) for balances and tokens, an
 * n-token weighted pool, and a composable stable pool whose own BPT is among the Vault's tokens. Answers are
 * ABI-encoded with viem in the shapes of balancer/balancer-v2-monorepo (IVault.getPoolTokens -> (address[],
 * uint256[], uint256); getAmplificationParameter -> (uint256 value, bool isUpdating, uint256 precision)).
 */
import { describe, expect, it } from 'vitest';
import { encodeAbiParameters, toFunctionSelector } from 'viem';
import * as v from 'valibot';
import { HttpClient, type HttpDeps } from '../../../../entrypoints/background/http';
import { BALANCER_V2_VAULT, fetchRpcPool } from '../../../../entrypoints/background/providers/rpc';
import { PoolFiguresSchema } from '../../../../lib/messages/pool-data';

type Chain = (to: string, selector: string, data: string) => string | null;

/** A JSON-RPC node answering each eth_call of a batch from `chain`, or with a revert; counts the batches. */
function node(chain: Chain) {
  const seen = { batches: 0 };
  const deps: HttpDeps = {
    now: () => 1_000,
    sleep: async () => {},
    random: () => 0.5,
    fetch: async (_url, init) => {
      seen.batches += 1;
      const calls = JSON.parse(String(init!.body)) as { id: number; params: [{ to: string; data: string }] }[];
      const reply = calls.map(({ id, params: [call] }) => {
        const result = chain(call.to.toLowerCase(), call.data.slice(0, 10), call.data);
        return result === null
          ? { jsonrpc: '2.0', id, error: { code: 3, message: 'execution reverted' } }
          : { jsonrpc: '2.0', id, result };
      });
      return new Response(JSON.stringify(reply));
    },
  };
  return { http: new HttpClient(() => ({ burst: 100, perMinute: 6000 }), deps), seen };
}

const uint = (n: bigint) => encodeAbiParameters([{ type: 'uint256' }], [n]);
const text = (s: string) => encodeAbiParameters([{ type: 'string' }], [s]);
const S = {
  poolId: toFunctionSelector('getPoolId()'),
  swapFee: toFunctionSelector('getSwapFeePercentage()'),
  weights: toFunctionSelector('getNormalizedWeights()'),
  amp: toFunctionSelector('getAmplificationParameter()'),
  scalingFactors: toFunctionSelector('getScalingFactors()'),
  poolTokens: toFunctionSelector('getPoolTokens(bytes32)'),
  decimals: toFunctionSelector('decimals()'),
  symbol: toFunctionSelector('symbol()'),
};

const WBTC = '0x2260fac5e5542a773aa44fbcfedf7c193bc2c599';
const USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
const WETH = '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2';
const DAI = '0x6b175474e89094c44da98b954eedeac495271d0f';
const USDT = '0xdac17f958d2ee523a2206206994597c13d831ec7';
const TOKENS: Record<string, { decimals: bigint; symbol: string }> = {
  [WBTC]: { decimals: 8n, symbol: 'WBTC' },
  [USDC]: { decimals: 6n, symbol: 'USDC' },
  [WETH]: { decimals: 18n, symbol: 'WETH' },
  [DAI]: { decimals: 18n, symbol: 'DAI' },
  [USDT]: { decimals: 6n, symbol: 'USDT' },
};

interface FakePool {
  address: string;
  id: string;
  tokens: string[];
  balances: bigint[];
  answers: Record<string, string>;
}

function chainOf(pool: FakePool, options: { vault?: boolean } = {}): Chain {
  return (to, selector, data) => {
    if (to === BALANCER_V2_VAULT && selector === S.poolTokens && options.vault !== false) {
      if (data.slice(10) !== pool.id.slice(2)) return null;
      return encodeAbiParameters(
        [{ type: 'address[]' }, { type: 'uint256[]' }, { type: 'uint256' }],
        [pool.tokens as `0x${string}`[], pool.balances, 21_000_000n],
      );
    }
    if (to === pool.address) {
      if (selector === S.poolId) return encodeAbiParameters([{ type: 'bytes32' }], [pool.id as `0x${string}`]);
      return pool.answers[selector] ?? null;
    }
    const token = TOKENS[to];
    if (token && selector === S.decimals) return uint(token.decimals);
    if (token && selector === S.symbol) return text(token.symbol);
    return null;
  };
}

const read = (http: HttpClient, address: string) =>
  fetchRpcPool(http, { chain: 'ethereum', address, rpcUrl: 'https://rpc.example' }, 10_000, () => 5);

const WEIGHTED: FakePool = {
  address: '0xb3a1000000000000000000000000000000000003',
  id: `0xb3a10000000000000000000000000000000000030001${'a'.padStart(20, '0')}`,
  tokens: [WBTC, USDC, WETH],
  balances: [100n * 10n ** 8n, 6_000_000n * 10n ** 6n, 2_400n * 10n ** 18n],
  answers: {
    [S.weights]: encodeAbiParameters(
      [{ type: 'uint256[]' }],
      [[333_333_333_333_333_333n, 333_333_333_333_333_333n, 333_333_333_333_333_334n]],
    ),
    [S.swapFee]: uint(3n * 10n ** 15n),
  },
};

const BPT = '0xc5b1000000000000000000000000000000000004';
const STABLE: FakePool = {
  address: BPT,
  id: `${BPT}0000${'b'.padStart(20, '0')}`,
  tokens: [DAI, USDC, BPT, USDT],
  balances: [160_000_000n * 10n ** 18n, 170_000_000n * 10n ** 6n, 2n ** 111n, 170_000_000n * 10n ** 6n],
  answers: {
    [S.amp]: encodeAbiParameters(
      [{ type: 'uint256' }, { type: 'bool' }, { type: 'uint256' }],
      [2_000_000n, false, 1_000n],
    ),
    [S.swapFee]: uint(10n ** 14n),
    // Per Vault token, 1e18 x 10^(18 - decimals) x rate: DAI 1e18, USDC 1e30, the BPT 1e18, USDT 1e30 (rates 1).
    [S.scalingFactors]: encodeAbiParameters(
      [{ type: 'uint256[]' }],
      [[10n ** 18n, 10n ** 30n, 10n ** 18n, 10n ** 30n]],
    ),
  },
};

describe('a Balancer v2 weighted pool of three tokens, with the Vault (issue 12)', () => {
  it('weights, fee, and balances in human units with the symbols, in the Vault order', async () => {
    const { http, seen } = node(chainOf(WEIGHTED));
    const result = await read(http, WEIGHTED.address);
    // 100e8 / 1e8 = 100 WBTC; 6e12 / 1e6 = 6,000,000 USDC; 2400e18 / 1e18 = 2,400 WETH. Fee 3e15 / 1e18 = 0.003.
    expect(result).toEqual({
      ok: true,
      provider: 'rpc',
      fetchedAt: 5,
      figures: {
        weights: ['0.333333333333333333', '0.333333333333333333', '0.333333333333333334'],
        feeTier: '0.003',
        balances: ['100', '6000000', '2400'],
        coinSymbols: ['WBTC', 'USDC', 'WETH'],
      },
    });
    // The pool, the Vault, the tokens: three rounds.
    expect(seen.batches).toBe(3);
    expect(v.safeParse(PoolFiguresSchema, result.ok ? result.figures : null).success).toBe(true);
  });

  it('without the Vault (another chain, a revert) the weights still stand, without balances', async () => {
    const { http } = node(chainOf(WEIGHTED, { vault: false }));
    const result = await read(http, WEIGHTED.address);
    expect(result.ok && result.figures).toEqual({
      weights: ['0.333333333333333333', '0.333333333333333333', '0.333333333333333334'],
      feeTier: '0.003',
    });
  });

  it('a pool id that is not the pool address is not this pool: no Vault read', async () => {
    const other = { ...WEIGHTED, id: `0x${'1'.repeat(40)}0001${'a'.padStart(20, '0')}` };
    const { http, seen } = node(chainOf(other));
    const result = await read(http, WEIGHTED.address);
    expect(result.ok && result.figures.balances).toBeUndefined();
    expect(seen.batches).toBe(1);
  });

  it('a Vault listing a different number of tokens than weights gives no balances', async () => {
    const { http } = node(chainOf({ ...WEIGHTED, tokens: [WBTC, USDC], balances: [1n, 2n] }));
    const result = await read(http, WEIGHTED.address);
    expect(result.ok && result.figures.balances).toBeUndefined();
    expect(result.ok && result.figures.weights).toHaveLength(3);
  });
});

describe('a Balancer v2 composable stable pool (issue 12)', () => {
  it('A = value / precision, the BPT left out of the coins, balances and symbols of the three coins', async () => {
    const { http } = node(chainOf(STABLE));
    const result = await read(http, STABLE.address);
    // A: 2,000,000 / 1,000 = 2000. Fee 1e14 / 1e18 = 0.0001. DAI 160e24 / 1e18 = 160,000,000; USDC and USDT
    // 170e12 / 1e6 = 170,000,000. The BPT (the pool's own address, 2^111 pre-minted) is not a coin.
    expect(result).toEqual({
      ok: true,
      provider: 'rpc',
      fetchedAt: 5,
      figures: {
        amplification: '2000',
        feeTier: '0.0001',
        coinCount: 3,
        balances: ['160000000', '170000000', '170000000'],
        coinSymbols: ['DAI', 'USDC', 'USDT'],
        tokenRates: ['1', '1', '1'],
      },
    });
    expect(v.safeParse(PoolFiguresSchema, result.ok ? result.figures : null).success).toBe(true);
  });

  it('a token with a rate provider: its rate from the scaling factor, the balance kept at face value', async () => {
    // USDC's factor 1.05e30 = 1e30 x rate: rate = 1.05e30 x 1e6 / 1e36 = 1.05. Without an answer, no rates.
    const withRate = {
      ...STABLE,
      answers: {
        ...STABLE.answers,
        [S.scalingFactors]: encodeAbiParameters(
          [{ type: 'uint256[]' }],
          [[10n ** 18n, 105n * 10n ** 28n, 10n ** 18n, 10n ** 30n]],
        ),
      },
    };
    const rated = await read(node(chainOf(withRate)).http, STABLE.address);
    expect(rated.ok && rated.figures.tokenRates).toEqual(['1', '1.05', '1']);
    expect(rated.ok && rated.figures.balances).toEqual(['160000000', '170000000', '170000000']);
    const { [S.scalingFactors]: _, ...without } = STABLE.answers;
    const unrated = await read(node(chainOf({ ...STABLE, answers: without })).http, STABLE.address);
    expect(unrated.ok && unrated.figures.tokenRates).toBeUndefined();
    expect(unrated.ok && unrated.figures.coinCount).toBe(3);
  });

  it('an A mid-ramp keeps its decimals (value 200,500 / precision 1,000 = 200.5)', async () => {
    const ramping = {
      ...STABLE,
      answers: {
        ...STABLE.answers,
        [S.amp]: encodeAbiParameters(
          [{ type: 'uint256' }, { type: 'bool' }, { type: 'uint256' }],
          [200_500n, true, 1_000n],
        ),
      },
    };
    const { http } = node(chainOf(ramping));
    const result = await read(http, STABLE.address);
    expect(result.ok && result.figures.amplification).toBe('200.5');
    expect(v.safeParse(PoolFiguresSchema, result.ok ? result.figures : null).success).toBe(true);
  });

  it('an amplification of zero precision or below 1 is not an A: not a pool', async () => {
    for (const [value, precision] of [
      [2_000_000n, 0n],
      [500n, 1_000n],
    ] as const) {
      const broken = {
        ...STABLE,
        answers: {
          ...STABLE.answers,
          [S.amp]: encodeAbiParameters(
            [{ type: 'uint256' }, { type: 'bool' }, { type: 'uint256' }],
            [value, false, precision],
          ),
        },
      };
      const { http } = node(chainOf(broken));
      expect((await read(http, STABLE.address)).ok).toBe(false);
    }
  });

  it('a Vault answer of the wrong shape leaves A without coins', async () => {
    const chain = chainOf(STABLE);
    const { http } = node((to, selector, data) => (to === BALANCER_V2_VAULT ? '0x1234' : chain(to, selector, data)));
    const result = await read(http, STABLE.address);
    expect(result.ok && result.figures).toEqual({ amplification: '2000', feeTier: '0.0001' });
  });
});

describe('Balancer v3 pools: no pool id, the pool forwards getTokenInfo to the v3 Vault (issue 12)', () => {
  const tokenInfo = (tokens: string[], providers: string[], raw: bigint[]) =>
    encodeAbiParameters(
      [
        { type: 'address[]' },
        {
          type: 'tuple[]',
          components: [
            { name: 'tokenType', type: 'uint8' },
            { name: 'rateProvider', type: 'address' },
            { name: 'paysYieldFees', type: 'bool' },
          ],
        },
        { type: 'uint256[]' },
        { type: 'uint256[]' },
      ],
      [
        tokens as `0x${string}`[],
        providers.map((p) => ({
          tokenType: /^0x0{40}$/.test(p) ? 0 : 1,
          rateProvider: p as `0x${string}`,
          paysYieldFees: false,
        })),
        raw,
        raw.map(() => 0n),
      ],
    );
  const NONE = '0x0000000000000000000000000000000000000000';
  const PROVIDER = '0x7e1e000000000000000000000000000000000001';
  const V3_POOL = '0xd3a3000000000000000000000000000000000005';
  const v3Chain =
    (answers: Record<string, string>): Chain =>
    (to, selector) => {
      if (to === V3_POOL) return answers[selector] ?? null; // no getPoolId(), no getSwapFeePercentage()
      if (to === PROVIDER && selector === toFunctionSelector('getRate()')) return uint(11n * 10n ** 17n);
      const token = TOKENS[to];
      if (token && selector === S.decimals) return uint(token.decimals);
      if (token && selector === S.symbol) return text(token.symbol);
      return null;
    };

  it('a weighted pool: weights, the static swap fee, balances and symbols', async () => {
    const { http, seen } = node(
      v3Chain({
        [S.weights]: encodeAbiParameters(
          [{ type: 'uint256[]' }],
          [[5n * 10n ** 17n, 25n * 10n ** 16n, 25n * 10n ** 16n]],
        ),
        [toFunctionSelector('getTokenInfo()')]: tokenInfo(
          [WBTC, USDC, WETH],
          [NONE, NONE, NONE],
          [200n * 10n ** 8n, 6_000_000n * 10n ** 6n, 2_400n * 10n ** 18n],
        ),
        [toFunctionSelector('getStaticSwapFeePercentage()')]: uint(25n * 10n ** 14n),
      }),
    );
    const result = await read(http, V3_POOL);
    // Fee 25e14 / 1e18 = 0.0025; 200e8 / 1e8 = 200 WBTC, 6e12 / 1e6 = 6,000,000 USDC, 2400e18 / 1e18 = 2,400 WETH.
    expect(result.ok && result.figures).toEqual({
      weights: ['0.5', '0.25', '0.25'],
      feeTier: '0.0025',
      balances: ['200', '6000000', '2400'],
      coinSymbols: ['WBTC', 'USDC', 'WETH'],
    });
    expect(seen.batches).toBe(3);
  });

  it("a stable pool: A, coins, and a rate provider's rate (1.1e18 / 1e18 = 1.1); no provider, rate 1", async () => {
    const { http } = node(
      v3Chain({
        [S.amp]: encodeAbiParameters(
          [{ type: 'uint256' }, { type: 'bool' }, { type: 'uint256' }],
          [1_000_000n, false, 1_000n],
        ),
        [toFunctionSelector('getTokenInfo()')]: tokenInfo(
          [DAI, USDC],
          [PROVIDER, NONE],
          [5_000_000n * 10n ** 18n, 6_000_000n * 10n ** 6n],
        ),
        [toFunctionSelector('getStaticSwapFeePercentage()')]: uint(10n ** 14n),
      }),
    );
    const result = await read(http, V3_POOL);
    expect(result.ok && result.figures).toEqual({
      amplification: '1000',
      feeTier: '0.0001',
      coinCount: 2,
      balances: ['5000000', '6000000'],
      coinSymbols: ['DAI', 'USDC'],
      tokenRates: ['1.1', '1'],
    });
  });
});
