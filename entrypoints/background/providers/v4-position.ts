/**
 * A Uniswap v4 position NFT, read through v4-periphery's PositionManager and the StateView lens.
 *
 * - `getPoolAndPositionInfo(tokenId)` returns the PoolKey and a packed PositionInfo (uint256), and
 *   `getPositionLiquidity(tokenId)` the liquidity (Uniswap/v4-periphery src/PositionManager.sol;
 *   docs/contracts/v4 IPositionManager).
 * - PositionInfo's packing, Uniswap/v4-periphery src/libraries/PositionInfoLibrary.sol at
 *   022bbd51b620dbbee1d30bb6a2dc014efc5ff4d1, from the most significant bit: 200 bits poolId (the PoolId's first
 *   25 bytes) | 24 bits tickUpper | 24 bits tickLower | 8 bits hasSubscriber. TICK_LOWER_OFFSET = 8,
 *   TICK_UPPER_OFFSET = 32, each read back with `signextend(2, shr(offset, info))` (a signed int24).
 * - The PoolId is keccak256(abi.encode(PoolKey)) (v4-core src/types/PoolId.sol: keccak256 over the key's five
 *   32-byte words), the id StateView takes.
 * - The PositionManager holds every position in the PoolManager as owner, with salt = bytes32(tokenId)
 *   (PositionManager.sol `_modifyLiquidity`: `salt: bytes32(tokenId)`). So StateView
 *   `getPositionInfo(poolId, positionManager, tickLower, tickUpper, bytes32(tokenId))` gives its fee checkpoint
 *   and `getFeeGrowthInside(poolId, tickLower, tickUpper)` the growth now (Uniswap/v4-periphery
 *   src/lens/StateView.sol at 1dd0240f87e7f51f00a098f5a97b070750d73994); core's uncollectedFeesV4 does
 *   v4-core's Position.update arithmetic on them.
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
import { LpInputError, uncollectedFeesV4, type ChainId } from '../../../core/index';
import { lt, type Said } from '../../../lib/i18n/localized-text';
import type { JsonClient } from '../http';
import { ethCalls } from './json-rpc';
import { decoded, NATIVE } from './pool-id-reader';
import type { ReadPosition } from './position';
import { V4_DEPLOYMENTS } from './uniswap-v4';

const ABI = parseAbi([
  'function getPoolAndPositionInfo(uint256 tokenId) view returns ((address currency0, address currency1, uint24 fee, int24 tickSpacing, address hooks) poolKey, uint256 info)',
  'function getPositionLiquidity(uint256 tokenId) view returns (uint128 liquidity)',
  'function getPositionInfo(bytes32 poolId, address owner, int24 tickLower, int24 tickUpper, bytes32 salt) view returns (uint128 liquidity, uint256 feeGrowthInside0LastX128, uint256 feeGrowthInside1LastX128)',
  'function getFeeGrowthInside(bytes32 poolId, int24 tickLower, int24 tickUpper) view returns (uint256 feeGrowthInside0X128, uint256 feeGrowthInside1X128)',
]);

const TICK_LOWER_OFFSET = 8n;
const TICK_UPPER_OFFSET = 32n;
const MASK_24_BITS = 0xffffffn;

/** A PositionInfo word unpacked as PositionInfoLibrary reads it. */
export interface V4PositionInfo {
  /** The PoolId's first 25 bytes, as `0x` + 50 hex digits. */
  poolIdPrefix: string;
  tickLower: number;
  tickUpper: number;
  hasSubscriber: boolean;
}

export function decodeV4PositionInfo(info: bigint): V4PositionInfo {
  const int24At = (offset: bigint) => Number(BigInt.asIntN(24, (info >> offset) & MASK_24_BITS));
  return {
    poolIdPrefix: `0x${(info >> 56n).toString(16).padStart(50, '0')}`,
    tickLower: int24At(TICK_LOWER_OFFSET),
    tickUpper: int24At(TICK_UPPER_OFFSET),
    hasSubscriber: (info & 0xffn) !== 0n,
  };
}

export interface V4PoolKey {
  currency0: Hex;
  currency1: Hex;
  fee: number;
  tickSpacing: number;
  hooks: Hex;
}

/** PoolId = keccak256(abi.encode(currency0, currency1, fee, tickSpacing, hooks)). */
export function v4PoolId(key: V4PoolKey): Hex {
  return keccak256(
    encodeAbiParameters(
      [{ type: 'address' }, { type: 'address' }, { type: 'uint24' }, { type: 'int24' }, { type: 'address' }],
      [key.currency0, key.currency1, key.fee, key.tickSpacing, key.hooks],
    ),
  );
}

/**
 * A v4-style position (v4 and Infinity CL alike) from its PositionInfo word and the PoolId of its key: the range
 * must be a range, and the word's truncated id must be the key's (and the key otherwise fit, `keyFits`), or one of
 * the two answers is wrong.
 */
