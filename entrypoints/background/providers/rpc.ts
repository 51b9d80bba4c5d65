/**
 * On-chain reads over JSON-RPC for EVM pools: Uniswap v3-style `slot0`/`liquidity`/`fee`/tokens and their
 * decimals (the exact price and active liquidity behind the concentrated fee share), with v2 `getReserves`
 * as the fallback. ABI coding is viem's; transport is our HttpClient (rate limits, deadline, retries) as
 * one JSON-RPC batch per round.
 */
import { decodeAbiParameters, hexToString, type Hex } from 'viem';
import { Decimal, parseTokenSymbol, priceFromSqrtPriceX96, rawToHuman, type ChainId } from '../../../core/index';
import type { ProviderResult, PoolFigures } from '../../../lib/messages/pool-data';
import type { JsonClient } from '../http';
import { ethCalls } from './json-rpc';
import { DEFAULT_RPC_HOSTS } from '../../../lib/settings/rpc-hosts';
import type { PoolTarget } from '../pool-target';
import type { PoolDataProvider } from './provider';
import { lt, type Said } from '../../../lib/i18n/localized-text';

const SELECTORS = {
  slot0: '0x3850c7bd',
  liquidity: '0x1a686502',
  fee: '0xddca3f43',
  token0: '0x0dfe1681',
  token1: '0xd21220a7',
  getReserves: '0x0902f1ac',
  decimals: '0x313ce567',
  symbol: '0x95d89b41',
  /** Curve: `A()`, and `coins(i)` / `balances(i)` in their newer (uint256) and older (int128) forms. */
  curveA: '0xf446c1d0',
  coinsUint: '0xc6610657',
  coinsInt: '0x23746eb8',
  balancesUint: '0x4903b0d1',
  balancesInt: '0x065a80d8',
  /** Curve cryptoswap pools (tricrypto, twocrypto) have `gamma()`; stableswap pools do not. */
  curveGamma: '0xb1373929',
  /** Balancer v2 weighted pools: weights (1e18 fixed point, tokens in ascending address order) and swap fee. */
  normalizedWeights: '0xf89f27ed',
  swapFeePercentage: '0x55c67628',
  /** Balancer v2 pools: `getPoolId()` (bytes32: the pool's address, specialization, nonce), the Vault's key. */
  poolId: '0x38fff2d0',
  /** Balancer v2 stable pools: `getAmplificationParameter()` -> (uint256 value, bool isUpdating, uint256 precision). */
  amplificationParameter: '0x6daccffa',
  /** Balancer v2 Vault: `getPoolTokens(bytes32)` -> (address[] tokens, uint256[] balances, uint256 lastChangeBlock). */
  poolTokens: '0xf94d4668',
  /** Balancer v2 pools: `getScalingFactors()` -> uint256[], per Vault token 1e18 x 10^(18 - decimals) x rate. */
  scalingFactors: '0x1dd746ea',
  /** Balancer v3 pools (PoolInfo): `getTokenInfo()` and `getStaticSwapFeePercentage()`; a rate provider's `getRate()`. */
  tokenInfo: '0xabb1dc44',
  staticSwapFee: '0xd335b0cf',
  getRate: '0x679aefce',
} as const;

const withIndex = (selector: string, index: number) => `${selector}${index.toString(16).padStart(64, '0')}`;

const word = (hex: Hex | null, index: number): Hex | null =>
  hex && hex.length >= 2 + 64 * (index + 1) ? (`0x${hex.slice(2 + 64 * index, 2 + 64 * (index + 1))}` as Hex) : null;

function decodeUint(hex: Hex | null): bigint | null {
  const first = word(hex, 0);
  return first ? BigInt(first) : null;
}

function decodeAddress(hex: Hex | null): string | null {
  const first = word(hex, 0);
  return first ? `0x${first.slice(-40)}`.toLowerCase() : null;
}

/** ERC-20 symbol: an ABI string, or bytes32 for old tokens (MKR). Hostile text: core's parser decides. */
function decodeSymbol(hex: Hex | null): string | undefined {
  if (!hex || hex.length < 66) return undefined;
  try {
    const text =
      hex.length === 66
        ? hexToString(hex, { size: 32 }).replace(/\0+$/, '')
        : decodeAbiParameters([{ type: 'string' }], hex)[0];
    return parseTokenSymbol(text) ?? undefined;
  } catch {
    return undefined;
  }
}

