import { tokenFlagRule } from '../token-rules';

/** Upgradeable code can change any rule of the token after you deposit. */
export const tokenUpgradeableProxy = tokenFlagRule({
  id: 'token-upgradeable-proxy',
  title: 'Upgradeable code of the pool tokens',
  flag: 'proxy',
  bad: true,
  severity: 'warning',
  key: 'tokenUpgradeableProxy',
  headline: (tokens) => `${tokens} is an upgradeable proxy: its code can be changed`,
  reason: (tokens) =>
    `Whoever controls the upgrade of ${tokens} can replace its code, including how transfers and balances work.`,
});
