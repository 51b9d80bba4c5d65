/**
 * Live pool figures -> the core's analysis, for the overlay and the popup alike (so both show the same
 * numbers for the same pool). Any figure the analysis needs and the providers did not give is named in
 * `missing`; nothing is filled in by guess.
 */
import {
  Decimal,
  LpInputError,
  amountsForLiquidity,
  analyzePosition,
  poolFeeApr,
  priceFromTick,
  rangeStatus,
  priceRange,
  rawLiquidityToHuman,
  rawToHuman,
  evaluateWarnings,
  ilStableswapFromBalances,
  ilStableswapN,
  ilWeighted,
  type Analysis,
  type WarningHit,
  type PoolKind,
  type GasPoolKind,
} from '../../core/index';
import { buildExtrasView, extrasForAnalysis, type ExtrasView } from './extras-model';
import { balancesAtRates } from './stable-balances';
import type { FigureName, PoolSnapshot, Position } from '../messages/pool-data';
import type { PageFacts } from '../messages/page';
import { FIGURE_LABELS } from './labels';
import { humanInputError } from './input-errors';

/** Core's field names as the figures are called on screen. */
const LIVE_FIELD_NAMES: Record<string, string> = {
  priceLower: t('live.field.priceLower'),
  priceUpper: t('live.field.priceUpper'),
  price: t('live.field.price'),
  tvlUsd: t('live.field.tvl'),
  volume24hUsd: t('live.field.volume'),
  volatility: t('live.field.volatility'),
  depositUsd: t('live.field.deposit'),
  feeTier: t('live.field.feeTier'),
};
import { poolKindFor, type KnownAboutPool } from './pool-kind';
import { ageOf, percent, price as priceFigure, usd } from './format';
import {
  chooseQuote,
  withinFactorOfTwo,
  priceOrientation,
  priceText,
  quoteShownByPage,
  rangeText,
  type PriceOrientation,
  type TokenSide,
} from './orientation';
import { feeAprsByBasis, projectionBasis, volumeBases, type BasisApr, type VolumeBasis } from './volume-basis';
import { t } from '../i18n/index';

export interface LiveOptions {
  depositUsd: string;
  horizonDays: string;
  /** What the URL and the page say about the pool; with the snapshot, poolKindFor decides its kind. */
  page?: Omit<KnownAboutPool, 'snapshot'>;
  /** A range in the snapshot's price units (token0 in token1); absent: the range typed on the page, if any. */
  range?: { priceLower: string; priceUpper: string };
  /** An existing position read on chain: its own range and liquidity replace the deposit. */
  position?: Position;
  /** The quote token the user picked; absent: the page's own, else the more money-like token. */
  quote?: TokenSide;
}

/** One figure the analysis stands on, as a person reads it: "TVL $12.3M, GeckoTerminal API, 2 min ago". */
export interface LiveInput {
  id: 'tvl' | 'volume-24h' | 'volume-7d' | 'volume-30d' | 'price' | 'fee-tier' | 'volatility' | 'hooks' | 'dynamic-fee';
  label: string;
  value: string;
  /** "GeckoTerminal API, 2 min ago"; null when no provider is on record for it. */
  source: string | null;
}

export interface LiveAnalysis {
  kind: PoolKind | null;
  /** Pool-wide fee APR on 24 h volume when TVL, volume and fee tier are known. */
  poolFeeApr: Decimal | null;
  /** The pool's fee APR on each volume basis the data allows (24 h, 7-day and 30-day averages). */
  feeAprs: BasisApr[];
  /** The volume the projections use (7-day average when known), or null when none is known. */
  projectionVolume: VolumeBasis | null;
  /** Which way prices read, or null when the pool's price is unknown. */
  orientation: PriceOrientation | null;
  /** The figures the analysis used, each with its source and age. */
  inputs: LiveInput[];
  analysis: Analysis | null;
  /** Warnings the pool's own figures trigger (thin TVL, low volume, a new pool), known even without an analysis. */
  snapshotWarnings: WarningHit[];
  /**
   * Pools of three or more coins or tokens, IL when one moves and the others hold their prices: a stableswap
   * coin leaving the peg, or a weighted pool's heaviest token (the same table on screen).
   */
  depeg: DepegIl | null;
  /** What the position is: "full range" or "your range 1500 – 2500". */
  positionLabel: string | null;
  /** True when no range was known and a full-range stand-in was analysed: range figures mean nothing then. */
  fullRangeStandIn: boolean;
  /** The range analysed (token0 in token1), when it is the user's or the position's, not a stand-in. */
  range: { priceLower: Decimal; priceUpper: Decimal } | null;
  missing: string[];
  /** What the figures cannot capture about this pool, said once: a v4 pool's hooks, a fee set per swap. */
  cautions: string[];
  /** A position's uncollected fees now ("0.5 USDT + 0.001 WBNB (≈ $1.10)"), with their source; null for no position. */
  positionFees: { text: string; source: string | null } | null;
  /** "TVL, 24 h volume: GeckoTerminal API, 2 min ago", one line per source. */
  sources: string[];
  /** Rewards, token checks, gas, exit cost and the net over the horizon; its warnings are in snapshotWarnings. */
  extras: ExtrasView;
}

