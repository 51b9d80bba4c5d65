/**
 * Raydium, raydium.io. There is no pool page: the pool id appears only in the add-liquidity forms,
 * `/liquidity/increase?mode=add&pool_id=` (standard AMM / CPMM) and `/clmm/create-position?pool_id=`.
 * `/liquidity-pools` (list), `/portfolio` and `/swap` are null.
 */
import { defineSite, found, route, solanaPool } from './common';
import type { PoolIdentifier, SiteExamples } from './types';

const SITE = 'raydium';
const SOL_USDC_AMM = '58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2';

function poolFromQuery(poolId: string | null): PoolIdentifier | null {
  return poolId === null ? null : solanaPool(poolId);
}

export const raydium = defineSite({
  id: SITE,
  hosts: ['raydium.io', 'www.raydium.io'],
  routes: [
    // Other modes of this page (staking LP tokens in a farm) are not about adding liquidity.
    route('liquidity/increase', (_params, page) => {
      const mode = page.query.get('mode');
      if (mode !== null && mode !== 'add') return null;
      return found({ kind: 'add-liquidity', chain: 'solana', pool: poolFromQuery(page.query.get('pool_id')) });
    }),
    route('clmm/create-position', (_params, page) => {
      const pool = poolFromQuery(page.query.get('pool_id'));
      return found({ kind: 'add-liquidity', chain: 'solana', pool, version: 'clmm' });
    }),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      `https://raydium.io/liquidity/increase/?mode=add&pool_id=${SOL_USDC_AMM}`,
      { site: SITE, chain: 'solana', kind: 'add-liquidity', pool: { type: 'solana-address', address: SOL_USDC_AMM } },
    ],
    [
      `https://raydium.io/liquidity/increase?pool_id=${SOL_USDC_AMM}`,
      { site: SITE, chain: 'solana', kind: 'add-liquidity', pool: { type: 'solana-address', address: SOL_USDC_AMM } },
    ],
    [
      // CLMM pool id shape (Raydium's SOL/USDC CLMM pool as remembered, not checked against the reference).
      'https://raydium.io/clmm/create-position/?pool_id=3ucNos4NbumPLZNWztqGHNFFgkHeRMBQAVemeeomsUxv',
      {
        site: SITE,
        chain: 'solana',
        kind: 'add-liquidity',
        pool: { type: 'solana-address', address: '3ucNos4NbumPLZNWztqGHNFFgkHeRMBQAVemeeomsUxv' },
        version: 'clmm',
      },
    ],
  ],
  negative: [
    'https://raydium.io/',
    'https://raydium.io/swap/?inputMint=sol&outputMint=EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v',
    'https://raydium.io/liquidity-pools/',
    'https://raydium.io/portfolio/',
    'https://raydium.io/liquidity/increase?mode=add',
    `https://raydium.io/liquidity/increase?mode=stake&pool_id=${SOL_USDC_AMM}`,
    'https://raydium.io/liquidity/increase?mode=add&pool_id=58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQ00',
    'https://raydium.io/liquidity/increase?mode=add&pool_id=0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
  ],
};
