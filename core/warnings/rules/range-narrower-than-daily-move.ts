import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { pct, times } from '../format';
import { dailyVolatility } from '../../volatility';

/** A range tighter than one day's typical move is left within a day or two: few fees, realised IL. */
export const rangeNarrowerThanDailyMove: WarningRule = {
  id: 'range-narrower-than-daily-move',
  title: "Range narrower than a typical day's move",
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
  reason: (value, limit, ctx) =>
    `The nearer edge of your range is ${times(value)} a typical daily move away (one-day volatility ${pct(dailyVolatility(ctx.volatility!))}); below ${times(limit)} the price is likely to leave the range within days.`,
};