/** What extrasForAnalysis hands the analysis' own rules (reward-dominated APR, gas eating fees). */
type ExtrasForAnalysis = ReturnType<typeof extrasForAnalysis>;

/**
 * Which row of core's gas table a pool is: only the contracts the gas units were measured on (Uniswap's
 * position managers). Forks (PancakeSwap, Sushi) and other kinds stay unknown rather than borrow numbers.
 */
function gasKindFor(kind: PoolKind | null, snapshot: PoolSnapshot, options: LiveOptions): GasPoolKind | undefined {
  const dex = snapshot.figures.dex?.toLowerCase() ?? '';
  const ref = options.page?.ref;
  const version = ref?.pool && 'protocolVersion' in ref.pool ? ref.pool.protocolVersion : undefined;
  const uniswap = dex.startsWith('uniswap') || (ref?.site === 'uniswap' && dex === '');
  if (!uniswap) return undefined;
  if (dex === 'uniswap_v4' || version === 'v4') return 'uniswap-v4';
  if (kind === 'concentrated') return 'uniswap-v3';
  if (kind === 'constant-product') return 'uniswap-v2';
  return undefined;
}

export function liveAnalysis(snapshot: PoolSnapshot, options: LiveOptions, now: number): LiveAnalysis {
  const kind = poolKindFor({ ...options.page, snapshot });
  const gasKind = gasKindFor(kind, snapshot, options);
  const forAnalysis = extrasForAnalysis({ snapshot, now, ...(gasKind ? { gasKind } : {}) });
  const result = analyseLive(snapshot, options, now, forAnalysis);
  const a = result.analysis;
  const extras = buildExtrasView({
    snapshot,
    // A position's own value is its deposit; otherwise the deposit the user set or typed.
    depositUsd: a?.depositUsd ?? new Decimal(options.depositUsd),
    horizonDays: new Decimal(options.horizonDays),
    now,
    ...(result.poolFeeApr ? { feeApr: result.poolFeeApr } : {}),
    ...(a ? { expectedFeesUsd: a.expectedFeesUsd, lvrCostUsd: a.lvrCostUsd } : {}),
    ...(a?.token0ValueShare ? { token0ValueShare: a.token0ValueShare } : {}),
    ...(gasKind ? { gasKind } : {}),
  });
  return { ...result, extras, snapshotWarnings: [...result.snapshotWarnings, ...extras.warnings.hits] };
}

/** Moves of the depegged coin's price against the others: mostly down, as depegs go, and one up. */
export const DEPEG_MOVES = ['-0.5', '-0.2', '-0.1', '-0.05', '-0.02', '-0.01', '0.01'] as const;

/** Stableswap IL of an n-coin pool under one coin's depeg, and what it stands on. */
export interface DepegIl {
  coins: number;
  /** IL (a fraction, negative) for each move of DEPEG_MOVES, in that order. */
  rows: { move: Decimal; il: Decimal }[];
  /** "3 coins, A 2000, read on chain; from the pool's balances now (32.00 % / 34.00 % / 34.00 %)...". */
  basis: string;
  /** "the price of USDC against the other 2" (or "of one coin" from a balanced pool). */
  moves: string;
}

const poolAgeDays = (createdAt: number, now: number) => new Decimal(Math.max(0, now - createdAt)).div(86_400_000);

