/**
 * An Aerodrome Slipstream gauge for the fake pool. The Voter on Base (aerodrome-finance/contracts README)
 * answers `gauges(pool)` with the fake gauge; the gauge pays `rewardRate` 0.1 AERO a second until the end of the
 * current weekly epoch (epochs start Thursdays 00:00 UTC, unix time being a multiple of a week);
 * the fake pool, a concentrated pool here, has half its in-range liquidity staked (`stakedLiquidity()`, as
 * Slipstream's CLPool has it). AERO answers its decimals and symbol.
 *
 * Hand check, with the fake AERO price 1.25 USD and GeckoTerminal's TVL T for the pool: staked value = T x 0.5;
 * APR = 0.1 x 1.25 x 31,536,000 / (0.5 T) = 7,884,000 / T.
 */
import { encodeAbiParameters, toFunctionSelector } from 'viem';
import type { FakeChainContract } from './types';

const AERODROME_VOTER = '0x16613524e02ad97edfef371bc883f2f5d6c480a5';
/** The fake pool (fake-api.ts FAKE_POOL) and its in-range liquidity (FAKE_ACTIVE_LIQUIDITY). */
const POOL = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const POOL_LIQUIDITY = 15_000_000_000_000_000_000n;
export const FAKE_GAUGE = '0x6a0000000000000000000000000000000000aa01';
const AERO = '0x940181a94a35a4569e4529a3cdfb74e38fd98631';
const WEEK = 604_800;

const word = (type: 'uint256' | 'address' | 'string', value: bigint | string) =>
  encodeAbiParameters([{ type }], [value as never]);
const is = (data: string, signature: string) => data.startsWith(toFunctionSelector(signature));

export const solidlyGaugeFake: FakeChainContract = (to, data) => {
  if (to === AERODROME_VOTER && is(data, 'gauges(address)'))
    return word('address', data.slice(-40) === POOL.slice(2) ? FAKE_GAUGE : `0x${'0'.repeat(40)}`);
  if (to === POOL && is(data, 'stakedLiquidity()')) return word('uint256', POOL_LIQUIDITY / 2n);
  if (to === FAKE_GAUGE) {
    if (is(data, 'rewardRate()')) return word('uint256', 100_000_000_000_000_000n);
    if (is(data, 'rewardToken()')) return word('address', AERO);
    if (is(data, 'periodFinish()')) {
      const now = Math.floor(Date.now() / 1000);
      return word('uint256', BigInt(now - (now % WEEK) + WEEK));
    }
    return null; // a Slipstream gauge has no totalSupply of LP tokens
  }
  if (to === AERO) {
    if (is(data, 'decimals()')) return word('uint256', 18n);
    if (is(data, 'symbol()')) return word('string', 'AERO');
  }
  return null;
};
