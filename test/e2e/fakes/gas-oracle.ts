/**
 * The OP-stack GasPriceOracle predeploy on the fake chain: `getL1FeeUpperBound(uint256)` answers 10,000 gwei
 * (0.00001 ETH) for any size (ethereum-optimism/specs specs/protocol/fjord/predeploys.md).
 */
import { encodeAbiParameters, toFunctionSelector } from 'viem';
import type { FakeChainContract } from './types';

export const FAKE_L1_FEE_WEI = 10_000_000_000_000n;
const ORACLE = '0x420000000000000000000000000000000000000f';

export const gasOracleFake: FakeChainContract = (to, data) =>
  to === ORACLE && data.startsWith(toFunctionSelector('getL1FeeUpperBound(uint256)'))
    ? encodeAbiParameters([{ type: 'uint256' }], [FAKE_L1_FEE_WEI])
    : null;
