/**
 * Which token the projection moves, and which one it holds at a constant USD price (the quote).
 *
 * The math runs on r = P_exit / P_now with P the price of token0 in token1. A pool lists its tokens in
 * address order, so token0 is often the stablecoin (USDC/WETH): moving "token0's price in token1" would
 * then move USDC and hold WETH at a constant dollar price. The quote fixes that: its USD price is held
 * constant, and a move m is a move of the OTHER token's price in the quote token.
 */
import { type Decimal, LpInputError, ONE, finiteResult, positive } from './numbers';
import type { PoolModel } from './pool-models';

export type TokenSide = 'token0' | 'token1';
/** The token whose USD price is held constant. */
export type QuoteToken = TokenSide;

/** Undefined means today's convention, token1 as quote; anything else but 'token0'/'token1' is an input error. */
export function quoteToken(value: unknown): QuoteToken {
  if (value === undefined || value === '' || value === 'token1') return 'token1';
  if (value === 'token0') return 'token0';
  throw new LpInputError('quote', 'out-of-range', "must be 'token0' or 'token1'");
}

export function movingTokenFor(quote: QuoteToken): TokenSide {
  return quote === 'token1' ? 'token0' : 'token1';
}

/**
 * r = P_exit / P_now (token0 in token1) after the moving token's price in the quote changes by the factor
 * `factor` = 1 + move: the factor itself with quote token1, its inverse with quote token0.
 */
export function priceRatioFor(quote: QuoteToken, factor: Decimal): Decimal {
  // A price factor is positive: 0 would invert to Infinity, NaN would pass straight through.
  const checkedFactor = positive(factor, 'factor');
  return quoteToken(quote) === 'token1' ? checkedFactor : finiteResult(ONE.div(checkedFactor), 'factor');
}

/**
 * HODL value in USD after the moving token's price changes by `factor`, the quote token's USD price
 * constant: the quote's share of the deposit keeps its value, the moving token's share scales by factor.
 */
export function hodlValueInQuote(model: PoolModel, depositUsd: Decimal, quote: QuoteToken, factor: Decimal): Decimal {
  const w0 = model.token0ValueShare;
  const movingShare = quote === 'token1' ? w0 : ONE.minus(w0);
  return depositUsd.mul(ONE.minus(movingShare).plus(movingShare.mul(factor)));
}