export interface RpcTarget {
  chain: ChainId;
  address: string;
  rpcUrl: string;
  /** Figures another provider gave for this pool (GeckoTerminal's token decimals and price), when it answers. */
  peer?: () => Promise<PoolFigures | null>;
}

/**
 * Exact figures from the pool contract. PublicNode publishes no per-minute limit for its free endpoints;
 * the budget is a polite one, and it also covers user-chosen RPC hosts (see providers/index.ts).
 */
export const onChainPool: PoolDataProvider = {
  id: 'rpc',
  name: 'on-chain (JSON-RPC)',
  hosts: DEFAULT_RPC_HOSTS,
  limit: { burst: 20, perMinute: 600, publishedPerMinute: null },
  ttlMs: 60_000,
  // Only pool contracts on EVM chains, and only with an endpoint: otherwise there is nothing to say.
  covers: (target: PoolTarget, { rpcUrl }) => target.type === 'address' && rpcUrl !== null,
  load: (target, { http, deadline, now, rpcUrl, peer }) =>
    fetchRpcPool(
      http,
      { chain: target.chain, address: target.address, rpcUrl: rpcUrl!, peer: () => peer('geckoterminal') },
      deadline,
      now,
    ),
};

export async function fetchRpcPool(
  http: JsonClient,
  target: RpcTarget,
  deadline: number,
  now: () => number,
): Promise<ProviderResult> {
  const { address, rpcUrl } = target;
  const calls = [
    SELECTORS.slot0,
    SELECTORS.liquidity,
    SELECTORS.fee,
    SELECTORS.token0,
    SELECTORS.token1,
    SELECTORS.getReserves,
    SELECTORS.curveA,
    withIndex(SELECTORS.coinsUint, 1),
    withIndex(SELECTORS.coinsInt, 1),
    SELECTORS.normalizedWeights,
    SELECTORS.swapFeePercentage,
    SELECTORS.poolId,
    SELECTORS.amplificationParameter,
  ];
  const first = await ethCalls(
    http,
    rpcUrl,
    calls.map((data) => ({ to: address, data })),
    deadline,
  );
  if (!first.ok) return { ok: false, provider: 'rpc', reason: first.reason };
  const [
    slot0,
    liquidity,
    fee,
    token0Hex,
    token1Hex,
    reserves,
    curveA,
    coin1,
    oldCoin1,
    weights,
    swapFee,
    poolId,
    balancerAmp,
  ] = first.results;
  const token0 = decodeAddress(token0Hex ?? null);
  const token1 = decodeAddress(token1Hex ?? null);
  if (!token0 || !token1) {
    const curve = await curveFigures(curveA ?? null, coin1 ?? null, oldCoin1 ?? null, {
      http,
      rpcUrl,
      address,
      deadline,
    });
    const balancer = curve
      ? null
      : await balancerFigures(
          {
            weights: weights ?? null,
            swapFee: swapFee ?? null,
            poolId: poolId ?? null,
            amplification: balancerAmp ?? null,
          },
          { http, rpcUrl, address, deadline },
        );
    const figures = curve ?? balancer;
    return figures
      ? { ok: true, provider: 'rpc', fetchedAt: now(), figures }
      : { ok: false, provider: 'rpc', reason: lt('worker.reason.notAPool') };
  }

  // The token contracts, for the checks asked about them (GoPlus); lower case, as decodeAddress gives them.
  const tokens = { token0Address: token0, token1Address: token1 };
  const state = { slot0: slot0 ?? null, liquidity: liquidity ?? null, fee: fee ?? null, reserves: reserves ?? null };
  // One chain round is enough when another source already gave both decimals and its price agrees with the
  // chain's price under them: a wrong decimals figure would be off by a power of ten, never within 2x.
  const known = target.peer ? await inTime(target.peer(), PEER_GRACE_MS) : null;
  if (known?.decimals0 !== undefined && known.decimals1 !== undefined && known.price !== undefined) {
    const priced = poolState(state, known.decimals0, known.decimals1);
    if ('figures' in priced && agrees(priced.figures.price!, known.price)) {
      return {
        ok: true,
        provider: 'rpc',
        fetchedAt: now(),
        figures: { decimals0: known.decimals0, decimals1: known.decimals1, ...tokens, ...priced.figures },
      };
    }
  }

  const second = await ethCalls(
    http,
    rpcUrl,
    [
      { to: token0, data: SELECTORS.decimals },
      { to: token1, data: SELECTORS.decimals },
      { to: token0, data: SELECTORS.symbol },
      { to: token1, data: SELECTORS.symbol },
    ],
    deadline,
  );
  if (!second.ok) return { ok: false, provider: 'rpc', reason: second.reason };
  const decimals0 = Number(decodeUint(second.results[0] ?? null) ?? -1);
  const decimals1 = Number(decodeUint(second.results[1] ?? null) ?? -1);
  if (!(decimals0 >= 0 && decimals0 <= 36 && decimals1 >= 0 && decimals1 <= 36)) {
    return { ok: false, provider: 'rpc', reason: lt('worker.reason.noDecimals') };
  }
  const figures: PoolFigures = { decimals0, decimals1, ...tokens };
  const symbol0 = decodeSymbol(second.results[2] ?? null);
  const symbol1 = decodeSymbol(second.results[3] ?? null);
  if (symbol0) figures.symbol0 = symbol0;
  if (symbol1) figures.symbol1 = symbol1;
  const priced = poolState(state, decimals0, decimals1);
  if ('reason' in priced) return { ok: false, provider: 'rpc', reason: priced.reason };
  return { ok: true, provider: 'rpc', fetchedAt: now(), figures: { ...figures, ...priced.figures } };
}

