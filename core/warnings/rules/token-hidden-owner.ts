import { tokenFlagRule } from '../token-rules';

/** A hidden owner keeps owner powers after ownership is shown as renounced. */
export const tokenHiddenOwner = tokenFlagRule({
  id: 'token-hidden-owner',
  title: 'Hidden owner of the pool tokens',
  flag: 'hiddenOwner',
  bad: true,
  severity: 'warning',
  key: 'tokenHiddenOwner',
  headline: (tokens) => `${tokens} has a hidden owner`,
  reason: (tokens) =>
    `${tokens} keeps owner powers behind a hidden owner, so a renounced ownership does not mean nobody controls it.`,
});
