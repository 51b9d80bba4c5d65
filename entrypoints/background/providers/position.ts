/**
 * A v3-style position page names an NFT token id: the DEX's position manager says which pool it is in, its
 * range (ticks), its liquidity and its fee checkpoint; the factory turns tokens + fee (or tick spacing) into the
 * pool address; the pool's fee growth then gives what the position could collect now (core/amm/v3-fees.ts).
 * Uniswap v3, PancakeSwap v3, SushiSwap v3 and Aerodrome Slipstream share this shape (position-deployments.ts).
 */
import { decodeAbiParameters, encodeFunctionData, parseAbi, type Hex } from 'viem';
import { LpInputError, uncollectedFeesV3, type ChainId } from '../../../core/index';
import type { Position } from '../../../lib/messages/pool-data';
import type { JsonClient } from '../http';
import { ethCall, ethCalls } from './json-rpc';
import { POSITION_PROTOCOL_SHAPES, type PositionProtocol } from './position-deployments';
import { lt, type Said } from '../../../lib/i18n/localized-text';
import { V4_DEPLOYMENTS } from './uniswap-v4';
import { readV4Position } from './v4-position';
import { INFINITY_CL_POSITION_MANAGERS, readInfinityClPosition } from './infinity-cl-position';

const POSITION_FIELDS = [
  { type: 'uint96', name: 'nonce' },
  { type: 'address', name: 'operator' },
  { type: 'address', name: 'token0' },
  { type: 'address', name: 'token1' },
  // uint24 fee on v3 and its forks, int24 tickSpacing on Slipstream: read as a signed word and checked below.
  { type: 'int24', name: 'feeOrTickSpacing' },
  { type: 'int24', name: 'tickLower' },
  { type: 'int24', name: 'tickUpper' },
  { type: 'uint128', name: 'liquidity' },
  { type: 'uint256', name: 'feeGrowthInside0LastX128' },
  { type: 'uint256', name: 'feeGrowthInside1LastX128' },
  { type: 'uint128', name: 'tokensOwed0' },
  { type: 'uint128', name: 'tokensOwed1' },
] as const;

const ABI = parseAbi([
  'function positions(uint256 tokenId) view returns (uint96, address, address, address, uint24, int24, int24, uint128, uint256, uint256, uint128, uint128)',
  'function getPool(address tokenA, address tokenB, uint24 fee) view returns (address pool)',
  'function slot0() view returns (uint160 sqrtPriceX96, int24 tick)',
  'function feeGrowthGlobal0X128() view returns (uint256)',
  'function feeGrowthGlobal1X128() view returns (uint256)',
  'function ticks(int24 tick) view returns (uint128 liquidityGross)',
]);
/** Slipstream's factory: `getPool(address,address,int24 tickSpacing)` (ICLFactory.sol), another selector. */
const SLIPSTREAM_ABI = parseAbi([
  'function getPool(address tokenA, address tokenB, int24 tickSpacing) view returns (address pool)',
]);

/** A position as read: where it is, and what it could collect now (absent when the pool's fee state was not read). */
export interface ReadPosition {
  /** The pool's address, or for Uniswap v4 and PancakeSwap Infinity CL its 32-byte PoolId. */
  pool: string;
  tickLower: number;
  tickUpper: number;
  /** The position's liquidity, raw uint128 as a decimal string. */
  liquidityRaw: string;
  protocol: PositionProtocol;
  uncollectedFees?: NonNullable<Position['uncollectedFees']>;
}

export function supportsPositions(protocol: PositionProtocol, chain: ChainId): boolean {
  if (protocol === 'uniswap-v4') return V4_DEPLOYMENTS[chain] !== undefined;
  if (protocol === 'pancakeswap-infinity-cl') return INFINITY_CL_POSITION_MANAGERS[chain] !== undefined;
  return POSITION_PROTOCOL_SHAPES[protocol].deployments[chain] !== undefined;
}

/** A position-manager or factory read, with what went wrong said in terms of the position. */
async function read(
  http: JsonClient,
  rpcUrl: string,
  to: string,
  data: Hex,
  deadline: number,
): Promise<Hex | { reason: Said }> {
  const answer = await ethCall(http, rpcUrl, { to, data }, deadline);
  if (!answer.ok) return { reason: lt('worker.reason.whileReadingPosition', { problem: answer.reason }) };
  return answer.result ?? { reason: lt('worker.reason.noPosition') };
}

const word = (hex: Hex | null | undefined, index: number): bigint | null =>
  hex && hex.length >= 2 + 64 * (index + 1) ? BigInt(`0x${hex.slice(2 + 64 * index, 2 + 64 * (index + 1))}`) : null;