/**
 * How long the chain read waits, after its first round, for the API's decimals before asking the chain. The
 * lookup waits for the API anyway; the bound matters only when the API hangs, and leaves room for the round.
 */
const PEER_GRACE_MS = 1_500;

function inTime<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Two prices of the same pool agree within a factor of 2 (sources differ by seconds, decimals by powers of ten). */
function agrees(a: string, b: string): boolean {
  const ratio = new Decimal(a).div(b);
  return ratio.gt(0.5) && ratio.lt(2);
}

type PoolState = { slot0: Hex | null; liquidity: Hex | null; fee: Hex | null; reserves: Hex | null };

/** Price, in-range liquidity and fee tier from a v3 pool's slot0, or the price from v2 reserves. */
function poolState(
  state: PoolState,
  decimals0: number,
  decimals1: number,
): { figures: PoolFigures } | { reason: Said } {
  const sqrtPriceX96 = decodeUint(state.slot0);
  if (sqrtPriceX96 !== null && sqrtPriceX96 > 0n) {
    const figures: PoolFigures = {};
    // Pancake v3 and Slipstream lay slot0 out differently after the first two words: only word 0 is read.
    try {
      figures.price = priceFromSqrtPriceX96(sqrtPriceX96, decimals0, decimals1).toString();
    } catch {
      return { reason: lt('worker.reason.slot0OutOfBounds') };
    }
    const active = decodeUint(state.liquidity);
    if (active !== null) figures.activeLiquidityRaw = active.toString();
    const feePips = decodeUint(state.fee);
    // v3 fee is in hundredths of a basis point (500 = 0.05 %); beyond 10 % it is not a fee tier.
    if (feePips !== null && feePips > 0n && feePips <= 100_000n)
      figures.feeTier = new Decimal(feePips.toString()).div(1_000_000).toString();
    return { figures };
  }
  const reserve0 = decodeUint(word(state.reserves, 0));
  const reserve1 = decodeUint(word(state.reserves, 1));
  if (reserve0 === null || reserve1 === null || reserve0 === 0n || reserve1 === 0n)
    return { reason: lt('worker.reason.emptyReserves') };
  const human0 = rawToHuman(reserve0, decimals0);
  const human1 = rawToHuman(reserve1, decimals1);
  // The reserves themselves (human units, token order) are what the exit cost is worked out from.
  return { figures: { price: human1.div(human0).toString(), reserve0: human0.toFixed(), reserve1: human1.toFixed() } };
}

/** Curve pools hold 2 to 8 coins (the stableswap-ng factory's MAX_COINS is 8): coins(i) is probed that far. */
const MAX_CURVE_COINS = 8;
const NATIVE_ETH = '0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee';

