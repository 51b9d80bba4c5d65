import { tokenFlagRule } from '../token-rules';

/** Unverified code cannot be read, so none of the other checks can be trusted fully. */
export const tokenClosedSource = tokenFlagRule({
  id: 'token-closed-source',
  title: 'Published source code of the pool tokens',
  flag: 'openSource',
  bad: false,
  severity: 'warning',
  key: 'tokenClosedSource',
  headline: (tokens) => `The source code of ${tokens} is not published`,
  reason: (tokens) => `Without verified source code nobody can check what the contract of ${tokens} does.`,
});
