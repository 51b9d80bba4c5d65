import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';
import { limitText, usd, valueText } from '../format';

/** On small deposits the cost of entering and leaving can exceed everything the position earns. */
export const gasEatsFees: WarningRule = {
  id: 'gas-eats-fees',
  title: 'Projected fees against the gas to enter and exit',
  unit: 'multiple',
  direction: 'below',
  thresholds: [
    { severity: 'danger', limit: new Decimal(1) },
    { severity: 'warning', limit: new Decimal(4) },
  ],
  needs: ['gasCostUsd', 'expectedFeesUsd'],
  // Fees as a multiple of gas: zero fees give 0 (the worst case) instead of a division by zero.
  measure: ({ gasCostUsd, expectedFeesUsd }) => (gasCostUsd!.isZero() ? null : expectedFeesUsd!.div(gasCostUsd!)),
  headline: (value, limit, _ctx, severity) =>
    severity === 'danger'
      ? `Fees do not cover the gas: ${valueText('multiple', value, limit)} the cost to enter and exit (needs more than ${limitText('multiple', limit)})`
      : `Fees are only ${valueText('multiple', value, limit)} the gas to enter and exit (safe above ${limitText('multiple', limit)})`,
  reason: (value, limit, ctx) =>
    `The fees expected over the horizon (${usd(ctx.expectedFeesUsd!)}) are ${valueText('multiple', value, limit)} the gas to enter and exit (${usd(ctx.gasCostUsd!)}); under ${limitText('multiple', limit)} gas takes ${limit.lte(1) ? 'more than all' : 'a large part'} of the income.`,
  message: (value, limit, ctx, severity) => ({
    title: severity === 'danger' ? 'gasEatsFees.titleDanger' : 'gasEatsFees.titleWarning',
    reason: limit.lte(1) ? 'gasEatsFees.reasonAll' : 'gasEatsFees.reasonPart',
    params: {
      value: valueText('multiple', value, limit),
      limit: limitText('multiple', limit),
      fees: usd(ctx.expectedFeesUsd!),
      gas: usd(ctx.gasCostUsd!),
    },
  }),
};
