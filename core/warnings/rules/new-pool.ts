import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { limitText, valueText } from '../format';

/** Young pools have no track record: volume may be launch hype, tokens may be unvetted. */
export const newPool: WarningRule = {
  id: 'new-pool',
  title: 'Pool age',
  unit: 'days',
  direction: 'below',
  thresholds: [
    { severity: 'danger', limit: new Decimal(1) },
    { severity: 'warning', limit: new Decimal(7) },
    { severity: 'info', limit: new Decimal(30) },
  ],
  needs: ['poolAgeDays'],
  measure: ({ poolAgeDays }) => poolAgeDays!,
  headline: (value, limit) =>
    `Pool is ${valueText('days', value, limit)} old, younger than ${limitText('days', limit)}`,
  reason: (value, limit) =>
    `The pool is ${valueText('days', value, limit)} old, younger than ${limitText('days', limit)}: its volume and fees have no track record yet.`,
  message: (value, limit) => ({
    title: 'newPool.title',
    reason: 'newPool.reason',
    params: { value: valueText('days', value, limit), limit: limitText('days', limit) },
  }),
};
