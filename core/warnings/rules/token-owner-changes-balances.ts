import { tokenFlagRule } from '../token-rules';

/** An owner who can rewrite balances can take the pool's holding of the token. */
export const tokenOwnerChangesBalances = tokenFlagRule({
  id: 'token-owner-changes-balances',
  title: "Whether an owner can change the pool tokens' balances",
  flag: 'ownerCanChangeBalance',
  bad: true,
  severity: 'danger',
  key: 'tokenOwnerChangesBalances',
  headline: (tokens) => `The owner of ${tokens} can change holders' balances`,
  reason: (tokens) =>
    `The owner of ${tokens} can rewrite balances, the pool's included: what the pool holds of it is not safely there.`,
});
