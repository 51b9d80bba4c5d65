/** Differential tests: our exact Q96 math against @uniswap/v3-sdk on random inputs (fast-check). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import {
  Decimal,
  MAX_TICK,
  MIN_TICK,
  encodeSqrtRatioX96,
  getAmount0Delta,
  getAmount1Delta,
  maxLiquidityForAmounts,
  priceFromTick,
  sqrtBigInt,
} from '../../../core/index';

// The SDK is CommonJS and heavy: load it once through require, as a devDependency oracle only.
const require = createRequire(import.meta.url);
const sdk = require('@uniswap/v3-sdk');
const JSBI = require('jsbi');
const toBig = (j: unknown) => BigInt(String(j));
const jsbi = (b: bigint) => JSBI.BigInt(b.toString());

const tick = fc.integer({ min: MIN_TICK, max: MAX_TICK });
const amount = fc.bigInt({ min: 0n, max: 2n ** 128n });
const positiveAmount = fc.bigInt({ min: 1n, max: 2n ** 100n });
const liquidity = fc.bigInt({ min: 0n, max: 2n ** 128n - 1n });
const sqrtAtTick = (t: number) => toBig(sdk.TickMath.getSqrtRatioAtTick(t));

describe('@uniswap/v3-sdk agrees with core on random inputs', () => {
  it('maxLiquidityForAmounts (full precision), current price anywhere', () => {
    fc.assert(
      fc.property(tick, tick, tick, amount, amount, (t1, t2, t3, a0, a1) => {
        fc.pre(t1 !== t2);
        const [a, b, c] = [sqrtAtTick(t1), sqrtAtTick(t2), sqrtAtTick(t3)];
        const ours = maxLiquidityForAmounts({
          sqrtRatioCurrentX96: c,
          sqrtRatioAX96: a,
          sqrtRatioBX96: b,
          amount0: a0,
          amount1: a1,
        });
        const theirs = toBig(sdk.maxLiquidityForAmounts(jsbi(c), jsbi(a), jsbi(b), jsbi(a0), jsbi(a1), true));
        expect(ours).toBe(theirs);
      }),
      { numRuns: 300 },
    );
  });

  it('SqrtPriceMath.getAmount0Delta and getAmount1Delta, both roundings', () => {
    fc.assert(
      fc.property(tick, tick, liquidity, fc.boolean(), (t1, t2, l, roundUp) => {
        const [a, b] = [sqrtAtTick(t1), sqrtAtTick(t2)];
        expect(getAmount0Delta(a, b, l, roundUp)).toBe(
          toBig(sdk.SqrtPriceMath.getAmount0Delta(jsbi(a), jsbi(b), jsbi(l), roundUp)),
        );
        expect(getAmount1Delta(a, b, l, roundUp)).toBe(
          toBig(sdk.SqrtPriceMath.getAmount1Delta(jsbi(a), jsbi(b), jsbi(l), roundUp)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('encodeSqrtRatioX96 and integer sqrt', () => {
    fc.assert(
      fc.property(positiveAmount, positiveAmount, (amount1, amount0) => {
        expect(encodeSqrtRatioX96(amount1, amount0)).toBe(toBig(sdk.encodeSqrtRatioX96(jsbi(amount1), jsbi(amount0))));
        const root = sqrtBigInt(amount1 * amount0);
        expect(root * root <= amount1 * amount0 && (root + 1n) * (root + 1n) > amount1 * amount0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('tick -> price with token decimals matches tickToPrice to 12 significant digits', () => {
    const { Token } = require('@uniswap/sdk-core');
    fc.assert(
      fc.property(
        fc.integer({ min: -400000, max: 400000 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 24 }),
        (t, d0, d1) => {
          const token0 = new Token(1, '0x0000000000000000000000000000000000000001', d0);
          const token1 = new Token(1, '0x0000000000000000000000000000000000000002', d1);
          const theirs = new Decimal(sdk.tickToPrice(token0, token1, t).toSignificant(12));
          const ours = priceFromTick(t, d0, d1);
          // The SDK goes through the Q96 sqrt ratio, which is itself rounded to ~1e-29 relative.
          expect(ours.minus(theirs).abs().div(theirs).lte('1e-11')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
