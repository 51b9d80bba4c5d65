/**
 * Uncollected fees of a v3 position (core/amm/v3-fees.ts) against hand-computed cases and an independent
 * transcription of the Solidity, Uniswap/v3-core at d8b1c635c275d2a9450bd6a78f3fa2484fef73eb (same arithmetic
 * as v1.0.0, ef64f51d0f0dca5346c903484f3e6a771dd69d59):
 * - contracts/libraries/Tick.sol getFeeGrowthInside
 * - contracts/libraries/Position.sol update (the tokensOwed accrual)
 * - contracts/libraries/FullMath.sol mulDiv, step by step: the 512-bit product as [prod1 prod0] from mulmod,
 *   the remainder subtracted, powers of two factored out, the odd denominator inverted mod 2^256 by Newton.
 * The reference spells out EVM word arithmetic with explicit `mod 2^256` / `mod 2^128` on every operation;
 * core uses BigInt.asUintN and one floor division, so the two share no code path.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LpInputError, MAX_TICK, MIN_TICK, feeGrowthInsideV3, uncollectedFeesV3 } from '../../../core/index';

const Q = 2n ** 128n;
const M256 = 2n ** 256n;
const M128 = 2n ** 128n;

// ---------------------------------------------------------------------------------------------------
// The reference: EVM words.

const word = (a: bigint) => ((a % M256) + M256) % M256;
const add = (a: bigint, b: bigint) => word(a + b);
const sub = (a: bigint, b: bigint) => word(a - b);
const mul = (a: bigint, b: bigint) => word(a * b);
const div = (a: bigint, b: bigint) => (b === 0n ? 0n : a / b);
const mulmod = (a: bigint, b: bigint, m: bigint) => (m === 0n ? 0n : (a * b) % m);
const lt = (a: bigint, b: bigint) => (a < b ? 1n : 0n);
const gt = (a: bigint, b: bigint) => (a > b ? 1n : 0n);
const not = (a: bigint) => M256 - 1n - a;

/** FullMath.mulDiv, line by line. */
function mulDiv(a: bigint, b: bigint, denominatorIn: bigint): bigint {
  let denominator = denominatorIn;
  const mm = mulmod(a, b, not(0n));
  let prod0 = mul(a, b);
  let prod1 = sub(sub(mm, prod0), lt(mm, prod0));
  if (prod1 === 0n) {
    if (!(denominator > 0n)) throw new Error('require(denominator > 0)');
    return div(prod0, denominator);
  }
  if (!(denominator > prod1)) throw new Error('require(denominator > prod1)');
  const remainder = mulmod(a, b, denominator);
  prod1 = sub(prod1, gt(remainder, prod0));
  prod0 = sub(prod0, remainder);
  let twos = word(-denominator) & denominator;
  denominator = div(denominator, twos);
  prod0 = div(prod0, twos);
  twos = add(div(sub(0n, twos), twos), 1n);
  prod0 |= mul(prod1, twos);
  let inv = mul(3n, denominator) ^ 2n;
  for (let i = 0; i < 6; i++) inv = mul(inv, sub(2n, mul(denominator, inv)));
  return mul(prod0, inv);
}

interface TickInfo {
  feeGrowthOutside0X128: bigint;
  feeGrowthOutside1X128: bigint;
}
interface State {
  liquidity: bigint;
  feeGrowthGlobal0X128: bigint;
  feeGrowthGlobal1X128: bigint;
  tickLower: number;
  tickUpper: number;
  tickCurrent: number;
  lower: TickInfo;
  upper: TickInfo;
  feeGrowthInside0LastX128: bigint;
  feeGrowthInside1LastX128: bigint;
  tokensOwed0: bigint;
  tokensOwed1: bigint;
}

