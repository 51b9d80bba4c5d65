import { tokenFlagRule } from '../token-rules';

/** A blacklist can freeze an address: the LP's own, or the pool's. */
export const tokenBlacklist = tokenFlagRule({
  id: 'token-blacklist',
  title: 'Blacklist in the pool tokens',
  flag: 'blacklist',
  bad: true,
  severity: 'warning',
  key: 'tokenBlacklist',
  headline: (tokens) => `${tokens} can blacklist addresses`,
  reason: (tokens) =>
    `${tokens} can stop chosen addresses from moving it, which could keep you from withdrawing or selling it.`,
});
