import { LpInputError, decimalValue, finiteResult, namedInputs } from '../numbers';
import { POOL_KINDS } from '../pool-models';
import type { SkippedRule, WarningContext, WarningHit, WarningRule } from './rule';
import { SEVERITY_ORDER } from './rule';
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
  return ctx;
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
