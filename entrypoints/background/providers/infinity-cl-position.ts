/**
 * A PancakeSwap Infinity CL position NFT, read through infinity-periphery's CLPositionManager and the
 * CLPoolManager (pancakeswap/infinity-periphery at 39976acec90d43f73f2bcc0e008cf23ec55bbc80,
 * pancakeswap/infinity-core at 7c04695faeab8b06570cf6c277d9a9717136fb26):
 *
 * - CLPositionManager `getPoolAndPositionInfo(tokenId) returns (PoolKey, CLPositionInfo)` and
 *   `getPositionLiquidity(tokenId)` (src/pool-cl/CLPositionManager.sol). The PoolKey is Infinity's six fields
 *   (currency0, currency1, hooks, poolManager, fee, parameters); CLPositionInfo is packed exactly as v4's
 *   PositionInfo (src/pool-cl/libraries/CLPositionInfoLibrary.sol: 200 bits poolId | 24 tickUpper | 24 tickLower
 *   | 8 hasSubscriber, TICK_LOWER_OFFSET 8, TICK_UPPER_OFFSET 32), so v4-position.ts's decoder reads it.
 * - The position lives in the CLPoolManager with owner = CLPositionManager and salt = bytes32(tokenId)
 *   (CLPositionManager.sol: "the tokenId is used as the salt"). The CLPoolManager has no getFeeGrowthInside, so
 *   the growth inside is worked from slot0's tick, `getFeeGrowthGlobals(id)` and `getPoolTickInfo(id, tick)`
 *   (Tick.Info: liquidityGross, liquidityNet, feeGrowthOutside0X128, feeGrowthOutside1X128), by
 *   src/pool-cl/libraries/Tick.sol getFeeGrowthInside, which is v3-core's (core feeGrowthInsideV3); the accrual
 *   since `getPosition(...)`'s checkpoint is CLPosition.update, v4-core's (core uncollectedFeesV4).
 *
 * Address: infinity-periphery script/config/bsc-mainnet.json (last changed in
 * b22d04ba431a8e34b8511494d15615f4832d002b): clPositionManager 0x55f4c8abA71A1e923edC303eb4fEfF14608cC226. The
 * repository has no Base config for the periphery, so Base positions are not read.
 */
import {
  decodeFunctionResult,
  encodeAbiParameters,
  encodeFunctionData,
  keccak256,
  parseAbi,
  toHex,
  type Hex,
} from 'viem';
import { LpInputError, feeGrowthInsideV3, type ChainId } from '../../../core/index';
import { lt, type Said } from '../../../lib/i18n/localized-text';
import type { JsonClient } from '../http';
import { ethCalls } from './json-rpc';
import { decoded, NATIVE } from './pool-id-reader';
import { INFINITY_CL_POOL_MANAGER, INFINITY_POOL_KEY_WORDS } from './pancake-infinity';
import type { ReadPosition } from './position';
import { positionFromInfo, uncollectedFeesV4Raw } from './v4-position';

/** From infinity-periphery script/config/bsc-mainnet.json (see the file's header). */
export const INFINITY_CL_POSITION_MANAGERS: Partial<Record<ChainId, Hex>> = {
  bsc: '0x55f4c8aba71a1e923edc303eb4feff14608cc226',
};

const KEY =
  '(address currency0, address currency1, address hooks, address poolManager, uint24 fee, bytes32 parameters)';
const ABI = parseAbi([
  `function getPoolAndPositionInfo(uint256 tokenId) view returns (${KEY} poolKey, uint256 info)`,
  'function getPositionLiquidity(uint256 tokenId) view returns (uint128 liquidity)',
  'function getSlot0(bytes32 id) view returns (uint160 sqrtPriceX96, int24 tick, uint24 protocolFee, uint24 lpFee)',
  'function getFeeGrowthGlobals(bytes32 id) view returns (uint256 feeGrowthGlobal0x128, uint256 feeGrowthGlobal1x128)',
  'function getPoolTickInfo(bytes32 id, int24 tick) view returns ((uint128 liquidityGross, int128 liquidityNet, uint256 feeGrowthOutside0X128, uint256 feeGrowthOutside1X128))',
  'function getPosition(bytes32 id, address owner, int24 tickLower, int24 tickUpper, bytes32 salt) view returns ((uint128 liquidity, uint256 feeGrowthInside0LastX128, uint256 feeGrowthInside1LastX128))',
]);

