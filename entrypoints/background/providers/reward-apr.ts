/**
 * The reward APR of an emission stream, shared by the gauge and farm providers.
 *
 * TODO(core): the core engineer adds the same function to core (`rewardAprFromRate`); switch to it then and
 * delete this file.
 */
import type { Decimal } from '../../../core/index';

export const SECONDS_PER_YEAR = 31_536_000;

/**
 * Simple yearly rate, not compounded: tokens paid per second x the token's USD price x seconds in a 365-day year
 * / the USD value that earns them. Null when nothing earns them (no staked value): the APR is then undefined,
 * not zero and not infinite.
 */
export function rewardAprFromRate(tokensPerSecond: Decimal, priceUsd: Decimal, stakedUsd: Decimal): Decimal | null {
  if (!stakedUsd.isFinite() || stakedUsd.lte(0) || tokensPerSecond.lt(0) || priceUsd.lt(0)) return null;
  return tokensPerSecond.mul(priceUsd).mul(SECONDS_PER_YEAR).div(stakedUsd);
}

/** An APR as the figure's text: plain decimal, 12 significant digits. */
export const aprText = (apr: Decimal) => apr.toSignificantDigits(12).toFixed();
