/**
 * PancakeSwap v3 farm (MasterChef v3) CAKE emissions for a pool, read on chain.
 *
 * MasterChefV3 (pancakeswap/pancake-v3-contracts projects/masterchef-v3/contracts/MasterChefV3.sol at a8f067ba):
 * `v3PoolAddressPid(pool)` (0: not farmed), `poolInfo(pid)` = (allocPoint, v3Pool, token0, token1, fee,
 * totalLiquidity, totalBoostLiquidity), `totalAllocPoint`, `latestPeriodCakePerSecond`, `latestPeriodEndTime`,
 * `CAKE`. `upkeep` sets `latestPeriodCakePerSecond = cakeAmount * PRECISION / duration` with PRECISION = 1e12 and
 * cakeAmount in CAKE wei (1e18): CAKE per second = latestPeriodCakePerSecond / 1e30. The pool's share is
 * allocPoint / totalAllocPoint (its getLatestPeriodInfoByPid does the same).
 * Farmed liquidity: the pool's LM pool (`lmPool()` on the v3 pool) keeps `lmLiquidity`, the farmed (boost-weighted)
 * liquidity in range at the current tick (PancakeV3LmPool.sol); the pool's `liquidity()` is all in-range liquidity.
 *
 * APR basis, said in the label: per USD of in-range farmed liquidity, valued as the pool's TVL (GeckoTerminal)
 * times lmLiquidity / liquidity. That counts the pool's out-of-range TVL in the share too, so it is an estimate.
 *
 * Address: MasterChefV3 on BNB Chain, projects/masterchef-v3/deployments/bscMainnet.json (ffa4fb2c).
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

const PROVIDER = 'pancake-farm';

export const MASTERCHEF_V3: Partial<Record<ChainId, Hex>> = {
  bsc: '0x556b9306565093c855aea9ae92a594704c2cd59e',
};

/** latestPeriodCakePerSecond is CAKE wei (1e18) times PRECISION (1e12) per second. */
const CAKE_PER_SECOND_SCALE = new Decimal('1e30');

const ABI = parseAbi([
  'function v3PoolAddressPid(address pool) view returns (uint256)',
  'function poolInfo(uint256 pid) view returns (uint256 allocPoint, address v3Pool, address token0, address token1, uint24 fee, uint256 totalLiquidity, uint256 totalBoostLiquidity)',
  'function totalAllocPoint() view returns (uint256)',
  'function latestPeriodCakePerSecond() view returns (uint256)',
  'function latestPeriodEndTime() view returns (uint256)',
  'function CAKE() view returns (address)',
  'function lmPool() view returns (address)',
  'function liquidity() view returns (uint128)',
  'function lmLiquidity() view returns (uint128)',
  'function symbol() view returns (string)',
]);
type FunctionName =
  | 'v3PoolAddressPid'
  | 'poolInfo'
  | 'totalAllocPoint'
  | 'latestPeriodCakePerSecond'
  | 'latestPeriodEndTime'
  | 'CAKE'
  | 'lmPool'
  | 'liquidity'
  | 'lmLiquidity'
  | 'symbol';

const { call, read } = abiReads<FunctionName>(ABI);

const ZERO = '0x0000000000000000000000000000000000000000';

export const pancakeFarm: PoolDataProvider = {
  id: PROVIDER,
  name: 'PancakeSwap v3 farm',
  hosts: [LLAMA_COINS_HOST],
  limit: LLAMA_COINS_LIMIT,
  ttlMs: 5 * 60_000,
  covers: (target, { rpcUrl }) =>
    askedOnPagesOf(target, ['pancakeswap']) && rpcUrl !== null && MASTERCHEF_V3[target.chain] !== undefined,
  load: (target, { http, deadline, now, rpcUrl, peer }) =>
    fetchPancakeFarm(http, target.chain, target.address, rpcUrl!, deadline, now, () => peer('geckoterminal')),
};

const fail = (reason: Said): ProviderResult => ({ ok: false, provider: PROVIDER, reason });

