/**
 * The net view over a horizon: fees + rewards - LVR - gas (enter and exit) - exit cost, each part in USD,
 * and how many days the position needs to earn back what entering and leaving cost.
 */
import { type Decimal, LpInputError, ZERO, finiteResult, namedInputs, nonNegative, positive } from './numbers';
import { type Usd, asUsd } from './units';

export type NetPart = 'fees' | 'rewards' | 'lvr' | 'gas' | 'exitCost';

export interface NetView {
  /** Each known part as a signed USD amount (costs negative). */
  parts: Partial<Record<NetPart, Usd>>;
  /** The sum of the known parts. */
  netUsd: Usd;
  /** Parts that were not known: the net leaves them out, and says so. */
  missing: NetPart[];
  /**
   * Days of earning (fees + rewards - LVR, at the horizon's daily rate) that pay back gas and the exit cost;
   * null when the position earns nothing net per day (never), or when gas or the fees are unknown.
   */
  breakEvenDays: Decimal | null;
  /** What the break-even pays back: gas always, the exit cost when it is known. */
  breakEvenCovers: ('gas' | 'exitCost')[];
}

/** Every amount is a positive USD size over the horizon; absent means unknown. */
export function netOverHorizon(input: {
  horizonDays: unknown;
  feesUsd?: unknown;
  rewardsUsd?: unknown;
  lvrUsd?: unknown;
  gasUsd?: unknown;
  exitCostUsd?: unknown;
}): NetView {
  namedInputs(input);
  const horizon = positive(input.horizonDays, 'horizonDays');
  const sizes: [NetPart, unknown, 1 | -1][] = [
    ['fees', input.feesUsd, 1],
    ['rewards', input.rewardsUsd, 1],
    ['lvr', input.lvrUsd, -1],
    ['gas', input.gasUsd, -1],
    ['exitCost', input.exitCostUsd, -1],
  ];
  const parts: Partial<Record<NetPart, Usd>> = {};
  const missing: NetPart[] = [];
  for (const [part, value, sign] of sizes) {
    if (value === undefined) missing.push(part);
    else parts[part] = asUsd(nonNegative(value, `${part}Usd`).mul(sign));
  }
  const netUsd = asUsd(
    finiteResult(
      Object.values(parts).reduce((a, b) => a.plus(b), ZERO),
      'netUsd',
    ),
  );
  const earning = (['fees', 'rewards', 'lvr'] as const).reduce((sum, part) => sum.plus(parts[part] ?? ZERO), ZERO);
  const breakEvenCovers = (['gas', 'exitCost'] as const).filter((part) => parts[part] !== undefined);
  const oneOff = breakEvenCovers.reduce((sum, part) => sum.minus(parts[part]!), ZERO);
  let breakEvenDays: Decimal | null = null;
  if (parts.gas && earning.gt(0) && !missing.includes('fees')) {
    breakEvenDays = finiteResult(oneOff.div(earning.div(horizon)), 'breakEvenDays');
  }
  if (missing.length === sizes.length) throw new LpInputError('input', 'missing', 'needs at least one part');
  return { parts, netUsd, missing, breakEvenDays, breakEvenCovers };
}