export async function readPosition(
  http: JsonClient,
  rpcUrl: string,
  protocol: PositionProtocol,
  chain: ChainId,
  tokenId: string,
  deadline: number,
  now: () => number,
): Promise<{ ok: true; position: ReadPosition } | { ok: false; reason: Said }> {
  if (protocol === 'uniswap-v4') return readV4Position(http, rpcUrl, chain, tokenId, deadline, now);
  if (protocol === 'pancakeswap-infinity-cl')
    return readInfinityClPosition(http, rpcUrl, chain, tokenId, deadline, now);
  const shape = POSITION_PROTOCOL_SHAPES[protocol];
  const deployment = shape.deployments[chain];
  if (!deployment) return { ok: false, reason: lt('worker.reason.positionChainUnsupported', { protocol, chain }) };
  const raw = await read(
    http,
    rpcUrl,
    deployment.manager,
    encodeFunctionData({ abi: ABI, functionName: 'positions', args: [BigInt(tokenId)] }),
    deadline,
  );
  if (typeof raw !== 'string') return { ok: false, reason: raw.reason };
  let fields: ReturnType<typeof decodePosition>;
  try {
    fields = decodePosition(raw);
  } catch {
    return { ok: false, reason: lt('worker.reason.positionShape') };
  }
  const { token0, token1, feeOrTickSpacing, tickLower, tickUpper, liquidity } = fields;
  if (!(tickLower < tickUpper)) return { ok: false, reason: lt('worker.reason.positionNoRange') };
  // A v3 fee tier is a uint24 (hundredths of a basis point): negative here would be a tick spacing.
  if (shape.poolKey === 'fee' ? feeOrTickSpacing < 0 : feeOrTickSpacing <= 0)
    return { ok: false, reason: lt('worker.reason.positionShape') };
  const poolRaw = await read(
    http,
    rpcUrl,
    deployment.factory,
    shape.poolKey === 'fee'
      ? encodeFunctionData({ abi: ABI, functionName: 'getPool', args: [token0, token1, feeOrTickSpacing] })
      : encodeFunctionData({ abi: SLIPSTREAM_ABI, functionName: 'getPool', args: [token0, token1, feeOrTickSpacing] }),
    deadline,
  );
  if (typeof poolRaw !== 'string') return { ok: false, reason: poolRaw.reason };
  const [poolAddress] = decodeAbiParameters([{ type: 'address' }], poolRaw);
  if (/^0x0{40}$/i.test(poolAddress)) return { ok: false, reason: lt('worker.reason.positionNoPool') };
  const pool = poolAddress.toLowerCase();
  const position: ReadPosition = { pool, tickLower, tickUpper, liquidityRaw: liquidity.toString(), protocol };
  const fees = await readUncollectedFees(http, rpcUrl, pool, shape.feeGrowthOutsideWords, fields, deadline);
  if (fees) position.uncollectedFees = { ...fees, fetchedAt: now() };
  return { ok: true, position };
}

/** positions(tokenId)'s words by name; nonce and operator (words 0 and 1) are not needed. */
function decodePosition(raw: Hex) {
  const words = decodeAbiParameters(POSITION_FIELDS, raw);
  return {
    token0: words[2],
    token1: words[3],
    feeOrTickSpacing: words[4],
    tickLower: words[5],
    tickUpper: words[6],
    liquidity: words[7],
    inside0Last: words[8],
    inside1Last: words[9],
    owed0: words[10],
    owed1: words[11],
  };
}

/**
 * The pool's fee state in one batch (slot0's tick, both global fee growths, both bounds' feeGrowthOutside), then
 * v3-core's arithmetic. Null when any read fails or looks wrong: the fees are then said to be unknown, never 0.
 */
async function readUncollectedFees(
  http: JsonClient,
  rpcUrl: string,
  pool: string,
  [outside0Word, outside1Word]: readonly [number, number],
  position: ReturnType<typeof decodePosition>,
  deadline: number,
): Promise<{ amount0Raw: string; amount1Raw: string } | null> {
  const calls = [
    encodeFunctionData({ abi: ABI, functionName: 'slot0' }),
    encodeFunctionData({ abi: ABI, functionName: 'feeGrowthGlobal0X128' }),
    encodeFunctionData({ abi: ABI, functionName: 'feeGrowthGlobal1X128' }),
    encodeFunctionData({ abi: ABI, functionName: 'ticks', args: [position.tickLower] }),
    encodeFunctionData({ abi: ABI, functionName: 'ticks', args: [position.tickUpper] }),
  ];
  const answer = await ethCalls(
    http,
    rpcUrl,
    calls.map((data) => ({ to: pool, data })),
    deadline,
  );
  if (!answer.ok) return null;
  const [slot0, global0, global1, lower, upper] = answer.results;
  let tickCurrent: number;
  try {
    [, tickCurrent] = decodeAbiParameters([{ type: 'uint160' }, { type: 'int24' }], (slot0 ?? '0x') as Hex);
  } catch {
    return null;
  }
  const input = {
    feeGrowthGlobal0X128: word(global0, 0),
    feeGrowthGlobal1X128: word(global1, 0),
    tickLower: position.tickLower,
    tickUpper: position.tickUpper,
    tickCurrent,
    lower: { feeGrowthOutside0X128: word(lower, outside0Word), feeGrowthOutside1X128: word(lower, outside1Word) },
    upper: { feeGrowthOutside0X128: word(upper, outside0Word), feeGrowthOutside1X128: word(upper, outside1Word) },
    liquidity: position.liquidity,
    feeGrowthInside0LastX128: position.inside0Last,
    feeGrowthInside1LastX128: position.inside1Last,
    tokensOwed0: position.owed0,
    tokensOwed1: position.owed1,
  };
  try {
    const fees = uncollectedFeesV3(input);
    return { amount0Raw: fees.amount0.toString(), amount1Raw: fees.amount1.toString() };
  } catch (error) {
    // A missing word reads as null, which core refuses: the fees are then unknown.
    if (error instanceof LpInputError) return null;
    throw error;
  }
}
