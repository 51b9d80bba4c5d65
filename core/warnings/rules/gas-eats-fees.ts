import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { times, usd } from '../format';

/** On small deposits the cost of entering and leaving can exceed everything the position earns. */
export const gasEatsFees: WarningRule = {
  id: 'gas-eats-fees',
  title: 'Gas eats the projected fees',
  unit: 'multiple',
  direction: 'below',
  thresholds: [
    { severity: 'danger', limit: new Decimal(1) },
    { severity: 'warning', limit: new Decimal(4) },
  ],
  needs: ['gasCostUsd', 'expectedFeesUsd'],
  // Fees as a multiple of gas: zero fees give 0 (the worst case) instead of a division by zero.
  measure: ({ gasCostUsd, expectedFeesUsd }) => (gasCostUsd!.isZero() ? null : expectedFeesUsd!.div(gasCostUsd!)),
  reason: (value, limit, ctx) =>
    `The fees expected over the horizon (${usd(ctx.expectedFeesUsd!)}) are ${times(value)} the gas to enter and exit (${usd(ctx.gasCostUsd!)}); under ${times(limit)} gas takes a large part of the income.`,
};
