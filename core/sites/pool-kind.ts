/**
 * Which AMM math a detected page's pool follows, when the site and its URL say so. Null means the URL
 * alone cannot tell (an aggregator page, a Balancer pool of unknown weights is still 'weighted').
 */
import { namedInputs } from '../input-error';
import type { PoolKind } from '../pool-models';
import type { PoolPageRef } from './types';

/**
 * Versions whose pools are concentrated ranges. PancakeSwap's bare 'infinity' is not here: an Infinity pool
 * id may be a CL pool or a Bin (liquidity-book) pool, which the URL does not say.
 */
const CONCENTRATED_VERSIONS = new Set(['v3', 'v4', 'cl', 'infinityCl', 'clmm']);

export function poolKindOf(ref: PoolPageRef): PoolKind | null {
  // Both the reference and its pool identifier are read as objects below: anything else is missing input.
  const { site, version, pool } = namedInputs(ref, 'ref');
  namedInputs(pool, 'pool');
  if (site === 'dexscreener' || site === 'geckoterminal') return null;
  if (site === 'curve') return 'stableswap';
  if (site === 'balancer') return version === 'cow' ? null : 'weighted';
  // Camelot's v3/v4 are Algebra (concentrated) pools; its v2 pairs are constant product (or stable, unknown here).
  if (site === 'camelot') return version === 'v2' ? null : 'concentrated';
  if (site === 'pancakeswap' && version === 'stableSwap') return 'stableswap';
  if (site === 'aerodrome' || site === 'velodrome') {
    // Solidly "stable" pools use x^3*y + x*y^3, which none of our models covers.
    if (pool.type === 'pair' && pool.tickSpacing !== undefined) return 'concentrated';
    if (pool.type === 'pair' && pool.stable === false) return 'constant-product';
    return null;
  }
  if (version === 'v2') return 'constant-product';
  if (version && CONCENTRATED_VERSIONS.has(version)) return 'concentrated';
  if (pool.type === 'position') return 'concentrated';
  return null;
}