interface CurveReader {
  http: JsonClient;
  rpcUrl: string;
  address: string;
  deadline: number;
}

/**
 * A Curve stableswap pool: `A()` as the contract reports it (the UI convention, Ann = A * n), the exact coin
 * count (coins(i) answers for i < n and reverts beyond, in the uint256 or the older int128 form that answered
 * for coin 1), each coin's balance scaled by its decimals, and the coins' symbols. Two more rounds, only for
 * contracts that answered A() and coins(1). Balances are given only when every coin's decimals were read:
 * one unscaled balance would be off by powers of ten. A cryptoswap pool (it answers `gamma()`) keeps its
 * coins and balances but not A, whose meaning there is another. Null when this is not a Curve pool.
 */
async function curveFigures(
  aHex: Hex | null,
  secondCoinUint: Hex | null,
  secondCoinInt: Hex | null,
  reader: CurveReader,
): Promise<PoolFigures | null> {
  const amplification = decodeUint(aHex);
  const form = decodeAddress(secondCoinUint) ? 'uint' : decodeAddress(secondCoinInt) ? 'int' : null;
  if (amplification === null || amplification <= 0n || amplification > 10_000_000n || !form) return null;
  const figures: PoolFigures = { amplification: amplification.toString() };
  const coinsSelector = form === 'uint' ? SELECTORS.coinsUint : SELECTORS.coinsInt;
  const balancesSelector = form === 'uint' ? SELECTORS.balancesUint : SELECTORS.balancesInt;
  const indexes = Array.from({ length: MAX_CURVE_COINS }, (_, i) => i);
  const { http, rpcUrl, address, deadline } = reader;
  const probe = await ethCalls(
    http,
    rpcUrl,
    [
      ...indexes.flatMap((i) => [
        { to: address, data: withIndex(coinsSelector, i) },
        { to: address, data: withIndex(balancesSelector, i) },
      ]),
      { to: address, data: SELECTORS.curveGamma },
    ],
    deadline,
  );
  // The coin count is unknown without this round: A alone is still a true figure.
  if (!probe.ok) return figures;
  // A cryptoswap pool's A is not the stableswap amplification: it is not given as one.
  if (decodeUint(probe.results[2 * MAX_CURVE_COINS] ?? null) !== null) delete figures.amplification;
  const coins: string[] = [];
  for (const i of indexes) {
    const coin = decodeAddress(probe.results[2 * i] ?? null);
    if (!coin || /^0x0{40}$/.test(coin)) break;
    coins.push(coin);
  }
  if (coins.length < 2) return figures;
  figures.coinCount = coins.length;
  const rawBalances = coins.map((_, i) => decodeUint(probe.results[2 * i + 1] ?? null));

  const tokens = await ethCalls(
    http,
    rpcUrl,
    coins.flatMap((coin) => [
      { to: coin, data: SELECTORS.decimals },
      { to: coin, data: SELECTORS.symbol },
    ]),
    deadline,
  );
  const decimals = coins.map((coin, i) => {
    if (coin === NATIVE_ETH) return 18;
    const value = tokens.ok ? decodeUint(tokens.results[2 * i] ?? null) : null;
    return value !== null && value <= 36n ? Number(value) : null;
  });
  if (rawBalances.every((raw) => raw !== null) && decimals.every((d) => d !== null))
    figures.balances = rawBalances.map((raw, i) => rawToHuman(raw!, decimals[i]!).toString());
  const symbols = coins.map((coin, i) =>
    coin === NATIVE_ETH ? 'ETH' : tokens.ok ? decodeSymbol(tokens.results[2 * i + 1] ?? null) : undefined,
  );
  if (symbols.every((symbol) => symbol !== undefined)) figures.coinSymbols = symbols as string[];
  return figures;
}

const FIXED_POINT = new Decimal('1e18');

/**
 * Balancer v2's Vault, which holds every v2 pool's tokens: one address on every network Balancer v2 is deployed to
 * (balancer/balancer-deployments v2/tasks/20210418-vault/readme.md and its output/*.json; docs.balancer.fi
 * "Deployment addresses"). On a chain without it the call reverts and the balances stay unknown.
 */
export const BALANCER_V2_VAULT = '0xba12222222228d8ba445958a75a0704d566bf2c8';

