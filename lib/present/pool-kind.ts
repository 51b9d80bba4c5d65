/**
 * The one place that decides which AMM math a pool follows, from everything known about it: the URL (site
 * and version), the page (a v2/v3 badge) and the live snapshot (on-chain liquidity, Curve's A, the API's
 * dex label). The overlay, the popup's tab view, its lookups and the calculator all ask here, so a tab is
 * never analysed under two kinds.
 */
import { poolKindOf, type PoolKind, type PoolPageRef } from '../../core/index';
import type { PageFacts } from '../messages/page';
import type { PoolSnapshot } from '../messages/pool-data';

export interface KnownAboutPool {
  ref?: PoolPageRef | null;
  facts?: PageFacts;
  snapshot?: PoolSnapshot;
}

/** The URL first (it names the protocol), then the page's version badge, then what the data shows. */
export function poolKindFor({ ref, facts, snapshot }: KnownAboutPool): PoolKind | null {
  const fromUrl = ref ? poolKindOf(ref) : null;
  // A Balancer URL does not say weighted from stable; the chain does: a pool with an A and no weights is stable.
  if (fromUrl === 'weighted' && snapshot?.figures.amplification !== undefined && !snapshot.figures.weights)
    return 'stableswap';
  if (fromUrl) return fromUrl;
  if (facts?.version === 'v2') return 'constant-product';
  if (facts?.version === 'v3' || facts?.version === 'v4') return 'concentrated';
  return snapshot ? kindFromSnapshot(snapshot) : null;
}

function kindFromSnapshot({ figures }: PoolSnapshot): PoolKind | null {
  const dex = figures.dex?.toLowerCase() ?? '';
  if (figures.activeLiquidityRaw !== undefined || /v3|v4|cl|slipstream|algebra/.test(dex)) return 'concentrated';
  if (figures.amplification !== undefined) return 'stableswap';
  if (/v2|volatile/.test(dex)) return 'constant-product';
  return null;
}
