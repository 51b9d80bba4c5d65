/**
 * Volume over the last week and month from daily candles, for fee APRs that one day's spike cannot make.
 * Only complete UTC days count (today's candle is still filling). A day without a candle is not assumed to
 * have had no trades: the figure says how many days it covers, and averages over those days.
 */
import { Decimal } from '../../../core/index';
import type { DailyCandle } from './geckoterminal';

const DAY_SECONDS = 86_400;

export interface VolumeWindow {
  /** USD traded on the days that have a candle. */
  totalUsd: Decimal;
  /** Days of the window with a candle (1..days). */
  daysWithData: number;
}

/** The last `days` complete days before `nowMs`; null when none of them has a candle with a volume. */
export function volumeOverDays(candles: readonly DailyCandle[], days: number, nowMs: number): VolumeWindow | null {
  const todayStart = Math.floor(nowMs / 1000 / DAY_SECONDS) * DAY_SECONDS;
  const windowStart = todayStart - days * DAY_SECONDS;
  let totalUsd = new Decimal(0);
  let daysWithData = 0;
  for (const candle of candles) {
    if (candle.time < windowStart || candle.time >= todayStart || candle.volumeUsd === undefined) continue;
    totalUsd = totalUsd.plus(candle.volumeUsd);
    daysWithData += 1;
  }
  return daysWithData === 0 ? null : { totalUsd, daysWithData };
}
