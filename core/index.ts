/**
 * The public API of the LP math core.
 *
 * Conventions (every function here follows them; the README's "Conventions of the math" says the same):
 * - Price P = price of token0 in units of token1, human units (token decimals applied).
 * - Impermanent loss IL = V_lp / V_hodl - 1, both valued at the exit price, fees excluded. Negative means
 *   worse than holding. Results are fractions (-0.05719 = -5.719 %); only the UI formats percent.
 * - Price ratio r = P_exit / P_entry.
 * - Curve's A is the contract/UI convention: Ann = A * n (the whitepaper's A*n^n).
 * - Money carries its unit (USD, token0, token1); raw integer token amounts (bigint) meet human amounts
 *   only through the named conversions in units.ts.
 * - All figures are decimal.js Decimals (40 significant digits). Inputs may be strings, numbers or Decimals;
 *   bad input throws LpInputError naming the field and a reason ('overflow' when extreme inputs would give
 *   a result beyond Decimal's range). No function returns NaN or Infinity or throws a plain Error.
 * - Price model (range probabilities, time in range): the LOG price has no drift. The price is as likely
 *   to halve as to double and its median stays at today's price; its mean creeps up by e^(sigma^2 t / 2).
 *   This is geometric Brownian motion with mu = sigma^2/2, not a driftless (martingale) price.
 *   DRIFT_CONVENTION says it in one sentence for the UI. Model figures (range-probability.ts) take binary64
 *   numbers and are rounded to 12 digits.
 * - Range bounds as Uniswap counts ticks: a position is active for tickLower <= tick < tickUpper, so a price
 *   equal to priceLower is in range and one equal to priceUpper is above it.
 *
 * core/ is pure TypeScript: it imports only decimal.js and its own files, so it runs unchanged in Node,
 * the service worker, the popup and the content script.
 */
export {
  Decimal,
  LpInputError,
  toDecimal,
  positive,
  nonNegative,
  fraction,
  type Numeric,
  type InputErrorReason,
} from './numbers';
export * from './units';
export { ilConstantProduct } from './amm/constant-product';
export {
  ilConcentrated,
  capitalEfficiency,
  amountsForLiquidity,
  liquidityForAmounts,
  priceRange,
  rangeStatus,
  type PriceRange,
  type RangeStatus,
  type TokenAmounts,
} from './amm/concentrated';
export { ilWeighted } from './amm/weighted';
export { ilStableswap, stableswapIlBetween, stableswapBalances } from './amm/stableswap';
export {
  ilStableswapN,
  stableswapBalancesN,
  MIN_STABLESWAP_COINS,
  MAX_STABLESWAP_COINS,
  type StableswapInputN,
  type StableswapBalancesN,
} from './amm/stableswap-n';
export { ilStableswapFromBalances, type StableswapFromBalancesInput } from './amm/stableswap-n-balances';
export {
  Q96,
  MIN_TICK,
  MAX_TICK,
  encodeSqrtRatioX96,
  getAmount0Delta,
  getAmount1Delta,
  maxLiquidityForAmounts,
  priceFromSqrtPriceX96,
  sqrtPriceX96FromPrice,
  priceFromTick,
  tickFromPrice,
  sqrtBigInt,
} from './amm/q96';
export {
  feeGrowthInsideV3,
  uncollectedFeesV3,
  uncollectedFeesV4,
  type FeeGrowthInside,
  type FeeGrowthInsideInput,
  type TickFeeGrowthOutside,
  type UncollectedFees,
  type UncollectedFeesInput,
  type UncollectedFeesV4Input,
} from './amm/v3-fees';
export {
  feeShareConstantProduct,
  feeShareConcentrated,
  lpFeesPerDay,
  poolFeeApr,
  positionFeeApr,
  aprToApy,
} from './fees';
export {
  realisedVolatility,
  dailyVolatility,
  volatilityFromCloses,
  type ClosePoint,
  type VolatilityEstimate,
} from './volatility';
export {
  DRIFT_CONVENTION,
  normalCdf,
  probabilityInRangeAt,
  probabilityNeverLeaving,
  expectedYearsToLeave,
  expectedFractionInRange,
  type LogRange,
} from './range-probability';
export { fractionInRangeGivenEnd, probabilityOfEntering, logRangeOf } from './range-path';
export {
  PRICE_MOVES,
  STABLE_PRICE_MOVES,
  priceMovesFor,
  priceGrid,
  breakEvenMoves,
  type GridRow,
  type GridOptions,
  type BreakEven,
} from './projection';
export { payoffCurve, type PayoffCurve, type PayoffOptions, type PayoffPoint } from './payoff';
export { quoteToken, movingTokenFor, priceRatioFor, type QuoteToken, type TokenSide } from './quote';
export { compositionAt, type Composition } from './composition';
export { DEPEG_LEVELS, depegScenarios, type DepegScenario } from './depeg';
export { lvrPerYearWhileInRange } from './while-in-range';
export { buildPoolModel, POOL_KINDS, type PoolKind, type PoolModel, type PoolShapeInput } from './pool-models';
export {
  analyzePosition,
  type Analysis,
  type AssumptionNote,
  type AnalysisInput,
  type FeeShareBasis,
  type RangeAnalysis,
  type WhileInRangeBasis,
} from './analysis';
export {
  evaluateWarnings,
  evaluateRule,
  WARNING_RULES,
  LIQUIDITY_MINING_RULES,
  SEVERITY_ORDER,
  type TokenCheck,
  type WarningRule,
  type WarningHit,
  type WarningContext,
  type WarningReport,
  type Severity,
  type SkippedRule,
} from './warnings';
export {
  detectPoolPage,
  parseBytes32,
  parseEvmAddress,
  parseSolanaAddress,
  SITE_DETECTORS,
  SITE_HOSTS,
  CHAIN_IDS,
  evmChainNumber,
  type Bytes32,
  type ChainId,
  type HexAddress,
  type PageKind,
  type PoolIdentifier,
  type PoolPageRef,
  type SiteDetector,
  type SiteId,
  type SolanaAddress,
} from './sites/index';
export { poolKindOf } from './sites/pool-kind';
export { percent, usd, multiple, days, move, price, setNumberLocale, calendarDate, MAX_LENGTH } from './format';
export {
  MAX_SYMBOL_LENGTH,
  cleanPageText,
  parseFeeTierText,
  parsePairLabel,
  parsePriceText,
  parseTokenSymbol,
  textLength,
  type PairLabel,
} from './page-text';
export {
  LOOK_ALIKE_NOTE,
  MAX_PAIR_DISPLAY_LENGTH,
  hasLookAlikeCharacters,
  pairForDisplay,
  symbolForDisplay,
} from './symbol-text';
export {
  SECONDS_PER_YEAR,
  rewardAprFromRate,
  rewardsOverHorizon,
  rewardStress,
  type RewardStreamInput,
  type RewardsOverHorizon,
  type RewardStress,
  type StreamOverHorizon,
} from './rewards';
export { priceHistoryRisk, type PriceHistoryRisk } from './price-history-risk';
export {
  GAS_ACTIONS,
  GAS_POOL_KINDS,
  GAS_UNITS,
  TX_BASE_GAS,
  gasUnitsFor,
  gasCostUsd,
  enterExitGas,
  type EnterExitGas,
  type GasAction,
  type GasEntry,
  type GasPoolKind,
} from './gas';
export {
  exitCostConstantProduct,
  exitCostConcentrated,
  exitCostStableswap,
  type ExitCost,
  type ExitToken,
} from './exit-cost';
export { netOverHorizon, type NetPart, type NetView } from './net-view';
