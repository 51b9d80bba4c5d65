/**
 * Warnings as data (after Rabby's security engine): each rule names what it measures, its thresholds per
 * severity and the plain sentence a user reads. The engine only loops; views only render hits.
 */
import type { Decimal } from '../numbers';

export type Severity = 'info' | 'warning' | 'danger';
export const SEVERITY_ORDER: readonly Severity[] = ['danger', 'warning', 'info'];

/** How a measured value is shown: a fraction as %, USD, days, or a plain multiple. */
export type MeasureUnit = 'fraction' | 'usd' | 'days' | 'multiple';

/** Everything a rule may look at. Absent fields are unknown, and a rule that needs them is skipped, not guessed. */
export interface WarningContext {
  kind?: 'constant-product' | 'concentrated' | 'weighted' | 'stableswap';
  positionFeeApr?: Decimal;
  poolFeeApr?: Decimal;
  lvrPerYear?: Decimal;
  volatility?: Decimal;
  outOfRange?: boolean;
  /** ln distance from the price to the nearer range bound. */
  rangeHalfWidthLog?: Decimal;
  rewardApr?: Decimal;
  tvlUsd?: Decimal;
  volume24hUsd?: Decimal;
  poolAgeDays?: Decimal;
  /** Marginal price of a pair meant to trade at 1. */
  pegPrice?: Decimal;
  gasCostUsd?: Decimal;
  expectedFeesUsd?: Decimal;
  /** The most volatile reward token's annualised volatility, and its symbol (display-safe text). */
  rewardTokenVolatility?: Decimal;
  rewardTokenSymbol?: string;
  /** Days until the first reward stream ends (0 or less: it has ended), and that stream's token symbol. */
  rewardEndsInDays?: Decimal;
  rewardEndingSymbol?: string;
  horizonDays?: Decimal;
  /** Security findings for the pool's tokens (token security API); a token with no answer has every finding null. */
  tokenChecks?: TokenCheck[];
}

/**
 * One pool token's security findings. null is "the source did not say": never read as safe. A well-known
 * token (WETH, USDC, ... on its chain) is left out of every token rule.
 */
export interface TokenCheck {
  /** Display-safe symbol (symbolForDisplay): rules put it in their sentences. */
  symbol: string;
  wellKnown: boolean;
  honeypot: boolean | null;
  mintable: boolean | null;
  ownerCanChangeBalance: boolean | null;
  hiddenOwner: boolean | null;
  blacklist: boolean | null;
  proxy: boolean | null;
  openSource: boolean | null;
  buyTax: Decimal | null;
  sellTax: Decimal | null;
  lpLockedShare: Decimal | null;
  topHoldersShare: Decimal | null;
}
export const TOKEN_FLAGS = [
  'honeypot',
  'mintable',
  'ownerCanChangeBalance',
  'hiddenOwner',
  'blacklist',
  'proxy',
  'openSource',
] as const satisfies readonly (keyof TokenCheck)[];
export const TOKEN_SHARES = [
  'buyTax',
  'sellTax',
  'lpLockedShare',
  'topHoldersShare',
] as const satisfies readonly (keyof TokenCheck)[];

export interface Threshold {
  severity: Severity;
  /** The rule fires at this severity when the measured value passes this limit in the rule's direction. */
  limit: Decimal;
}

export interface WarningRule {
  id: string;
  /** A neutral name of what the rule checks ("Pool age"), for lists of rules that could not be judged. */
  title: string;
  unit: MeasureUnit;
  /** 'above': fires when value > limit; 'below': when value < limit. */
  direction: 'above' | 'below';
  /** Ordered from most to least severe. */
  thresholds: Threshold[];
  needs: (keyof WarningContext)[];
  /** At least one of these must be known too (the rule judges whichever are); absent means no such group. */
  needsOneOf?: (keyof WarningContext)[];
  /** Pool kinds the rule is about; absent means every kind. Other kinds neither hit nor count as skipped. */
  appliesTo?: NonNullable<WarningContext['kind']>[];
  /**
   * True when a finding the rule needs is unknown (a token check the source did not answer) and the known
   * ones did not fire: the rule is then listed as not judged rather than passing.
   */
  unjudged?(ctx: WarningContext): boolean;
  /** The measured value, or null when the rule does not apply to this pool. */
  measure(ctx: WarningContext): Decimal | null;
  /**
   * The hit's title: what was measured, its value and the limit it crossed, in the rule's unit
   * ("Fees cover the expected LVR only 1.43× (safe above 1.5×)"). `limit` is the crossed threshold.
   */
  headline(value: Decimal, limit: Decimal, ctx: WarningContext, severity: Severity): string;
  /** One plain sentence: why this matters, with the value and the limit. */
  reason(value: Decimal, limit: Decimal, ctx: WarningContext): string;
  /**
   * The same headline and sentence for a UI in another language: message keys (`rule.<key>` in the
   * locale files) and their parameters, figures already formatted. Core itself never translates.
   */
  message?(value: Decimal, limit: Decimal, ctx: WarningContext, severity: Severity): WarningMessage;
}

/** Which headline and sentence a hit reads, as message keys, with the figures they show. */
export interface WarningMessage {
  title: string;
  reason: string;
  params: Record<string, string>;
}

export interface WarningHit {
  id: string;
  /** This hit's headline: the measured value and the limit it crossed (see WarningRule.headline). */
  title: string;
  severity: Severity;
  unit: MeasureUnit;
  value: Decimal;
  threshold: Decimal;
  reason: string;
  /** The headline's message key (`rule.<messageKey>`), when the rule has one; `title` is its English. */
  messageKey?: string;
  /** The sentence's message key (`rule.<reasonKey>`); `reason` is its English. */
  reasonKey?: string;
  /** The figures both messages show, already formatted. */
  params?: Record<string, string>;
}

export interface SkippedRule {
  id: string;
  title: string;
  missing: (keyof WarningContext)[];
}