export async function readInfinityClPosition(
  http: JsonClient,
  rpcUrl: string,
  chain: ChainId,
  tokenId: string,
  deadline: number,
  now: () => number,
): Promise<{ ok: true; position: ReadPosition } | { ok: false; reason: Said }> {
  const manager = INFINITY_CL_POSITION_MANAGERS[chain];
  if (!manager) return { ok: false, reason: lt('worker.reason.infinityNoDeployment') };
  const id = BigInt(tokenId);
  const first = await ethCalls(
    http,
    rpcUrl,
    [
      { to: manager, data: encodeFunctionData({ abi: ABI, functionName: 'getPoolAndPositionInfo', args: [id] }) },
      { to: manager, data: encodeFunctionData({ abi: ABI, functionName: 'getPositionLiquidity', args: [id] }) },
    ],
    deadline,
  );
  if (!first.ok) return { ok: false, reason: lt('worker.reason.whileReadingPosition', { problem: first.reason }) };
  const [infoHex, liquidityHex] = first.results;
  // getPositionLiquidity of an unminted id reverts on an empty key: the info read says "no position" first.
  if (!infoHex || infoHex.length <= 2) return { ok: false, reason: lt('worker.reason.noPosition') };
  const answer = decoded(() =>
    decodeFunctionResult({ abi: ABI, functionName: 'getPoolAndPositionInfo', data: infoHex }),
  );
  if (!answer) return { ok: false, reason: lt('worker.reason.positionShape') };
  const [key, info] = answer;
  if (info === 0n || key.currency1.toLowerCase() === NATIVE)
    return { ok: false, reason: lt('worker.reason.noPosition') };
  const liquidity = liquidityHex
    ? decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'getPositionLiquidity', data: liquidityHex }))
    : null;
  if (liquidity === null) return { ok: false, reason: lt('worker.reason.positionShape') };
  const poolId = keccak256(
    encodeAbiParameters(INFINITY_POOL_KEY_WORDS, [
      key.currency0,
      key.currency1,
      key.hooks,
      key.poolManager,
      key.fee,
      key.parameters,
    ]),
  ).toLowerCase() as Hex;
  // The key must also be the CLPoolManager's, which the fees are read from below.
  const keyFits = key.poolManager.toLowerCase() === INFINITY_CL_POOL_MANAGER;
  const read = positionFromInfo({ info, poolId, keyFits, liquidity, protocol: 'pancakeswap-infinity-cl' });
  if (!read.ok) return read;
  const { position } = read;
  const { tickLower, tickUpper } = position;
  const fees = await readFees(http, rpcUrl, manager, poolId, id, tickLower, tickUpper, deadline);
  if (fees) position.uncollectedFees = { ...fees, fetchedAt: now() };
  return { ok: true, position };
}

/** The CLPoolManager's fee state in one batch; null (fees not known, never 0) when any read fails. */
async function readFees(
  http: JsonClient,
  rpcUrl: string,
  manager: Hex,
  poolId: Hex,
  tokenId: bigint,
  tickLower: number,
  tickUpper: number,
  deadline: number,
): Promise<{ amount0Raw: string; amount1Raw: string } | null> {
  const to = INFINITY_CL_POOL_MANAGER;
  const salt = toHex(tokenId, { size: 32 });
  const answer = await ethCalls(
    http,
    rpcUrl,
    [
      encodeFunctionData({ abi: ABI, functionName: 'getSlot0', args: [poolId] }),
      encodeFunctionData({ abi: ABI, functionName: 'getFeeGrowthGlobals', args: [poolId] }),
      encodeFunctionData({ abi: ABI, functionName: 'getPoolTickInfo', args: [poolId, tickLower] }),
      encodeFunctionData({ abi: ABI, functionName: 'getPoolTickInfo', args: [poolId, tickUpper] }),
      encodeFunctionData({
        abi: ABI,
        functionName: 'getPosition',
        args: [poolId, manager, tickLower, tickUpper, salt],
      }),
    ].map((data) => ({ to, data })),
    deadline,
  );
  if (!answer.ok) return null;
  const [slot0Hex, globalsHex, lowerHex, upperHex, positionHex] = answer.results;
  const slot0 = slot0Hex && decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'getSlot0', data: slot0Hex }));
  const globals =
    globalsHex &&
    decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'getFeeGrowthGlobals', data: globalsHex }));
  const lower =
    lowerHex && decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'getPoolTickInfo', data: lowerHex }));
  const upper =
    upperHex && decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'getPoolTickInfo', data: upperHex }));
  const checkpoint =
    positionHex && decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'getPosition', data: positionHex }));
  if (!slot0 || !globals || !lower || !upper || !checkpoint) return null;
  try {
    const inside = feeGrowthInsideV3({
      feeGrowthGlobal0X128: globals[0],
      feeGrowthGlobal1X128: globals[1],
      tickLower,
      tickUpper,
      tickCurrent: slot0[1],
      lower,
      upper,
    });
    return uncollectedFeesV4Raw({
      liquidity: checkpoint.liquidity,
      feeGrowthInside0LastX128: checkpoint.feeGrowthInside0LastX128,
      feeGrowthInside1LastX128: checkpoint.feeGrowthInside1LastX128,
      ...inside,
    });
  } catch (error) {
    if (error instanceof LpInputError) return null;
    throw error;
  }
}
