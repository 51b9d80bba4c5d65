/**
 * PancakeSwap's MasterChef v3 (BNB Chain address, pancake-v3-contracts projects/masterchef-v3/deployments/
 * bscMainnet.json) farming the fake pool as pid 7 with 10 of 100 allocation points, 1 CAKE a second overall
 * (`latestPeriodCakePerSecond` = 1e18 wei x PRECISION 1e12) until a day from now; the pool's LM pool has a third
 * of its in-range liquidity farmed. Answered wherever the fake chain is asked; the fake RPC hosts serve BNB Chain
 * only once bsc-rpc.publicnode.com is in fake-api.ts RPC_HOSTS.
 *
 * Hand check, with the fake CAKE price 2 USD and GeckoTerminal's TVL T: the pool gets 1 x 10 / 100 = 0.1 CAKE/s;
 * farmed value = T / 3; APR = 0.1 x 2 x 31,536,000 / (T / 3) = 18,921,600 / T.
 */
import { encodeAbiParameters, toFunctionSelector } from 'viem';
import type { FakeChainContract } from './types';

const MASTERCHEF_V3 = '0x556b9306565093c855aea9ae92a594704c2cd59e';
const POOL = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const POOL_LIQUIDITY = 15_000_000_000_000_000_000n;
const LM_POOL = '0x1a00000000000000000000000000000000000b07';
const CAKE = '0x0e09fabb73bd3ade0a17ecc321fd13a19e81ce82';
const USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
const WETH = '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2';
const PID = 7n;

const uint = (value: bigint) => encodeAbiParameters([{ type: 'uint256' }], [value]);
const address = (value: string) => encodeAbiParameters([{ type: 'address' }], [value as `0x${string}`]);
const is = (data: string, signature: string) => data.startsWith(toFunctionSelector(signature));

export const pancakeMasterChefFake: FakeChainContract = (to, data) => {
  if (to === MASTERCHEF_V3) {
    if (is(data, 'v3PoolAddressPid(address)')) return uint(data.slice(-40) === POOL.slice(2) ? PID : 0n);
    if (is(data, 'totalAllocPoint()')) return uint(100n);
    if (is(data, 'latestPeriodCakePerSecond()')) return uint(10n ** 30n);
    if (is(data, 'latestPeriodEndTime()')) return uint(BigInt(Math.floor(Date.now() / 1000) + 86_400));
    if (is(data, 'CAKE()')) return address(CAKE);
    if (is(data, 'poolInfo(uint256)') && BigInt(`0x${data.slice(10)}`) === PID)
      return encodeAbiParameters(
        [
          { type: 'uint256' },
          { type: 'address' },
          { type: 'address' },
          { type: 'address' },
          { type: 'uint24' },
          { type: 'uint256' },
          { type: 'uint256' },
        ],
        [10n, POOL, USDC, WETH, 500, POOL_LIQUIDITY, POOL_LIQUIDITY],
      );
    return null;
  }
  if (to === POOL && is(data, 'lmPool()')) return address(LM_POOL);
  if (to === LM_POOL && is(data, 'lmLiquidity()')) return uint(POOL_LIQUIDITY / 3n);
  if (to === CAKE && is(data, 'symbol()')) return encodeAbiParameters([{ type: 'string' }], ['Cake']);
  return null;
};
