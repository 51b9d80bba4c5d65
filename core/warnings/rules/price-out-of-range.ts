import { Decimal } from '../../numbers';
import type { WarningRule } from '../rule';

/** An out-of-range position earns nothing and holds only the falling (or only the lagging) token. */
export const priceOutOfRange: WarningRule = {
  id: 'price-out-of-range',
  title: 'Price is outside your range',
  unit: 'multiple',
  direction: 'above',
  thresholds: [{ severity: 'danger', limit: new Decimal(0) }],
  needs: ['outOfRange'],
  appliesTo: ['concentrated'],
  measure: ({ outOfRange }) => new Decimal(outOfRange ? 1 : 0),
  reason: () => 'The current price is outside the chosen range: the position earns no fees and holds a single token.',
};
