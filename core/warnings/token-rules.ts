/**
 * What the token-security rules share: they judge the pool's tokens that are not well known, fire on a
 * known finding, and when a finding is unknown (null) and none fired, they are listed as not judged:
 * an unanswered check is never "safe".
 */
import { Decimal } from '../numbers';
import type { Severity, TokenCheck, WarningContext, WarningRule } from './rule';
import { limitText, valueText } from './format';

type Flag = 'honeypot' | 'mintable' | 'ownerCanChangeBalance' | 'hiddenOwner' | 'blacklist' | 'proxy' | 'openSource';
type Share = 'buyTax' | 'sellTax' | 'lpLockedShare' | 'topHoldersShare';

/** The tokens a rule judges: all but the well-known ones. */
export const judgedTokens = (ctx: WarningContext): TokenCheck[] =>
  (ctx.tokenChecks ?? []).filter((check) => !check.wellKnown);

/** "AAA" or "AAA and BBB": the tokens a hit is about (at most two, the pool's pair). */
const names = (tokens: TokenCheck[]): string => tokens.map((t) => t.symbol).join(' and ');

/**
 * A yes/no finding that is bad when it reads `bad` (true for most; false for "open source"). The measured
 * value is the number of judged tokens with the bad finding; it fires at one.
 */
export function tokenFlagRule(spec: {
  id: string;
  title: string;
  flag: Flag;
  bad: boolean;
  severity: Severity;
  key: string;
  headline: (tokens: string) => string;
  reason: (tokens: string) => string;
}): WarningRule {
  const flagged = (ctx: WarningContext) => judgedTokens(ctx).filter((check) => check[spec.flag] === spec.bad);
  return {
    id: spec.id,
    title: spec.title,
    unit: 'multiple',
    direction: 'above',
    thresholds: [{ severity: spec.severity, limit: new Decimal(0) }],
    needs: ['tokenChecks'],
    unjudged: (ctx) => judgedTokens(ctx).some((check) => check[spec.flag] === null),
    measure: (ctx) => (judgedTokens(ctx).length === 0 ? null : new Decimal(flagged(ctx).length)),
    headline: (_value, _limit, ctx) => spec.headline(names(flagged(ctx))),
    reason: (_value, _limit, ctx) => spec.reason(names(flagged(ctx))),
    message: (_value, _limit, ctx) => ({
      title: `${spec.key}.title`,
      reason: `${spec.key}.reason`,
      params: { tokens: names(flagged(ctx)) },
    }),
  };
}

/**
 * A share (tax, LP locked, top holders): the worst judged token's known value is measured ('above': the
 * largest, 'below': the smallest); the hit names that token.
 */
export function tokenShareRule(spec: {
  id: string;
  title: string;
  share: Share | Share[];
  direction: 'above' | 'below';
  thresholds: { severity: Severity; limit: Decimal }[];
  key: string;
  headline: (p: { token: string; value: string; limit: string }) => string;
  reason: (p: { token: string; value: string; limit: string }) => string;
}): WarningRule {
  const shares = Array.isArray(spec.share) ? spec.share : [spec.share];
  const worse = (a: Decimal, b: Decimal) => (spec.direction === 'above' ? a.gt(b) : a.lt(b));
  /** The worst known value and its token. */
  const worst = (ctx: WarningContext): { value: Decimal; token: string } | null => {
    let found: { value: Decimal; token: string } | null = null;
    for (const check of judgedTokens(ctx)) {
      for (const share of shares) {
        const value = check[share];
        if (value !== null && (found === null || worse(value, found.value))) found = { value, token: check.symbol };
      }
    }
    return found;
  };
  const params = (value: Decimal, limit: Decimal, ctx: WarningContext) => ({
    token: worst(ctx)?.token ?? '',
    value: valueText('fraction', value, limit),
    limit: limitText('fraction', limit),
  });
  return {
    id: spec.id,
    title: spec.title,
    unit: 'fraction',
    direction: spec.direction,
    thresholds: spec.thresholds,
    needs: ['tokenChecks'],
    unjudged: (ctx) => judgedTokens(ctx).some((check) => shares.some((share) => check[share] === null)),
    measure: (ctx) => worst(ctx)?.value ?? null,
    headline: (value, limit, ctx) => spec.headline(params(value, limit, ctx)),
    reason: (value, limit, ctx) => spec.reason(params(value, limit, ctx)),
    message: (value, limit, ctx) => ({
      title: `${spec.key}.title`,
      reason: `${spec.key}.reason`,
      params: params(value, limit, ctx),
    }),
  };
}
