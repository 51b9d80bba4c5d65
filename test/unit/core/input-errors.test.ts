/** Bad input gets a typed error naming the field and the reason; nothing returns NaN or Infinity. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  Decimal,
  LpInputError,
  analyzePosition,
  aprToApy,
  asPrice,
  buildPoolModel,
  feeShareConstantProduct,
  getAmount0Delta,
  humanToRaw,
  maxLiquidityForAmounts,
  poolFeeApr,
  positionFeeApr,
  priceRange,
  rangeStatus,
  rawPriceToHuman,
  rawToHuman,
  sqrtBigInt,
  sqrtPriceX96FromPrice,
  stableswapBalances,
  tickFromPrice,
  capitalEfficiency,
  ilConcentrated,
  ilConstantProduct,
  ilStableswap,
  ilWeighted,
  priceFromTick,
  realisedVolatility,
  toDecimal,
  WARNING_RULES,
  breakEvenMoves,
  cleanPageText,
  compositionAt,
  depegScenarios,
  evaluateRule,
  evaluateWarnings,
  fractionInRangeGivenEnd,
  hasLookAlikeCharacters,
  logRangeOf,
  lvrPerYearWhileInRange,
  move,
  pairForDisplay,
  parseFeeTierText,
  parsePairLabel,
  parsePriceText,
  parseTokenSymbol,
  percent,
  poolKindOf,
  priceGrid,
  priceRatioFor,
  probabilityOfEntering,
  symbolForDisplay,
  textLength,
  usd,
} from '../../../core/index';

function errorOf(fn: () => unknown): LpInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LpInputError) return e;
    throw new Error(`expected LpInputError, got ${String(e)}`);
  }
  throw new Error('expected an error, got a result');
}

const cases: [string, () => unknown, string, string][] = [
  ['zero price ratio', () => ilConstantProduct(0), 'priceRatio', 'not-positive'],
  ['negative price ratio', () => ilConstantProduct('-2'), 'priceRatio', 'not-positive'],
  ['NaN', () => ilConstantProduct(NaN), 'priceRatio', 'not-a-number'],
  ['Infinity', () => ilConstantProduct(Infinity), 'priceRatio', 'not-finite'],
  ['"Infinity" as text', () => ilConstantProduct('Infinity'), 'priceRatio', 'not-finite'],
  ['non-numeric text', () => ilConstantProduct('2 ETH'), 'priceRatio', 'not-a-number'],
  ['hex text', () => ilConstantProduct('0x10'), 'priceRatio', 'not-a-number'],
  ['empty text', () => ilConstantProduct(''), 'priceRatio', 'missing'],
  ['undefined', () => ilConstantProduct(undefined), 'priceRatio', 'missing'],
  ['an object', () => ilConstantProduct({}), 'priceRatio', 'not-a-number'],
  [
    'lower = upper',
    () => ilConcentrated({ priceLower: 2, priceUpper: 2, entryPrice: 2, exitPrice: 3 }),
    'priceLower',
    'order',
  ],
  [
    'lower > upper (swapped range)',
    () => ilConcentrated({ priceLower: 3000, priceUpper: 1000, entryPrice: 2000, exitPrice: 2100 }),
    'priceLower',
    'order',
  ],
  [
    'zero entry price',
    () => ilConcentrated({ priceLower: 1, priceUpper: 2, entryPrice: 0, exitPrice: 1 }),
    'entryPrice',
    'not-positive',
  ],
  [
    'zero lower price',
    () => capitalEfficiency({ priceLower: 0, priceUpper: 2, price: 1 }),
    'priceLower',
    'not-positive',
  ],
  ['weights not summing to 1', () => ilWeighted({ weights: ['0.8', '0.3'], priceRatios: [2, 1] }), 'weights', 'sum'],
  ['a single weight', () => ilWeighted({ weights: ['1'], priceRatios: [2] }), 'weights', 'too-few'],
  ['a zero weight', () => ilWeighted({ weights: ['0', '1'], priceRatios: [2, 1] }), 'weights[0]', 'out-of-range'],
  [
    'ratios not matching weights',
    () => ilWeighted({ weights: ['0.5', '0.5'], priceRatios: [2] }),
    'priceRatios',
    'length',
  ],
  ['zero amplification', () => ilStableswap({ amplification: 0, price: '1.01' }), 'amplification', 'not-positive'],
  [
    'absurd amplification',
    () => ilStableswap({ amplification: '1e9', price: '1.01' }),
    'amplification',
    'out-of-range',
  ],
  ['NaN stable price', () => ilStableswap({ amplification: 100, price: 'NaN' }), 'price', 'not-a-number'],
  ['fractional tick', () => priceFromTick(1.5, 18, 18), 'tick', 'out-of-range'],
  ['tick beyond the v3 bounds', () => priceFromTick(887273, 18, 18), 'tick', 'out-of-range'],
  ['too few closes', () => realisedVolatility([1, 2]), 'closes', 'too-few'],
  ['a zero close', () => realisedVolatility([1, 0, 2]), 'closes[1]', 'not-positive'],
];

describe('typed input errors', () => {
  it.each(cases)('%s', (_name, fn, field, reason) => {
    const error = errorOf(fn);
    expect(error.field).toBe(field);
    expect(error.reason).toBe(reason);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
  });

  it('parses trimmed text, exponents and underscores, and keeps 0.1 exact from a number', () => {
    expect(toDecimal(' 1e-3 ', 'x').toString()).toBe('0.001');
    expect(toDecimal('1_000', 'x').toString()).toBe('1000');
    expect(toDecimal(0.1, 'x').toString()).toBe('0.1');
  });
});

const base = {
  pool: { kind: 'constant-product' as const },
  feeTier: '0.003',
  tvlUsd: '1000000',
  volume24hUsd: '100000',
  depositUsd: '1000',
  horizonDays: '30',
  volatility: '0.5',
};

describe('analyzePosition validates every field', () => {
  const bad: [string, Record<string, unknown>, string, string][] = [
    ['fee tier of 100 %', { feeTier: '1' }, 'feeTier', 'out-of-range'],
    ['negative volume', { volume24hUsd: '-5' }, 'volume24hUsd', 'negative'],
    ['zero TVL', { tvlUsd: '0' }, 'tvlUsd', 'not-positive'],
    ['zero deposit', { depositUsd: '0' }, 'depositUsd', 'not-positive'],
    ['horizon of 20 years', { horizonDays: '7300' }, 'horizonDays', 'out-of-range'],
    ['volatility 5000 %', { volatility: '50' }, 'volatility', 'out-of-range'],
    ['protocol fee above 1', { protocolFeeFraction: '1.5' }, 'protocolFeeFraction', 'out-of-range'],
    ['unknown pool kind', { pool: { kind: 'orderbook' } }, 'kind', 'out-of-range'],
    [
      'concentrated with swapped range',
      { pool: { kind: 'concentrated', price: 2, priceLower: 3, priceUpper: 1 } },
      'priceLower',
      'order',
    ],
    [
      'active liquidity without token1 price',
      { pool: { kind: 'concentrated', price: 2, priceLower: 1, priceUpper: 3 }, activeLiquidity: '1000' },
      'token1PriceUsd',
      'missing',
    ],
    ['negative gas', { gasCostUsd: '-1' }, 'gasCostUsd', 'negative'],
  ];
  it.each(bad)('%s', (_name, patch, field, reason) => {
    const error = errorOf(() => analyzePosition({ ...base, ...patch } as never));
    expect([error.field, error.reason]).toEqual([field, reason]);
  });

  it('never hands out NaN or Infinity, whatever valid numbers come in', () => {
    const positiveText = fc
      .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -6, max: 9 }))
      .map(([m, e]) => `${m}e${e}`);
    fc.assert(
      fc.property(
        positiveText,
        positiveText,
        positiveText,
        fc.integer({ min: 0, max: 400 }),
        (tvl, volume, deposit, sigmaPct) => {
          const a = analyzePosition({
            ...base,
            tvlUsd: tvl,
            volume24hUsd: volume,
            depositUsd: deposit,
            volatility: sigmaPct / 100,
          });
          const figures = [
            a.feeShare,
            a.poolFeeApr,
            a.positionFeeApr,
            a.positionFeeApy,
            a.expectedFeesUsd,
            a.lvrCostUsd,
            ...a.grid.flatMap((r) => [r.il, r.ilUsd, r.netVsHoldUsd]),
          ];
          return figures.every((d) => d.isFinite());
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the reviewer’s list: each used to return NaN or Infinity, loop, or throw a plain Error', () => {
  // Decimal's exponent stops near 9e15, so these inputs are finite but their products are not.
  const HUGE = '1e9000000000000000';
  const TINY = '1e-9000000000000000';
  const model = (shape: Parameters<typeof buildPoolModel>[0]) => buildPoolModel(shape);
  const q96One = 2n ** 96n;
  const cases: [string, () => unknown, string, string][] = [
    [
      'pool fee APR overflowing (was Infinity)',
      () => poolFeeApr({ volume24hUsd: HUGE, feeTier: '0.003', tvlUsd: TINY }),
      'poolFeeApr',
      'overflow',
    ],
    ['APY of an enormous APR (was a plain Error)', () => aprToApy(HUGE), 'apr', 'overflow'],
    [
      'position APR on a zero deposit (was a TypeError)',
      () => positionFeeApr(1 as never, 0 as never),
      'depositUsd',
      'not-positive',
    ],
    [
      'position APR with negative fees',
      () => positionFeeApr(new Decimal(-1), new Decimal(1)),
      'dailyFeesUsd',
      'negative',
    ],
    ['raw price NaN (was NaN)', () => rawPriceToHuman(Number.NaN as never, 18, 6), 'rawPrice', 'not-a-number'],
    [
      'a model’s LVR at NaN volatility (was NaN)',
      () => model({ kind: 'constant-product' }).lvrPerYear(Number.NaN as never),
      'sigma',
      'not-a-number',
    ],
    [
      'a model’s IL for a move of -1 (was NaN)',
      () => model({ kind: 'constant-product' }).ilForMove(new Decimal(-1)),
      'priceRatio',
      'not-positive',
    ],
    ['no pool shape at all (was a TypeError)', () => buildPoolModel(null as never), 'pool', 'missing'],
    [
      'stableswap balances at A = -1 (was NaN)',
      () => stableswapBalances(new Decimal(-1), new Decimal(2)),
      'amplification',
      'not-positive',
    ],
    [
      'stableswap price past the solver’s reach',
      () => ilStableswap({ amplification: 100, price: '1e101' }),
      'price',
      'out-of-range',
    ],
    [
      'sqrtPriceX96 with 18.5 decimals (was unchecked)',
      () => sqrtPriceX96FromPrice(1, 18.5, 6),
      'decimals0',
      'out-of-range',
    ],
    ['tick with 256 decimals (was unchecked)', () => tickFromPrice(1, 6, 256), 'decimals1', 'out-of-range'],
    [
      'tick of a price far past the tick range (used to loop forever)',
      () => tickFromPrice(HUGE, 18, 18),
      'price',
      'out-of-range',
    ],
    [
      'sqrtPriceX96 of a price past the v3 bounds',
      () => sqrtPriceX96FromPrice('1e400', 18, 18),
      'price',
      'out-of-range',
    ],
    [
      'getAmount0Delta with negative liquidity (was accepted)',
      () => getAmount0Delta(q96One, 2n * q96One, -1n, true),
      'liquidity',
      'negative',
    ],
    [
      'maxLiquidityForAmounts with a negative amount (was accepted)',
      () =>
        maxLiquidityForAmounts({
          sqrtRatioCurrentX96: q96One,
          sqrtRatioAX96: q96One / 2n,
          sqrtRatioBX96: 2n * q96One,
          amount0: -5n,
          amount1: 1n,
        }),
      'amount0',
      'negative',
    ],
    ['integer square root of NaN (was a TypeError)', () => sqrtBigInt(Number.NaN as never), 'value', 'not-a-number'],
    ['raw amount beyond uint256', () => humanToRaw('1e400', 18), 'amount', 'overflow'],
    ['fee share with no inputs (was a TypeError)', () => feeShareConstantProduct(null as never), 'input', 'missing'],
    [
      'range status at a NaN price (was a TypeError)',
      () => rangeStatus(priceRange({ priceLower: 1, priceUpper: 2 }), Number.NaN as never),
      'price',
      'not-a-number',
    ],
    ['a unit brand on NaN', () => asPrice(Number.NaN as never), 'price', 'not-a-number'],
  ];
  it.each(cases)('%s', (_name, fn, field, reason) => {
    const error = errorOf(fn);
    expect([error.field, error.reason]).toEqual([field, reason]);
  });

  it('decimals from 0 to 255 are fine (ERC-20 decimals are a uint8)', () => {
    expect(rawToHuman(1n, 255).eq('1e-255')).toBe(true);
  });
});

describe('the hostile-input search’s counterexamples: each used to throw a TypeError or DecimalError, or return NaN or Infinity', () => {
  // Exactly the inputs fast-check found (test/unit/core/hostile-inputs.test.ts), wrong types and all.
  const call =
    (fn: (...args: never[]) => unknown, ...args: unknown[]) =>
    () =>
      (fn as (...a: unknown[]) => unknown)(...args);
  const HUGE = new Decimal('1e9000000000000000');
  const cases: [string, () => unknown, string, string][] = [
    ['analyzePosition(null)', call(analyzePosition, null), 'input', 'missing'],
    ["priceGrid(null, 1, '0')", call(priceGrid, null, 1, '0'), 'model', 'missing'],
    ['breakEvenMoves(NaN, 1, 1)', call(breakEvenMoves, Number.NaN, 1, 1), 'model', 'missing'],
    [
      "compositionAt(NaN, 1, { kind: 'stableswap', amplification: '1e0', price: '0' })",
      call(compositionAt, Number.NaN, 1, { kind: 'stableswap', amplification: '1e0', price: '0' }),
      'model',
      'missing',
    ],
    ['depegScenarios(null, 1e-9, 1)', call(depegScenarios, null, 1e-9, 1), 'model', 'missing'],
    ['lvrPerYearWhileInRange(null, 1)', call(lvrPerYearWhileInRange, null, 1), 'model', 'missing'],
    [
      "priceRatioFor('token0', 0) (was Infinity)",
      call(priceRatioFor, 'token0', new Decimal(0)),
      'factor',
      'not-positive',
    ],
    [
      "priceRatioFor('token1', NaN) (was NaN)",
      call(priceRatioFor, 'token1', new Decimal(Number.NaN)),
      'factor',
      'not-a-number',
    ],
    [
      "fractionInRangeGivenEnd('1e400', 0, 0, 5e-324) (was NaN)",
      call(fractionInRangeGivenEnd, '1e400', 0, 0, 5e-324),
      'range',
      'missing',
    ],
    // up < 0 = down: the upper bound below the lower one, whatever sigma (here a bigint) says.
    [
      'probabilityOfEntering({ down: 0, up: -5e-324 }, -1n, 0)',
      call(probabilityOfEntering, { down: 0, up: -5e-324 }, -1n, 0),
      'range.down',
      'order',
    ],
    [
      'logRangeOf with a zero lower bound (down was Infinity)',
      call(logRangeOf, { price: new Decimal(1), priceLower: new Decimal(0), priceUpper: new Decimal(2) }),
      'priceLower',
      'not-positive',
    ],
    ["logRangeOf('0')", call(logRangeOf, '0'), 'range', 'missing'],
    [
      "evaluateWarnings({ gasCostUsd: '0', expectedFeesUsd: 1 })",
      call(evaluateWarnings, { gasCostUsd: '0', expectedFeesUsd: 1 }),
      'gasCostUsd',
      'not-a-number',
    ],
    ['evaluateRule(WARNING_RULES[0], {})', call(evaluateRule, WARNING_RULES[0], {}), 'positionFeeApr', 'missing'],
    ["percent(Decimal('1e9000000000000000'))", call(percent, HUGE), 'percent', 'overflow'],
    // null options are no options; the amount is the text '0', not a Decimal.
    ["usd('0', null)", call(usd, '0', null), 'usd', 'not-a-number'],
    ["move(Decimal('1e9000000000000000'))", call(move, HUGE), 'move', 'overflow'],
    ['cleanPageText(NaN, 0)', call(cleanPageText, Number.NaN, 0), 'text', 'not-text'],
    ['parseFeeTierText(null)', call(parseFeeTierText, null), 'text', 'not-text'],
    ['parsePairLabel(NaN)', call(parsePairLabel, Number.NaN), 'text', 'not-text'],
    ['parsePriceText(0)', call(parsePriceText, 0), 'text', 'not-text'],
    ['parseTokenSymbol(null)', call(parseTokenSymbol, null), 'text', 'not-text'],
    ['textLength(null)', call(textLength, null), 'text', 'not-text'],
    ['hasLookAlikeCharacters(null)', call(hasLookAlikeCharacters, null), 'symbol', 'not-text'],
    ["pairForDisplay(' ', 5e-324)", call(pairForDisplay, ' ', 5e-324), 'symbol1', 'not-text'],
    ['symbolForDisplay(NaN)', call(symbolForDisplay, Number.NaN), 'symbol', 'not-text'],
    ['poolKindOf(0)', call(poolKindOf, 0), 'ref', 'missing'],
  ];
  it.each(cases)('%s', (_name, fn, field, reason) => {
    const error = errorOf(fn);
    expect([error.field, error.reason]).toEqual([field, reason]);
  });
});