/** The pool-wide fee APR; a TVL of 0 (an emptied or brand-new pool) has none, and the note says why. */
function feeAprOrWhyNot(f: PoolSnapshot['figures'], missing: string[]): Decimal | null {
  try {
    return poolFeeApr({ volume24hUsd: f.volume24hUsd, feeTier: f.feeTier, tvlUsd: f.tvlUsd });
  } catch (error) {
    if (!(error instanceof LpInputError)) throw error;
    missing.push(t('live.noFeeApr', { tvl: f.tvlUsd === undefined ? t('live.unknown') : usd(new Decimal(f.tvlUsd)) }));
    return null;
  }
}

/** The rules that need only the pool's own figures; rules missing an input are skipped, as everywhere. */
function snapshotWarnings(f: PoolSnapshot['figures'], now: number, feeApr: Decimal | null): WarningHit[] {
  const known = (text: string | undefined) => (text === undefined ? {} : { value: new Decimal(text) });
  const tvl = known(f.tvlUsd);
  const volume = known(f.volume24hUsd);
  return evaluateWarnings({
    ...('value' in tvl ? { tvlUsd: tvl.value } : {}),
    ...('value' in volume ? { volume24hUsd: volume.value } : {}),
    ...(f.createdAt !== undefined ? { poolAgeDays: poolAgeDays(f.createdAt, now) } : {}),
    ...(feeApr ? { poolFeeApr: feeApr } : {}),
  }).hits;
}

/** Full range, for a concentrated pool when the user has not set a range: a stand-in wide enough to equal x*y=k. */
const FULL_RANGE_FACTOR = new Decimal('1e30');

