/**
 * The payoff chart as display-ready data: core's payoffCurve for an analysis, with x in the user's price
 * unit (the moving token's price in the quote token, "USDC per WETH"), every figure formatted, the marks
 * (today's price, the range ends, the break-even prices) and axis ticks. The popup renders it directly; the
 * service worker sends it to the overlay, whose content script only draws it (no math there).
 */
import * as v from 'valibot';
import {
  Decimal,
  LpInputError,
  move,
  payoffCurve,
  percent,
  price,
  toDecimal,
  usd,
  type Analysis,
} from '../../core/index';
import { PayoffChartSchema, type PayoffChartView } from '../messages/overlay';
import { priceOrientation, quotedPrice } from './orientation';
import { t } from '../i18n/index';

export type { PayoffChartView };

/** Samples across the chart: with the marks at most 46 points, under the overlay message's 60. */
export const CHART_POINTS = 41;

export interface PayoffChartInput {
  analysis: Analysis;
  symbols?: { symbol0?: string; symbol1?: string };
  /**
   * Price of token0 in token1 now, for pools whose model has none (constant product, weighted, from live
   * data). Without a price the x axis reads in moves ("+25 %").
   */
  price?: Decimal | string | null;
  /** False when the range is only a full-range stand-in: no band and no range marks then. */
  showRange?: boolean;
  /** Evenly spaced samples (default CHART_POINTS); the marks are added to them. At most 54. */
  points?: number;
}

/** The chart for an analysis, or null when its figures cannot be shown (extreme inputs). */
export function payoffChartView(input: PayoffChartInput): PayoffChartView | null {
  try {
    const view = buildView(input);
    return v.is(PayoffChartSchema, view) ? view : null;
  } catch (error) {
    if (error instanceof LpInputError) return null;
    throw error;
  }
}

function buildView({
  analysis: a,
  symbols = {},
  price: givenPrice,
  showRange = true,
  points: samples = CHART_POINTS,
}: PayoffChartInput) {
  const { model, feesUsd, options } = a.projection;
  const curve = payoffCurve(model, a.depositUsd, {
    quote: a.quote,
    feesUsd,
    ...(options.timeInRange ? { timeInRange: options.timeInRange } : {}),
    points: Math.min(samples, 54),
  });
  const o = priceOrientation(symbols, a.quote);
  const now = priceNow(a, givenPrice);
  // x of a move: the moving token's price in the quote after it, as the user reads it; without a price, the move in %.
  const xOf = (m: Decimal): Decimal => (now ? quotedPrice(o, now.mul(ratioOf(a, m))) : m.mul(100));
  const atOf = (m: Decimal) => (now ? price(xOf(m)) : move(m));
  const num = (d: Decimal) => {
    const n = d.toNumber();
    if (!Number.isFinite(n)) throw new LpInputError('chart', 'overflow', 'is beyond what a chart can draw');
    return n;
  };

  const points = curve.points.map((p) => ({
    x: num(xOf(p.move)),
    lp: num(p.lpValueUsd),
    hodl: num(p.hodlValueUsd),
    lpFees: num(p.lpPlusFeesUsd),
    at: atOf(p.move),
    lpUsd: usd(p.lpValueUsd),
    hodlUsd: usd(p.hodlValueUsd),
    lpFeesUsd: usd(p.lpPlusFeesUsd),
    ilUsd: usd(p.ilUsd, { signed: true }),
    il: percent(p.il, { signed: true }),
  }));
  const markAt = (id: PayoffChartView['marks'][number]['id'], m: Decimal | null | undefined) =>
    m == null || !curve.points.some((p) => p.move.eq(m)) ? [] : [{ id, x: num(xOf(m)), at: atOf(m) }];
  const range = showRange ? curve.rangeMoves : null;
  const breakEven = (m: Decimal | null) => (m && !m.isZero() ? m : null);
  const marks = [
    ...markAt('now', new Decimal(0)),
    ...markAt('range-low', range?.low),
    ...markAt('range-high', range?.high),
    ...markAt('break-even-down', breakEven(curve.breakEven.down)),
    ...markAt('break-even-up', breakEven(curve.breakEven.up)),
  ];
  const xs = points.map((p) => p.x);
  const ys = points.flatMap((p) => [p.lp, p.hodl, p.lpFees]);
  const xTicks = niceTicks(Math.min(...xs), Math.max(...xs), 4).map((x) => ({
    x,
    label: now ? price(new Decimal(x)) : move(new Decimal(x).div(100)),
  }));
  const yTicks = niceTicks(Math.min(...ys), Math.max(...ys), 5).map((y) => ({
    y,
    label: usd(new Decimal(y), { digits: 0 }),
  }));
  const base = o.baseSymbol;
  const band = range ? { from: num(xOf(range.low)), to: num(xOf(range.high)) } : null;
  return {
    title: t('chart.title', {
      deposit: usd(a.depositUsd),
      token: base,
      quote: o.quoteSymbol,
      days: a.horizonDays.toString(),
    }),
    xLabel: now ? t('chart.xPrice', { token: base, unit: o.unit }) : t('chart.xMove', { token: base }),
    unit: now ? o.unit : '',
    xDomain: { min: Math.min(...xs), max: Math.max(...xs) },
    yDomain: { min: Math.min(...ys), max: Math.max(...ys) },
    points,
    band: band && band.from > band.to ? { from: band.to, to: band.from } : band,
    marks,
    xTicks: xTicks.filter((t) => t.x >= Math.min(...xs) && t.x <= Math.max(...xs)),
    yTicks,
    start: Math.max(
      0,
      curve.points.findIndex((p) => p.move.isZero()),
    ),
  } satisfies PayoffChartView;
}

/** r = P_exit / P_now after a move m of the moving token's price in the quote: 1 + m, turned round for quote token0. */
function ratioOf(a: Analysis, m: Decimal): Decimal {
  const factor = m.plus(1);
  return a.quote === 'token1' ? factor : new Decimal(1).div(factor);
}

/** Today's token0-in-token1 price: the range model's, the stable pool's, or the one given. */
function priceNow(a: Analysis, given: PayoffChartInput['price']): Decimal | null {
  const { model, options } = a.projection;
  if (model.range) return model.range.price;
  if (options.pool?.kind === 'stableswap') return toDecimal(options.pool.price, 'price');
  if (given === undefined || given === null || given === '') return null;
  const p = toDecimal(given, 'price');
  return p.gt(0) ? p : null;
}

/** About `count` round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) within [min, max]. */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9 && ticks.length < 8; t += step) {
    ticks.push(Number(t.toPrecision(12)));
  }
  return ticks;
}
