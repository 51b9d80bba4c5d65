import { Decimal } from '../../numbers';
import { tokenShareRule } from '../token-rules';

/** Unlocked LP tokens can be pulled at once: the classic rug pull of a new token's pair. */
export const tokenLpUnlocked = tokenShareRule({
  id: 'token-lp-unlocked',
  title: "Locked share of the pool tokens' LP",
  share: 'lpLockedShare',
  direction: 'below',
  thresholds: [
    { severity: 'danger', limit: new Decimal('0.1') },
    { severity: 'warning', limit: new Decimal('0.5') },
  ],
  key: 'tokenLpUnlocked',
  headline: ({ token, value, limit }) =>
    `Only ${value} of the LP tokens of ${token}'s pairs are locked, less than ${limit}`,
  reason: ({ token, limit }) =>
    `Less than ${limit} of the LP tokens of ${token}'s pairs are locked: their holders can withdraw the liquidity at any time and leave the pool empty.`,
});
