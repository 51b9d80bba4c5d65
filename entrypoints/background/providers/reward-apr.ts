/**
 * The reward APR of an emission stream, shared by the gauge and farm providers: core's `rewardAprFromRate`,
 * with "nothing staked" (or a figure core refuses) as null, the undefined APR, instead of an error.
 */
import { LpInputError, rewardAprFromRate as coreRewardApr, type Decimal } from '../../../core/index';

/**
 * Simple yearly rate, not compounded: tokens paid per second x the token's USD price x seconds in a 365-day year
 * / the USD value that earns them. Null when nothing earns them (no staked value): the APR is then undefined,
 * not zero and not infinite.
 */
export function rewardAprFromRate(tokensPerSecond: Decimal, priceUsd: Decimal, stakedUsd: Decimal): Decimal | null {
  try {
    return coreRewardApr({ ratePerSecond: tokensPerSecond, tokenPriceUsd: priceUsd, stakedTvlUsd: stakedUsd });
  } catch (error) {
    if (error instanceof LpInputError) return null;
    throw error;
  }
}

/** An APR as the figure's text: plain decimal, 12 significant digits. */
export const aprText = (apr: Decimal) => apr.toSignificantDigits(12).toFixed();
