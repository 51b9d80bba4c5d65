/**
 * One model per pool kind, behind one shape, so projections and warnings never branch on the kind.
 * Every model values a deposit made now, at the current price, against holding the same tokens.
 */
import {
  Decimal,
  ONE,
  TWO,
  ZERO,
  LpInputError,
  decimalValue,
  finiteResult,
  fraction,
  namedInputs,
  nonNegative,
  positive,
} from './numbers';
import { constantProductValueRatio } from './amm/constant-product';
import {
  type PriceRange,
  amountsAt,
  concentratedIlFrom,
  priceRange,
  rangeStatus,
  valuePerLiquidity,
} from './amm/concentrated';
import { validateWeights, weightedIl } from './amm/weighted';
import {
  checkedAmplification,
  checkedPrice,
  stableswapBalances,
  stableswapIlFrom,
  stableswapLvrPerYear,
} from './amm/stableswap';

export type PoolKind = 'constant-product' | 'concentrated' | 'weighted' | 'stableswap';
export const POOL_KINDS: readonly PoolKind[] = ['constant-product', 'concentrated', 'weighted', 'stableswap'];

export type PoolShapeInput =
  | { kind: 'constant-product' }
  | { kind: 'concentrated'; price: unknown; priceLower: unknown; priceUpper: unknown }
  | { kind: 'weighted'; weights: unknown }
  | { kind: 'stableswap'; amplification: unknown; price: unknown };

export interface PoolModel {
  kind: PoolKind;
  /** IL (fraction) if the price of token0 in token1 moves by the factor r from now. */
  ilForMove(r: Decimal): Decimal;
  /** Share of the deposit's value held as token0 now: HODL value after a move r is w0*r + 1 - w0. */
  token0ValueShare: Decimal;
  /** Instantaneous loss-versus-rebalancing per year, as a fraction of the position's value. */
  lvrPerYear(sigma: Decimal): Decimal;
  /** Present only for concentrated pools. */
  range?: PriceRange & { price: Decimal };
}

export function buildPoolModel(shape: PoolShapeInput): PoolModel {
  return withCheckedArguments(modelFor(namedInputs(shape, 'pool')));
}

/**
 * A model handed to the projection functions: what buildPoolModel returns, or at least that shape. They
 * call its methods and read its share and range, so anything else is a missing input, not a TypeError.
 */
export function checkedModel(model: PoolModel, field = 'model'): PoolModel {
  namedInputs(model, field);
  const { kind, ilForMove, lvrPerYear, token0ValueShare, range } = model;
  if (!POOL_KINDS.includes(kind) || typeof ilForMove !== 'function' || typeof lvrPerYear !== 'function') {
    throw new LpInputError(field, 'missing', 'needs a pool model from buildPoolModel');
  }
  fraction(decimalValue(token0ValueShare, `${field}.token0ValueShare`), `${field}.token0ValueShare`);
  if (range !== undefined) {
    namedInputs(range, `${field}.range`);
    for (const key of ['price', 'priceLower', 'priceUpper'] as const) {
      positive(decimalValue(range[key], `${field}.range.${key}`), `${field}.range.${key}`);
    }
    priceRange(range);
  }
  return model;
}

function modelFor(shape: PoolShapeInput): PoolModel {
  switch (shape.kind) {
    case 'constant-product':
      return constantProductModel();
    case 'concentrated':
      return concentratedModel(shape);
    case 'weighted':
      return weightedModel(validateWeights(shape.weights));
    case 'stableswap':
      return stableswapModel(shape);
    default:
      throw new LpInputError('kind', 'out-of-range', `must be one of ${POOL_KINDS.join(', ')}`);
  }
}

/**
 * Every model's methods take the move or the volatility as input, so they validate it like any input
 * (a ratio r > 0, a volatility >= 0) and guard the result against overflow.
 */
function withCheckedArguments(model: PoolModel): PoolModel {
  const { ilForMove, lvrPerYear } = model;
  return {
    ...model,
    ilForMove: (r) => finiteResult(ilForMove(positive(r, 'priceRatio')), 'il'),
    lvrPerYear: (sigma) => finiteResult(lvrPerYear(nonNegative(sigma, 'sigma')), 'lvrPerYear'),
  };
}

const EIGHT = new Decimal(8);

function constantProductModel(): PoolModel {
  return {
    kind: 'constant-product',
    ilForMove: (r) => constantProductValueRatio(r).minus(ONE),
    token0ValueShare: ONE.div(TWO),
    // Milionis et al. 2022: LVR / V = sigma^2 / 8 for x*y = k.
    lvrPerYear: (sigma) => sigma.pow(2).div(EIGHT),
  };
}

function concentratedModel(shape: { price: unknown; priceLower: unknown; priceUpper: unknown }): PoolModel {
  const range = priceRange(shape);
  const price = positive(shape.price, 'price');
  const entry = amountsAt(range, ONE, price);
  const value = valuePerLiquidity(range, price);
  const ilAtExit = concentratedIlFrom(range, price);
  const status = rangeStatus(range, price);
  // Out of range the position is single-sided: its share is exactly 1 or 0, and computing it as
  // x*P / (x*P) would give 0/0 where a price like 1e-9000000000000000 underflows x*P to zero.
  const token0ValueShare =
    status === 'below' ? ONE : status === 'above' ? ZERO : finiteResult(entry.amount0.mul(price).div(value), 'price');
  return {
    kind: 'concentrated',
    ilForMove: (r) => ilAtExit(price.mul(r)),
    token0ValueShare,
    // In range: (sigma^2 / 4) * sqrt(P) / (2 sqrt(P) - sqrt(pa) - P / sqrt(pb)); no LVR out of range.
    lvrPerYear: (sigma) =>
      rangeStatus(range, price) === 'in-range' ? sigma.pow(2).div(4).mul(price.sqrt()).div(value) : ZERO,
    range: { ...range, price },
  };
}

function weightedModel(weights: Decimal[]): PoolModel {
  if (weights.length !== 2) throw new LpInputError('weights', 'length', 'the analysis covers two-token pools');
  const [w0, w1] = weights as [Decimal, Decimal];
  return {
    kind: 'weighted',
    ilForMove: (r) => weightedIl(weights, [r, ONE]),
    token0ValueShare: w0,
    // Geometric mean market maker: LVR / V = sigma^2 * w * (1 - w) / 2 (sigma^2/8 at 50/50).
    lvrPerYear: (sigma) => sigma.pow(2).mul(w0).mul(w1).div(TWO),
  };
}

function stableswapModel(shape: { amplification: unknown; price: unknown }): PoolModel {
  const amplification = checkedAmplification(shape.amplification);
  const price = checkedPrice(shape.price, 'price');
  const now = stableswapBalances(amplification, price);
  const value = now.x.mul(price).plus(now.y);
  const ilAtExit = stableswapIlFrom(amplification, price);
  return {
    kind: 'stableswap',
    ilForMove: (r) => ilAtExit(price.mul(r)),
    token0ValueShare: now.x.mul(price).div(value),
    lvrPerYear: (sigma) => stableswapLvrPerYear(amplification, price, sigma),
  };
}