function analyseLive(
  snapshot: PoolSnapshot,
  options: LiveOptions,
  now: number,
  forAnalysis: ExtrasForAnalysis,
): Omit<LiveAnalysis, 'extras'> {
  const f = snapshot.figures;
  const kind = poolKindFor({ ...options.page, snapshot });
  const missing: string[] = [];
  const need = (name: FigureName) => {
    if (f[name] === undefined) missing.push(t('live.notGiven', { figure: FIGURE_LABELS[name] ?? name }));
    return f[name] !== undefined;
  };
  const haveFees = [need('tvlUsd'), need('volume24hUsd'), need('feeTier')].every(Boolean);
  const feeApr = haveFees ? feeAprOrWhyNot(f, missing) : null;
  const bases = volumeBases(f);
  const projectionVolume = projectionBasis(bases);
  const orientation = orientationFor(snapshot, options);
  const result: Omit<LiveAnalysis, 'extras'> = {
    kind,
    poolFeeApr: feeApr,
    feeAprs: feeApr ? feeAprsByBasis(f, bases) : [],
    projectionVolume,
    orientation,
    inputs: liveInputs(snapshot, orientation, bases, now),
    analysis: null,
    snapshotWarnings: snapshotWarnings(f, now, feeApr),
    depeg: null,
    positionLabel: null,
    fullRangeStandIn: false,
    range: null,
    missing,
    cautions: poolCautions(f),
    positionFees: options.position ? positionFees(snapshot, options.position, now) : null,
    sources: sourceLines(snapshot, now),
  };
  // The position's entry amounts would need its IncreaseLiquidity events, which are not read: said, not guessed.
  if (options.position) missing.push(t('live.hodlUnknown'));
  // Aerodrome pays a staked position AERO and sends its swap fees to voters: the fees read are an unstaked one's.
  if (options.position?.protocol === 'aerodrome-slipstream') result.cautions.push(t('live.slipstreamStaked'));
  // One coin's depeg needs only A and the coin count, not the fee figures: it comes before their check.
  // A Balancer stable pair whose coin is priced through a rate (wstETH / WETH), or whose rates are unknown: the
  // API's market price is not the pool's peg, so the two-coin model fed that price would see a depeg that is
  // not there. It gets the balance-based table instead, as pools of more coins do.
  const ratedPair =
    kind === 'stableswap' && options.page?.ref?.site === 'balancer' && f.coinCount === 2 && rateText(f) !== '';
  const manyCoins = kind === 'stableswap' && f.amplification !== undefined && (f.coinCount !== 2 || ratedPair);
  if (manyCoins) {
    if (f.coinCount === undefined) missing.push(t('live.coinCountNotRead'));
    else result.depeg = depegIl(snapshot, f.coinCount, missing);
  }
  // A weighted pool of three or more tokens: one token's move, from the weights alone.
  const manyTokens = kind === 'weighted' && f.weights !== undefined && f.weights.length > 2;
  if (manyTokens) result.depeg = weightedMoveIl(snapshot, missing);
  // Balancer's stable math runs on balances scaled by each token's rate; the ones read are at face value.
  if (kind === 'stableswap' && options.page?.ref?.site === 'balancer') {
    const rates = rateText(f);
    if (rates === null) result.cautions.push(t('live.balancerStableFaceValue'));
    else if (rates !== '') result.cautions.push(t('live.balancerStableRates', { rates }));
  }
  if (!feeApr || !need('volatility')) return result;
  if (manyCoins) {
    if (ratedPair) missing.push(t('live.ratedPairNoProjection'));
    else if (f.coinCount !== undefined) missing.push(t('live.manyCoinsNoProjection', { n: f.coinCount }));
    return result;
  }
  // Weighted pools: the weights read on chain; the IL model covers two tokens.
  const twoWeights = kind === 'weighted' && f.weights?.length === 2;
  if (
    kind === null ||
    (kind === 'weighted' && !twoWeights) ||
    (kind === 'stableswap' && f.amplification === undefined)
  ) {
    missing.push(
      kind === null
        ? t('live.kindUnknown')
        : kind === 'weighted'
          ? f.weights
            ? t('live.weightsManyTokens')
            : t('live.weightsNotRead')
          : t('live.amplificationNotRead'),
    );
    return result;
  }
  const base = {
    feeTier: f.feeTier,
    tvlUsd: f.tvlUsd,
    // Projections stand on the 7-day average when the candles give it: one day's volume is too noisy.
    volume24hUsd: (projectionVolume?.dailyUsd ?? new Decimal(f.volume24hUsd!)).toString(),
    volatility: f.volatility,
    depositUsd: options.depositUsd,
    horizonDays: options.horizonDays,
    // USD columns hold the quote token at its USD price and move the other one, as the user reads the price.
    quote: orientation?.quote ?? 'token1',
    ...(f.createdAt !== undefined ? { poolAgeDays: poolAgeDays(f.createdAt, now).toString() } : {}),
    // Live rewards and gas, when read, feed the rules that weigh them against the fees.
    ...(forAnalysis.rewardApr ? { rewardApr: forAnalysis.rewardApr.toString() } : {}),
    ...(forAnalysis.gasCostUsd ? { gasCostUsd: forAnalysis.gasCostUsd.toString() } : {}),
  };
  try {
    if (kind === 'constant-product') {
      result.analysis = analyzePosition({ ...base, pool: { kind } });
      result.positionLabel = t('live.anyDepositConstantProduct');
      return result;
    }
    if (kind === 'weighted') {
      const weights = f.weights!;
      result.analysis = analyzePosition({ ...base, pool: { kind, weights } });
      const shown = weights.map((w) => new Decimal(w).mul(100).toSignificantDigits(4).toString()).join(' / ');
      result.positionLabel = t('live.anyDepositWeighted', { weights: shown });
      return result;
    }
    if (kind === 'stableswap') {
      if (!need('price')) return result;
      result.analysis = analyzePosition({ ...base, pool: { kind, amplification: f.amplification, price: f.price } });
      result.positionLabel = t('live.anyDepositStableswap', { a: f.amplification ?? '' });
      return result;
    }
    if (!need('price')) return result;
    if (options.position) return withPosition(result, snapshot, options.position, base);
    const price = new Decimal(f.price!);
    const typedRange = options.range ?? rangeTypedOnPage(options.page?.facts, f.price!);
    const range = typedRange ?? {
      priceLower: price.div(FULL_RANGE_FACTOR).toString(),
      priceUpper: price.mul(FULL_RANGE_FACTOR).toString(),
    };
    if (typedRange) {
      result.range = { priceLower: new Decimal(typedRange.priceLower), priceUpper: new Decimal(typedRange.priceUpper) };
    }
    result.positionLabel = result.range
      ? t('live.yourRange', { range: rangeText(orientation!, result.range) })
      : t('live.fullRange');
    result.fullRangeStandIn = !typedRange;
    result.analysis = analyzePosition({
      ...base,
      pool: { kind, price: f.price, ...range },
      ...activeLiquidity(snapshot),
    });
  } catch (error) {
    sayNotTogether(error, missing);
  }
  return result;
}

/**
 * Figures that core refuses together (an LpInputError) are said in `missing`, naming the field; any other
 * error is a bug and is thrown on.
 */
