/**
 * What the overlay shows, as display-ready text. The service worker builds it (all the math, with
 * decimal.js, lives there); the content script on the DEX page only validates and renders it, which keeps
 * the code that runs on every DEX page small.
 */
import * as v from 'valibot';
import { MAX_PAIR_DISPLAY_LENGTH } from '../../core/symbol-text';
import { PageFactsSchema } from './page';

const text = (max = 400) => v.pipe(v.string(), v.maxLength(max));

export const LIVE_STATUSES = ['loading', 'ok', 'unavailable', 'unresolved'] as const;

const finite = v.pipe(v.number(), v.finite());

/** Marks on the payoff chart's price axis. */
export const PAYOFF_MARKS = ['now', 'range-low', 'range-high', 'break-even-down', 'break-even-up'] as const;

/**
 * The payoff chart, drawn as is (lib/present/payoff-model.ts builds it): x is the moving token's price in the
 * quote token as the user reads it (or its move, when the price is unknown), y the deposit's USD value.
 * Numbers are for drawing only; every figure a person reads comes formatted, with at most 60 points.
 */
export const PayoffChartSchema = v.object({
  /** "Value of $10,000 if the WETH price in USDC moves, over 30 days". */
  title: text(200),
  /** "WETH price (USDC per WETH)" or "WETH price move". */
  xLabel: text(160),
  /** Read after each point's `at`: "USDC per WETH", or "" when x is a move. */
  unit: text(120),
  /** The smallest and largest x and y of the points. */
  xDomain: v.object({ min: finite, max: finite }),
  yDomain: v.object({ min: finite, max: finite }),
  points: v.pipe(
    v.array(
      v.object({
        x: finite,
        lp: finite,
        hodl: finite,
        lpFees: finite,
        /** The price ("2,500") or move ("+25 %") the point is at. */
        at: text(16),
        lpUsd: text(20),
        hodlUsd: text(20),
        lpFeesUsd: text(20),
        ilUsd: text(20),
        il: text(14),
      }),
    ),
    v.minLength(2),
    v.maxLength(60),
  ),
  /** The range, shaded (concentrated pools only). */
  band: v.nullable(v.object({ from: finite, to: finite })),
  marks: v.pipe(v.array(v.object({ id: v.picklist(PAYOFF_MARKS), x: finite, at: text(16) })), v.maxLength(6)),
  xTicks: v.pipe(v.array(v.object({ x: finite, label: text(16) })), v.maxLength(8)),
  yTicks: v.pipe(v.array(v.object({ y: finite, label: text(20) })), v.maxLength(8)),
  /** The index of the point at today's price, where the cursor starts. */
  start: finite,
});
export type PayoffChartView = v.InferOutput<typeof PayoffChartSchema>;

const detailedRow = v.object({ text: text(300), details: v.pipe(v.array(text(300)), v.maxLength(8)) });

/**
 * Liquidity mining, net (lib/present/extras-model.ts): rewards, token checks, gas, exit cost and the net, as
 * display text. Its warnings travel with the overlay's own warnings, not here.
 */
export const ExtrasTextSchema = v.object({
  heading: text(120),
  rewardsHeading: text(120),
  baseFeeApr: text(200),
  rewards: v.pipe(v.array(detailedRow), v.maxLength(12)),
  rewardsNote: v.nullable(text(400)),
  total: v.nullable(text(400)),
  stress: v.nullable(text(400)),
  rewardRisk: v.pipe(v.array(text(400)), v.maxLength(12)),
  checksHeading: text(120),
  tokenChecks: v.pipe(
    v.array(v.object({ ...detailedRow.entries, status: v.picklist(['found', 'none-found', 'unknown', 'well-known']) })),
    v.maxLength(4),
  ),
  costsHeading: text(120),
  gas: text(300),
  gasDetail: v.nullable(text(400)),
  exitCost: text(400),
  netHeading: text(120),
  netParts: v.pipe(v.array(text(300)), v.maxLength(8)),
  netTotal: text(300),
  breakEven: v.nullable(text(300)),
  verdict: text(400),
});
export type ExtrasText = v.InferOutput<typeof ExtrasTextSchema>;

