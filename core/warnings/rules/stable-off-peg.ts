import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { limitText, valueText } from '../format';

/** A stable pair away from 1:1 may be depegging; stableswap LPs absorb the weaker coin. */
export const stableOffPeg: WarningRule = {
  id: 'stable-off-peg',
  title: "Stable pair's distance from its peg",
  unit: 'fraction',
  direction: 'above',
  thresholds: [
    { severity: 'danger', limit: new Decimal('0.02') },
    { severity: 'warning', limit: new Decimal('0.005') },
  ],
  needs: ['pegPrice'],
  appliesTo: ['stableswap'],
  measure: ({ pegPrice }) => pegPrice!.minus(1).abs(),
  headline: (value, limit) =>
    `Stable pair trades ${valueText('fraction', value, limit)} off its peg, more than ${limitText('fraction', limit)}`,
  reason: (value, limit) =>
    `The pair trades ${valueText('fraction', value, limit)} away from 1:1, more than ${limitText('fraction', limit)}: in a depeg the pool fills up with the weaker coin.`,
  message: (value, limit) => ({
    title: 'stableOffPeg.title',
    reason: 'stableOffPeg.reason',
    params: { value: valueText('fraction', value, limit), limit: limitText('fraction', limit) },
  }),
};
