import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { days } from '../format';

/** Young pools have no track record: volume may be launch hype, tokens may be unvetted. */
export const newPool: WarningRule = {
  id: 'new-pool',
  title: 'New pool',
  unit: 'days',
  direction: 'below',
  thresholds: [
    { severity: 'danger', limit: new Decimal(1) },
    { severity: 'warning', limit: new Decimal(7) },
    { severity: 'info', limit: new Decimal(30) },
  ],
  needs: ['poolAgeDays'],
  measure: ({ poolAgeDays }) => poolAgeDays!,
  reason: (value, limit) =>
    `The pool is ${days(value)} old, younger than ${days(limit)}: its volume and fees have no track record yet.`,
};