function sayNotTogether(error: unknown, missing: string[]): void {
  if (!(error instanceof LpInputError)) throw error;
  missing.push(
    t('live.notTogether', {
      error: humanInputError(error, { name: LIVE_FIELD_NAMES[error.field] ?? t('live.aFigure') }),
    }),
  );
}

/**
 * IL of a stableswap pool of n coins when one coin's price moves and the others keep theirs. With the pool's
 * balances, core's ilStableswapFromBalances starts where the pool is, and the coin that moves is the one it
 * holds most of (a depeg shows there first: sellers bring that coin to the pool); without them, core's
 * ilStableswapN starts from a balanced pool, where any coin is alike. The basis says which.
 */
function depegIl(snapshot: PoolSnapshot, coins: number, missing: string[]): DepegIl | null {
  const f = snapshot.figures;
  try {
    const source = snapshot.sources.amplification;
    const where =
      source?.provider === 'rpc'
        ? t('live.readOnChain')
        : t('live.fromSource', { source: source ? providerName(source) : t('live.unknown') });
    const balances = balancesAtRates(f);
    const shares = balanceShares(balances, coins);
    if (shares && balances) {
      const amounts = balances.map((b) => new Decimal(b));
      const most = amounts.findIndex((b) => b.eq(Decimal.max(...amounts)));
      const coin = f.coinSymbols?.[most] ?? t('live.coinNumber', { n: most + 1 });
      const rows = depegRows((priceFactor) =>
        ilStableswapFromBalances({ amplification: f.amplification, balances, depegged: most, priceFactor }),
      );
      return {
        coins,
        rows,
        basis: t('live.depegBasisBalances', { n: coins, a: f.amplification!, source: where, shares }),
        moves:
          coins === 2 ? t('live.depegMovesCoinPair', { coin }) : t('live.depegMovesCoin', { coin, others: coins - 1 }),
      };
    }
    const rows = depegRows((priceFactor) =>
      ilStableswapN({ amplification: f.amplification, coins, depeggedPrice: priceFactor }),
    );
    return {
      coins,
      rows,
      basis: t('live.depegBasisUnknown', { n: coins, a: f.amplification!, source: where }),
      moves: t('live.depegMoves', { others: coins - 1 }),
    };
  } catch (error) {
    sayNotTogether(error, missing);
    return null;
  }
}

/** One row a DEPEG_MOVES move: the move, and the IL when the coin's price is 1 + move times its own. */
function depegRows<Il>(ilAt: (priceFactor: string) => Il): { move: Decimal; il: Il }[] {
  return DEPEG_MOVES.map((text) => {
    const move = new Decimal(text);
    return { move, il: ilAt(move.plus(1).toString()) };
  });
}

/**
 * "wstETH x 1.1500": the coins whose rate is not 1, for the caution; '' when every rate is 1 (face value is
 * exact), null when the rates were not read.
 */
function rateText(f: PoolSnapshot['figures']): string | null {
  if (!f.balances || f.tokenRates?.length !== f.balances.length) return null;
  return f.tokenRates
    .map((rate, i) => ({ rate: new Decimal(rate), name: f.coinSymbols?.[i] ?? t('live.coinNumber', { n: i + 1 }) }))
    .filter(({ rate }) => !rate.eq(1))
    .map(({ rate, name }) => `${name} × ${rate.toFixed(4)}`)
    .join(t('list.comma'));
}

/** Moves of one token's price against the others in a weighted pool: volatile tokens, so halving to doubling. */
export const WEIGHTED_MOVES = ['-0.5', '-0.25', '-0.1', '0.1', '0.25', '1'] as const;

/**
 * IL of a weighted pool of n tokens when one token's price moves by r and the others keep theirs: core's
 * ilWeighted, Π r_i^w_i / Σ w_i r_i - 1, with r = 1 for the others, which is r^w / (w r + 1 - w) - 1 for the
 * moving token's weight w. The token shown is the heaviest (the one the pool is most exposed to; the first of
 * equal weights, Balancer's 1/3 weights differ in the last wei).
 */
