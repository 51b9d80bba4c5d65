/** Display names for ids from core. Ids stay machine-readable in core; people read these. */
import type { ChainId, PageKind, PoolIdentifier, PoolKind, SiteId } from '../../core/index';
import type { FigureName } from '../messages/pool-data';

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
  pool: 'pool page',
  position: 'position',
  'add-liquidity': 'add liquidity',
};

export const POOL_KIND_NAMES: Record<PoolKind, string> = {
  'constant-product': 'constant product (x·y = k)',
  concentrated: 'concentrated liquidity',
  weighted: 'weighted pool',
  stableswap: 'stableswap',
};

export function chainName(chain: ChainId | null): string {
  if (chain === null) return 'chain not in the URL';
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
      return `pool ${shortHex(pool.address)}`;
    case 'pool-id':
      return `pool id ${shortHex(pool.id)}`;
    case 'position':
      return `position #${pool.tokenId}`;
    case 'pair':
      return `pair ${pool.token0 === 'native' ? 'native' : shortHex(pool.token0)} / ${pool.token1 === 'native' ? 'native' : shortHex(pool.token1)}`;
    case 'curve-name':
      return `pool ${pool.name}`;
    case 'solana-address':
      return `pool ${shortHex(pool.address)}`;
    case 'solana-address-lowercased':
      return `pool ${shortHex(pool.lowercased)}`;
    case 'solana-position':
      return `position ${shortHex(pool.positionMint)}`;
  }
}

/** Names of the live figures people read in source lines and notes; figures without one are not listed. */
export const FIGURE_LABELS: Partial<Record<FigureName, string>> = {
  tvlUsd: 'TVL',
  volume24hUsd: '24 h volume',
  feeTier: 'fee tier',
  price: 'price',
  volatility: 'volatility',
  activeLiquidityRaw: 'active liquidity',
  token1PriceUsd: 'token prices',
  createdAt: 'pool age',
  amplification: 'amplification A',
};
