/**
 * Live pool data as it travels between the service worker, the popup and the overlay, and as it is cached.
 * Numbers are decimal strings (they survive JSON and storage exactly); every figure keeps where it came
 * from and when, so the UI can show its source and age. Validated with valibot on every arrival.
 */
import * as v from 'valibot';
import { MAX_SYMBOL_LENGTH } from '../../core/page-text';
import { POOL_EXTRA_FIGURES } from './pool-extras';
import { SaidSchema, type Said } from '../i18n/localized-text';

/** A data provider's id, as its file in the worker's provider table declares it ("geckoterminal", "rpc"). */
export type ProviderId = string;
const providerId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/));

/** A finite decimal number as text: no NaN, no Infinity, no hex, at most 80 characters. */
export const decimalText = v.pipe(v.string(), v.maxLength(80), v.regex(/^-?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d{1,4})?$/));
const nonNegativeText = v.pipe(
  decimalText,
  v.check((t) => !t.startsWith('-'), 'must not be negative'),
);
/** Same unit as core's parser: v.maxLength counts UTF-16 code units, as textLength() does. */
const symbolText = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_SYMBOL_LENGTH));

/** The figures a provider can contribute. All optional: a provider fills what it knows. */
export const PoolFiguresSchema = v.object({
  /** Pool name as the API gives it, cleaned ("WETH / USDC 0.05%"). */
  name: v.optional(v.pipe(v.string(), v.maxLength(80))),
  symbol0: v.optional(symbolText),
  symbol1: v.optional(symbolText),
  /** USD value locked in the pool. */
  tvlUsd: v.optional(nonNegativeText),
  /** USD traded in the last 24 hours. */
  volume24hUsd: v.optional(nonNegativeText),
  /** Fee tier as a fraction: "0.0005" for 0.05 %. */
  feeTier: v.optional(nonNegativeText),
  /** Price of token0 in token1, human units (token0/token1 in the pool contract's order where known). */
  price: v.optional(nonNegativeText),
  /** USD price of token1, to turn a USD deposit into token1 amounts. */
  token1PriceUsd: v.optional(nonNegativeText),
  /** Pool creation time, ms since epoch. */
  createdAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** Annualised realised volatility of the pool price from daily closes (fraction), and how many days fed it. */
  volatility: v.optional(nonNegativeText),
  volatilityDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2))),
  /** The volatility's window for people: "30 daily closes, 2 missing". */
  volatilityWindow: v.optional(v.pipe(v.string(), v.maxLength(60))),
  /** USD traded over the last 7 and 30 complete days, and how many of those days had a daily candle. */
  volume7dUsd: v.optional(nonNegativeText),
  volume7dDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))),
  volume30dUsd: v.optional(nonNegativeText),
  volume30dDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30))),
  /** Concentrated pools, read on chain: in-range liquidity (raw uint128) and token decimals. */
  activeLiquidityRaw: v.optional(v.pipe(v.string(), v.regex(/^\d{1,40}$/))),
  decimals0: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(36))),
  decimals1: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(36))),
  /**
   * Curve stableswap, on chain or from Curve's API, and Balancer v2 stable pools on chain: A as the contract and UI
   * report it (Balancer's value / precision, same convention, up to 3 decimals while it ramps), and the exact number
   * of coins (a composable pool's own BPT not counted).
   */
  amplification: v.optional(v.pipe(v.string(), v.regex(/^\d{1,8}(\.\d{1,3})?$/))),
  coinCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(8))),
  /** Balancer weighted pools, read on chain: each token's weight as a fraction, in token order. */
  weights: v.optional(v.pipe(v.array(nonNegativeText), v.minLength(2), v.maxLength(8))),
  /**
   * Balancer stable pools, read on chain: each coin's rate as the pool's scaling factor counts it (1 for a plain
   * token, the rate provider's for wstETH, sDAI...), in the order of `balances`; absent when not read.
   */
  tokenRates: v.optional(v.pipe(v.array(nonNegativeText), v.minLength(2), v.maxLength(8))),
  /** Uniswap v4: the pool's hooks contract (absent: none), and whether its hooks set the fee per swap. */
  hooks: v.optional(v.pipe(v.string(), v.regex(/^0x[0-9a-f]{40}$/))),
  dynamicFee: v.optional(v.boolean()),
  /** Protocol label where the API gives one: "uniswap_v3", "v2"... */
  dex: v.optional(v.pipe(v.string(), v.maxLength(40))),
  /** Rewards, token checks, gas and reserves: lib/messages/pool-extras.ts. */
  ...POOL_EXTRA_FIGURES,
});
export type PoolFigures = v.InferOutput<typeof PoolFiguresSchema>;
export type FigureName = keyof PoolFigures;

