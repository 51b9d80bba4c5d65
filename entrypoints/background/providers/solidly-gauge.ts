/**
 * Aerodrome (Base) and Velodrome (Optimism) gauge emissions for a pool, read on chain.
 *
 * The Voter maps a pool to its gauge, `gauges(pool)` (zero: no gauge). A gauge pays `rewardRate` reward-token
 * wei per second to the LP staked in it until `periodFinish` (the epoch's end, unix seconds); `rewardToken` is
 * AERO / VELO. Classic (v2-style) gauges take LP tokens: `totalSupply()` is the staked LP (aerodrome-finance/
 * contracts contracts/gauges/Gauge.sol). Slipstream (concentrated) gauges take positions: the pool's
 * `stakedLiquidity()` is the in-range liquidity of staked positions beside `liquidity()`, all in-range
 * liquidity (aerodrome-finance/slipstream contracts/core/CLPool.sol).
 *
 * Voter addresses: Aerodrome's README deployment table (aerodrome-finance/contracts README.md at bbeb3b10,
 * Voter 0x16613524e02ad97eDfeF371bC883F2F5d6C480A5); Velodrome v2's deployment output (velodrome-finance/
 * contracts script/constants/output/DeployVelodromeV2-Optimism.json at ba4b1902, Voter
 * 0x41C914ee0c7E1A5edCD0295623e6dC557B5aBf3C).
 *
 * APR bases, said in each stream's label:
 * - classic: staked TVL = staked LP x pool TVL / LP supply (pool TVL: GeckoTerminal), APR on that;
 * - Slipstream: the staked positions' value is not on chain; the APR is on the pool's TVL times the staked
 *   share of in-range liquidity (stakedLiquidity / liquidity), an estimate that counts the pool's out-of-range
 *   TVL in that share too.
 */
import type { Said } from '../../../lib/i18n/localized-text';
import { decodeFunctionResult, encodeFunctionData, parseAbi, type Hex } from 'viem';
import { Decimal, parseTokenSymbol, type ChainId } from '../../../core/index';
import type { PoolFigures, ProviderResult } from '../../../lib/messages/pool-data';
import type { RewardStream } from '../../../lib/messages/pool-extras';
import type { JsonClient } from '../http';
import { ethCalls } from './json-rpc';
import { fetchLlamaPrice, LLAMA_COINS_HOST, LLAMA_COINS_LIMIT } from './llama-price';
import type { PoolDataProvider } from './provider';
import { aprText, rewardAprFromRate } from './reward-apr';

const PROVIDER = 'solidly-gauge';

export const VOTERS: Partial<Record<ChainId, { voter: Hex; dex: string }>> = {
  base: { voter: '0x16613524e02ad97edfef371bc883f2f5d6c480a5', dex: 'Aerodrome' },
  optimism: { voter: '0x41c914ee0c7e1a5edcd0295623e6dc557b5abf3c', dex: 'Velodrome' },
};

const ABI = parseAbi([
  'function gauges(address pool) view returns (address)',
  'function totalSupply() view returns (uint256)',
  'function stakedLiquidity() view returns (uint128)',
  'function liquidity() view returns (uint128)',
  'function rewardRate() view returns (uint256)',
  'function rewardToken() view returns (address)',
  'function periodFinish() view returns (uint256)',
  'function decimals() view returns (uint8)',
  'function symbol() view returns (string)',
]);
type FunctionName =
  | 'gauges'
  | 'totalSupply'
  | 'stakedLiquidity'
  | 'liquidity'
  | 'rewardRate'
  | 'rewardToken'
  | 'periodFinish'
  | 'decimals'
  | 'symbol';

const call = (to: string, functionName: FunctionName, args: readonly unknown[] = []) => ({
  to,
  data: encodeFunctionData({ abi: ABI, functionName, args } as Parameters<typeof encodeFunctionData>[0]),
});

/** A read's decoded value, or null for a revert, an empty answer or a malformed one. */
function read<T>(functionName: FunctionName, data: Hex | null | undefined): T | null {
  if (!data || data.length <= 2) return null;
  try {
    return decodeFunctionResult({ abi: ABI, functionName, data } as Parameters<typeof decodeFunctionResult>[0]) as T;
  } catch {
    return null;
  }
}

