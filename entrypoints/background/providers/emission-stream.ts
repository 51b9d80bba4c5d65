/**
 * What the on-chain emission providers (pancake-farm.ts, solidly-gauge.ts) share: reads over one ABI that
 * say null instead of throwing, the reward token's symbol as read on chain, a staked share of the pool's TVL,
 * and the reward stream built from a per-second emission rate.
 */
import { decodeFunctionResult, encodeFunctionData, type Abi, type Hex } from 'viem';
import { Decimal, parseTokenSymbol } from '../../../core/index';
import type { SiteId } from '../../../core/index';
import type { RewardStream } from '../../../lib/messages/pool-extras';
import type { PoolTarget } from '../pool-target';
import { aprText, rewardAprFromRate } from './reward-apr';

/** `call` encodes a read for ethCalls; `read` decodes its answer, or null for a revert, an empty or malformed one. */
export function abiReads<FunctionName extends string>(abi: Abi) {
  const call = (to: string, functionName: FunctionName, args: readonly unknown[] = []) => ({
    to,
    data: encodeFunctionData({ abi, functionName, args } as Parameters<typeof encodeFunctionData>[0]),
  });
  function read<T>(functionName: FunctionName, data: Hex | null | undefined): T | null {
    if (!data || data.length <= 2) return null;
    try {
      return decodeFunctionResult({ abi, functionName, data } as Parameters<typeof decodeFunctionResult>[0]) as T;
    } catch {
      return null;
    }
  }
  return { call, read };
}

/** A token's `symbol()` answer, hostile: past 200 characters or failing core's check it is no symbol. */
export const chainSymbol = (text: string | null): string | null =>
  text !== null && text.length <= 200 ? parseTokenSymbol(text) : null;

/** The USD value of `part` of `whole` (staked over all liquidity or LP), valued as that share of the pool's TVL. */
export const tvlShareUsd = (tvlUsd: string | Decimal, part: bigint, whole: bigint): Decimal =>
  new Decimal(tvlUsd).mul(part.toString()).div(whole.toString());

/**
 * The stream that pays `tokensPerSecond` (human units) of `token` to staked liquidity worth `stakedUsd`, with its
 * APR and USD a day at `priceUsd`. Null when nothing is staked (no APR to say).
 */
export function emissionStream(input: {
  token: string;
  symbol: string;
  tokensPerSecond: Decimal;
  priceUsd: Decimal;
  stakedUsd: Decimal;
  endsAt: number;
  label: RewardStream['label'];
}): RewardStream | null {
  const apr = rewardAprFromRate(input.tokensPerSecond, input.priceUsd, input.stakedUsd);
  if (apr === null) return null;
  return {
    symbol: input.symbol,
    token: input.token,
    apr: aprText(apr),
    dailyUsd: input.tokensPerSecond.mul(input.priceUsd).mul(86_400).toSignificantDigits(12).toFixed(),
    endsAt: input.endsAt,
    needsStaking: true,
    label: input.label,
  };
}

/**
 * A DEX's own emission contracts (gauges, farms) are asked about a pool opened from that DEX's pages, or typed
 * in the popup (no page): another DEX's page has none, and gets no note about it.
 */
export const askedOnPagesOf = (target: PoolTarget, sites: readonly SiteId[]): boolean =>
  target.type === 'address' && (target.site === undefined || sites.includes(target.site));
