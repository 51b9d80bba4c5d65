/**
 * Liquidity-mining rewards: the APR of a reward rate, what streams pay over a horizon when they end inside
 * it, and the total APR if the reward token falls.
 *
 * APRs are simple yearly rates (no compounding), fractions: 0.125 = 12.5 %.
 */
import {
  Decimal,
  LpInputError,
  ONE,
  ZERO,
  finiteResult,
  fraction,
  namedInputs,
  nonNegative,
  positive,
} from './numbers';
import { type Fraction, asFraction } from './units';

/** 365 days of 86,400 seconds: the year APRs are quoted over. */
export const SECONDS_PER_YEAR = 31_536_000;
const MS_PER_DAY = 86_400_000;

/**
 * A reward rate as an APR on the value that earns it (a gauge's rewardRate on its staked TVL):
 * ratePerSecond (reward token units) * tokenPriceUsd * 31,536,000 / stakedTvlUsd.
 */
export function rewardAprFromRate(input: {
  /** Reward tokens paid per second to all stakers, human units (decimals applied). */
  ratePerSecond: unknown;
  tokenPriceUsd: unknown;
  /** USD value of what earns the rate (the gauge's staked LP, not the pool's whole TVL). */
  stakedTvlUsd: unknown;
}): Fraction {
  namedInputs(input);
  const rate = nonNegative(input.ratePerSecond, 'ratePerSecond');
  const price = nonNegative(input.tokenPriceUsd, 'tokenPriceUsd');
  const staked = positive(input.stakedTvlUsd, 'stakedTvlUsd');
  return asFraction(finiteResult(rate.mul(price).mul(SECONDS_PER_YEAR).div(staked), 'rewardApr'));
}

export interface RewardStreamInput {
  /** The stream's own APR while it pays (fraction). */
  apr: unknown;
  /** When it stops paying, ms since epoch; null when the source gives no end (taken to pay the whole horizon). */
  endsAtMs: unknown;
}

export interface StreamOverHorizon {
  apr: Decimal;
  /** Share of the horizon the stream still pays: 0 when it has ended, 1 when it outlasts the horizon. */
  paidShare: Decimal;
  /** Days of the horizon it pays. */
  paidDays: Decimal;
  /** Its APR averaged over the whole horizon: apr * paidShare. */
  horizonApr: Decimal;
  /** True when it ends before the horizon does. */
  endsWithinHorizon: boolean;
}

export interface RewardsOverHorizon {
  streams: StreamOverHorizon[];
  /** Sum of the streams' horizon APRs: what the rewards pay over the horizon, as a yearly rate. */
  totalApr: Fraction;
  /** For people: no rewards are counted after a stream's end time. */
  basis: 'paid-until-end';
}

/**
 * What each stream pays over the horizon: nothing past its end time. A campaign ending 10 days into a
 * 30-day horizon pays 10/30 of its APR averaged over the horizon.
 */
export function rewardsOverHorizon(input: {
  streams: RewardStreamInput[];
  nowMs: unknown;
  horizonDays: unknown;
}): RewardsOverHorizon {
  namedInputs(input);
  if (!Array.isArray(input.streams)) throw new LpInputError('streams', 'missing', 'needs a list of reward streams');
  const now = nonNegative(input.nowMs, 'nowMs');
  const horizon = positive(input.horizonDays, 'horizonDays');
  const streams = input.streams.map((stream, i) => {
    namedInputs(stream, `streams[${i}]`);
    const apr = nonNegative(stream.apr, `streams[${i}].apr`);
    if (stream.endsAtMs === null) {
      return { apr, paidShare: ONE, paidDays: horizon, horizonApr: apr, endsWithinHorizon: false };
    }
    const endsAt = nonNegative(stream.endsAtMs, `streams[${i}].endsAtMs`);
    const daysLeft = finiteResult(endsAt.minus(now).div(MS_PER_DAY), `streams[${i}].endsAtMs`);
    const paidDays = Decimal.max(ZERO, Decimal.min(horizon, daysLeft));
    const paidShare = finiteResult(paidDays.div(horizon), 'horizonDays');
    return {
      apr,
      paidShare,
      paidDays,
      horizonApr: finiteResult(apr.mul(paidShare), `streams[${i}].apr`),
      endsWithinHorizon: daysLeft.lt(horizon),
    };
  });
  const totalApr = streams.reduce((sum, s) => sum.plus(s.horizonApr), ZERO);
  return { streams, totalApr: asFraction(finiteResult(totalApr, 'streams')), basis: 'paid-until-end' };
}

export interface RewardStress {
  /** Reward APR over the horizon once the falling token's rewards are valued at the prices they are paid at. */
  rewardApr: Fraction;
  /** Fee APR + that reward APR. */
  totalApr: Fraction;
  /**
   * The assumption, for people: the token's price falls in a straight line from today's to (1 - fall) of it
   * at the horizon's end, and each reward is valued at the price on the day it is paid (not sold at the end).
   */
  basis: 'linear-fall-valued-as-paid';
}

/**
 * "If TOKEN falls X % over the horizon, the total APR becomes Y."
 *
 * Assumption (said in `basis`): the price falls linearly, p(t) = p0 * (1 - fall * t / T), and rewards are
 * valued as paid. A stream paying evenly over the first s*T of the horizon (paidShare s) is then worth its
 * APR times the average price factor over [0, sT]: 1 - fall * s / 2. Streams in other tokens are unchanged.
 */
export function rewardStress(input: {
  feeApr: unknown;
  /** The streams over the horizon (from rewardsOverHorizon) and whether each pays in the falling token. */
  streams: { horizonApr: unknown; paidShare: unknown; falls: boolean }[];
  /** How far the token falls by the horizon's end, 0 to 1 (0.5 = halves). */
  fall: unknown;
}): RewardStress {
  namedInputs(input);
  const feeApr = nonNegative(input.feeApr, 'feeApr');
  const fall = fraction(input.fall, 'fall');
  if (!Array.isArray(input.streams)) throw new LpInputError('streams', 'missing', 'needs a list of reward streams');
  const rewardApr = input.streams.reduce((sum, stream, i) => {
    namedInputs(stream, `streams[${i}]`);
    const apr = nonNegative(stream.horizonApr, `streams[${i}].horizonApr`);
    const share = fraction(stream.paidShare, `streams[${i}].paidShare`);
    if (typeof stream.falls !== 'boolean') {
      throw new LpInputError(`streams[${i}].falls`, 'out-of-range', 'must be true or false');
    }
    const factor = stream.falls ? ONE.minus(fall.mul(share).div(2)) : ONE;
    return sum.plus(apr.mul(factor));
  }, ZERO);
  const reward = finiteResult(rewardApr, 'streams');
  return {
    rewardApr: asFraction(reward),
    totalApr: asFraction(finiteResult(feeApr.plus(reward), 'feeApr')),
    basis: 'linear-fall-valued-as-paid',
  };
}
