import { Decimal } from '../../numbers';
import { tokenShareRule } from '../token-rules';

/** When a few wallets hold most of a token, one sale can crash its price. */
export const tokenHoldersConcentrated = tokenShareRule({
  id: 'token-holders-concentrated',
  title: 'Share of the pool tokens held by the ten largest holders',
  share: 'topHoldersShare',
  direction: 'above',
  thresholds: [{ severity: 'warning', limit: new Decimal('0.5') }],
  key: 'tokenHoldersConcentrated',
  headline: ({ token, value, limit }) => `The ten largest holders of ${token} hold ${value} of it, more than ${limit}`,
  reason: ({ token, value }) =>
    `${value} of ${token} sits in ten wallets: a few of them selling at once can crash its price, and the pool's value with it.`,
});
