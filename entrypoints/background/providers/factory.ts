/**
 * Finding a pool from a token pair, for pages that name a pair instead of a pool (Aerodrome's deposit page):
 * one `getPool` call on the DEX's factory contract. Factories sort the tokens themselves.
 */
import { decodeAbiParameters, encodeFunctionData, parseAbi, type Hex } from 'viem';
import type { ChainId, PoolIdentifier, SiteId } from '../../../core/index';
import type { JsonClient } from '../http';
import { ethCall } from './json-rpc';
import { lt, type Said } from '../../../lib/i18n/localized-text';

type Pair = Extract<PoolIdentifier, { type: 'pair' }>;

/** Factory contracts by site and chain: the basic (volatile/stable) one and the concentrated (Slipstream) one. */
const FACTORIES: Partial<
  Record<SiteId, Partial<Record<ChainId, { basic: string; concentrated: string; wrappedNative: string }>>>
> = {
  aerodrome: {
    base: {
      basic: '0x420dd381b31aef6683db6b902084cb0ffece40da',
      concentrated: '0x5e7bb104d84c7cb9b682aac2f3d509f5f406809a',
      wrappedNative: '0x4200000000000000000000000000000000000006',
    },
  },
};

const ABI = parseAbi([
  'function getPool(address tokenA, address tokenB, bool stable) view returns (address)',
  'function getPool(address tokenA, address tokenB, int24 tickSpacing) view returns (address)',
]);

export type PairCall = { to: string; data: Hex };

/** The eth_call that finds the pair's pool, or why there is none to make. */
export function pairPoolCall(site: SiteId, chain: ChainId, pair: Pair): PairCall | { reason: Said } {
  const factory = FACTORIES[site]?.[chain];
  if (!factory)
    return {
      reason:
        'This page names a token pair, and finding its pool on this DEX is not supported yet. Look the pool up by address instead.',
    };
  const token = (t: Pair['token0']) => (t === 'native' ? factory.wrappedNative : t) as `0x${string}`;
  const [a, b] = [token(pair.token0), token(pair.token1)];
  if (pair.tickSpacing !== undefined) {
    return {
      to: factory.concentrated,
      data: encodeFunctionData({ abi: ABI, functionName: 'getPool', args: [a, b, pair.tickSpacing] }),
    };
  }
  if (pair.stable === undefined) return { reason: lt('worker.reason.pairPoolUnknown') };
  return {
    to: factory.basic,
    data: encodeFunctionData({ abi: ABI, functionName: 'getPool', args: [a, b, pair.stable] }),
  };
}

const ZERO_ADDRESS = /^0x0{40}$/;

/** Runs the call: the pool's address, or a plain reason. */
export async function findPairPool(
  http: JsonClient,
  rpcUrl: string,
  call: PairCall,
  deadline: number,
): Promise<{ ok: true; address: string } | { ok: false; reason: Said }> {
  const answer = await ethCall(http, rpcUrl, call, deadline);
  if (!answer.ok) return { ok: false, reason: lt('worker.reason.whileFindingPool', { problem: answer.reason }) };
  const result = answer.result && /^0x[0-9a-fA-F]{64}$/.test(answer.result) ? answer.result : null;
  if (!result) return { ok: false, reason: lt('worker.reason.factoryNoAddress') };
  const [address] = decodeAbiParameters([{ type: 'address' }], result);
  const lower = address.toLowerCase();
  return ZERO_ADDRESS.test(lower)
    ? { ok: false, reason: lt('worker.reason.noPoolForPair') }
    : { ok: true, address: lower };
}
