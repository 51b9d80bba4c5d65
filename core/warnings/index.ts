import { LpInputError, checkedText, decimalValue, finiteResult, namedInputs } from '../numbers';
import { POOL_KINDS } from '../pool-models';
import type { SkippedRule, TokenCheck, WarningContext, WarningHit, WarningRule } from './rule';
import { SEVERITY_ORDER, TOKEN_FLAGS, TOKEN_SHARES } from './rule';
import { feesBelowLvr } from './rules/fees-below-lvr';
import { priceOutOfRange } from './rules/price-out-of-range';
import { rangeNarrowerThanDailyMove } from './rules/range-narrower-than-daily-move';
import { feeAprOutlier } from './rules/fee-apr-outlier';
import { rewardDominatedApr } from './rules/reward-dominated-apr';
import { lowTvl } from './rules/low-tvl';
import { lowVolumeToTvl } from './rules/low-volume-to-tvl';
import { newPool } from './rules/new-pool';
import { stableOffPeg } from './rules/stable-off-peg';
import { gasEatsFees } from './rules/gas-eats-fees';
import { tokenHoneypot } from './rules/token-honeypot';
import { tokenOwnerCanMint } from './rules/token-owner-can-mint';
import { tokenOwnerChangesBalances } from './rules/token-owner-changes-balances';
import { tokenHiddenOwner } from './rules/token-hidden-owner';
import { tokenBlacklist } from './rules/token-blacklist';
import { tokenUpgradeableProxy } from './rules/token-upgradeable-proxy';
import { tokenClosedSource } from './rules/token-closed-source';
import { tokenTransferTax } from './rules/token-transfer-tax';
import { tokenLpUnlocked } from './rules/token-lp-unlocked';
import { tokenHoldersConcentrated } from './rules/token-holders-concentrated';
import { rewardTokenVolatile } from './rules/reward-token-volatile';
import { rewardEndsWithinHorizon } from './rules/reward-ends-within-horizon';

export * from './rule';

/** Adding a rule: one file in rules/ and one line here. */
export const WARNING_RULES: readonly WarningRule[] = [
  feesBelowLvr,
  priceOutOfRange,
  rangeNarrowerThanDailyMove,
  feeAprOutlier,
  rewardDominatedApr,
  lowTvl,
  lowVolumeToTvl,
  newPool,
  stableOffPeg,
  gasEatsFees,
];

/**
 * Issue 11's rules on the liquidity-mining figures (reward streams, reward-token risk, token security).
 * They are judged where those figures are shown (lib/present/extras-model.ts), apart from the analysis'
 * rules: a pool page without those figures would otherwise list a dozen token checks as not judged in
 * the analysis, where the extras view says once that the token checks are unknown.
 */
export const LIQUIDITY_MINING_RULES: readonly WarningRule[] = [
  tokenHoneypot,
  tokenOwnerCanMint,
  tokenOwnerChangesBalances,
  tokenHiddenOwner,
  tokenBlacklist,
  tokenUpgradeableProxy,
  tokenClosedSource,
  tokenTransferTax,
  tokenLpUnlocked,
  tokenHoldersConcentrated,
  rewardTokenVolatile,
  rewardEndsWithinHorizon,
];

export interface WarningReport {
  /** Most severe first. */
  hits: WarningHit[];
  /** Rules that could not be judged, with the inputs that were unknown. */
  skipped: SkippedRule[];
}

/** The context's figures: each is a finite Decimal or absent (unknown). */
const DECIMAL_FIELDS = [
  'positionFeeApr',
  'poolFeeApr',
  'lvrPerYear',
  'volatility',
  'rangeHalfWidthLog',
  'rewardApr',
  'tvlUsd',
  'volume24hUsd',
  'poolAgeDays',
  'pegPrice',
  'gasCostUsd',
  'expectedFeesUsd',
  'rewardTokenVolatility',
  'rewardEndsInDays',
  'horizonDays',
] as const satisfies readonly (keyof WarningContext)[];

/**
 * The rules call Decimal methods on the context's figures, so a string, a number or a NaN there would be
 * a TypeError or a NaN verdict: each must be a finite Decimal or absent, the kind a pool kind, outOfRange
 * a boolean.
 */
function checkedContext(ctx: WarningContext): WarningContext {
  namedInputs(ctx, 'context');
  if (ctx.kind !== undefined && !POOL_KINDS.includes(ctx.kind)) {
    throw new LpInputError('kind', 'out-of-range', `must be one of ${POOL_KINDS.join(', ')}`);
  }
  if (ctx.outOfRange !== undefined && typeof ctx.outOfRange !== 'boolean') {
    throw new LpInputError('outOfRange', 'out-of-range', 'must be true or false');
  }
  for (const field of DECIMAL_FIELDS) if (ctx[field] !== undefined) decimalValue(ctx[field], field);
  for (const field of ['rewardTokenSymbol', 'rewardEndingSymbol'] as const) {
    if (ctx[field] !== undefined) checkedText(ctx[field], field);
  }
  if (ctx.tokenChecks !== undefined) checkedTokenChecks(ctx.tokenChecks);
  return ctx;
}

