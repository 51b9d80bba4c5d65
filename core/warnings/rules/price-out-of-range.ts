import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';

/** An out-of-range position earns nothing and holds only the falling (or only the lagging) token. */
export const priceOutOfRange: WarningRule = {
  id: 'price-out-of-range',
  title: 'Price inside your range',
  // A yes/no check: 1 when the price is outside the range, against a limit of 0. There is no figure to show.
  unit: 'multiple',
  direction: 'above',
  thresholds: [{ severity: 'danger', limit: new Decimal(0) }],
  needs: ['outOfRange'],
  appliesTo: ['concentrated'],
  measure: ({ outOfRange }) => new Decimal(outOfRange ? 1 : 0),
  headline: () => 'Price is outside your range: the position earns no fees',
  reason: () => 'The current price is outside the chosen range: the position earns no fees and holds a single token.',
  message: () => ({ title: 'priceOutOfRange.title', reason: 'priceOutOfRange.reason', params: {} }),
};
