/**
 * The figures beyond fees and price that liquidity mining is sold on, and its risks: reward streams, the
 * reward tokens' own price history, token-security findings, gas, and reserves for the exit cost. They are
 * pool figures like any other (one provider each, merged by the pool service, each with source and age);
 * this file only keeps their shapes together. What a source does not say stays absent or null: unknown,
 * never guessed.
 */
import * as v from 'valibot';
import { LocalizedTextSchema } from '../i18n/localized-text';
import { MAX_SYMBOL_LENGTH } from '../../core/page-text';

const decimalText = v.pipe(v.string(), v.maxLength(80), v.regex(/^-?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d{1,4})?$/));
const nonNegativeText = v.pipe(
  decimalText,
  v.check((t) => !t.startsWith('-'), 'must not be negative'),
);
/** A share of something as a fraction: "0.05" is 5 %. */
const fractionText = v.pipe(
  nonNegativeText,
  v.check((t) => Number(t) <= 1, 'a share is at most 1'),
);
const symbolText = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_SYMBOL_LENGTH));
const evmAddress = v.pipe(v.string(), v.regex(/^0x[0-9a-f]{40}$/));
const msSinceEpoch = v.pipe(v.number(), v.integer(), v.minValue(0));
/** A yes/no finding a source may not have: null is "unknown", never "no". */
const finding = v.nullable(v.boolean());

/**
 * One reward stream on a pool: a Merkl campaign's token, a gauge's emissions, a farm's CAKE. The APR is the
 * source's own (Merkl, DefiLlama, Curve) or worked out from a reward rate (gauge, farm) with core's
 * `rewardAprFromRate`; simple yearly rate on the TVL that earns it, not compounded.
 */
export const RewardStreamSchema = v.object({
  symbol: symbolText,
  /** The reward token's contract (lower case), when the source names it. */
  token: v.optional(evmAddress),
  /** Yearly rewards / the USD value that earns them, as a fraction ("0.125" = 12.5 %). */
  apr: nonNegativeText,
  /** USD paid out per day to all who earn it, when the source says. */
  dailyUsd: v.optional(nonNegativeText),
  /** When the stream stops (campaign end, gauge period end), ms since epoch; null when the source gives no end. */
  endsAt: v.nullable(msSinceEpoch),
  /** Whether the LP must stake (gauge, farm) to earn it; null when the source does not say. */
  needsStaking: finding,
  /** What pays it, for people: "Merkl campaign", "Aerodrome gauge 0x12ab…9f"; a message key when sent by the worker. */
  label: v.union([v.pipe(v.string(), v.maxLength(80)), LocalizedTextSchema]),
});
export type RewardStream = v.InferOutput<typeof RewardStreamSchema>;
const rewardList = v.pipe(v.array(RewardStreamSchema), v.maxLength(12));

/** A reward token's daily USD price history, summarised: how it moves and how far it has fallen. */
export const TokenPriceRiskSchema = v.object({
  symbol: symbolText,
  token: evmAddress,
  priceUsd: nonNegativeText,
  /** Annualised realised volatility of daily log returns (fraction), over `days` daily prices. */
  volatility: v.nullable(nonNegativeText),
  /** The worst peak-to-trough fall over those days (fraction, 0.6 = fell 60 %). */
  maxDrawdown: v.nullable(fractionText),
  days: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(400)),
});
export type TokenPriceRisk = v.InferOutput<typeof TokenPriceRiskSchema>;

/**
 * A pool token's security findings (GoPlus token security). Every yes/no may be null: the source did not
 * say, which the UI shows as "unknown", never as safe. Shares are fractions.
 */
export const TokenSecuritySchema = v.object({
  token: evmAddress,
  /** Whether the token is on our list of well-known tokens for the chain (WETH, USDC...): no noise for those. */
  wellKnown: v.boolean(),
  honeypot: finding,
  /** The owner can mint more. */
  mintable: finding,
  /** The owner can change holders' balances. */
  ownerCanChangeBalance: finding,
  hiddenOwner: finding,
  blacklist: finding,
  /** An upgradeable proxy: the code can be swapped. */
  proxy: finding,
  openSource: finding,
  buyTax: v.nullable(fractionText),
  sellTax: v.nullable(fractionText),
  /** Share of the pool's LP tokens that is locked (v2-style pools; null when not reported). */
  lpLockedShare: v.nullable(fractionText),
  /** Share of the supply held by the ten largest holders. */
  topHoldersShare: v.nullable(fractionText),
});
export type TokenSecurity = v.InferOutput<typeof TokenSecuritySchema>;

/** The figures, as entries of PoolFiguresSchema. */
export const POOL_EXTRA_FIGURES = {
  /** The pool's two tokens (token0, token1 in contract order), lower case: what token checks are asked about. */
  token0Address: v.optional(evmAddress),
  token1Address: v.optional(evmAddress),
  /** v2-style reserves in human units, token order: what the exit cost is worked out from. */
  reserve0: v.optional(nonNegativeText),
  reserve1: v.optional(nonNegativeText),
  /** Curve / Balancer balances in human units, coin order (n coins). */
  balances: v.optional(v.pipe(v.array(nonNegativeText), v.minLength(2), v.maxLength(8))),
  /** Curve / Balancer coin symbols in the same coin order as `balances` (symbol0/symbol1 are two-token order). */
  coinSymbols: v.optional(v.pipe(v.array(symbolText), v.minLength(2), v.maxLength(8))),
  /** One figure per reward source, so each keeps its own source and age and none hides another. */
  merklRewards: v.optional(rewardList),
  gaugeRewards: v.optional(rewardList),
  curveRewards: v.optional(rewardList),
  farmRewards: v.optional(rewardList),
  /** DefiLlama's reward APR: a fallback, used only when none of the direct sources above answered. */
  llamaRewards: v.optional(rewardList),
  /** The reward tokens' price histories (DefiLlama coins). */
  rewardTokenRisk: v.optional(v.pipe(v.array(TokenPriceRiskSchema), v.maxLength(12))),
  /** GoPlus findings for token0 and token1 (a token it has no answer for is left out). */
  tokenSecurity: v.optional(v.pipe(v.array(TokenSecuritySchema), v.maxLength(2))),
  /** Gas: the price a transaction pays now (wei per gas, base fee plus a typical tip), the chain's native token. */
  gasPriceWei: v.optional(v.pipe(v.string(), v.regex(/^\d{1,30}$/))),
  /** OP-stack chains: the L1 data fee of one typical transaction, in wei (an upper bound where so read). */
  l1DataFeeWei: v.optional(v.pipe(v.string(), v.regex(/^\d{1,30}$/))),
  nativeSymbol: v.optional(symbolText),
  nativePriceUsd: v.optional(nonNegativeText),
} as const;