function weightedMoveIl(snapshot: PoolSnapshot, missing: string[]): DepegIl | null {
  const f = snapshot.figures;
  const weights = f.weights!;
  try {
    const parsed = weights.map((w) => new Decimal(w));
    let heaviest = 0;
    parsed.forEach((w, i) => {
      if (w.minus(parsed[heaviest]!).gt('1e-9')) heaviest = i;
    });
    const rows = WEIGHTED_MOVES.map((text) => {
      const move = new Decimal(text);
      const priceRatios = parsed.map((_, i) => (i === heaviest ? move.plus(1).toString() : '1'));
      return { move, il: ilWeighted({ weights, priceRatios }) };
    });
    const source = snapshot.sources.weights;
    const where =
      source?.provider === 'rpc'
        ? t('live.readOnChain')
        : t('live.fromSource', { source: source ? providerName(source) : t('live.unknown') });
    const symbols = f.coinSymbols?.length === weights.length ? f.coinSymbols : undefined;
    return {
      coins: weights.length,
      rows,
      basis: t('live.weightedMovesBasis', {
        n: weights.length,
        weights: parsed.map((w) => percent(w)).join(' / '),
        source: where,
      }),
      moves: t('live.depegMovesCoin', {
        coin: symbols?.[heaviest] ?? t('live.tokenNumber', { n: heaviest + 1 }),
        others: weights.length - 1,
      }),
    };
  } catch (error) {
    sayNotTogether(error, missing);
    return null;
  }
}

/** "33.3 % / 33.3 % / 33.4 %": each coin's share of the coins the pool holds, in coin order; null when unknown. */
function balanceShares(balances: string[] | undefined, coins: number): string | null {
  if (!balances || balances.length !== coins) return null;
  const amounts = balances.map((b) => new Decimal(b));
  const total = amounts.reduce((sum, b) => sum.plus(b), new Decimal(0));
  if (total.isZero()) return null;
  return amounts.map((b) => percent(b.div(total))).join(' / ');
}

/**
 * An existing position: its range from its ticks (with the pool's decimals), its value from its liquidity,
 * and its fee share as its liquidity over the pool's active liquidity, which already includes its own.
 */
function withPosition(
  result: Omit<LiveAnalysis, 'extras'>,
  snapshot: PoolSnapshot,
  position: Position,
  base: Record<string, unknown>,
): Omit<LiveAnalysis, 'extras'> {
  const { decimals0, decimals1, price, token1PriceUsd, activeLiquidityRaw } = snapshot.figures;
  if (decimals0 === undefined || decimals1 === undefined || !token1PriceUsd || activeLiquidityRaw === undefined) {
    result.missing.push(t('live.positionNeeds'));
    return result;
  }
  const range = {
    priceLower: priceFromTick(position.tickLower, decimals0, decimals1),
    priceUpper: priceFromTick(position.tickUpper, decimals0, decimals1),
  };
  result.range = range;
  const own = rawLiquidityToHuman(position.liquidityRaw, decimals0, decimals1);
  const amounts = amountsForLiquidity({ liquidity: own, price: price!, ...range });
  const valueUsd = amounts.amount0.mul(price!).plus(amounts.amount1).mul(token1PriceUsd);
  result.positionLabel = result.orientation
    ? t('live.positionRange', { id: position.tokenId, range: rangeText(result.orientation, range) })
    : t('labels.positionNumber', { id: position.tokenId });
  if (own.isZero() || valueUsd.isZero()) {
    result.missing.push(t('live.positionClosed'));
    return result;
  }
  const inRange = rangeStatus(priceRange(range), new Decimal(price!)) === 'in-range';
  const active = rawLiquidityToHuman(activeLiquidityRaw, decimals0, decimals1);
  // The pool's active liquidity counts this position already while it is in range.
  const others = inRange ? Decimal.max(active.minus(own), 0) : active;
  result.analysis = analyzePosition({
    ...(base as Omit<Parameters<typeof analyzePosition>[0], 'pool' | 'depositUsd'>),
    depositUsd: valueUsd.toString(),
    pool: { kind: 'concentrated', price, ...range },
    activeLiquidity: others.toString(),
    token1PriceUsd,
  });
  return result;
}

/** The pool's in-range liquidity in human units (raw / 10^((d0+d1)/2)) with token1's USD price, when both are known. */
function activeLiquidity(snapshot: PoolSnapshot): { activeLiquidity?: string; token1PriceUsd?: string } {
  const { activeLiquidityRaw, decimals0, decimals1, token1PriceUsd } = snapshot.figures;
  if (
    activeLiquidityRaw === undefined ||
    decimals0 === undefined ||
    decimals1 === undefined ||
    !token1PriceUsd ||
    new Decimal(token1PriceUsd).isZero()
  )
    return {};
  const human = rawLiquidityToHuman(activeLiquidityRaw, decimals0, decimals1);
  return { activeLiquidity: human.toString(), token1PriceUsd };
}

