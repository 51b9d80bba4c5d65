import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { limitText, pct, valueText } from '../format';
import { dailyVolatility } from '../../volatility';

/** A range tighter than one day's typical move is left within a day or two: few fees, realised IL. */
export const rangeNarrowerThanDailyMove: WarningRule = {
  id: 'range-narrower-than-daily-move',
  title: "Range width against a typical day's move",
  unit: 'multiple',
  direction: 'below',
  thresholds: [
    { severity: 'danger', limit: new Decimal('0.5') },
    { severity: 'warning', limit: new Decimal(1) },
  ],
  needs: ['rangeHalfWidthLog', 'volatility'],
  appliesTo: ['concentrated'],
  measure: ({ outOfRange, rangeHalfWidthLog, volatility }) => {
    if (outOfRange || volatility!.isZero()) return null;
    return rangeHalfWidthLog!.div(dailyVolatility(volatility!));
  },
  headline: (value, limit) =>
    `Nearer range edge is only ${valueText('multiple', value, limit)} a typical day's move away, under ${limitText('multiple', limit)}`,
  reason: (value, limit, ctx) =>
    `The nearer edge of your range is ${valueText('multiple', value, limit)} a typical daily move away (one-day volatility ${pct(dailyVolatility(ctx.volatility!))}); below ${limitText('multiple', limit)} the price is likely to leave the range within days.`,
  message: (value, limit, ctx) => ({
    title: 'rangeNarrowerThanDailyMove.title',
    reason: 'rangeNarrowerThanDailyMove.reason',
    params: {
      value: valueText('multiple', value, limit),
      limit: limitText('multiple', limit),
      daily: pct(dailyVolatility(ctx.volatility!)),
    },
  }),
};
