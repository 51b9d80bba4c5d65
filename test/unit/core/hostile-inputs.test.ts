/**
 * Every function exported from core/index.ts, fed hostile inputs in every argument and object field
 * (NaN, the infinities, -0, numbers and strings beyond binary64, negatives, wrong types), mixed with valid
 * values so the deep paths run too. Each call must return a finite value (every Decimal and number in
 * the result, recursively) or throw LpInputError: never NaN, never Infinity, never a plain Error.
 *
 * The table has one entry per function export, and a test checks that it does: a new export without
 * an entry fails here. HOSTILE_SCALE=20 multiplies every entry's number of runs for a deeper search.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as core from '../../../core/index';
import { Decimal, LpInputError, WARNING_RULES, buildPoolModel } from '../../../core/index';
import { SITE_EXAMPLES } from '../../../core/sites/examples';

/** Exports that are classes, not functions to call. */
const CONSTRUCTORS = new Set(['Decimal', 'LpInputError']);

// ---------------------------------------------------------------------------------------------------
// Hostile and valid values.

/** Decimal's exponent stops near 9e15: these parse, but products of them overflow. */
const EXPONENT_EDGE = ['1e9000000000000000', '1e-9000000000000000', '-1e9000000000000000'];

const hostileNumbers = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  -1,
  -1e-300,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  1e300,
  1e-300,
  0.5,
  1.5,
);
const hostileText = fc.constantFrom<unknown>(
  '1e400',
  '1e-400',
  '-1e400',
  ...EXPONENT_EDGE,
  'NaN',
  'Infinity',
  '-Infinity',
  '',
  ' ',
  'abc',
  '0x10',
  '-0',
  '1_000',
);
const hostileOther = fc.constantFrom<unknown>(
  null,
  undefined,
  true,
  {},
  [],
  -1n,
  10n ** 80n,
  new Decimal(Number.NaN),
  new Decimal(Number.POSITIVE_INFINITY),
  new Decimal(Number.NEGATIVE_INFINITY),
  new Decimal('-1'),
  new Decimal('1e9000000000000000'),
  new Decimal('1e-9000000000000000'),
);
/** Anything at all that a caller might wrongly pass. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumbers,
  hostileText,
  hostileOther,
  fc.double(),
  fc.double().map(String),
);

/** A value from `valid` most of the time, a hostile one otherwise. */
const or = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: hostile });

const positiveDecimalText = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -20, max: 20 }))
  .map(([m, e]) => `${m}e${e}`);
const validNumeric = fc.oneof(
  positiveDecimalText,
  positiveDecimalText.map((t) => new Decimal(t)),
  fc.double({ min: 1e-9, max: 1e9, noNaN: true }),
);
const num = or(validNumeric);
const smallFraction = or(fc.constantFrom('0', '0.0001', '0.003', '0.01', '0.25', '0.5', '0.999', '1'));
const decimalsArg = or(fc.integer({ min: 0, max: 40 }));
const tickArg = or(fc.integer({ min: -887272, max: 887272 }));
const fieldName = fc.constantFrom<unknown>('x', 'price', '', undefined);
/** Raw on-chain integers around the Q96 scale, sometimes negative. */
const rawInteger = or(
  fc.oneof(
    fc.bigInt({ min: 1n, max: 2n ** 160n }),
    fc.bigInt({ min: -(2n ** 100n), max: -1n }),
    fc.bigInt({ min: 2n ** 90n, max: 2n ** 100n }).map(String),
    fc.integer({ min: 0, max: 1_000_000 }),
  ),
);
/** Raw uint256 words: anywhere up to 2^256 - 1, sometimes just past it or negative. */
const uint256Word = or(
  fc.oneof(
    fc.bigInt({ min: 0n, max: 2n ** 256n - 1n }),
    fc.bigInt({ min: 2n ** 256n, max: 2n ** 257n }),
    fc.bigInt({ min: 0n, max: 2n ** 140n }).map(String),
  ),
);
const tickOutside = or(fc.record({ feeGrowthOutside0X128: uint256Word, feeGrowthOutside1X128: uint256Word }));
/** A v3 position's fee state (uncollectedFeesV3 ignores nothing; feeGrowthInsideV3 ignores the position fields). */
const v3FeeState = fc.record({
  liquidity: rawInteger,
  feeGrowthGlobal0X128: uint256Word,
  feeGrowthGlobal1X128: uint256Word,
  tickLower: tickArg,
  tickUpper: tickArg,
  tickCurrent: tickArg,
  lower: tickOutside,
  upper: tickOutside,
  feeGrowthInside0LastX128: uint256Word,
  feeGrowthInside1LastX128: uint256Word,
  tokensOwed0: rawInteger,
  tokensOwed1: rawInteger,
});
/** Log distances: any binary64 value, or a plausible one. */
const logDistance = fc.oneof(fc.double(), fc.double({ min: -3, max: 3, noNaN: true }), hostile);
const logRange = fc.oneof(fc.record({ down: logDistance, up: logDistance }), hostile);
const binary64 = fc.oneof(fc.double(), fc.double({ min: 0, max: 20, noNaN: true }), hostile);
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.webUrl(), hostile);
const exampleUrls = Object.values(SITE_EXAMPLES).flatMap((site) => [
  ...site.positive.map(([url]) => url),
  ...site.negative,
]);
const poolUrl = fc.oneof(fc.constantFrom(...exampleUrls), text);
const poolRef = fc.oneof(
  fc.constantFrom(...Object.values(SITE_EXAMPLES).flatMap((site) => site.positive.map(([, ref]) => ref))),
  fc.record({ site: text, chain: text, kind: text, pool: or(fc.record({ kind: text, address: text })) }),
  hostile,
);

