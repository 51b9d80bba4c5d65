import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { limitText, valueText } from '../format';

/** Thin pools are easy to manipulate and their figures swing with a single trade. */
export const lowTvl: WarningRule = {
  id: 'low-tvl',
  title: 'Total value locked',
  unit: 'usd',
  direction: 'below',
  thresholds: [
    { severity: 'danger', limit: new Decimal(10_000) },
    { severity: 'warning', limit: new Decimal(100_000) },
  ],
  needs: ['tvlUsd'],
  measure: ({ tvlUsd }) => tvlUsd!,
  headline: (value, limit) => `Pool holds only ${valueText('usd', value, limit)}, under ${limitText('usd', limit)}`,
  reason: (value, limit) =>
    `The pool holds ${valueText('usd', value, limit)}, under ${limitText('usd', limit)}: thin pools are easy to manipulate and their fee figures swing with single trades.`,
  message: (value, limit) => ({
    title: 'lowTvl.title',
    reason: 'lowTvl.reason',
    params: { value: valueText('usd', value, limit), limit: limitText('usd', limit) },
  }),
};
