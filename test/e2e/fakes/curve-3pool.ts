/**
 * Curve 3pool on the fake chain, at its Ethereum address (curvefi/curve-api constants/PoolAddressInternalIdMap.js:
 * 0xbebc44782c7db0a1a60cb6fe97d0b483032ff1c7 is '3pool'): A() = 2000, coins(uint256) and balances(uint256) for
 * DAI / USDC / USDT (3pool declares both as public arrays, so the int128 forms revert), and the coins' decimals
 * and symbols. Balances: 160M DAI, 170M USDC, 170M USDT, the same as the fake Curve API's answer.
 */
import { encodeAbiParameters } from 'viem';
import type { FakeChainContract } from './types';

export const CURVE_3POOL = '0xbebc44782c7db0a1a60cb6fe97d0b483032ff1c7';
const COINS = [
  {
    address: '0x6b175474e89094c44da98b954eedeac495271d0f',
    symbol: 'DAI',
    decimals: 18,
    balance: 160_000_000n * 10n ** 18n,
  },
  {
    address: '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48',
    symbol: 'USDC',
    decimals: 6,
    balance: 170_000_000n * 10n ** 6n,
  },
  {
    address: '0xdac17f958d2ee523a2206206994597c13d831ec7',
    symbol: 'USDT',
    decimals: 6,
    balance: 170_000_000n * 10n ** 6n,
  },
] as const;

const uint = (n: bigint | number) => encodeAbiParameters([{ type: 'uint256' }], [BigInt(n)]);
const address = (a: string) => encodeAbiParameters([{ type: 'address' }], [a as `0x${string}`]);
const text = (s: string) => encodeAbiParameters([{ type: 'string' }], [s]);

export const curve3pool: FakeChainContract = (to, data) => {
  const selector = data.slice(0, 10);
  if (to === CURVE_3POOL) {
    const index = data.length >= 74 ? Number(BigInt(`0x${data.slice(10, 74)}`)) : -1;
    const coin = index >= 0 ? COINS[index] : undefined;
    if (selector === '0xf446c1d0') return uint(2000); // A()
    if (selector === '0xc6610657') return coin ? address(coin.address) : null; // coins(uint256)
    if (selector === '0x4903b0d1') return coin ? uint(coin.balance) : null; // balances(uint256)
    return null;
  }
  // USDC answers for the fake v3 pool too (fake-api.ts); DAI and USDT only here.
  const token = COINS.find((candidate) => candidate.address === to && candidate.symbol !== 'USDC');
  if (!token) return null;
  if (selector === '0x313ce567') return uint(token.decimals); // decimals()
  if (selector === '0x95d89b41') return text(token.symbol); // symbol()
  return null;
};
