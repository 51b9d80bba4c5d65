import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { days as formatDays } from '../../format';
import { limitText } from '../format';

/** A reward stream that stops inside the horizon pays only part of the APR advertised today. */
export const rewardEndsWithinHorizon: WarningRule = {
  id: 'reward-ends-within-horizon',
  title: 'Reward end within the horizon',
  unit: 'fraction',
  direction: 'below',
  // The share of the horizon the first-ending stream still pays; below 1 it ends inside the horizon.
  thresholds: [{ severity: 'warning', limit: new Decimal(1) }],
  // No rewardEndsInDays: no stream gives an end time (or there are no rewards), nothing to judge.
  needs: ['horizonDays'],
  measure: ({ rewardEndsInDays, horizonDays }) =>
    rewardEndsInDays === undefined || horizonDays!.isZero() ? null : Decimal.max(0, rewardEndsInDays).div(horizonDays!),
  headline: (_value, _limit, ctx) =>
    ctx.rewardEndsInDays!.lte(0)
      ? `The ${symbol(ctx)} rewards have ended`
      : `The ${symbol(ctx)} rewards end in ${days(ctx.rewardEndsInDays!)}, within your horizon of ${days(ctx.horizonDays!)}`,
  reason: (value, _limit, ctx) =>
    `Only ${limitText('fraction', value.toDecimalPlaces(2))} of your horizon of ${days(ctx.horizonDays!)} is paid in ${symbol(ctx)} rewards: no rewards are counted after they end, and the APR shown today falls when they do.`,
  message: (value, _limit, ctx) => ({
    title: ctx.rewardEndsInDays!.lte(0) ? 'rewardEndsWithinHorizon.titleEnded' : 'rewardEndsWithinHorizon.title',
    reason: 'rewardEndsWithinHorizon.reason',
    params: {
      token: symbol(ctx),
      days: days(ctx.rewardEndsInDays!),
      horizon: days(ctx.horizonDays!),
      share: limitText('fraction', value.toDecimalPlaces(2)),
    },
  }),
};

const symbol = (ctx: { rewardEndingSymbol?: string }) => ctx.rewardEndingSymbol ?? 'reward';

/** Whole days without a decimal ("10 days"), others with one ("2.5 days"). */
const days = (value: Decimal) => formatDays(value, { digits: value.isInteger() ? 0 : 1 });
