import { Decimal } from '../../numbers';
import type { WarningContext, WarningRule } from '../rule';
import { limitText, pct, valueText } from '../format';

/** Which APR the rule judged: the larger of the pool's and the position's, the pool's on a tie. */
function judged({ poolFeeApr, positionFeeApr }: WarningContext): 'pool' | 'position' {
  if (positionFeeApr === undefined) return 'pool';
  if (poolFeeApr === undefined) return 'position';
  return positionFeeApr.gt(poolFeeApr) ? 'position' : 'pool';
}

/** The pool's 24 h volume as a share of its TVL, when both are known. */
function turnover({ volume24hUsd, tvlUsd }: WarningContext): string {
  if (volume24hUsd === undefined || tvlUsd === undefined || tvlUsd.isZero()) return '';
  return `; 24 h volume ${pct(volume24hUsd.div(tvlUsd), 0)} of TVL`;
}

/**
 * Fee APRs in the hundreds of percent come from a volume spike or wash trading and rarely last. A
 * concentrated position multiplies the pool's APR while the price stays in its range, so its own APR
 * is judged too: the pool may look ordinary while the position promises 452 %.
 */
export const feeAprOutlier: WarningRule = {
  id: 'fee-apr-outlier',
  title: 'Fee APR plausibility',
  unit: 'fraction',
  direction: 'above',
  thresholds: [
    { severity: 'danger', limit: new Decimal(10) },
    { severity: 'warning', limit: new Decimal(2) },
  ],
  needs: [],
  needsOneOf: ['poolFeeApr', 'positionFeeApr'],
  measure: (ctx) => (judged(ctx) === 'pool' ? ctx.poolFeeApr! : ctx.positionFeeApr!),
  headline: (value, limit, ctx) =>
    `${judged(ctx) === 'pool' ? 'Pool' : "Your position's"} fee APR of ${valueText('fraction', value, limit, 0)} is implausibly high, above ${limitText('fraction', limit)}`,
  reason: (value, limit, ctx) =>
    judged(ctx) === 'pool'
      ? `The pool's fee APR of ${valueText('fraction', value, limit, 0)}${turnover(ctx) ? ` (${turnover(ctx).slice(2)})` : ''} is above ${limitText('fraction', limit)}: such levels usually come from one day's volume spike or wash trading and rarely last.`
      : `Your position's fee APR of ${valueText('fraction', value, limit, 0)} (pool's ${ctx.poolFeeApr === undefined ? 'unknown' : pct(ctx.poolFeeApr, 0)}${turnover(ctx)}) is above ${limitText('fraction', limit)}: a narrow range multiplies the pool's fees only while the price stays inside it, and high pool APRs usually come from one day's spike or wash trading.`,
  message: (value, limit, ctx) => {
    const pool = judged(ctx) === 'pool';
    const { volume24hUsd, tvlUsd } = ctx;
    const volume =
      volume24hUsd === undefined || tvlUsd === undefined || tvlUsd.isZero() ? '' : pct(volume24hUsd.div(tvlUsd), 0);
    return {
      title: pool ? 'feeAprOutlier.titlePool' : 'feeAprOutlier.titlePosition',
      reason: pool
        ? volume
          ? 'feeAprOutlier.reasonPoolTurnover'
          : 'feeAprOutlier.reasonPool'
        : volume
          ? 'feeAprOutlier.reasonPositionTurnover'
          : 'feeAprOutlier.reasonPosition',
      params: {
        value: valueText('fraction', value, limit, 0),
        limit: limitText('fraction', limit),
        poolApr: ctx.poolFeeApr === undefined ? '?' : pct(ctx.poolFeeApr, 0),
        turnover: volume,
      },
    };
  },
};
