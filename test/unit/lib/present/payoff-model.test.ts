/** The payoff chart's view model: x in the user's price unit, formatted read-outs, marks, and a schema-valid size. */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Decimal, analyzePosition, payoffCurve, percent, price, usd, type AnalysisInput } from '../../../../core/index';
import { OverlayViewSchema, PayoffChartSchema } from '../../../../lib/messages/overlay';
import type { PoolSnapshot } from '../../../../lib/messages/pool-data';
import { buildOverlayView, type LiveContext } from '../../../../lib/present/overlay-model';
import { detectPoolPage } from '../../../../core/index';
import { niceTicks, payoffChartView } from '../../../../lib/present/payoff-model';

const base: Omit<AnalysisInput, 'pool'> = {
  feeTier: '0.003',
  tvlUsd: '10000000',
  volume24hUsd: '5000000',
  depositUsd: '10000',
  horizonDays: '30',
  volatility: '0.8',
};
const symbols = { symbol0: 'WETH', symbol1: 'USDC' };

describe('payoffChartView', () => {
  it('reads a concentrated position in USDC per WETH, with the range and break-even marks', () => {
    const a = analyzePosition({
      ...base,
      pool: { kind: 'concentrated', price: '2000', priceLower: '1500', priceUpper: '2500' },
    });
    const chart = payoffChartView({ analysis: a, symbols })!;
    expect(v.is(PayoffChartSchema, chart)).toBe(true);
    expect(chart.unit).toBe('USDC per WETH');
    expect(chart.xLabel).toBe('WETH price (USDC per WETH)');
    expect(chart.points.length).toBeLessThanOrEqual(60);
    const start = chart.points[chart.start]!;
    expect(start.x).toBe(2000);
    expect(start.at).toBe('2,000');
    expect(start.lpUsd).toBe('$10,000');
    expect(start.hodlUsd).toBe('$10,000');
    expect(start.ilUsd).toBe('$0.00');
    expect(start.il).toBe('0 %');
    expect(chart.band).toEqual({ from: 1500, to: 2500 });
    expect(chart.marks.map((m) => m.id)).toEqual([
      'now',
      'range-low',
      'range-high',
      'break-even-down',
      'break-even-up',
    ]);
    // The read-out at the range's top equals core's figures there (+25 %), formatted.
    const { model, feesUsd, options } = a.projection;
    const curve = payoffCurve(model, a.depositUsd, { quote: 'token1', feesUsd, ...options });
    const atTop = curve.points.find((p) => p.move.eq('0.25'))!;
    const shown = chart.points.find((p) => p.at === '2,500')!;
    expect(shown).toMatchObject({
      lpUsd: usd(atTop.lpValueUsd),
      hodlUsd: usd(atTop.hodlValueUsd),
      lpFeesUsd: usd(atTop.lpPlusFeesUsd),
      ilUsd: usd(atTop.ilUsd, { signed: true }),
      il: percent(atTop.il, { signed: true }),
    });
    expect(chart.xTicks.every((t) => t.x >= chart.xDomain.min && t.x <= chart.xDomain.max)).toBe(true);
  });

  it('turned round (quote token0, USDC/WETH in contract order): still the WETH price in USDC', () => {
    // token0 USDC, token1 WETH: P = WETH per USDC = 1/2000, range 1/2500 .. 1/1500.
    const a = analyzePosition({
      ...base,
      quote: 'token0',
      pool: {
        kind: 'concentrated',
        price: new Decimal(1).div(2000),
        priceLower: new Decimal(1).div(2500),
        priceUpper: new Decimal(1).div(1500),
      },
    });
    const chart = payoffChartView({ analysis: a, symbols: { symbol0: 'USDC', symbol1: 'WETH' } })!;
    expect(chart.unit).toBe('USDC per WETH');
    expect(chart.points[chart.start]!.at).toBe(price(new Decimal(2000)));
    expect(chart.band!.from).toBeCloseTo(1500, 6);
    expect(chart.band!.to).toBeCloseTo(2500, 6);
    expect(chart.points.some((p) => p.at === '2,500')).toBe(true);
    // Ascending prices left to right.
    for (let i = 1; i < chart.points.length; i++) expect(chart.points[i]!.x).toBeGreaterThan(chart.points[i - 1]!.x);
  });

  it('constant product: in moves without a price, in prices with one; no band', () => {
    const a = analyzePosition({ ...base, pool: { kind: 'constant-product' } });
    const moves = payoffChartView({ analysis: a, symbols })!;
    expect(moves.unit).toBe('');
    expect(moves.points[moves.start]!.at).toBe('0 %');
    expect(moves.points[0]!.at).toBe('-90 %');
    expect(moves.points.at(-1)!.at).toBe('+300 %');
    expect(moves.band).toBeNull();
    const priced = payoffChartView({ analysis: a, symbols, price: '3000' })!;
    expect(priced.points[priced.start]!.at).toBe('3,000');
    expect(priced.points.at(-1)!.at).toBe('12,000');
  });

  it('a full-range stand-in shows no range', () => {
    const a = analyzePosition({
      ...base,
      pool: { kind: 'concentrated', price: '2000', priceLower: '1500', priceUpper: '2500' },
    });
    const chart = payoffChartView({ analysis: a, symbols, showRange: false })!;
    expect(chart.band).toBeNull();
    expect(chart.marks.some((m) => m.id.startsWith('range'))).toBe(false);
  });

  it('round ticks', () => {
    expect(niceTicks(500, 3500, 4)).toEqual([1000, 2000, 3000]);
    expect(niceTicks(9000, 13000, 4)).toEqual([9000, 10000, 11000, 12000, 13000]);
    expect(niceTicks(0.1, 4, 4)).toEqual([1, 2, 3, 4]);
    expect(niceTicks(5, 5, 4)).toEqual([5]);
  });

  it("the overlay's live view carries a compact chart in the page's orientation", () => {
    const snapshot: PoolSnapshot = {
      chain: 'ethereum',
      address: '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
      figures: {
        tvlUsd: '150000000',
        volume24hUsd: '80000000',
        feeTier: '0.0005',
        volatility: '0.6',
        price: '0.0004',
        symbol0: 'USDC',
        symbol1: 'WETH',
      },
      sources: {},
    };
    const ref = detectPoolPage(
      'https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    )!;
    const live: LiveContext = {
      live: { status: 'ok', snapshot, notes: [] },
      depositUsd: '1000',
      now: 1_700_000_000_000,
    };
    // The page's range, in USDC per WETH (token0 is USDC): the chart reads the same way.
    const view = buildOverlayView(ref, { version: 'v3', price: '2500', priceLower: '2000', priceUpper: '3000' }, live);
    expect(v.safeParse(OverlayViewSchema, view).success).toBe(true);
    const chart = view.chart!;
    expect(chart.unit).toBe('USDC per WETH');
    expect(chart.points[chart.start]!.at).toBe('2,500');
    expect(chart.band!.from).toBeCloseTo(2000, 6);
    expect(chart.band!.to).toBeCloseTo(3000, 6);
    expect(chart.points.length).toBeLessThanOrEqual(30);
    // No range on the page: a full-range stand-in, drawn without a range.
    const full = buildOverlayView(ref, { version: 'v3' }, live).chart!;
    expect(full.band).toBeNull();
    expect(full.points[full.start]!.at).toBe('2,500');
    // No live data yet: no chart.
    expect(buildOverlayView(ref, { version: 'v3' }, { ...live, live: { status: 'loading' } }).chart).toBeUndefined();
  });
});
