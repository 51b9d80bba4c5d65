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
import { lt, type Said } from '../../../lib/i18n/localized-text';
import { parseAbi, type Hex } from 'viem';
import { Decimal, type ChainId } from '../../../core/index';
import type { PoolFigures, ProviderResult } from '../../../lib/messages/pool-data';
import type { JsonClient } from '../http';
import { abiReads, askedOnPagesOf, chainSymbol, emissionStream, tvlShareUsd } from './emission-stream';
import { ethCalls } from './json-rpc';
import { fetchLlamaPrice, LLAMA_COINS_HOST, LLAMA_COINS_LIMIT } from './llama-price';
import type { PoolDataProvider } from './provider';
import { shortAddress } from './short-address';

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

const { call, read } = abiReads<FunctionName>(ABI);

const ZERO = '0x0000000000000000000000000000000000000000';

export const solidlyGauge: PoolDataProvider = {
  id: PROVIDER,
  name: 'Aerodrome/Velodrome gauge',
  // Chain reads go to the RPC hosts (the rpc provider's budget); this names the price host it adds.
  hosts: [LLAMA_COINS_HOST],
  limit: LLAMA_COINS_LIMIT,
  ttlMs: 5 * 60_000,
  covers: (target, { rpcUrl }) =>
    askedOnPagesOf(target, ['aerodrome', 'velodrome']) && rpcUrl !== null && VOTERS[target.chain] !== undefined,
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
  if (!deployment) return fail(lt('worker.reason.gaugeNoVoter'));
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
  if (!gauge || gauge === ZERO) return fail(lt('worker.reason.gaugeNone', { dex: deployment.dex }));
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
    return fail(lt('worker.reason.gaugeNoAnswer'));

  const nowMs = now();
  const endsAt = Number(periodFinish) * 1000;
  if (!Number.isSafeInteger(endsAt)) return fail(lt('worker.reason.gaugeBadPeriod'));
  if (endsAt <= nowMs) return fail(lt('worker.reason.gaugeEnded'));

  const [token, price, api] = await Promise.all([
    ethCalls(http, rpcUrl, [call(rewardToken, 'decimals'), call(rewardToken, 'symbol')], deadline),
    fetchLlamaPrice(http, chain, rewardToken, deadline, nowMs),
    poolTvl(),
  ]);
  if (!token.ok) return fail(token.reason);
  const decimals = read<number>('decimals', token.results[0]);
  if (decimals === null || decimals > 36) return fail(lt('worker.reason.rewardNoDecimals'));
  const symbolText = read<string>('symbol', token.results[1]);
  const symbol = chainSymbol(symbolText);
  if (!symbol) return fail(lt('worker.reason.rewardNoSymbol'));
  if (!price.ok) return fail(price.reason);
  if (!api?.tvlUsd) return fail(lt('worker.reason.gaugeNoTvl'));
  const tvlUsd = new Decimal(api.tvlUsd);
  const tokensPerSecond = new Decimal(rewardRate.toString()).div(new Decimal(10).pow(decimals));

  let stakedUsd: Decimal;
  let basis: Said;
  if (stakedLiquidity !== null && liquidity !== null) {
    if (liquidity === 0n || stakedLiquidity > liquidity) return fail(lt('worker.reason.gaugeNoLiquidity'));
    stakedUsd = tvlShareUsd(tvlUsd, stakedLiquidity, liquidity);
    basis = lt('worker.label.gaugeSlipstream', { dex: deployment.dex, gauge: shortAddress(gauge) });
  } else if (lpSupply !== null && stakedLp !== null) {
    if (lpSupply === 0n || stakedLp > lpSupply) return fail(lt('worker.reason.gaugeLpSupply'));
    stakedUsd = tvlShareUsd(tvlUsd, stakedLp, lpSupply);
    basis = lt('worker.label.gaugeClassic', { dex: deployment.dex, gauge: shortAddress(gauge) });
  } else {
    return fail(lt('worker.reason.gaugeUnknownPool'));
  }
  const stream = emissionStream({
    token: rewardToken,
    symbol,
    tokensPerSecond,
    priceUsd: price.priceUsd,
    stakedUsd,
    endsAt,
    label: basis,
  });
  if (stream === null) return fail(lt('worker.reason.gaugeNothingStaked'));
  return {
    ok: true,
    provider: PROVIDER,
    fetchedAt: nowMs,
    figures: { gaugeRewards: [stream] },
    derivedFrom: { gaugeRewards: 'DefiLlama, GeckoTerminal' },
  };
}
