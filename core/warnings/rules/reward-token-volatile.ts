import { Decimal } from '../../numbers';
import type { WarningContext, WarningRule } from '../rule';
import { limitText, pct, valueText } from '../format';
import { rewardShare } from './reward-dominated-apr';

/** When rewards are most of the return, the reward token's own swings decide what the position earns. */
export const rewardTokenVolatile: WarningRule = {
  id: 'reward-token-volatile',
  title: 'Volatility of the reward token when rewards dominate',
  unit: 'fraction',
  direction: 'above',
  thresholds: [
    { severity: 'danger', limit: new Decimal('1.5') },
    { severity: 'warning', limit: new Decimal('0.8') },
  ],
  needs: ['rewardApr', 'poolFeeApr'],
  // Only when rewards are more than half of the return (reward-dominated-apr's warning level); then an
  // unknown volatility leaves the rule not judged.
  unjudged: (ctx) => dominated(ctx) && ctx.rewardTokenVolatility === undefined,
  measure: (ctx) => (dominated(ctx) ? (ctx.rewardTokenVolatility ?? null) : null),
  headline: (value, limit, ctx) =>
    `Rewards are most of the return and ${ctx.rewardTokenSymbol ?? 'the reward token'} swings ${valueText('fraction', value, limit, 0)} a year, more than ${limitText('fraction', limit)}`,
  reason: (value, limit, ctx) =>
    `${pct(rewardShare(ctx)!, 0)} of the advertised return is paid in ${ctx.rewardTokenSymbol ?? 'the reward token'}, whose price moves ${valueText('fraction', value, limit, 0)} a year (annualised volatility), more than ${limitText('fraction', limit)}: the rewards may be worth much less by the time they are sold.`,
  message: (value, limit, ctx) => ({
    title: 'rewardTokenVolatile.title',
    reason: 'rewardTokenVolatile.reason',
    params: {
      token: ctx.rewardTokenSymbol ?? '?',
      value: valueText('fraction', value, limit, 0),
      limit: limitText('fraction', limit),
      share: pct(rewardShare(ctx)!, 0),
    },
  }),
};

const dominated = (ctx: WarningContext) => rewardShare(ctx)?.gt('0.5') ?? false;