/** Tick.getFeeGrowthInside. */
function getFeeGrowthInside(s: State): [bigint, bigint] {
  let feeGrowthBelow0X128: bigint;
  let feeGrowthBelow1X128: bigint;
  if (s.tickCurrent >= s.tickLower) {
    feeGrowthBelow0X128 = s.lower.feeGrowthOutside0X128;
    feeGrowthBelow1X128 = s.lower.feeGrowthOutside1X128;
  } else {
    feeGrowthBelow0X128 = sub(s.feeGrowthGlobal0X128, s.lower.feeGrowthOutside0X128);
    feeGrowthBelow1X128 = sub(s.feeGrowthGlobal1X128, s.lower.feeGrowthOutside1X128);
  }
  let feeGrowthAbove0X128: bigint;
  let feeGrowthAbove1X128: bigint;
  if (s.tickCurrent < s.tickUpper) {
    feeGrowthAbove0X128 = s.upper.feeGrowthOutside0X128;
    feeGrowthAbove1X128 = s.upper.feeGrowthOutside1X128;
  } else {
    feeGrowthAbove0X128 = sub(s.feeGrowthGlobal0X128, s.upper.feeGrowthOutside0X128);
    feeGrowthAbove1X128 = sub(s.feeGrowthGlobal1X128, s.upper.feeGrowthOutside1X128);
  }
  return [
    sub(sub(s.feeGrowthGlobal0X128, feeGrowthBelow0X128), feeGrowthAbove0X128),
    sub(sub(s.feeGrowthGlobal1X128, feeGrowthBelow1X128), feeGrowthAbove1X128),
  ];
}

/** Position.update with liquidityDelta = 0 (a poke): the tokensOwed after it. */
function pokedTokensOwed(s: State): [bigint, bigint] {
  const [inside0, inside1] = getFeeGrowthInside(s);
  const tokensOwed0 = mulDiv(sub(inside0, s.feeGrowthInside0LastX128), s.liquidity, Q) % M128; // uint128(...)
  const tokensOwed1 = mulDiv(sub(inside1, s.feeGrowthInside1LastX128), s.liquidity, Q) % M128;
  return [(s.tokensOwed0 + tokensOwed0) % M128, (s.tokensOwed1 + tokensOwed1) % M128];
}

const fees = (s: State) => {
  const { amount0, amount1 } = uncollectedFeesV3(s);
  return [amount0, amount1];
};

// ---------------------------------------------------------------------------------------------------

describe('the reference FullMath.mulDiv is floor(a * b / d) below 2^256', () => {
  it('matches BigInt division on random 512-bit products', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: M256 - 1n }),
        fc.bigInt({ min: 0n, max: M256 - 1n }),
        fc.bigInt({ min: 1n, max: M256 - 1n }),
        (a, b, d) => {
          const exact = (a * b) / d;
          if (exact >= M256) expect(() => mulDiv(a, b, d)).toThrow();
          else expect(mulDiv(a, b, d)).toBe(exact);
        },
      ),
      { numRuns: 500 },
    );
    expect(mulDiv(Q * 3n, 5n, Q)).toBe(15n);
    expect(mulDiv(M256 - 1n, M256 - 1n, M256 - 1n)).toBe(M256 - 1n);
  });
});

const base: State = {
  liquidity: 1000n,
  feeGrowthGlobal0X128: 10n * Q,
  feeGrowthGlobal1X128: 5n * Q,
  tickLower: -100,
  tickUpper: 100,
  tickCurrent: 0,
  lower: { feeGrowthOutside0X128: 2n * Q, feeGrowthOutside1X128: Q },
  upper: { feeGrowthOutside0X128: 3n * Q, feeGrowthOutside1X128: Q },
  feeGrowthInside0LastX128: Q,
  feeGrowthInside1LastX128: 3n * Q - Q / 3n,
  tokensOwed0: 7n,
  tokensOwed1: 0n,
};