/** Balancer v2 stable pools hold at most 5 tokens (StableMath._MAX_STABLE_TOKENS); weighted pools at most 8. */
const MAX_BALANCER_TOKENS = 8;

interface BalancerAnswers {
  weights: Hex | null;
  swapFee: Hex | null;
  poolId: Hex | null;
  amplification: Hex | null;
}

/**
 * A Balancer v2 pool: a weighted pool's weights, or a stable pool's A, with the swap fee; then, through the
 * Vault's `getPoolTokens(poolId)`, its tokens' balances (human units, each by its own decimals) and symbols.
 * A composable stable pool lists its own BPT among its tokens: it is left out, so the coins are the ones
 * traded. Null when the contract is neither kind.
 */
async function balancerFigures(answers: BalancerAnswers, reader: CurveReader): Promise<PoolFigures | null> {
  const figures =
    weightedFigures(answers.weights, answers.swapFee) ?? stableFigures(answers.amplification, answers.swapFee);
  if (!figures) return null;
  const { http, rpcUrl, address, deadline } = reader;
  const stable = figures.amplification !== undefined;
  // A v2 pool id starts with the pool's own address; a pool without one is read as a v3 pool.
  const poolId = word(answers.poolId, 0);
  if (!poolId) return balancerV3Figures(figures, reader);
  if (poolId.slice(0, 42).toLowerCase() !== address.toLowerCase()) return figures;
  const vault = await ethCalls(
    http,
    rpcUrl,
    [
      { to: BALANCER_V2_VAULT, data: `${SELECTORS.poolTokens}${poolId.slice(2)}` },
      // A stable pool's math counts each balance at its token's rate: the scaling factors carry it.
      ...(stable ? [{ to: address, data: SELECTORS.scalingFactors }] : []),
    ],
    deadline,
  );
  const held = vault.ok ? decodePoolTokens(vault.results[0] ?? null) : null;
  if (!held) return figures;
  const factors = vault.ok && stable ? decodeUintArray(vault.results[1] ?? null) : null;
  const scaled = factors?.length === held.length ? held.map((entry, i) => ({ ...entry, factor: factors[i]! })) : held;
  // A composable stable pool's own BPT is among the Vault's tokens: not a coin.
  return coinFigures(
    figures,
    scaled.filter((entry) => entry.token !== address.toLowerCase()),
    reader,
  );
}

/**
 * A Balancer v3 pool (no getPoolId): its tokens, raw balances and rate providers from the pool's own
 * `getTokenInfo()`, and its fee from `getStaticSwapFeePercentage()`, both forwarded to the v3 Vault
 * (balancer/balancer-v3-monorepo pkg/pool-utils/contracts/PoolInfo.sol; TokenInfo is (TokenType tokenType,
 * IRateProvider rateProvider, bool paysYieldFees), pkg/interfaces/contracts/vault/VaultTypes.sol). v3 keeps
 * no BPT among the tokens. v3's StableMath keeps `ampTimesTotal = A * n` ("Ann in the Curve version",
 * pkg/solidity-utils/contracts/math/StableMath.sol), so A reads as on v2 and Curve.
 */
async function balancerV3Figures(figures: PoolFigures, reader: CurveReader): Promise<PoolFigures> {
  const { http, rpcUrl, address, deadline } = reader;
  const info = await ethCalls(
    http,
    rpcUrl,
    [
      { to: address, data: SELECTORS.tokenInfo },
      { to: address, data: SELECTORS.staticSwapFee },
    ],
    deadline,
  );
  if (!info.ok) return figures;
  const fee = decodeUint(info.results[1] ?? null);
  if (figures.feeTier === undefined && fee !== null && fee > 0n && fee <= 100_000_000_000_000_000n)
    figures.feeTier = new Decimal(fee.toString()).div(FIXED_POINT).toString();
  const held = decodeTokenInfo(info.results[0] ?? null);
  return held ? coinFigures(figures, held, reader) : figures;
}

/** A pool's coin: its token, raw balance, and what its rate comes from (v2 scaling factor, v3 rate provider). */
interface HeldCoin {
  token: string;
  balance: bigint;
  factor?: bigint;
  /** v3: the rate provider's address; the zero address for a token without one (rate 1). */
  rateProvider?: string;
}

