import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { pct } from '../format';

/** A stable pair away from 1:1 may be depegging; stableswap LPs absorb the weaker coin. */
export const stableOffPeg: WarningRule = {
  id: 'stable-off-peg',
  title: 'Stable pair off its peg',
  unit: 'fraction',
  direction: 'above',
  thresholds: [
    { severity: 'danger', limit: new Decimal('0.02') },
    { severity: 'warning', limit: new Decimal('0.005') },
  ],
  needs: ['pegPrice'],
  appliesTo: ['stableswap'],
  measure: ({ pegPrice }) => pegPrice!.minus(1).abs(),
  reason: (value, limit) =>
    `The pair trades ${pct(value)} away from 1:1, more than ${pct(limit)}: in a depeg the pool fills up with the weaker coin.`,
};
