import { tokenFlagRule } from '../token-rules';

/** A honeypot can be bought but not sold: what the pool holds of it may never come out as value. */
export const tokenHoneypot = tokenFlagRule({
  id: 'token-honeypot',
  title: 'Honeypot check of the pool tokens',
  flag: 'honeypot',
  bad: true,
  severity: 'danger',
  key: 'tokenHoneypot',
  headline: (tokens) => `${tokens} looks like a honeypot: it can be bought but not sold`,
  reason: (tokens) =>
    `The token security check flags ${tokens} as a honeypot: holders may be unable to sell it, so the pool's value in it may be unrecoverable.`,
});
