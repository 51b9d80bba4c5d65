/** The payoff curve: the projection grid sampled for a chart, checked against priceGrid and closed forms. */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  LpInputError,
  analyzePosition,
  buildPoolModel,
  payoffCurve,
  priceGrid,
  type PoolShapeInput,
} from '../../../core/index';

const timeInRange = { sigma: 0.8, years: 30 / 365 };
const deposit = new Decimal(10_000);
const fees = new Decimal(120);

const SHAPES: PoolShapeInput[] = [
  { kind: 'constant-product' },
  { kind: 'concentrated', price: 2000, priceLower: 1500, priceUpper: 2500 },
  { kind: 'concentrated', price: 3000, priceLower: 1500, priceUpper: 2500 },
  { kind: 'weighted', weights: ['0.8', '0.2'] },
  { kind: 'stableswap', amplification: 200, price: '1.001' },
];

describe('payoffCurve', () => {
  for (const shape of SHAPES) {
    for (const quote of ['token0', 'token1'] as const) {
      it(`equals priceGrid's rows at the same moves: ${shape.kind} ${JSON.stringify(shape)}, quote ${quote}`, () => {
        const model = buildPoolModel(shape);
        const curve = payoffCurve(model, deposit, { quote, feesUsd: fees, timeInRange });
        expect(curve.points.length).toBeGreaterThanOrEqual(41);
        expect(curve.points.length).toBeLessThanOrEqual(46);
        // Probed independently: every sample, through priceGrid with its move.
        const rows = priceGrid(model, deposit, fees, {
          quote,
          timeInRange,
          moves: curve.points.map((p) => p.move.toString()),
        });
        curve.points.forEach((point, i) => {
          const row = rows[i]!;
          if (point.move.isZero()) return; // today's price: exactly no IL, checked below
          const w = quote === 'token1' ? model.token0ValueShare : new Decimal(1).minus(model.token0ValueShare);
          const hodl = deposit.mul(new Decimal(1).minus(w).plus(w.mul(point.move.plus(1))));
          expect(point.il.eq(row.il)).toBe(true);
          expect(point.feesUsd.eq(row.feesUsd)).toBe(true);
          expect(point.hodlValueUsd.eq(hodl)).toBe(true);
          expect(
            point.lpValueUsd
              .minus(hodl.mul(row.il.plus(1)))
              .abs()
              .lt('1e-25'),
          ).toBe(true);
          expect(point.lpPlusFeesUsd.eq(point.lpValueUsd.plus(row.feesUsd))).toBe(true);
          expect(point.ilUsd.eq(row.ilUsd)).toBe(true);
        });
        // Ascending, with the current price sampled: there LP = HODL.
        for (let i = 1; i < curve.points.length; i++)
          expect(curve.points[i]!.move.gt(curve.points[i - 1]!.move)).toBe(true);
        const now = curve.points.find((p) => p.move.isZero())!;
        expect(now.priceRatio.eq(1)).toBe(true);
        // No move, no loss, exactly (priceGrid's range models leave a residue near 1e-40 there).
        expect(now.lpValueUsd.eq(now.hodlValueUsd)).toBe(true);
        expect(now.il.isZero() && now.ilUsd.isZero()).toBe(true);
        expect(
          rows
            .find((r) => r.move.isZero())!
            .il.abs()
            .lt('1e-35'),
        ).toBe(true);
        expect(now.lpPlusFeesUsd.eq(deposit.plus(rows.find((r) => r.move.isZero())!.feesUsd))).toBe(true);
        expect(now.hodlValueUsd.eq(deposit)).toBe(true);
      });
    }
  }

  it("samples the probed moves of the analysis's own grid with the same figures (differential)", () => {
    const a = analyzePosition({
      pool: { kind: 'concentrated', price: '2000', priceLower: '1500', priceUpper: '2500' },
      feeTier: '0.003',
      tvlUsd: '10000000',
      volume24hUsd: '5000000',
      depositUsd: '10000',
      horizonDays: '30',
      volatility: '0.8',
    });
    const { model, feesUsd, options } = a.projection;
    const curve = payoffCurve(model, a.depositUsd, {
      ...options,
      feesUsd,
      span: { down: '-0.6', up: '0.6' },
      points: 13,
    });
    // Evenly spaced from -60 % to +60 % by 10 %: -0.5, 0.1 and 0.5 are samples, and grid rows too.
    for (const probe of ['-0.5', '0.1', '0.5']) {
      const point = curve.points.find((p) => p.move.eq(probe))!;
      const row = a.grid.find((r) => r.move.eq(probe))!;
      expect(point.il.eq(row.il)).toBe(true);
      expect(point.feesUsd.eq(row.feesUsd)).toBe(true);
      expect(point.lpPlusFeesUsd.minus(point.hodlValueUsd).minus(row.netVsHoldUsd).abs().lt('1e-25')).toBe(true);
    }
    // The range ends (1500 and 2500: -25 % and +25 %) and the break-even moves are sampled exactly.
    expect(curve.rangeMoves!.low.eq('-0.25')).toBe(true);
    expect(curve.rangeMoves!.high.eq('0.25')).toBe(true);
    expect(curve.points.some((p) => p.move.eq(curve.breakEven.up!))).toBe(true);
    expect(curve.points.some((p) => p.move.eq(curve.breakEven.down!))).toBe(true);
    expect(curve.breakEven.up!.minus(a.breakEven.up!).abs().lt('1e-9')).toBe(true);
    expect(curve.breakEven.down!.minus(a.breakEven.down!).abs().lt('1e-9')).toBe(true);
    // At a break-even price LP + fees is worth what holding is.
    const atUp = curve.points.find((p) => p.move.eq(curve.breakEven.up!))!;
    expect(atUp.lpPlusFeesUsd.minus(atUp.hodlValueUsd).abs().lt('1e-6')).toBe(true);
  });

  it('matches a hand-computed constant-product point: r = 4 gives IL = 2·2/5 - 1 = -20 %', () => {
    const curve = payoffCurve(buildPoolModel({ kind: 'constant-product' }), 1000, { feesUsd: 30 });
    const point = curve.points.find((p) => p.move.eq(3))!;
    expect(point.priceRatio.eq(4)).toBe(true);
    expect(point.il.eq('-0.2')).toBe(true);
    // HODL: $500 of token0 now worth $2,000, plus $500 of token1: $2,500; LP: 80 % of it.
    expect(point.hodlValueUsd.eq(2500)).toBe(true);
    expect(point.lpValueUsd.eq(2000)).toBe(true);
    expect(point.lpPlusFeesUsd.eq(2030)).toBe(true);
    expect(point.ilUsd.eq(-500)).toBe(true);
    // Default span for a volatile pair: -90 % .. +300 %, 41 evenly spaced prices (step 9.75 %).
    expect(curve.points[0]!.move.eq('-0.9')).toBe(true);
    expect(curve.points.at(-1)!.move.eq(3)).toBe(true);
  });

  it('turns round with the quote: quote token0 moves token1, and the range ends swap', () => {
    const model = buildPoolModel({ kind: 'concentrated', price: 2000, priceLower: 1500, priceUpper: 2500 });
    const curve = payoffCurve(model, deposit, { quote: 'token0' });
    expect(curve.movingToken).toBe('token1');
    expect(curve.rangeMoves!.low.eq(new Decimal(2000).div(2500).minus(1))).toBe(true);
    expect(curve.rangeMoves!.high.eq(new Decimal(2000).div(1500).minus(1))).toBe(true);
    const atHigh = curve.points.find((p) => p.move.eq(curve.rangeMoves!.high))!;
    expect(atHigh.priceRatio.minus('0.75').abs().lt('1e-35')).toBe(true);
  });

  it('stable pairs span ±10 %', () => {
    const curve = payoffCurve(buildPoolModel({ kind: 'stableswap', amplification: 200, price: 1 }), deposit);
    expect(curve.points[0]!.move.eq('-0.1')).toBe(true);
    expect(curve.points.at(-1)!.move.eq('0.1')).toBe(true);
  });

  it('refuses bad options with an LpInputError naming the field', () => {
    const model = buildPoolModel({ kind: 'constant-product' });
    const fieldOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof LpInputError) return e.field;
        throw e;
      }
      return null;
    };
    expect(fieldOf(() => payoffCurve(model, 0))).toBe('depositUsd');
    expect(fieldOf(() => payoffCurve(model, Number.NaN))).toBe('depositUsd');
    expect(fieldOf(() => payoffCurve(model, 1, { points: 1 }))).toBe('points');
    expect(fieldOf(() => payoffCurve(model, 1, { points: 2.5 }))).toBe('points');
    expect(fieldOf(() => payoffCurve(model, 1, { span: { down: -1, up: 1 } }))).toBe('span.down');
    expect(fieldOf(() => payoffCurve(model, 1, { span: { down: -0.5, up: 0 } }))).toBe('span.up');
    expect(fieldOf(() => payoffCurve(model, 1, { feesUsd: -1 }))).toBe('feesUsd');
    expect(fieldOf(() => payoffCurve(model, 1, { quote: 'usd' as never }))).toBe('quote');
  });
});