/**
 * Balances in human units (each by its own decimals), symbols, and for stable pools each coin's rate, from one
 * round to the coins (and their rate providers). Weights pair with the coins only when the counts agree.
 */
async function coinFigures(figures: PoolFigures, coins: HeldCoin[], reader: CurveReader): Promise<PoolFigures> {
  const { http, rpcUrl, deadline } = reader;
  if (coins.length < 2 || coins.length > MAX_BALANCER_TOKENS) return figures;
  // Weights come one per token in the Vault's order: a count that differs means the two lists do not pair up.
  if (figures.weights && figures.weights.length !== coins.length) return figures;
  const stable = figures.amplification !== undefined;
  if (stable) figures.coinCount = coins.length;
  const withProvider = (coin: HeldCoin) =>
    stable && coin.rateProvider !== undefined && !/^0x0{40}$/.test(coin.rateProvider);
  const tokens = await ethCalls(
    http,
    rpcUrl,
    coins.flatMap((coin) => [
      { to: coin.token, data: SELECTORS.decimals },
      { to: coin.token, data: SELECTORS.symbol },
      ...(withProvider(coin) ? [{ to: coin.rateProvider!, data: SELECTORS.getRate }] : []),
    ]),
    deadline,
  );
  if (!tokens.ok) return figures;
  let at = 0;
  const answers = coins.map((coin) => {
    const decimals = decodeUint(tokens.results[at] ?? null);
    const symbol = decodeSymbol(tokens.results[at + 1] ?? null);
    const rate = withProvider(coin) ? decodeUint(tokens.results[at + 2] ?? null) : undefined;
    at += withProvider(coin) ? 3 : 2;
    return { decimals: decimals !== null && decimals <= 36n ? Number(decimals) : null, symbol, rate };
  });
  // Face value: each balance by its decimals only; a stable pool's rates go beside them (tokenRates), and the
  // present layer scales by them, or says the balances are at face value when the rates were not read.
  if (answers.every(({ decimals }) => decimals !== null))
    figures.balances = coins.map(({ balance }, i) => rawToHuman(balance, answers[i]!.decimals!).toString());
  const symbols = answers.map(({ symbol }) => symbol);
  if (symbols.every((symbol) => symbol !== undefined)) figures.coinSymbols = symbols as string[];
  if (!stable || !figures.balances) return figures;
  const rates = coins.map((coin, i) => tokenRate(coin, answers[i]!.decimals, answers[i]!.rate));
  if (rates.every((rate) => rate !== null)) figures.tokenRates = rates.map((r) => r!.toString());
  return figures;
}

/**
 * A coin's rate from its scaling factor: factor = 1e18 x 10^(18 - decimals) x rate / 1e18, the decimals factor
 * times the rate provider's rate (balancer/balancer-v2-monorepo pkg/pool-stable/contracts/ComposableStablePoolRates.sol
 * at 066a078, `_scalingFactors`: `_getScalingFactor(i).mulDown(_getTokenRate(i))`; 1 for a token without a
 * provider), so rate = factor x 10^decimals / 1e36. A rate
 * outside 0.01 .. 100 is not a staked or wrapped token's: not trusted.
 */
function tokenRate(coin: HeldCoin, decimals: number | null, providerRate: bigint | null | undefined): Decimal | null {
  let rate: Decimal;
  if (coin.rateProvider !== undefined) {
    // v3: no provider, rate 1; a provider's getRate() is 1e18 fixed point.
    if (/^0x0{40}$/.test(coin.rateProvider)) return new Decimal(1);
    if (providerRate === null || providerRate === undefined || providerRate <= 0n) return null;
    rate = new Decimal(providerRate.toString()).div(FIXED_POINT);
  } else {
    if (coin.factor === undefined || decimals === null || coin.factor <= 0n) return null;
    rate = new Decimal(coin.factor.toString()).mul(new Decimal(10).pow(decimals)).div('1e36');
  }
  return rate.gte('0.01') && rate.lte(100) ? rate : null;
}