export const OverlayViewSchema = v.object({
  site: text(40),
  chain: text(40),
  pageKind: text(40),
  /** "WETH / USDC" when the page shows it, else the URL's id ("pool 0x88e6…5640"). */
  pool: text(Math.max(80, MAX_PAIR_DISPLAY_LENGTH)),
  poolId: text(120),
  poolKindName: text(60),
  /** "0.05 %" or "unknown". */
  feeTier: text(20),
  /** IL under price moves, when the math needs no pool data (or the page gives the range). */
  ilRows: v.nullable(v.pipe(v.array(v.object({ key: text(10), move: text(12), il: text(20) })), v.maxLength(20))),
  ilBasis: v.nullable(text()),
  /** Whose price the IL columns move: "the WETH price in USDC". */
  ilMoves: text(160),
  warnings: v.pipe(
    v.array(
      v.object({
        id: text(60),
        title: text(120),
        severity: v.picklist(['info', 'warning', 'danger']),
        reason: text(600),
      }),
    ),
    v.maxLength(20),
  ),
  missing: v.pipe(v.array(text()), v.maxLength(20)),
  /** What was read on the DEX page (and where), and what this kind of page shows that was not found. */
  pageRead: v.object({
    read: v.pipe(v.array(text(160)), v.maxLength(8)),
    notRead: v.pipe(v.array(text(60)), v.maxLength(8)),
  }),
  live: v.object({
    status: v.picklist(LIVE_STATUSES),
    figures: v.pipe(
      v.array(v.object({ label: text(80), value: text(40), testId: text(40), note: v.optional(text(120)) })),
      v.maxLength(12),
    ),
    positionLabel: v.nullable(text(200)),
    /** The figures the analysis used (TVL, volumes, price with its unit, fee tier, volatility), each with its source. */
    inputs: v.pipe(
      v.array(v.object({ label: text(60), value: text(120), testId: text(40), source: v.nullable(text(120)) })),
      v.maxLength(10),
    ),
    /** The deposit the figures are for, and where that amount comes from. */
    deposit: v.nullable(
      v.object({ usd: text(40), from: v.picklist(['setting', 'page', 'position']), note: text(200) }),
    ),
    /** How prices read ("USDC per WETH"), and the other way round for the flip control. */
    orientation: v.nullable(
      v.object({ unit: text(120), flippedUnit: text(120), quote: v.picklist(['token0', 'token1']) }),
    ),
    sources: v.pipe(v.array(text()), v.maxLength(12)),
    notes: v.pipe(v.array(text()), v.maxLength(20)),
    /** A position page: what the position could collect now, and where that was read. */
    positionFees: v.optional(v.object({ text: text(200), source: v.nullable(text(160)) })),
    /** Rewards, token checks, gas, exit cost and the net over the horizon. */
    extras: v.optional(ExtrasTextSchema),
  }),
  /** The compact payoff chart, from the live analysis. */
  chart: v.optional(PayoffChartSchema),
});
export type OverlayView = v.InferOutput<typeof OverlayViewSchema>;
export type OverlayLiveView = OverlayView['live'];
export type OverlayWarning = OverlayView['warnings'][number];

// ---- Content script -> service worker: the overlay for this URL and page --------------------------------

export const OverlayViewRequestSchema = v.object({
  type: v.literal('lens:overlay-view'),
  url: v.pipe(v.string(), v.maxLength(4096)),
  facts: PageFactsSchema,
  /** false: only what needs no network (answers at once); true: with live pool data. */
  live: v.boolean(),
  /** The quote token the user picked with the flip control; absent means the default orientation. */
  quote: v.optional(v.picklist(['token0', 'token1'])),
});
export type OverlayViewRequest = v.InferOutput<typeof OverlayViewRequestSchema>;

export const OverlayViewResponseSchema = v.object({
  type: v.literal('lens:overlay-view'),
  /** Null when the URL is not a pool page (the page changed under the request). */
  view: v.nullable(OverlayViewSchema),
});
export type OverlayViewResponse = v.InferOutput<typeof OverlayViewResponseSchema>;
