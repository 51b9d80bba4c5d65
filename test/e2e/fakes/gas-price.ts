/**
 * Gas on the fake chain: `eth_feeHistory` (execution-apis: `oldestBlock`, `baseFeePerGas` with one entry more
 * than the blocks, the next block's, `gasUsedRatio`, `reward` per block per asked percentile, hex quantities)
 * and `eth_gasPrice`. Next block's base fee 20 gwei; median tips 1, 2, 1.5, 2, 3 gwei, whose median is 2 gwei:
 * a gas price of 22 gwei.
 */
import type { FakeRpcMethod } from './types';

const gwei = (n: number) => `0x${BigInt(Math.round(n * 1e9)).toString(16)}`;

export const FAKE_GAS_PRICE_WEI = 22_000_000_000n;

export const gasPriceFake: FakeRpcMethod = (method) => {
  if (method === 'eth_feeHistory')
    return {
      oldestBlock: '0x1312d00',
      baseFeePerGas: [gwei(19), gwei(19.5), gwei(21), gwei(20.5), gwei(19.8), gwei(20)],
      gasUsedRatio: [0.4, 0.6, 0.45, 0.5, 0.52],
      reward: [[gwei(1)], [gwei(2)], [gwei(1.5)], [gwei(2)], [gwei(3)]],
    };
  if (method === 'eth_gasPrice') return gwei(25);
  return undefined;
};