const ZERO = '0x0000000000000000000000000000000000000000';
const short = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`;

export const solidlyGauge: PoolDataProvider = {
  id: PROVIDER,
  name: 'Aerodrome/Velodrome gauge',
  // Chain reads go to the RPC hosts (the rpc provider's budget); this names the price host it adds.
  hosts: [LLAMA_COINS_HOST],
  limit: LLAMA_COINS_LIMIT,
  ttlMs: 5 * 60_000,
  // Another DEX's page (a Uniswap pool on Base) has no Aerodrome gauge: not asked, and no note about it.
  covers: (target, { rpcUrl }) =>
    target.type === 'address' &&
    (target.site === undefined || target.site === 'aerodrome' || target.site === 'velodrome') &&
    rpcUrl !== null &&
    VOTERS[target.chain] !== undefined,
  load: (target, { http, deadline, now, rpcUrl, peer }) =>
    fetchGauge(http, target.chain, target.address, rpcUrl!, deadline, now, () => peer('geckoterminal')),
};

const fail = (reason: Said): ProviderResult => ({ ok: false, provider: PROVIDER, reason });

export async function fetchGauge(
  http: JsonClient,
  chain: ChainId,
  pool: string,
  rpcUrl: string,
  deadline: number,
  now: () => number,
  poolTvl: () => Promise<PoolFigures | null>,
): Promise<ProviderResult> {
  const deployment = VOTERS[chain];
  if (!deployment) return fail('no Aerodrome or Velodrome voter on this chain');
  const first = await ethCalls(
    http,
    rpcUrl,
    [
      call(deployment.voter, 'gauges', [pool]),
      call(pool, 'totalSupply'),
      call(pool, 'stakedLiquidity'),
      call(pool, 'liquidity'),
    ],
    deadline,
  );
  if (!first.ok) return fail(first.reason);
  const gauge = read<string>('gauges', first.results[0])?.toLowerCase() ?? null;
  if (!gauge || gauge === ZERO) return fail(`this pool has no ${deployment.dex} gauge`);
  const lpSupply = read<bigint>('totalSupply', first.results[1]);
  const stakedLiquidity = read<bigint>('stakedLiquidity', first.results[2]);
  const liquidity = read<bigint>('liquidity', first.results[3]);

  const second = await ethCalls(
    http,
    rpcUrl,
    [call(gauge, 'rewardRate'), call(gauge, 'rewardToken'), call(gauge, 'totalSupply'), call(gauge, 'periodFinish')],
    deadline,
  );
  if (!second.ok) return fail(second.reason);
  const rewardRate = read<bigint>('rewardRate', second.results[0]);
  const rewardToken = read<string>('rewardToken', second.results[1])?.toLowerCase() ?? null;
  const stakedLp = read<bigint>('totalSupply', second.results[2]);
  const periodFinish = read<bigint>('periodFinish', second.results[3]);
  if (rewardRate === null || !rewardToken || rewardToken === ZERO || periodFinish === null)
    return fail('the gauge did not answer its reward rate, token and period');

  const nowMs = now();
  const endsAt = Number(periodFinish) * 1000;
  if (!Number.isSafeInteger(endsAt)) return fail("the gauge's period end is not a time");
  if (endsAt <= nowMs) return fail(`the gauge's reward period ended; no emissions until the next epoch's are sent`);

  const [token, price, api] = await Promise.all([
    ethCalls(http, rpcUrl, [call(rewardToken, 'decimals'), call(rewardToken, 'symbol')], deadline),
    fetchLlamaPrice(http, chain, rewardToken, deadline, nowMs),
    poolTvl(),
  ]);
  if (!token.ok) return fail(token.reason);
  const decimals = read<number>('decimals', token.results[0]);
  if (decimals === null || decimals > 36) return fail("the reward token's decimals could not be read");
  const symbolText = read<string>('symbol', token.results[1]);
  const symbol = symbolText !== null && symbolText.length <= 200 ? parseTokenSymbol(symbolText) : null;
  if (!symbol) return fail("the reward token's symbol could not be read");
  if (!price.ok) return fail(price.reason);
  if (!api?.tvlUsd) return fail("the pool's TVL is not known (GeckoTerminal), so the gauge APR cannot be worked out");
  const tvlUsd = new Decimal(api.tvlUsd);
  const tokensPerSecond = new Decimal(rewardRate.toString()).div(new Decimal(10).pow(decimals));

  let stakedUsd: Decimal;
  let basis: string;
  if (stakedLiquidity !== null && liquidity !== null) {
    if (liquidity === 0n || stakedLiquidity > liquidity)
      return fail('the pool has no in-range liquidity to share the Slipstream emissions');
    stakedUsd = tvlUsd.mul(stakedLiquidity.toString()).div(liquidity.toString());
    basis = `${deployment.dex} Slipstream gauge ${short(gauge)}: APR on TVL x staked share in range`;
  } else if (lpSupply !== null && stakedLp !== null) {
    if (lpSupply === 0n || stakedLp > lpSupply) return fail("the pool's LP supply does not cover the staked LP");
    stakedUsd = tvlUsd.mul(stakedLp.toString()).div(lpSupply.toString());
    basis = `${deployment.dex} gauge ${short(gauge)}: APR on staked LP value`;
  } else {
    return fail('the pool is neither a classic nor a Slipstream pool the gauge can be read for');
  }
  const apr = rewardAprFromRate(tokensPerSecond, price.priceUsd, stakedUsd);
  if (apr === null) return fail('nothing is staked in the gauge, so its APR is undefined');
  const stream: RewardStream = {
    symbol,
    token: rewardToken,
    apr: aprText(apr),
    dailyUsd: tokensPerSecond.mul(price.priceUsd).mul(86_400).toSignificantDigits(12).toFixed(),
    endsAt,
    needsStaking: true,
    label: basis,
  };
  return {
    ok: true,
    provider: PROVIDER,
    fetchedAt: nowMs,
    figures: { gaugeRewards: [stream] },
    derivedFrom: { gaugeRewards: 'DefiLlama, GeckoTerminal' },
  };
}