/** Each token check: text symbol, boolean-or-null flags, Decimal-or-null shares. */
function checkedTokenChecks(checks: unknown): void {
  if (!Array.isArray(checks)) throw new LpInputError('tokenChecks', 'missing', 'needs a list of token checks');
  checks.forEach((check: TokenCheck, i) => {
    const field = `tokenChecks[${i}]`;
    namedInputs(check, field);
    checkedText(check.symbol, `${field}.symbol`);
    if (typeof check.wellKnown !== 'boolean') {
      throw new LpInputError(`${field}.wellKnown`, 'out-of-range', 'must be true or false');
    }
    for (const flag of TOKEN_FLAGS) {
      if (check[flag] !== null && typeof check[flag] !== 'boolean') {
        throw new LpInputError(`${field}.${flag}`, 'out-of-range', 'must be true, false or null');
      }
    }
    for (const share of TOKEN_SHARES) if (check[share] !== null) decimalValue(check[share], `${field}.${share}`);
  });
}

/** A rule has the shape the engine loops over: its lists, its limits and its three functions. */
function checkedRule(rule: WarningRule): WarningRule {
  namedInputs(rule, 'rule');
  const { needs, thresholds, measure, headline, reason } = rule;
  const shaped =
    Array.isArray(needs) &&
    Array.isArray(thresholds) &&
    typeof measure === 'function' &&
    typeof headline === 'function' &&
    typeof reason === 'function';
  if (!shaped) throw new LpInputError('rule', 'missing', 'needs a warning rule like those in WARNING_RULES');
  for (const [i, threshold] of thresholds.entries()) {
    decimalValue(namedInputs(threshold, `rule.thresholds[${i}]`).limit, `rule.thresholds[${i}].limit`);
  }
  return rule;
}

/** The inputs a rule needs that the context does not have (all of needsOneOf when none of them is known). */
function missingInputs(rule: WarningRule, ctx: WarningContext): (keyof WarningContext)[] {
  const missing = rule.needs.filter((field) => ctx[field] === undefined);
  const oneOf = rule.needsOneOf ?? [];
  if (oneOf.length > 0 && oneOf.every((field) => ctx[field] === undefined)) missing.push(...oneOf);
  return missing;
}

export function evaluateWarnings(ctx: WarningContext, rules: readonly WarningRule[] = WARNING_RULES): WarningReport {
  checkedContext(ctx);
  if (!Array.isArray(rules)) throw new LpInputError('rules', 'missing', 'needs a list of warning rules');
  const hits: WarningHit[] = [];
  const skipped: SkippedRule[] = [];
  for (const rule of rules) {
    checkedRule(rule);
    if (rule.appliesTo && ctx.kind && !rule.appliesTo.includes(ctx.kind)) continue;
    const missing = missingInputs(rule, ctx);
    if (missing.length > 0) {
      skipped.push({ id: rule.id, title: rule.title, missing });
      continue;
    }
    const hit = evaluateRule(rule, ctx);
    if (hit) hits.push(hit);
    else if (rule.unjudged?.(ctx)) skipped.push({ id: rule.id, title: rule.title, missing: [...rule.needs] });
  }
  hits.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  return { hits, skipped };
}

/**
 * One rule on one context. Called directly (not through evaluateWarnings, which skips such rules), a rule
 * whose inputs are unknown cannot be judged: the first unknown input is reported as missing.
 */
export function evaluateRule(rule: WarningRule, ctx: WarningContext): WarningHit | null {
  checkedRule(rule);
  checkedContext(ctx);
  const [missing] = missingInputs(rule, ctx);
  if (missing !== undefined) throw new LpInputError(missing, 'missing', `the rule ${rule.id} needs it`);
  const measured = rule.measure(ctx);
  if (measured === null) return null;
  // Extreme figures (a volume of 1e9e15 over a TVL of 1e-9e15) can overflow in the rule's own arithmetic.
  const value = finiteResult(measured, String(rule.id));
  const crossed = rule.thresholds.find(({ limit }) => (rule.direction === 'above' ? value.gt(limit) : value.lt(limit)));
  if (!crossed) return null;
  const message = rule.message?.(value, crossed.limit, ctx, crossed.severity);
  return {
    ...(message ? { messageKey: message.title, reasonKey: message.reason, params: message.params } : {}),
    id: rule.id,
    title: rule.headline(value, crossed.limit, ctx, crossed.severity),
    severity: crossed.severity,
    unit: rule.unit,
    value,
    threshold: crossed.limit,
    reason: rule.reason(value, crossed.limit, ctx),
  };
}
