import { tokenFlagRule } from '../token-rules';

/** An owner who can mint at will can dilute the token to nothing and drain the pool's other side. */
export const tokenOwnerCanMint = tokenFlagRule({
  id: 'token-owner-can-mint',
  title: 'Whether an owner can mint the pool tokens',
  flag: 'mintable',
  bad: true,
  severity: 'danger',
  key: 'tokenOwnerCanMint',
  headline: (tokens) => `The owner of ${tokens} can mint more of it`,
  reason: (tokens) =>
    `The owner of ${tokens} can create new tokens at will and sell them into the pool, taking the other token out of it.`,
});