/** A range typed on the page, turned to the pool's token0-in-token1 terms; null when there is none or it fits neither way. */
function rangeTypedOnPage(facts: PageFacts | undefined, poolPrice: string) {
  if (!facts?.price || !facts.priceLower || !facts.priceUpper) return null;
  return orientRange(facts.price, { priceLower: facts.priceLower, priceUpper: facts.priceUpper }, poolPrice);
}

/** The page's orientation when its price shows one, else the user's pick, else the money-like default. */
function orientationFor(snapshot: PoolSnapshot, options: LiveOptions): PriceOrientation | null {
  const { price, symbol0, symbol1 } = snapshot.figures;
  if (price === undefined || new Decimal(price).isZero()) return null;
  const symbols = { symbol0, symbol1 };
  if (options.quote) return priceOrientation(symbols, options.quote, 'chosen');
  const pageQuote = quoteShownByPage(options.page?.facts?.price, price);
  const { quote, reason } = chooseQuote({ ...symbols, price, pageQuote });
  return priceOrientation(symbols, quote, reason);
}

/**
 * The volatility estimate's window, which the service worker records as core's English ("30 daily closes,
 * none missing"), said in the user's language; another wording is shown as it is.
 */
function volatilityWindowText(text: string): string {
  const known = /^(\d+) (minute|hourly|daily|weekly) closes, (none|\d+) missing$/.exec(text);
  if (!known) return text;
  const [, closes, period, missing] = known;
  return t('live.window', {
    closes: closes!,
    period: t(`live.period.${period as 'minute' | 'hourly' | 'daily' | 'weekly'}`),
    missing: missing === 'none' ? t('live.noneMissing') : t('live.missing', { n: missing! }),
  });
}

/** A provider's name for people; the on-chain reader's is said in the user's language. */
function providerName(source: { provider: string; name: string }): string {
  return source.provider === 'rpc' ? t('live.providerRpc') : source.name;
}

function sourceOf(snapshot: PoolSnapshot, name: FigureName, now: number): string | null {
  const source = snapshot.sources[name];
  return source ? t('live.sourceAge', { source: providerName(source), age: ageOf(now - source.fetchedAt) }) : null;
}

/** TVL, volumes, price, fee tier and volatility as the analysis used them, each with where it came from. */
function liveInputs(
  snapshot: PoolSnapshot,
  orientation: PriceOrientation | null,
  bases: VolumeBasis[],
  now: number,
): LiveInput[] {
  const f = snapshot.figures;
  const inputs: LiveInput[] = [];
  const add = (id: LiveInput['id'], label: string, name: FigureName, value: () => string) => {
    if (f[name] !== undefined) inputs.push({ id, label, value: value(), source: sourceOf(snapshot, name, now) });
  };
  add('tvl', t('live.input.tvl'), 'tvlUsd', () => usd(new Decimal(f.tvlUsd!)));
  for (const basis of bases) {
    const name: FigureName = basis.id === '24h' ? 'volume24hUsd' : basis.id === '7d' ? 'volume7dUsd' : 'volume30dUsd';
    const label =
      basis.id === '24h'
        ? t('live.input.volume24h')
        : t('live.input.volumeAverage', { days: basis.id === '7d' ? 7 : 30 });
    add(`volume-${basis.id}`, label, name, () => t('live.perDay', { usd: usd(basis.dailyUsd) }));
  }
  if (orientation) add('price', t('live.input.price'), 'price', () => priceText(orientation, new Decimal(f.price!)));
  add('fee-tier', t('live.input.feeTier'), 'feeTier', () => percent(new Decimal(f.feeTier!)));
  add('hooks', t('live.input.hooks'), 'hooks', () => shortAddress(f.hooks!));
  if (f.dynamicFee === true)
    add('dynamic-fee', t('live.input.dynamicFee'), 'dynamicFee', () => t('live.dynamicFeeYes'));
  add('volatility', t('live.input.volatility'), 'volatility', () =>
    t('live.volatilityValue', {
      rate: percent(new Decimal(f.volatility!)),
      window:
        (f.volatilityWindow && volatilityWindowText(f.volatilityWindow)) ??
        (f.volatilityDays === undefined ? t('live.closesUnknown') : t('live.closes', { n: f.volatilityDays })),
    }),
  );
  return inputs;
}