/** v3 getTokenInfo's (tokens, tokenInfo, balancesRaw, lastBalancesLiveScaled18), paired up; null when not that shape. */
function decodeTokenInfo(hex: Hex | null): HeldCoin[] | null {
  if (!hex) return null;
  try {
    const [tokens, info, raw] = decodeAbiParameters(
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
      hex,
    );
    if (tokens.length !== info.length || tokens.length !== raw.length || tokens.length > MAX_BALANCER_TOKENS)
      return null;
    return tokens.map((token, i) => ({
      token: token.toLowerCase(),
      balance: raw[i]!,
      rateProvider: info[i]!.rateProvider.toLowerCase(),
    }));
  } catch {
    return null;
  }
}

function decodeUintArray(hex: Hex | null): readonly bigint[] | null {
  if (!hex) return null;
  try {
    return decodeAbiParameters([{ type: 'uint256[]' }], hex)[0];
  } catch {
    return null;
  }
}

/** The Vault's (tokens, balances, lastChangeBlock), paired up; null when it is not that shape. */
function decodePoolTokens(hex: Hex | null): HeldCoin[] | null {
  if (!hex) return null;
  try {
    const [tokens, balances] = decodeAbiParameters(
      [{ type: 'address[]' }, { type: 'uint256[]' }, { type: 'uint256' }],
      hex,
    );
    if (tokens.length !== balances.length || tokens.length > MAX_BALANCER_TOKENS + 1) return null;
    return tokens.map((token, i) => ({ token: token.toLowerCase(), balance: balances[i]! }));
  } catch {
    return null;
  }
}

/**
 * A Balancer v2 stable pool (Stable, MetaStable, ComposableStable): A is `value / precision` of
 * getAmplificationParameter (precision 1e3). Balancer's StableMath works with `ampTimesTotal = A * n`
 * (balancer/balancer-v2-monorepo pkg/pool-stable/contracts/StableMath.sol, commit 02b5e7d, _calculateInvariant),
 * as Curve's get_D does with `Ann = A * N_COINS`: the same convention as Curve's A(), so core's stableswap
 * models take it as they take Curve's. While A ramps (isUpdating) the value read is the one in force now.
 */
function stableFigures(ampHex: Hex | null, feeHex: Hex | null): PoolFigures | null {
  if (!ampHex) return null;
  let value: bigint;
  let precision: bigint;
  try {
    [value, , precision] = decodeAbiParameters([{ type: 'uint256' }, { type: 'bool' }, { type: 'uint256' }], ampHex);
  } catch {
    return null;
  }
  if (precision <= 0n || value <= 0n) return null;
  const amplification = new Decimal(value.toString()).div(precision.toString());
  // StableMath bounds A to 1..5000; Curve's figure allows up to 8 digits and 3 decimals.
  if (amplification.lt(1) || amplification.gt(10_000_000) || amplification.decimalPlaces() > 3) return null;
  const figures: PoolFigures = { amplification: amplification.toString() };
  const fee = decodeUint(feeHex);
  if (fee !== null && fee > 0n && fee <= 100_000_000_000_000_000n)
    figures.feeTier = new Decimal(fee.toString()).div(FIXED_POINT).toString();
  return figures;
}

/**
 * A Balancer v2 weighted pool: its normalized weights (1e18 fixed point, summing to one, in the Vault's token
 * order, which is ascending by address: the same token0, token1 as everywhere here) and its swap fee.
 * Null when the contract has no such weights.
 */
function weightedFigures(weightsHex: Hex | null, feeHex: Hex | null): PoolFigures | null {
  if (!weightsHex) return null;
  let raw: readonly bigint[];
  try {
    raw = decodeAbiParameters([{ type: 'uint256[]' }], weightsHex)[0];
  } catch {
    return null;
  }
  if (raw.length < 2 || raw.length > 8 || raw.some((w) => w <= 0n)) return null;
  const weights = raw.map((w) => new Decimal(w.toString()).div(FIXED_POINT));
  const total = weights.reduce((sum, w) => sum.plus(w), new Decimal(0));
  // Normalized weights add up to one (Balancer rounds each down, so the sum may miss by a few wei).
  if (total.minus(1).abs().gt('1e-9')) return null;
  const figures: PoolFigures = { weights: weights.map((w) => w.toString()) };
  const fee = decodeUint(feeHex);
  if (fee !== null && fee > 0n && fee <= 100_000_000_000_000_000n)
    figures.feeTier = new Decimal(fee.toString()).div(FIXED_POINT).toString();
  return figures;
}
