/**
 * A Uniswap v3 position page names an NFT token id: the position manager says which pool it is in, its
 * range (ticks) and its liquidity; the factory turns tokens + fee into the pool address.
 */
import { decodeAbiParameters, encodeFunctionData, parseAbi, type Hex } from 'viem';
import type { ChainId } from '../../../core/index';
import type { JsonClient } from '../http';
import { ethCall } from './json-rpc';
import { lt, type Said } from '../../../lib/i18n/localized-text';

/** Uniswap v3 deployments: NonfungiblePositionManager and UniswapV3Factory per chain. */
const UNISWAP_V3: Partial<Record<ChainId, { manager: string; factory: string }>> = {
  ethereum: {
    manager: '0xc36442b4a4522e871399cd717abdd847ab11fe88',
    factory: '0x1f98431c8ad98523631ae4a59f267346ea31f984',
  },
  arbitrum: {
    manager: '0xc36442b4a4522e871399cd717abdd847ab11fe88',
    factory: '0x1f98431c8ad98523631ae4a59f267346ea31f984',
  },
  optimism: {
    manager: '0xc36442b4a4522e871399cd717abdd847ab11fe88',
    factory: '0x1f98431c8ad98523631ae4a59f267346ea31f984',
  },
  polygon: {
    manager: '0xc36442b4a4522e871399cd717abdd847ab11fe88',
    factory: '0x1f98431c8ad98523631ae4a59f267346ea31f984',
  },
  base: {
    manager: '0x03a520b32c04bf3beef7beb72e919cf822ed34f1',
    factory: '0x33128a8fc17869897dce68ed026d694621f6fdfd',
  },
};

const ABI = parseAbi([
  'function positions(uint256 tokenId) view returns (uint96 nonce, address operator, address token0, address token1, uint24 fee, int24 tickLower, int24 tickUpper, uint128 liquidity, uint256 feeGrowthInside0LastX128, uint256 feeGrowthInside1LastX128, uint128 tokensOwed0, uint128 tokensOwed1)',
  'function getPool(address tokenA, address tokenB, uint24 fee) view returns (address pool)',
]);

export interface V3Position {
  pool: string;
  tickLower: number;
  tickUpper: number;
  /** The position's liquidity, raw uint128 as a decimal string. */
  liquidityRaw: string;
}

export function supportsV3Positions(chain: ChainId): boolean {
  return UNISWAP_V3[chain] !== undefined;
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

export async function readV3Position(
  http: JsonClient,
  rpcUrl: string,
  chain: ChainId,
  tokenId: string,
  deadline: number,
): Promise<{ ok: true; position: V3Position } | { ok: false; reason: Said }> {
  const deployment = UNISWAP_V3[chain];
  if (!deployment) return { ok: false, reason: lt('worker.reason.positionChainUnsupported', { chain }) };
  const raw = await read(
    http,
    rpcUrl,
    deployment.manager,
    encodeFunctionData({ abi: ABI, functionName: 'positions', args: [BigInt(tokenId)] }),
    deadline,
  );
  if (typeof raw !== 'string') return { ok: false, reason: raw.reason };
  let token0: `0x${string}`,
    token1: `0x${string}`,
    fee: number,
    tickLower: number,
    tickUpper: number,
    liquidity: bigint;
  try {
    [, , token0, token1, fee, tickLower, tickUpper, liquidity] = decodeAbiParameters(ABI[0].outputs, raw);
  } catch {
    return { ok: false, reason: lt('worker.reason.positionShape') };
  }
  if (!(tickLower < tickUpper)) return { ok: false, reason: lt('worker.reason.positionNoRange') };
  const poolRaw = await read(
    http,
    rpcUrl,
    deployment.factory,
    encodeFunctionData({ abi: ABI, functionName: 'getPool', args: [token0, token1, fee] }),
    deadline,
  );
  if (typeof poolRaw !== 'string') return { ok: false, reason: poolRaw.reason };
  const [pool] = decodeAbiParameters([{ type: 'address' }], poolRaw);
  if (/^0x0{40}$/i.test(pool)) return { ok: false, reason: lt('worker.reason.positionNoPool') };
  return { ok: true, position: { pool: pool.toLowerCase(), tickLower, tickUpper, liquidityRaw: liquidity.toString() } };
}
