/**
 * Units live in the types, so a price cannot be added to an amount by accident.
 *
 * Branded Decimals: the brand exists only for the compiler. Conversions between raw integer token
 * amounts (with decimals) and human amounts happen only through the named functions below.
 */
import { Decimal, type Numeric, LpInputError, finiteResult, integer, positive, toDecimal } from './numbers';

declare const brand: unique symbol;
type Branded<T, B extends string> = T & { readonly [brand]: B };

/** Price of token0 in units of token1, human units (decimals applied). */
export type PriceT0inT1 = Branded<Decimal, 'price-token0-in-token1'>;
/** US dollars. */
export type Usd = Branded<Decimal, 'usd'>;
/** A value expressed in token1 (the quote token), human units. */
export type Token1Value = Branded<Decimal, 'token1-value'>;
/** A fraction, e.g. -0.05719 for -5.719 %. Formatted as % only in the UI. */
export type Fraction = Branded<Decimal, 'fraction'>;
/** A token amount in human units (1.5 WETH). */
export type HumanAmount = Branded<Decimal, 'human-amount'>;
/** A token amount in the token's smallest unit (1500000000000000000 wei). */
export type RawAmount = Branded<bigint, 'raw-amount'>;

/**
 * Brands a figure with its unit. Every figure the core hands out passes through one of these, so they
 * are also the last guard against a NaN or an overflow to Infinity: such a figure raises LpInputError
 * ('overflow') instead of reaching a screen. Anything that is not yet a Decimal is parsed as input.
 */
function branded(value: Decimal, field: string): Decimal {
  return Decimal.isDecimal(value) ? finiteResult(value, field) : toDecimal(value, field);
}
export const asPrice = (d: Decimal) => branded(d, 'price') as PriceT0inT1;
export const asUsd = (d: Decimal) => branded(d, 'usd') as Usd;
export const asFraction = (d: Decimal) => branded(d, 'fraction') as Fraction;
export const asToken1Value = (d: Decimal) => branded(d, 'token1Value') as Token1Value;

/** ERC-20 decimals are a uint8: a whole number from 0 to 255. */
export function tokenDecimals(value: unknown, field: string): number {
  return integer(value, field, 0, 255);
}

/** Raw amounts are uint256 on EVM chains; anything larger is not a token amount. */
const MAX_RAW_AMOUNT = new Decimal(2).pow(256).minus(1);

/** raw -> human: the one place decimals are applied to an amount. */
export function rawToHuman(raw: bigint | string, decimals: number): HumanAmount {
  const text = typeof raw === 'bigint' ? raw.toString() : raw;
  if (!/^\d+$/.test(text)) throw new LpInputError('rawAmount', 'not-a-number', 'must be a whole number of base units');
  return new Decimal(text).div(new Decimal(10).pow(tokenDecimals(decimals, 'decimals'))) as HumanAmount;
}

/** human -> raw, rounded down to whole base units (a wallet can only send whole units). */
export function humanToRaw(human: Numeric, decimals: number): RawAmount {
  const amount = toDecimal(human, 'amount');
  if (amount.lt(0)) throw new LpInputError('amount', 'negative', 'must not be negative');
  const scaled = amount.mul(new Decimal(10).pow(tokenDecimals(decimals, 'decimals'))).floor();
  // Checked before toFixed, which would spell out every digit of a number like 1e400000.
  if (!scaled.lte(MAX_RAW_AMOUNT)) throw new LpInputError('amount', 'overflow', 'is more than any token can hold');
  return BigInt(scaled.toFixed(0)) as RawAmount;
}

/**
 * Price in raw units (token1 base units per token0 base unit) -> human price.
 * P_human = P_raw * 10^(decimals0 - decimals1).
 */
export function rawPriceToHuman(rawPrice: Decimal, decimals0: number, decimals1: number): PriceT0inT1 {
  const raw = positive(rawPrice, 'rawPrice');
  return asPrice(raw.mul(new Decimal(10).pow(decimalsGap(decimals0, decimals1))));
}

export function humanPriceToRaw(price: Decimal, decimals0: number, decimals1: number): Decimal {
  const human = positive(price, 'price');
  return finiteResult(human.div(new Decimal(10).pow(decimalsGap(decimals0, decimals1))), 'price');
}

function decimalsGap(decimals0: number, decimals1: number): number {
  return tokenDecimals(decimals0, 'decimals0') - tokenDecimals(decimals1, 'decimals1');
}

/**
 * Concentrated-liquidity L in raw units -> human units: L = sqrt(x * y), so it scales by the geometric mean
 * of the two tokens' decimals, L_human = L_raw / 10^((decimals0 + decimals1) / 2).
 */
export function rawLiquidityToHuman(raw: bigint | string, decimals0: number, decimals1: number): Decimal {
  const text = typeof raw === 'bigint' ? raw.toString() : raw;
  if (!/^\d+$/.test(text)) throw new LpInputError('liquidity', 'not-a-number', 'must be a whole number');
  const exponent = new Decimal(tokenDecimals(decimals0, 'decimals0') + tokenDecimals(decimals1, 'decimals1')).div(2);
  return new Decimal(text).div(new Decimal(10).pow(exponent));
}