export async function fetchPancakeFarm(
  http: JsonClient,
  chain: ChainId,
  pool: string,
  rpcUrl: string,
  deadline: number,
  now: () => number,
  poolTvl: () => Promise<PoolFigures | null>,
): Promise<ProviderResult> {
  const chef = MASTERCHEF_V3[chain];
  if (!chef) return fail(lt('worker.reason.farmNoChef'));
  const first = await ethCalls(
    http,
    rpcUrl,
    [
      call(chef, 'v3PoolAddressPid', [pool]),
      call(chef, 'totalAllocPoint'),
      call(chef, 'latestPeriodCakePerSecond'),
      call(chef, 'latestPeriodEndTime'),
      call(chef, 'CAKE'),
      call(pool, 'lmPool'),
      call(pool, 'liquidity'),
    ],
    deadline,
  );
  if (!first.ok) return fail(first.reason);
  const [pidHex, totalHex, rateHex, endHex, cakeHex, lmPoolHex, liquidityHex] = first.results;
  const pid = read<bigint>('v3PoolAddressPid', pidHex);
  if (pid === null || pid === 0n) return fail(lt('worker.reason.farmNone'));
  const totalAllocPoint = read<bigint>('totalAllocPoint', totalHex);
  const cakePerSecondScaled = read<bigint>('latestPeriodCakePerSecond', rateHex);
  const periodEnd = read<bigint>('latestPeriodEndTime', endHex);
  const cake = read<string>('CAKE', cakeHex)?.toLowerCase() ?? null;
  const lmPool = read<string>('lmPool', lmPoolHex)?.toLowerCase() ?? null;
  const liquidity = read<bigint>('liquidity', liquidityHex);
  if (totalAllocPoint === null || cakePerSecondScaled === null || periodEnd === null || !cake)
    return fail(lt('worker.reason.farmNoAnswer'));
  if (!lmPool || lmPool === ZERO || liquidity === null) return fail(lt('worker.reason.farmNoLmPool'));

  const nowMs = now();
  const endsAt = Number(periodEnd) * 1000;
  if (!Number.isSafeInteger(endsAt)) return fail(lt('worker.reason.farmBadPeriod'));
  if (endsAt <= nowMs) return fail(lt('worker.reason.farmEnded'));

  const [second, price, api] = await Promise.all([
    ethCalls(
      http,
      rpcUrl,
      [call(chef, 'poolInfo', [pid]), call(lmPool, 'lmLiquidity'), call(cake, 'symbol')],
      deadline,
    ),
    fetchLlamaPrice(http, chain, cake, deadline, nowMs),
    poolTvl(),
  ]);
  if (!second.ok) return fail(second.reason);
  const info = read<readonly [bigint, ...unknown[]]>('poolInfo', second.results[0]);
  const lmLiquidity = read<bigint>('lmLiquidity', second.results[1]);
  const symbolText = read<string>('symbol', second.results[2]);
  const symbol = chainSymbol(symbolText);
  if (!info || lmLiquidity === null) return fail(lt('worker.reason.farmNoAllocation'));
  if (!symbol) return fail(lt('worker.reason.rewardNoSymbol'));
  if (!price.ok) return fail(price.reason);
  if (!api?.tvlUsd) return fail(lt('worker.reason.farmNoTvl'));
  const allocPoint = info[0];
  if (totalAllocPoint === 0n || allocPoint > totalAllocPoint) return fail(lt('worker.reason.farmBadAllocation'));
  if (liquidity === 0n) return fail(lt('worker.reason.farmNoLiquidity'));
  // Boosts weigh farmed liquidity up: past the pool's own in-range liquidity the share means nothing.
  if (lmLiquidity > liquidity) return fail(lt('worker.reason.farmBoosted'));

  const cakePerSecond = new Decimal(cakePerSecondScaled.toString())
    .mul(allocPoint.toString())
    .div(totalAllocPoint.toString())
    .div(CAKE_PER_SECOND_SCALE);
  const farmedUsd = tvlShareUsd(api.tvlUsd, lmLiquidity, liquidity);
  const stream = emissionStream({
    token: cake,
    symbol,
    tokensPerSecond: cakePerSecond,
    priceUsd: price.priceUsd,
    stakedUsd: farmedUsd,
    endsAt,
    label: lt('worker.label.pancakeFarm', { pid: pid.toString() }),
  });
  if (stream === null) return fail(lt('worker.reason.farmNothingFarmed'));
  return {
    ok: true,
    provider: PROVIDER,
    fetchedAt: nowMs,
    figures: { farmRewards: [stream] },
    derivedFrom: { farmRewards: 'DefiLlama, GeckoTerminal' },
  };
}