export const FigureSourceSchema = v.object({
  provider: providerId,
  /** The provider's name for people: "GeckoTerminal API", "on-chain (JSON-RPC)". */
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  /** ms since epoch when the provider answered. */
  fetchedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type FigureSource = v.InferOutput<typeof FigureSourceSchema>;

/** Merged figures for one pool with the source of each. */
export const PoolSnapshotSchema = v.object({
  chain: v.pipe(v.string(), v.maxLength(40)),
  address: v.pipe(v.string(), v.maxLength(80)),
  figures: PoolFiguresSchema,
  sources: v.record(
    v.picklist(Object.keys(PoolFiguresSchema.entries) as [FigureName, ...FigureName[]]),
    FigureSourceSchema,
  ),
});
export type PoolSnapshot = v.InferOutput<typeof PoolSnapshotSchema>;

/** What a provider returns: figures it is sure of, or why it has none. */
export type ProviderResult =
  | {
      ok: true;
      provider: ProviderId;
      fetchedAt: number;
      figures: PoolFigures;
      /** Figures worked out with another source's data: that source's name, said beside the provider's. */
      derivedFrom?: Partial<Record<FigureName, string>>;
    }
  | { ok: false; provider: ProviderId; reason: Said };

// ---- Live pool data: popup -> service worker ------------------------------------------------------------

export const LookupPoolRequestSchema = v.object({
  type: v.literal('lens:lookup-pool'),
  target: v.union([
    v.object({ url: v.pipe(v.string(), v.maxLength(4096)) }),
    v.object({ chain: v.pipe(v.string(), v.maxLength(40)), address: v.pipe(v.string(), v.maxLength(80)) }),
  ]),
});
export type LookupPoolRequest = v.InferOutput<typeof LookupPoolRequestSchema>;

/** Notes travel as message keys with parameters (plain English still accepted), said where they are shown. */
const notes = v.pipe(v.array(SaidSchema), v.maxLength(40));

/** The DEXes whose position NFTs are read (one NonfungiblePositionManager shape at different addresses). */
export const POSITION_PROTOCOLS = [
  'uniswap-v3',
  'pancakeswap-v3',
  'sushiswap-v3',
  'aerodrome-slipstream',
  'uniswap-v4',
  'pancakeswap-infinity-cl',
] as const;
export type PositionProtocol = (typeof POSITION_PROTOCOLS)[number];

const rawUint = v.pipe(v.string(), v.regex(/^\d{1,80}$/));

/**
 * A position read on chain (a v3-style NFT): its range in ticks and its liquidity, and, when the pool's fee state
 * could be read too, what collect() would pay now (tokensOwed plus the v3-core fee growth since its last update),
 * in raw token units, with when it was read.
 */
export const PositionSchema = v.object({
  tokenId: v.pipe(v.string(), v.regex(/^\d{1,20}$/)),
  tickLower: v.pipe(v.number(), v.integer(), v.minValue(-887272), v.maxValue(887272)),
  tickUpper: v.pipe(v.number(), v.integer(), v.minValue(-887272), v.maxValue(887272)),
  liquidityRaw: v.pipe(v.string(), v.regex(/^\d{1,40}$/)),
  protocol: v.optional(v.picklist(POSITION_PROTOCOLS)),
  uncollectedFees: v.optional(v.object({ amount0Raw: rawUint, amount1Raw: rawUint, fetchedAt: v.number() })),
});
export type Position = v.InferOutput<typeof PositionSchema>;

export const LookupPoolResponseSchema = v.variant('status', [
  v.object({
    type: v.literal('lens:pool-lookup'),
    status: v.literal('ok'),
    snapshot: PoolSnapshotSchema,
    notes,
    position: v.optional(PositionSchema),
  }),
  v.object({ type: v.literal('lens:pool-lookup'), status: v.literal('unavailable'), notes }),
  v.object({
    type: v.literal('lens:pool-lookup'),
    status: v.literal('unresolved'),
    reason: SaidSchema,
  }),
]);
export type LookupPoolResponse = v.InferOutput<typeof LookupPoolResponseSchema>;

/** A lookup's outcome as the worker computes it; the response message is this with its `type`. */
export type PoolLookupResult = LookupPoolResponse extends infer R
  ? R extends LookupPoolResponse
    ? Omit<R, 'type'>
    : never
  : never;
