/** Display names for ids from core. Ids stay machine-readable in core; people read these. */
import type { ChainId, PageKind, PoolIdentifier, PoolKind, SiteId } from '../../core/index';
import type { FigureName } from '../messages/pool-data';
import { t } from '../i18n/index';

export const SITE_NAMES: Record<SiteId, string> = {
  uniswap: 'Uniswap',
  'uniswap-info': 'Uniswap Info',
  pancakeswap: 'PancakeSwap',
  sushiswap: 'SushiSwap',
  curve: 'Curve',
  balancer: 'Balancer',
  aerodrome: 'Aerodrome',
  velodrome: 'Velodrome',
  camelot: 'Camelot',
  lfj: 'LFJ (Trader Joe)',
  raydium: 'Raydium',
  orca: 'Orca',
  meteora: 'Meteora',
  dexscreener: 'DexScreener',
  geckoterminal: 'GeckoTerminal',
};

export const PAGE_KIND_NAMES: Record<PageKind, string> = {
  pool: t('labels.pageKind.pool'),
  position: t('labels.pageKind.position'),
  'add-liquidity': t('labels.pageKind.addLiquidity'),
};

export const POOL_KIND_NAMES: Record<PoolKind, string> = {
  'constant-product': t('labels.poolKind.constantProduct'),
  concentrated: t('labels.poolKind.concentrated'),
  weighted: t('labels.poolKind.weighted'),
  stableswap: t('labels.poolKind.stableswap'),
};

export function chainName(chain: ChainId | null): string {
  if (chain === null) return t('labels.noChain');
  return chain
    .split('-')
    .map((part) => (part.length <= 3 ? part.toUpperCase() : part[0]!.toUpperCase() + part.slice(1)))
    .join(' ');
}

const shortHex = (text: string) => `${text.slice(0, 6)}…${text.slice(-4)}`;

/** How the URL names the pool, shortened for a badge: "pool 0x88e6…5640", "3pool", "position #123". */
export function poolIdLabel(pool: PoolIdentifier): string {
  switch (pool.type) {
    case 'address':
      return t('labels.pool', { id: shortHex(pool.address) });
    case 'pool-id':
      return t('labels.poolId', { id: shortHex(pool.id) });
    case 'position':
      return t('labels.positionNumber', { id: pool.tokenId });
    case 'pair':
      return t('labels.pair', {
        token0: pool.token0 === 'native' ? t('labels.native') : shortHex(pool.token0),
        token1: pool.token1 === 'native' ? t('labels.native') : shortHex(pool.token1),
      });
    case 'curve-name':
      return t('labels.pool', { id: pool.name });
    case 'solana-address':
      return t('labels.pool', { id: shortHex(pool.address) });
    case 'solana-address-lowercased':
      return t('labels.pool', { id: shortHex(pool.lowercased) });
    case 'solana-position':
      return t('labels.position', { id: shortHex(pool.positionMint) });
  }
}

/** Names of the live figures people read in source lines and notes; figures without one are not listed. */
export const FIGURE_LABELS: Partial<Record<FigureName, string>> = {
  tvlUsd: 'TVL',
  volume24hUsd: t('labels.figure.volume24h'),
  feeTier: t('labels.figure.feeTier'),
  price: t('labels.figure.price'),
  volatility: t('labels.figure.volatility'),
  activeLiquidityRaw: t('labels.figure.activeLiquidity'),
  token1PriceUsd: t('labels.figure.tokenPrices'),
  createdAt: t('labels.figure.poolAge'),
  amplification: t('labels.figure.amplification'),
};