describe('uncollectedFeesV3', () => {
  it('a case by hand', () => {
    // Q = 2^128. In range (tick 0 in [-100, 100)): below = lower.outside, above = upper.outside.
    // token0: inside = 10Q - 2Q - 3Q = 5Q; since last: 5Q - 1Q = 4Q; 1000 * 4Q / Q = 4000; + owed 7 = 4007.
    // token1: inside = 5Q - Q - Q = 3Q; since last: 3Q - (3Q - floor(Q/3)) = floor(Q/3);
    //         floor(1000 * floor(Q/3) / Q) = floor(333.33...) = 333 (floor(Q/3) is just under Q/3); owed 0.
    expect(feeGrowthInsideV3(base)).toEqual({ feeGrowthInside0X128: 5n * Q, feeGrowthInside1X128: 3n * Q });
    expect(uncollectedFeesV3(base)).toEqual({ amount0: 4007n, amount1: 333n });
    expect(pokedTokensOwed(base)).toEqual([4007n, 333n]);
  });

  it('current tick below the range: inside = lower.outside - upper.outside', () => {
    // below = global - lower.outside = 8Q, above = upper.outside = 3Q -> inside = 10Q - 8Q - 3Q = -Q (wraps);
    // with last = -4Q (wrapped too) the growth since is 3Q: 1000 * 3 + 7 = 3007.
    const s: State = { ...base, tickCurrent: -101, feeGrowthInside0LastX128: M256 - 4n * Q };
    expect(feeGrowthInsideV3(s).feeGrowthInside0X128).toBe(M256 - Q);
    expect(fees(s)[0]).toBe(3007n);
    expect(fees(s)).toEqual(pokedTokensOwed(s));
  });

  it('current tick above the range, and on its edges (lower is inside, upper is above)', () => {
    // above: below = lower.outside = 2Q, above = global - upper.outside = 7Q -> inside = Q = upper - lower outside.
    const above: State = { ...base, tickCurrent: 100, feeGrowthInside0LastX128: 0n };
    expect(feeGrowthInsideV3(above).feeGrowthInside0X128).toBe(Q);
    expect(fees(above)[0]).toBe(1007n);
    const atLower: State = { ...base, tickCurrent: -100 };
    expect(fees(atLower)).toEqual(fees(base));
    const justBelowUpper: State = { ...base, tickCurrent: 99 };
    expect(fees(justBelowUpper)).toEqual(fees(base));
    for (const s of [above, atLower, justBelowUpper]) expect(fees(s)).toEqual(pokedTokensOwed(s));
  });

  it('wraps around: feeGrowthOutside above the global value', () => {
    // lower.outside = 150Q > global = 100Q, current below the range:
    // below = 100Q - 150Q = -50Q (mod 2^256), above = 20Q, inside = 100Q + 50Q - 20Q = 130Q exactly.
    const s: State = {
      ...base,
      tickCurrent: -500,
      feeGrowthGlobal0X128: 100n * Q,
      lower: { feeGrowthOutside0X128: 150n * Q, feeGrowthOutside1X128: 0n },
      upper: { feeGrowthOutside0X128: 20n * Q, feeGrowthOutside1X128: 0n },
      feeGrowthInside0LastX128: 125n * Q,
    };
    expect(feeGrowthInsideV3(s).feeGrowthInside0X128).toBe(130n * Q);
    expect(fees(s)[0]).toBe(5007n);
    expect(fees(s)).toEqual(pokedTokensOwed(s));
    // The global value itself wrapped past 2^256 since the last update: the difference is still right.
    const wrapped: State = {
      ...base,
      feeGrowthGlobal0X128: 2n * Q,
      lower: { feeGrowthOutside0X128: 0n, feeGrowthOutside1X128: 0n },
      upper: { feeGrowthOutside0X128: 0n, feeGrowthOutside1X128: 0n },
      feeGrowthInside0LastX128: M256 - Q,
    };
    expect(fees(wrapped)[0]).toBe(3007n);
  });

  it('truncates like the contract: uint128 cast of the accrual, tokensOwed wrapping mod 2^128', () => {
    // Growth since last of 2^200 * Q at liquidity 2^100: 2^300, cut to its low 128 bits = 0.
    const huge: State = { ...base, feeGrowthInside0LastX128: sub(5n * Q, 2n ** 200n * Q), liquidity: 2n ** 100n };
    expect(fees(huge)[0]).toBe(7n);
    const owedWraps: State = { ...base, tokensOwed0: M128 - 1n };
    expect(fees(owedWraps)[0]).toBe(4000n - 1n);
    for (const s of [huge, owedWraps]) expect(fees(s)).toEqual(pokedTokensOwed(s));
  });

  it('no liquidity: only tokensOwed', () => {
    expect(fees({ ...base, liquidity: 0n, tokensOwed1: 12n })).toEqual([7n, 12n]);
  });

  it('agrees with the Solidity transcription on random states', () => {
    const u256 = fc.oneof(
      fc.bigInt({ min: 0n, max: M256 - 1n }),
      fc.bigInt({ min: 0n, max: 2n ** 140n }),
      fc.bigInt({ min: M256 - 2n ** 140n, max: M256 - 1n }),
    );
    const u128 = fc.oneof(fc.bigInt({ min: 0n, max: M128 - 1n }), fc.bigInt({ min: 0n, max: 10n ** 24n }));
    const tick = fc.integer({ min: MIN_TICK, max: MAX_TICK });
    const state = fc
      .record({
        liquidity: u128,
        feeGrowthGlobal0X128: u256,
        feeGrowthGlobal1X128: u256,
        ticks: fc.tuple(tick, tick, tick).filter(([a, b]) => a !== b),
        lower: fc.record({ feeGrowthOutside0X128: u256, feeGrowthOutside1X128: u256 }),
        upper: fc.record({ feeGrowthOutside0X128: u256, feeGrowthOutside1X128: u256 }),
        feeGrowthInside0LastX128: u256,
        feeGrowthInside1LastX128: u256,
        tokensOwed0: u128,
        tokensOwed1: u128,
      })
      .map(({ ticks: [a, b, c], ...rest }): State => {
        // The current tick sometimes sits on an edge of the range, where the cases switch.
        const [tickLower, tickUpper] = a < b ? [a, b] : [b, a];
        const tickCurrent = [c, tickLower, tickUpper, tickLower - 1, tickUpper - 1][Math.abs(c) % 5]!;
        return { ...rest, tickLower, tickUpper, tickCurrent: Math.max(MIN_TICK, tickCurrent) };
      });
    fc.assert(
      fc.property(state, (s) => {
        expect(fees(s)).toEqual(pokedTokensOwed(s));
        const [inside0, inside1] = getFeeGrowthInside(s);
        expect(feeGrowthInsideV3(s)).toEqual({ feeGrowthInside0X128: inside0, feeGrowthInside1X128: inside1 });
      }),
      { numRuns: 2000 },
    );
  });

  it('takes bigints, safe whole numbers and digit strings; refuses the rest with LpInputError', () => {
    const asText: Record<string, unknown> = {
      ...base,
      liquidity: '1000',
      feeGrowthGlobal0X128: (10n * Q).toString(),
      tokensOwed0: 7,
    };
    expect(uncollectedFeesV3(asText as never)).toEqual({ amount0: 4007n, amount1: 333n });
    const bad: [Partial<Record<keyof State, unknown>>, string, string][] = [
      [{ liquidity: -1n }, 'liquidity', 'negative'],
      [{ liquidity: M128 }, 'liquidity', 'out-of-range'],
      [{ tokensOwed1: M128 }, 'tokensOwed1', 'out-of-range'],
      [{ feeGrowthGlobal1X128: M256 }, 'feeGrowthGlobal1X128', 'out-of-range'],
      [{ feeGrowthInside0LastX128: 1.5 }, 'feeGrowthInside0LastX128', 'not-a-number'],
      [{ feeGrowthInside1LastX128: '0x10' }, 'feeGrowthInside1LastX128', 'not-a-number'],
      [{ tokensOwed0: '-3' }, 'tokensOwed0', 'negative'],
      [
        { lower: { feeGrowthOutside0X128: 0n, feeGrowthOutside1X128: M256 } },
        'lower.feeGrowthOutside1X128',
        'out-of-range',
      ],
      [{ upper: null }, 'upper', 'missing'],
      [{ tickLower: MIN_TICK - 1 }, 'tickLower', 'out-of-range'],
      [{ tickUpper: MAX_TICK + 1 }, 'tickUpper', 'out-of-range'],
      [{ tickCurrent: 0.5 }, 'tickCurrent', 'out-of-range'],
      [{ tickLower: 100 }, 'tickUpper', 'order'],
    ];
    for (const [change, field, reason] of bad) {
      let error: unknown;
      try {
        uncollectedFeesV3({ ...base, ...change } as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LpInputError);
      expect([(error as LpInputError).field, (error as LpInputError).reason]).toEqual([field, reason]);
    }
  });
});