/** The DEXes' own names, as their sites write them (not translated). */
const POSITION_PROTOCOL_NAMES: Record<NonNullable<Position['protocol']>, string> = {
  'uniswap-v3': 'Uniswap v3',
  'pancakeswap-v3': 'PancakeSwap v3',
  'sushiswap-v3': 'SushiSwap v3',
  'aerodrome-slipstream': 'Aerodrome Slipstream',
  'uniswap-v4': 'Uniswap v4',
  'pancakeswap-infinity-cl': 'PancakeSwap Infinity CL',
};

/**
 * What the position could collect now, read on chain (tokensOwed plus v3-core's fee growth since its last
 * update), in each token and, when both prices are known, in USD at the pool price. Unknown is said as unknown.
 */
function positionFees(snapshot: PoolSnapshot, position: Position, now: number): LiveAnalysis['positionFees'] {
  const { decimals0, decimals1, price, token1PriceUsd, symbol0, symbol1 } = snapshot.figures;
  const fees = position.uncollectedFees;
  if (!fees || decimals0 === undefined || decimals1 === undefined) return { text: t('live.feesUnknown'), source: null };
  const amount0 = rawToHuman(fees.amount0Raw, decimals0);
  const amount1 = rawToHuman(fees.amount1Raw, decimals1);
  const amounts = {
    amount0: priceFigure(amount0),
    symbol0: symbol0 ?? t('live.token0'),
    amount1: priceFigure(amount1),
    symbol1: symbol1 ?? t('live.token1'),
  };
  const text =
    price !== undefined && token1PriceUsd
      ? t('live.feesValueUsd', {
          ...amounts,
          usd: usd(amount0.mul(price).plus(amount1).mul(token1PriceUsd)),
        })
      : t('live.feesValue', amounts);
  const where = t('live.positionSource', {
    protocol: position.protocol ? POSITION_PROTOCOL_NAMES[position.protocol] : POSITION_PROTOCOL_NAMES['uniswap-v3'],
  });
  return { text, source: t('live.sourceAge', { source: where, age: ageOf(now - fees.fetchedAt) }) };
}

/** "0x1234…cdef": enough to recognise a contract; the whole address is one click away on an explorer. */
function shortAddress(address: string): string {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}

/** A v4 (or Infinity) pool's hooks run code at every swap and liquidity change: the figures cannot know what it does. */
function poolCautions(f: PoolSnapshot['figures']): string[] {
  const cautions: string[] = [];
  if (f.hooks !== undefined) {
    const key = f.dex === 'pancakeswap_infinity' ? 'live.hooksCautionInfinity' : 'live.hooksCaution';
    cautions.push(t(key, { hooks: shortAddress(f.hooks) }));
  }
  if (f.dynamicFee === true) cautions.push(t('live.dynamicFeeCaution'));
  return cautions;
}

function sourceLines(snapshot: PoolSnapshot, now: number): string[] {
  const groups = new Map<string, string[]>();
  for (const [name, source] of Object.entries(snapshot.sources)) {
    const label = FIGURE_LABELS[name as FigureName];
    if (!label || !source) continue;
    const key = t('live.sourceAge', { source: providerName(source), age: ageOf(now - source.fetchedAt) });
    groups.set(key, [...(groups.get(key) ?? []), label]);
  }
  return [...groups].map(([where, labels]) => t('live.sourceLine', { figures: labels.join(t('list.comma')), where }));
}

/**
 * A DEX page may quote the price either way round (USDC per WETH where the pool's token0 is USDC). Orient
 * the typed range to the snapshot's token0-in-token1 price; if the page's price matches neither way within
 * a factor of 2, the range is not used.
 */
export function orientRange(
  pagePrice: string,
  range: { priceLower: string; priceUpper: string },
  snapshotPrice: string,
): { priceLower: string; priceUpper: string } | null {
  const page = new Decimal(pagePrice);
  const pool = new Decimal(snapshotPrice);
  if (page.lte(0) || pool.lte(0)) return null;
  if (withinFactorOfTwo(page, pool)) return range;
  if (withinFactorOfTwo(new Decimal(1).div(page), pool)) {
    return {
      priceLower: new Decimal(1).div(range.priceUpper).toString(),
      priceUpper: new Decimal(1).div(range.priceLower).toString(),
    };
  }
  return null;
}
