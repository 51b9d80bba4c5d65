/** Published figures: lp-math.md, Uniswap v3-sdk and v3-core test suites, the Balancer/Curve docs. */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  capitalEfficiency,
  encodeSqrtRatioX96,
  getAmount0Delta,
  getAmount1Delta,
  ilConcentrated,
  ilConstantProduct,
  ilWeighted,
  maxLiquidityForAmounts,
  priceFromSqrtPriceX96,
  priceFromTick,
  tickFromPrice,
} from '../../../core/index';

const pct = (d: { toString(): string }, digits: number) =>
  new Decimal(String(d)).mul(100).toDecimalPlaces(digits).toString();

describe('impermanent loss, published values', () => {
  it('constant product: -5.719 % at 2x and at 0.5x, -20 % at 4x', () => {
    expect(pct(ilConstantProduct(2), 3)).toBe('-5.719');
    expect(pct(ilConstantProduct('0.5'), 3)).toBe('-5.719');
    expect(String(ilConstantProduct(4))).toBe('-0.2');
    expect(String(ilConstantProduct(1))).toBe('0');
  });

  it('weighted 80/20 with the 80 % token doubling: -3.27 %', () => {
    expect(pct(ilWeighted({ weights: ['0.8', '0.2'], priceRatios: ['2', '1'] }), 2)).toBe('-3.27');
  });

  it('a [P/2, 2P] range has 3.414x the capital efficiency of full range (2 + sqrt 2)', () => {
    const eff = capitalEfficiency({ priceLower: '0.5', priceUpper: '2', price: '1' });
    expect(
      eff
        .minus(new Decimal(2).plus(new Decimal(2).sqrt()))
        .abs()
        .lt('1e-35'),
    ).toBe(true);
    expect(eff.toDecimalPlaces(3).toString()).toBe('3.414');
  });

  it('range IL equals full-range IL scaled by the published in-range formula', () => {
    // (2 sqrt k - 1 - k) / (1 + k - sqrt(pa/P0) - k sqrt(P0/pb)), k = P1/P0, for pa=1500, pb=2500, P0=2000, P1=2400
    const k = new Decimal(2400).div(2000);
    const expected = k
      .sqrt()
      .mul(2)
      .minus(1)
      .minus(k)
      .div(
        k
          .plus(1)
          .minus(new Decimal(1500).div(2000).sqrt())
          .minus(k.mul(new Decimal(2000).div(2500).sqrt())),
      );
    const actual = ilConcentrated({ priceLower: 1500, priceUpper: 2500, entryPrice: 2000, exitPrice: 2400 });
    expect(actual.minus(expected).abs().div(expected.abs()).lt('1e-30')).toBe(true);
  });
});

describe('Uniswap v3-sdk maxLiquidityForAmounts.test.ts (full precision)', () => {
  const lower = encodeSqrtRatioX96(100, 110);
  const upper = encodeSqrtRatioX96(110, 100);
  const at = (current: bigint, amount0: string, amount1: string) =>
    maxLiquidityForAmounts({
      sqrtRatioCurrentX96: current,
      sqrtRatioAX96: lower,
      sqrtRatioBX96: upper,
      amount0,
      amount1,
    });

  it('price inside the range, 100 token0 and 200 token1: 2148', () => {
    expect(at(encodeSqrtRatioX96(1, 1), '100', '200')).toBe(2148n);
  });
  it('price below the range: only token0 counts (1048)', () => {
    expect(at(encodeSqrtRatioX96(99, 110), '100', '200')).toBe(1048n);
  });
  it('price above the range: only token1 counts (2097)', () => {
    expect(at(encodeSqrtRatioX96(111, 100), '100', '200')).toBe(2097n);
  });
});

describe('Uniswap v3-core SqrtPriceMath.spec.ts', () => {
  const one = encodeSqrtRatioX96(1, 1);
  const onePointTwoOne = encodeSqrtRatioX96(121, 100);
  const liquidity = 10n ** 18n;

  it('encodes sqrt(1) and sqrt(1.21) in Q96', () => {
    expect(one).toBe(2n ** 96n);
    expect(onePointTwoOne).toBe(87150978765690771352898345369n);
  });
  it('getAmount0Delta from 1 to 1.21 at L = 1e18: 90909090909090910 rounded up, one less rounded down', () => {
    expect(getAmount0Delta(one, onePointTwoOne, liquidity, true)).toBe(90909090909090910n);
    expect(getAmount0Delta(one, onePointTwoOne, liquidity, false)).toBe(90909090909090909n);
  });
  it('getAmount1Delta from 1 to 1.21 at L = 1e18: 1e17 rounded up, one less rounded down', () => {
    expect(getAmount1Delta(one, onePointTwoOne, liquidity, true)).toBe(10n ** 17n);
    expect(getAmount1Delta(one, onePointTwoOne, liquidity, false)).toBe(10n ** 17n - 1n);
  });
});

describe('Uniswap v3-sdk priceTickConversions.test.ts', () => {
  it('tick -74959 is 1800 token0 per token1 (18/18 decimals)', () => {
    expect(
      new Decimal(1)
        .div(priceFromTick(-74959, 18, 18))
        .toSignificantDigits(5)
        .toString(),
    ).toBe('1800');
    expect(priceFromTick(-74959, 18, 18).toSignificantDigits(5).toString()).toBe('0.00055556');
  });
  it('tick -276225 is 1.01 with 18 vs 6 decimals', () => {
    expect(priceFromTick(-276225, 18, 6).toSignificantDigits(5).toString()).toBe('1.01');
  });
  it('price -> closest tick at or below: 1/1800 -> -74960, 1.01 (18 vs 6) -> -276225', () => {
    expect(tickFromPrice(new Decimal(1).div(1800), 18, 18)).toBe(-74960);
    expect(tickFromPrice('1.01', 18, 6)).toBe(-276225);
  });
});

describe('sqrtPriceX96 decoding with token decimals', () => {
  it('2^96 is raw price 1: human 1 for equal decimals, 1e-12 for a 6-decimal token0 and 18-decimal token1', () => {
    expect(priceFromSqrtPriceX96(2n ** 96n, 18, 18).toString()).toBe('1');
    // token0 with 6 decimals, token1 with 18: raw price 1 means 1e-12 token1 per token0 in human units.
    expect(priceFromSqrtPriceX96(2n ** 96n, 6, 18).eq('1e-12')).toBe(true);
  });
  it('the USDC/WETH 0.05 % pool layout: sqrtPriceX96 for 1 WETH = 2500 USDC decodes to 0.0004 WETH per USDC', () => {
    // token0 = USDC (6), token1 = WETH (18); human price 1/2500 WETH per USDC -> raw 4e-4 * 1e12 = 4e8.
    const sqrt = BigInt(new Decimal('400000000').sqrt().mul(new Decimal(2).pow(96)).toFixed(0));
    expect(priceFromSqrtPriceX96(sqrt, 6, 18).toSignificantDigits(20).toString()).toBe('0.0004');
  });
});