const poolShape = fc.oneof(
  fc.record({ kind: fc.constant('constant-product') }),
  fc.record({ kind: fc.constant('concentrated'), price: num, priceLower: num, priceUpper: num }),
  fc.record({
    kind: fc.constant('weighted'),
    weights: or(fc.constantFrom(['0.8', '0.2'], ['0.5', '0.5'], [0.3, 0.7])),
  }),
  fc.record({ kind: fc.constant('stableswap'), amplification: num, price: or(fc.constantFrom('1', '1.01', '0.97')) }),
  fc.record({ kind: hostile }),
  hostile,
);
/** A pool model built from valid shapes (so projection functions get something to work on), or junk. */
const poolModel = fc.oneof(
  fc
    .constantFrom(
      { kind: 'constant-product' as const },
      { kind: 'concentrated' as const, price: 2000, priceLower: 1500, priceUpper: 2500 },
      { kind: 'concentrated' as const, price: 3000, priceLower: 1500, priceUpper: 2500 },
      { kind: 'weighted' as const, weights: ['0.8', '0.2'] },
      { kind: 'stableswap' as const, amplification: 200, price: '1.01' },
    )
    .map((shape) => buildPoolModel(shape)),
  hostile,
);
const decimalArg = or(validNumeric.map((v) => new Decimal(String(v))));
/** A pool token's security findings: flags true, false or unknown (null), shares a Decimal or unknown. */
const finding = or(fc.constantFrom(true, false, null));
const shareOrNull = or(
  fc.oneof(
    fc.constant(null),
    fc.constantFrom('0', '0.005', '0.05', '0.3', '0.9', '1').map((x) => new Decimal(x)),
  ),
);
const tokenCheck = or(
  fc.record({
    symbol: or(fc.string()),
    wellKnown: or(fc.boolean()),
    honeypot: finding,
    mintable: finding,
    ownerCanChangeBalance: finding,
    hiddenOwner: finding,
    blacklist: finding,
    proxy: finding,
    openSource: finding,
    buyTax: shareOrNull,
    sellTax: shareOrNull,
    lpLockedShare: shareOrNull,
    topHoldersShare: shareOrNull,
  }),
);
const warningContext = fc.oneof(
  fc.record(
    {
      kind: or(fc.constantFrom('constant-product', 'concentrated', 'weighted', 'stableswap')),
      positionFeeApr: decimalArg,
      poolFeeApr: decimalArg,
      lvrPerYear: decimalArg,
      volatility: decimalArg,
      outOfRange: or(fc.boolean()),
      rangeHalfWidthLog: decimalArg,
      rewardApr: decimalArg,
      tvlUsd: decimalArg,
      volume24hUsd: decimalArg,
      poolAgeDays: decimalArg,
      pegPrice: decimalArg,
      gasCostUsd: decimalArg,
      expectedFeesUsd: decimalArg,
      rewardTokenVolatility: decimalArg,
      rewardTokenSymbol: or(fc.string()),
      rewardEndsInDays: decimalArg,
      rewardEndingSymbol: or(fc.string()),
      horizonDays: decimalArg,
      tokenChecks: or(fc.array(tokenCheck, { maxLength: 2 })),
    },
    { requiredKeys: [] },
  ),
  hostile,
);
const options = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(fc.constant(undefined), fc.record(fields, { requiredKeys: [] }), hostile);
const quote = or(fc.constantFrom('token0', 'token1'));
const gridOptions = options({
  quote,
  moves: or(fc.array(or(fc.constantFrom('-0.5', '0', '1', '-0.99', '99')), { maxLength: 4 })),
  timeInRange: or(fc.record({ sigma: binary64, years: binary64 })),
  pool: poolShape,
});

