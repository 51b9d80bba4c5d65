import { say } from '../../../../../lib/i18n/index';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { volumeOverDays } from '../../../../../entrypoints/background/providers/daily-volume';
import { parseGeckoOhlcv } from '../../../../../entrypoints/background/providers/geckoterminal';

const DAY = 86_400;
/** 2025-01-31 00:00 UTC, and noon that day: today's candle is still filling. */
const TODAY = 1738281600;
const NOW_MS = (TODAY + DAY / 2) * 1000;
const candle = (daysAgo: number, volumeUsd?: string) => ({
  time: TODAY - daysAgo * DAY,
  close: '1',
  ...(volumeUsd === undefined ? {} : { volumeUsd }),
});

describe('volume over the last days, from daily candles', () => {
  it('sums the 7 complete days before today and leaves today and older days out', () => {
    const candles = [candle(0, '999'), ...[1, 2, 3, 4, 5, 6, 7].map((d) => candle(d, String(d * 100))), candle(8, '5')];
    // 100 + 200 + ... + 700 = 2,800 over 7 days; today's 999 (partial) and day 8's 5 are outside.
    expect(volumeOverDays(candles, 7, NOW_MS)).toEqual({ totalUsd: expect.anything(), daysWithData: 7 });
    expect(volumeOverDays(candles, 7, NOW_MS)!.totalUsd.toString()).toBe('2800');
  });

  it('says how many days had a candle, rather than counting the missing ones as zero', () => {
    const candles = [candle(1, '100'), candle(2, '100'), candle(5, '100')];
    const week = volumeOverDays(candles, 7, NOW_MS)!;
    expect([week.totalUsd.toString(), week.daysWithData]).toEqual(['300', 3]);
  });

  it('no candle with a volume in the window: no figure', () => {
    expect(volumeOverDays([candle(0, '50'), candle(9, '50'), candle(2)], 7, NOW_MS)).toBeNull();
  });

  it('the recorded ETH/USDC candles: 30 days of volume at the time of the last candle', () => {
    const parsed = parseGeckoOhlcv(
      JSON.parse(
        readFileSync(
          new URL(
            '../../../../fixtures/api/geckoterminal/ohlcv-day-eth-0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640.json',
            import.meta.url,
          ),
          'utf8',
        ),
      ),
    );
    if (!parsed.ok) throw new Error(say(parsed.reason));
    const newest = parsed.candles.at(-1)!.time;
    const month = volumeOverDays(parsed.candles, 30, (newest + DAY / 2) * 1000)!;
    // 31 candles: today's is partial, the 30 before it make the month.
    expect(month.daysWithData).toBe(30);
    const expected = parsed.candles.slice(0, 30).reduce((sum, c) => sum + Number(c.volumeUsd), 0);
    expect(month.totalUsd.toNumber()).toBeCloseTo(expected, 2);
  });
});
