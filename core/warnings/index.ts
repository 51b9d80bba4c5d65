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

export function evaluateWarnings(ctx: WarningContext, rules: readonly WarningRule[] = WARNING_RULES): WarningReport {
  const hits: WarningHit[] = [];
  const skipped: SkippedRule[] = [];
  for (const rule of rules) {
    if (rule.appliesTo && ctx.kind && !rule.appliesTo.includes(ctx.kind)) continue;
    const missing = rule.needs.filter((field) => ctx[field] === undefined);
    const oneOf = rule.needsOneOf ?? [];
    if (oneOf.length > 0 && oneOf.every((field) => ctx[field] === undefined)) missing.push(...oneOf);
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

export function evaluateRule(rule: WarningRule, ctx: WarningContext): WarningHit | null {
  const value = rule.measure(ctx);
  if (value === null) return null;
  const crossed = rule.thresholds.find(({ limit }) => (rule.direction === 'above' ? value.gt(limit) : value.lt(limit)));
  if (!crossed) return null;
  return {
    id: rule.id,
    title: rule.headline(value, crossed.limit, ctx, crossed.severity),
    severity: crossed.severity,
    unit: rule.unit,
    value,
    threshold: crossed.limit,
    reason: rule.reason(value, crossed.limit, ctx),
  };
}