export function positionFromInfo(input: {
  info: bigint;
  poolId: Hex;
  keyFits: boolean;
  liquidity: bigint;
  protocol: ReadPosition['protocol'];
}): { ok: true; position: ReadPosition } | { ok: false; reason: Said } {
  const { poolIdPrefix, tickLower, tickUpper } = decodeV4PositionInfo(input.info);
  if (!(tickLower < tickUpper)) return { ok: false, reason: lt('worker.reason.positionNoRange') };
  if (input.poolId.slice(0, 52) !== poolIdPrefix || !input.keyFits)
    return { ok: false, reason: lt('worker.reason.positionShape') };
  return {
    ok: true,
    position: {
      pool: input.poolId,
      tickLower,
      tickUpper,
      liquidityRaw: input.liquidity.toString(),
      protocol: input.protocol,
    },
  };
}

export async function readV4Position(
  http: JsonClient,
  rpcUrl: string,
  chain: ChainId,
  tokenId: string,
  deadline: number,
  now: () => number,
): Promise<{ ok: true; position: ReadPosition } | { ok: false; reason: Said }> {
  const deployment = V4_DEPLOYMENTS[chain];
  if (!deployment) return { ok: false, reason: lt('worker.reason.v4NoDeployment') };
  const id = BigInt(tokenId);
  const first = await ethCalls(
    http,
    rpcUrl,
    [
      {
        to: deployment.positionManager,
        data: encodeFunctionData({ abi: ABI, functionName: 'getPoolAndPositionInfo', args: [id] }),
      },
      {
        to: deployment.positionManager,
        data: encodeFunctionData({ abi: ABI, functionName: 'getPositionLiquidity', args: [id] }),
      },
    ],
    deadline,
  );
  if (!first.ok) return { ok: false, reason: lt('worker.reason.whileReadingPosition', { problem: first.reason }) };
  const [infoHex, liquidityHex] = first.results;
  if (!infoHex || infoHex.length <= 2) return { ok: false, reason: lt('worker.reason.noPosition') };
  const answer = decoded(() =>
    decodeFunctionResult({ abi: ABI, functionName: 'getPoolAndPositionInfo', data: infoHex }),
  );
  const liquidity = liquidityHex
    ? decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'getPositionLiquidity', data: liquidityHex }))
    : null;
  if (!answer || liquidity === null) return { ok: false, reason: lt('worker.reason.positionShape') };
  const [key, info] = answer;
  // A token id never minted (or burned) reads as an empty key and info 0.
  if (info === 0n || key.currency1.toLowerCase() === NATIVE)
    return { ok: false, reason: lt('worker.reason.noPosition') };
  const poolId = v4PoolId(key).toLowerCase() as Hex;
  const read = positionFromInfo({ info, poolId, keyFits: true, liquidity, protocol: 'uniswap-v4' });
  if (!read.ok) return read;
  const { position } = read;
  const { tickLower, tickUpper } = position;
  const fees = await readV4Fees(http, rpcUrl, deployment, poolId, id, tickLower, tickUpper, deadline);
  if (fees) position.uncollectedFees = { ...fees, fetchedAt: now() };
  return { ok: true, position };
}

/** StateView's checkpoint and growth now; null (fees not known, never 0) when either read fails. */
async function readV4Fees(
  http: JsonClient,
  rpcUrl: string,
  deployment: { stateView: Hex; positionManager: Hex },
  poolId: Hex,
  tokenId: bigint,
  tickLower: number,
  tickUpper: number,
  deadline: number,
): Promise<{ amount0Raw: string; amount1Raw: string } | null> {
  const salt = toHex(tokenId, { size: 32 });
  const answer = await ethCalls(
    http,
    rpcUrl,
    [
      {
        to: deployment.stateView,
        data: encodeFunctionData({
          abi: ABI,
          functionName: 'getPositionInfo',
          args: [poolId, deployment.positionManager, tickLower, tickUpper, salt],
        }),
      },
      {
        to: deployment.stateView,
        data: encodeFunctionData({
          abi: ABI,
          functionName: 'getFeeGrowthInside',
          args: [poolId, tickLower, tickUpper],
        }),
      },
    ],
    deadline,
  );
  if (!answer.ok) return null;
  const [positionHex, insideHex] = answer.results;
  const checkpoint = positionHex
    ? decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'getPositionInfo', data: positionHex }))
    : null;
  const inside = insideHex
    ? decoded(() => decodeFunctionResult({ abi: ABI, functionName: 'getFeeGrowthInside', data: insideHex }))
    : null;
  if (!checkpoint || !inside) return null;
  return uncollectedFeesV4Raw({
    liquidity: checkpoint[0],
    feeGrowthInside0LastX128: checkpoint[1],
    feeGrowthInside1LastX128: checkpoint[2],
    feeGrowthInside0X128: inside[0],
    feeGrowthInside1X128: inside[1],
  });
}

/**
 * v4-core's Position.update accrual (core uncollectedFeesV4) as raw token amounts, for v4 and Infinity CL
 * positions alike; null (fees not known, never 0) when the reads do not fit the arithmetic.
 */
export function uncollectedFeesV4Raw(
  input: Parameters<typeof uncollectedFeesV4>[0],
): { amount0Raw: string; amount1Raw: string } | null {
  try {
    const fees = uncollectedFeesV4(input);
    return { amount0Raw: fees.amount0.toString(), amount1Raw: fees.amount1.toString() };
  } catch (error) {
    if (error instanceof LpInputError) return null;
    throw error;
  }
}