// ---------------------------------------------------------------------------------------------------
// The table: one entry per function export.

interface Entry {
  /** One arbitrary per argument. */
  args: fc.Arbitrary<unknown>[];
  /** How to call it, when more than fn(...args) is needed (a model's methods, for one). */
  call?: (fn: (...a: unknown[]) => unknown, args: unknown[]) => unknown;
  /** Formatted text must not show NaN or Infinity either. */
  text?: boolean;
  runs?: number;
}

const TABLE: Record<string, Entry> = {
  // numbers.ts
  toDecimal: { args: [hostile, fieldName] },
  positive: { args: [num, fieldName] },
  nonNegative: { args: [num, fieldName] },
  fraction: { args: [smallFraction, fieldName, options({ allowZero: or(fc.boolean()), allowOne: or(fc.boolean()) })] },
  // units.ts
  asPrice: { args: [decimalArg] },
  asUsd: { args: [decimalArg] },
  asFraction: { args: [decimalArg] },
  asToken1Value: { args: [decimalArg] },
  tokenDecimals: { args: [decimalsArg, fieldName] },
  rawToHuman: { args: [rawInteger, decimalsArg] },
  humanToRaw: { args: [num, decimalsArg] },
  rawPriceToHuman: { args: [decimalArg, decimalsArg, decimalsArg] },
  humanPriceToRaw: { args: [decimalArg, decimalsArg, decimalsArg] },
  rawLiquidityToHuman: { args: [rawInteger, decimalsArg, decimalsArg] },
  // amm/
  ilConstantProduct: { args: [num] },
  ilConcentrated: {
    args: [or(fc.record({ priceLower: num, priceUpper: num, entryPrice: num, exitPrice: num }))],
  },
  capitalEfficiency: { args: [or(fc.record({ priceLower: num, priceUpper: num, price: num }))] },
  amountsForLiquidity: {
    args: [or(fc.record({ liquidity: num, price: num, priceLower: num, priceUpper: num }))],
  },
  liquidityForAmounts: {
    args: [or(fc.record({ price: num, amount0: num, amount1: num, priceLower: num, priceUpper: num }))],
  },
  priceRange: { args: [or(fc.record({ priceLower: num, priceUpper: num }))] },
  rangeStatus: { args: [or(fc.record({ priceLower: decimalArg, priceUpper: decimalArg })), decimalArg] },
  ilWeighted: {
    args: [
      or(
        fc.record({
          weights: or(fc.oneof(fc.constant(['0.8', '0.2']), fc.array(smallFraction, { maxLength: 4 }))),
          priceRatios: or(fc.array(num, { maxLength: 4 })),
        }),
      ),
    ],
  },
  ilStableswap: { args: [or(fc.record({ amplification: num, price: num }))], runs: 60 },
  stableswapIlBetween: { args: [decimalArg, decimalArg, decimalArg], runs: 60 },
  stableswapBalances: { args: [decimalArg, decimalArg], runs: 60 },
  ilStableswapN: {
    args: [or(fc.record({ amplification: num, coins: or(fc.integer({ min: 1, max: 9 })), depeggedPrice: num }))],
    runs: 60,
  },
  ilStableswapFromBalances: {
    args: [
      or(
        fc.record({
          amplification: num,
          balances: or(fc.array(num, { minLength: 1, maxLength: 9 })),
          depegged: or(fc.integer({ min: -1, max: 8 })),
          priceFactor: num,
        }),
      ),
    ],
    runs: 40,
  },
  stableswapBalancesN: {
    args: [or(fc.record({ amplification: num, coins: or(fc.integer({ min: 1, max: 9 })), depeggedPrice: num }))],
    runs: 60,
  },
  encodeSqrtRatioX96: { args: [rawInteger, rawInteger] },
  getAmount0Delta: { args: [rawInteger, rawInteger, rawInteger, or(fc.boolean())] },
  getAmount1Delta: { args: [rawInteger, rawInteger, rawInteger, or(fc.boolean())] },
  maxLiquidityForAmounts: {
    args: [
      or(
        fc.record({
          sqrtRatioCurrentX96: rawInteger,
          sqrtRatioAX96: rawInteger,
          sqrtRatioBX96: rawInteger,
          amount0: rawInteger,
          amount1: rawInteger,
        }),
      ),
    ],
  },
  priceFromSqrtPriceX96: { args: [rawInteger, decimalsArg, decimalsArg] },
  sqrtPriceX96FromPrice: { args: [num, decimalsArg, decimalsArg] },
  priceFromTick: { args: [tickArg, decimalsArg, decimalsArg] },
  tickFromPrice: { args: [num, decimalsArg, decimalsArg] },
  sqrtBigInt: { args: [rawInteger] },
  feeGrowthInsideV3: { args: [or(v3FeeState)] },
  uncollectedFeesV3: { args: [or(v3FeeState)] },
  uncollectedFeesV4: {
    args: [
      or(
        fc.record({
          liquidity: rawInteger,
          feeGrowthInside0X128: uint256Word,
          feeGrowthInside1X128: uint256Word,
          feeGrowthInside0LastX128: uint256Word,
          feeGrowthInside1LastX128: uint256Word,
        }),
      ),
    ],
  },
  // fees.ts
  feeShareConstantProduct: { args: [or(fc.record({ depositUsd: num, tvlUsd: num }))] },
  feeShareConcentrated: {
    args: [or(fc.record({ positionLiquidity: num, activeLiquidity: num, inRange: or(fc.boolean()) }))],
  },
  lpFeesPerDay: {
    args: [or(fc.record({ volume24hUsd: num, feeTier: smallFraction, protocolFeeFraction: smallFraction }))],
  },
  poolFeeApr: {
    args: [
      or(fc.record({ volume24hUsd: num, feeTier: smallFraction, protocolFeeFraction: smallFraction, tvlUsd: num })),
    ],
  },
  positionFeeApr: { args: [decimalArg, decimalArg] },
  aprToApy: { args: [num] },
  // volatility.ts
  realisedVolatility: { args: [or(fc.array(num, { maxLength: 8 })), or(fc.constantFrom(365, 8760, 52))] },
  dailyVolatility: { args: [decimalArg] },
  volatilityFromCloses: {
    args: [
      or(
        fc.array(
          or(
            fc.record({
              time: or(fc.integer({ min: 1_600_000_000, max: 1_800_000_000 })),
              close: num,
            }),
          ),
          { maxLength: 8 },
        ),
      ),
      options({ periodSeconds: or(fc.constantFrom(60, 3600, 86400, 604800)) }),
    ],
  },
  // range-probability.ts
  normalCdf: { args: [binary64] },
  probabilityInRangeAt: { args: [logRange, binary64, binary64] },
  probabilityNeverLeaving: { args: [logRange, binary64, binary64] },
  expectedYearsToLeave: { args: [logRange, binary64] },
  expectedFractionInRange: { args: [logRange, binary64, binary64] },
  // pool-models.ts: the model's methods are part of what it returns, so they are called too.
  buildPoolModel: {
    args: [poolShape, decimalArg, decimalArg],
    call: (fn, [shape, move, sigma]) => {
      const model = fn(shape) as ReturnType<typeof buildPoolModel>;
      return [model, model.ilForMove(move as Decimal), model.lvrPerYear(sigma as Decimal)];
    },
    runs: 80,
  },
  // projection.ts, range-path.ts, quote.ts, composition.ts, depeg.ts, while-in-range.ts, analysis.ts,
  // warnings/, format.ts, sites/, page-text, symbol-text.
  priceGrid: { args: [poolModel, decimalArg, decimalArg, gridOptions], runs: 40 },
  breakEvenMoves: { args: [poolModel, decimalArg, decimalArg, fc.constant(undefined), gridOptions], runs: 40 },
  payoffCurve: {
    args: [
      poolModel,
      num,
      options({
        quote,
        feesUsd: num,
        timeInRange: or(fc.record({ sigma: binary64, years: binary64 })),
        points: or(fc.integer({ min: 2, max: 12 })),
        span: or(
          fc.record({ down: or(fc.constantFrom('-0.5', '-0.99', '-0.01')), up: or(fc.constantFrom('0.5', '3', '99')) }),
        ),
      }),
    ],
    runs: 40,
  },
  priceMovesFor: { args: [or(fc.constantFrom(...core.POOL_KINDS))] },
  fractionInRangeGivenEnd: { args: [logRange, binary64, binary64, binary64] },
  probabilityOfEntering: { args: [logRange, binary64, binary64] },
  logRangeOf: { args: [or(fc.record({ price: decimalArg, priceLower: decimalArg, priceUpper: decimalArg }))] },
  quoteToken: { args: [quote] },
  movingTokenFor: { args: [quote] },
  priceRatioFor: { args: [quote, decimalArg] },
  compositionAt: { args: [poolModel, decimalArg, poolShape], runs: 60 },
  depegScenarios: { args: [poolModel, decimalArg, decimalArg], runs: 60 },
  lvrPerYearWhileInRange: { args: [poolModel, decimalArg] },
  analyzePosition: {
    args: [
      or(
        fc.record(
          {
            pool: poolShape,
            feeTier: smallFraction,
            protocolFeeFraction: smallFraction,
            tvlUsd: num,
            volume24hUsd: num,
            depositUsd: num,
            horizonDays: or(fc.constantFrom('1', '30', '365')),
            volatility: or(fc.constantFrom('0', '0.5', '1.2')),
            activeLiquidity: num,
            token1PriceUsd: num,
            rewardApr: num,
            poolAgeDays: num,
            gasCostUsd: num,
          },
          { requiredKeys: ['pool', 'feeTier', 'tvlUsd', 'volume24hUsd', 'depositUsd', 'horizonDays', 'volatility'] },
        ),
      ),
    ],
    runs: 40,
  },
  evaluateWarnings: { args: [warningContext] },
  evaluateRule: { args: [or(fc.constantFrom(...WARNING_RULES, ...core.LIQUIDITY_MINING_RULES)), warningContext] },
  percent: {
    args: [decimalArg, options({ signed: or(fc.boolean()), digits: or(fc.integer({ min: 0, max: 6 })) })],
    text: true,
  },
  usd: { args: [decimalArg, options({ signed: or(fc.boolean()) })], text: true },
  multiple: { args: [decimalArg], text: true },
  days: { args: [decimalArg], text: true },
  move: { args: [decimalArg], text: true },
  price: { args: [decimalArg], text: true },
  calendarDate: { args: [or(fc.oneof(fc.integer(), fc.double(), fc.constantFrom(8.64e15, 8.64e15 + 1)))], text: true },
  // Global state: every call is undone, so the other entries keep formatting in en-US.
  setNumberLocale: {
    args: [or(fc.oneof(fc.constantFrom('de-DE', 'fr-FR', 'zh-CN', 'ar-EG', 'xx', '', 'en_US', '-'), text))],
    call: (fn, args) => {
      try {
        return fn(...args);
      } finally {
        fn('en-US');
      }
    },
  },
  detectPoolPage: { args: [poolUrl] },
  parseBytes32: { args: [text] },
  parseEvmAddress: { args: [text] },
  parseSolanaAddress: { args: [text] },
  evmChainNumber: { args: [or(fc.constantFrom(...core.CHAIN_IDS))] },
  poolKindOf: { args: [poolRef] },
  cleanPageText: { args: [text, or(fc.integer({ min: 0, max: 200 }))] },
  parseFeeTierText: { args: [text] },
  parsePairLabel: { args: [text] },
  parsePriceText: { args: [text] },
  parseTokenSymbol: { args: [text] },
  textLength: { args: [text] },
  hasLookAlikeCharacters: { args: [text] },
  pairForDisplay: { args: [text, text] },
  symbolForDisplay: { args: [text] },
  // rewards.ts, price-history-risk.ts, gas.ts, exit-cost.ts, net-view.ts (issue 11)
  rewardAprFromRate: { args: [or(fc.record({ ratePerSecond: num, tokenPriceUsd: num, stakedTvlUsd: num }))] },
  rewardsOverHorizon: {
    args: [
      or(
        fc.record({
          streams: or(
            fc.array(
              or(fc.record({ apr: num, endsAtMs: or(fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 2e12 }))) })),
              { maxLength: 4 },
            ),
          ),
          nowMs: or(fc.integer({ min: 0, max: 2e12 })),
          horizonDays: num,
        }),
      ),
    ],
  },
  rewardStress: {
    args: [
      or(
        fc.record({
          feeApr: num,
          streams: or(
            fc.array(or(fc.record({ horizonApr: num, paidShare: smallFraction, falls: or(fc.boolean()) })), {
              maxLength: 4,
            }),
          ),
          fall: smallFraction,
        }),
      ),
    ],
  },
  priceHistoryRisk: { args: [or(fc.array(num, { maxLength: 8 }))] },
  gasUnitsFor: {
    args: [or(fc.constantFrom(...core.GAS_POOL_KINDS)), or(fc.constantFrom(...core.GAS_ACTIONS))],
  },
  gasCostUsd: { args: [num, num, num, fc.oneof(fc.constant(undefined), num)] },
  enterExitGas: {
    args: [or(fc.constantFrom(...core.GAS_POOL_KINDS)), options({ staked: or(fc.boolean()) })],
  },
  exitCostConstantProduct: {
    args: [or(fc.record({ reserve0: num, reserve1: num, share: smallFraction, fee: smallFraction, into: quote }))],
  },
  exitCostConcentrated: {
    args: [
      or(
        fc.record({
          liquidity: num,
          price: num,
          rangeLower: num,
          rangeUpper: num,
          amount0: num,
          amount1: num,
          fee: smallFraction,
          into: quote,
        }),
      ),
    ],
  },
  exitCostStableswap: {
    args: [
      or(
        fc.record({
          balances: or(fc.array(or(fc.constantFrom('1000', '500', '1e6', '3')), { maxLength: 4 })),
          amplification: or(fc.constantFrom('1', '100', '2000')),
          share: smallFraction,
          fee: smallFraction,
          into: or(fc.integer({ min: -1, max: 4 })),
        }),
      ),
    ],
    runs: 60,
  },
  netOverHorizon: {
    args: [
      or(
        fc.record(
          { horizonDays: num, feesUsd: num, rewardsUsd: num, lvrUsd: num, gasUsd: num, exitCostUsd: num },
          { requiredKeys: [] },
        ),
      ),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------
// The check.

/** Throws unless every Decimal and number in the value is finite (and, for formatted text, it says so). */
function assertFinite(value: unknown, path: string, text: boolean, seen = new Set<unknown>()): void {
  if (Decimal.isDecimal(value)) {
    if (!(value as Decimal).isFinite()) throw new Error(`${path} is ${String(value)}`);
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
    return;
  }
  if (typeof value === 'string') {
    if (text && /NaN|Infinity/.test(value)) throw new Error(`${path} reads "${value}"`);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) assertFinite(item, `${path}.${key}`, text, seen);
}

const exports = core as unknown as Record<string, unknown>;
const functionExports = Object.keys(exports)
  .filter((name) => typeof exports[name] === 'function' && !CONSTRUCTORS.has(name))
  .sort();

describe('hostile inputs: a finite result or an LpInputError, from every export', () => {
  it('the table has exactly one entry per function export of core/index.ts', () => {
    expect(Object.keys(TABLE).sort()).toEqual(functionExports);
  });

  for (const name of Object.keys(TABLE).sort()) {
    const entry = TABLE[name]!;
    it(name, () => {
      const fn = exports[name] as (...a: unknown[]) => unknown;
      fc.assert(
        fc.property(fc.tuple(...entry.args), (args) => {
          let result: unknown;
          try {
            result = entry.call ? entry.call(fn, args) : fn(...args);
          } catch (error) {
            if (error instanceof LpInputError) return;
            throw error;
          }
          assertFinite(result, name, entry.text ?? false);
        }),
        { numRuns: (entry.runs ?? 300) * Number(process.env.HOSTILE_SCALE ?? 1) },
      );
      // Hundreds of runs of a series take a second on a quiet machine; a machine busy building needs more.
    }, 60_000);
  }
});
