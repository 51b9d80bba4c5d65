/**
 * Meteora, app.meteora.ag (meteora.ag kept as an alias host). One route prefix per pool program:
 * `/dlmm/{lbPair}` (DLMM), `/pools/{address}` (dynamic AMM) and `/dammv2/{address}` (DAMM v2).
 */
import { defineSite, found, route, solanaPool } from './common';
import type { PoolMatch, SiteExamples } from './types';

const SITE = 'meteora';
const SOL_USDC_DLMM = 'BGm1tav58oGcsQJehL9WXBFXF7D27vZsKefj4xJKD5Y';

function meteoraPool(address: string, program: string): PoolMatch | null {
  return found({ kind: 'pool', chain: 'solana', pool: solanaPool(address), version: program });
}

export const meteora = defineSite({
  id: SITE,
  hosts: ['app.meteora.ag', 'meteora.ag'],
  routes: [
    route('dlmm/:address', ({ address }) => meteoraPool(address, 'dlmm')),
    route('pools/:address', ({ address }) => meteoraPool(address, 'damm')),
    route('dammv2/:address', ({ address }) => meteoraPool(address, 'damm-v2')),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      `https://app.meteora.ag/dlmm/${SOL_USDC_DLMM}`,
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address', address: SOL_USDC_DLMM },
        version: 'dlmm',
      },
    ],
    [
      `https://app.meteora.ag/dlmm/${SOL_USDC_DLMM}/?referrer=home`,
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address', address: SOL_USDC_DLMM },
        version: 'dlmm',
      },
    ],
    [
      `https://meteora.ag/dlmm/${SOL_USDC_DLMM}`,
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address', address: SOL_USDC_DLMM },
        version: 'dlmm',
      },
    ],
    [
      // Address shape only (a mint, not a pool): exercises the dynamic AMM route.
      'https://app.meteora.ag/pools/So11111111111111111111111111111111111111112',
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address', address: 'So11111111111111111111111111111111111111112' },
        version: 'damm',
      },
    ],
  ],
  negative: [
    'https://app.meteora.ag/',
    'https://app.meteora.ag/dlmm',
    'https://app.meteora.ag/dlmm/create',
    'https://app.meteora.ag/pools',
    'https://app.meteora.ag/portfolio',
    'https://app.meteora.ag/dlmm/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://app.meteora.ag/dlmm/BGm1tav58oGcsQJehL9WXBFXF7D27vZsKefj4xJKD5Y/positions',
  ],
};
