/**
 * PancakeSwap, pancakeswap.finance. Two chain spellings coexist: pool routes write `bsc`, `ethereum`,
 * `arbitrum`, `polygon-zkevm`...; the `?chain=` parameter (positions, add-liquidity, info) writes `bsc`,
 * `eth`, `arb`, `zkSync`, `opBNB`, `polygonZkEVM`. One lookup accepts both, case-blind.
 */
import { chainNames, type ChainId, type ChainLookup } from './chains';
import {
  addressPool,
  defineSite,
  found,
  pairPool,
  parseFeeTier,
  parseSolanaAddress,
  poolOnChain,
  positionPool,
  route,
  type PageContext,
} from './common';
import type { PoolIdentifier, SiteExamples } from './types';

const SITE = 'pancakeswap';

const pancakeChain: ChainLookup = chainNames(
  ['bsc', 'ethereum', 'arbitrum', 'base', 'zksync', 'linea', 'opbnb', 'polygon-zkevm', 'solana'],
  { eth: 'ethereum', arb: 'arbitrum', polygonzkevm: 'polygon-zkevm' },
);

/** Without `?chain=` the app falls back to the wallet's chain (BSC when none): the URL does not say. */
function chainFromQuery(page: PageContext): ChainId | null | undefined {
  const name = page.query.get('chain');
  return name === null ? null : pancakeChain(name);
}

/** PancakeSwap's v4 is branded Infinity; only its pools are named by a 32-byte id. */
function versionOfPool(pool: PoolIdentifier | null): string | undefined {
  return pool?.type === 'pool-id' ? 'infinity' : undefined;
}

function solanaPosition(pool: string, positionMint: string): PoolIdentifier | null {
  const poolAddress = parseSolanaAddress(pool);
  const mint = parseSolanaAddress(positionMint);
  if (poolAddress === null || mint === null) return null;
  return { type: 'solana-position', pool: poolAddress, positionMint: mint };
}

export const pancakeswap = defineSite({
  id: SITE,
  hosts: ['pancakeswap.finance'],
  routes: [
    route('liquidity/pool/:chain/:pool', ({ chain, pool }) => {
      const chainId = pancakeChain(chain);
      const identifier = poolOnChain(chainId, pool);
      return found({ kind: 'pool', chain: chainId, pool: identifier, version: versionOfPool(identifier) });
    }),
    route('liquidity/position/v3/solana/:pool/:positionMint', ({ pool, positionMint }) =>
      found({ kind: 'position', chain: 'solana', pool: solanaPosition(pool, positionMint), version: 'v3' }),
    ),
    // `/liquidity/pools` and `/liquidity/positions` are lists; only a decimal token id is a position.
    route('liquidity/:tokenId', ({ tokenId }, page) => {
      const pool = positionPool(tokenId, { protocolVersion: 'v3' });
      return found({ kind: 'position', chain: chainFromQuery(page), pool, version: 'v3' });
    }),
    // The v2 position page, named by the pair's tokens.
    route('v2/pair/:tokenA/:tokenB', ({ tokenA, tokenB }, page) =>
      found({ kind: 'position', chain: chainFromQuery(page), pool: pairPool(tokenA, tokenB), version: 'v2' }),
    ),
    route('v2/add/:tokenA/:tokenB', ({ tokenA, tokenB }, page) =>
      found({ kind: 'add-liquidity', chain: chainFromQuery(page), pool: pairPool(tokenA, tokenB), version: 'v2' }),
    ),
    // `/add` offers v3, stable and v2 in one form, so only a fee tier narrows the pool.
    route('add/:tokenA/:tokenB/:fee?', ({ tokenA, tokenB, fee }, page) => {
      const feeTier = fee === undefined ? undefined : parseFeeTier(fee);
      if (feeTier === null) return null;
      const pool = pairPool(tokenA, tokenB, { fee: feeTier });
      return found({ kind: 'add-liquidity', chain: chainFromQuery(page), pool });
    }),
    // Legacy analytics pages: BSC unless a short chain name follows the version.
    route('info/v3/pools/:address', ({ address }) =>
      found({ kind: 'pool', chain: 'bsc', pool: addressPool(address), version: 'v3' }),
    ),
    route('info/v3/:chain/pools/:address', ({ chain, address }) =>
      found({ kind: 'pool', chain: pancakeChain(chain), pool: addressPool(address), version: 'v3' }),
    ),
    route('info/pairs/:address', ({ address }) =>
      found({ kind: 'pool', chain: 'bsc', pool: addressPool(address), version: 'v2' }),
    ),
    route('info/:chain/pairs/:address', ({ chain, address }) =>
      found({ kind: 'pool', chain: pancakeChain(chain), pool: addressPool(address), version: 'v2' }),
    ),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      'https://pancakeswap.finance/liquidity/pool/bsc/0x172fcd41e0913e95784454622d1c3724f546f849',
      {
        site: SITE,
        chain: 'bsc',
        kind: 'pool',
        pool: { type: 'address', address: '0x172fcd41e0913e95784454622d1c3724f546f849' },
      },
    ],
    [
      'https://pancakeswap.finance/liquidity/pool/bsc/0x16b9a82891338f9ba80e2d6970fdda79d1eb0dae?chain=bsc',
      {
        site: SITE,
        chain: 'bsc',
        kind: 'pool',
        pool: { type: 'address', address: '0x16b9a82891338f9ba80e2d6970fdda79d1eb0dae' },
      },
    ],
    [
      // Id shape only (not a known Infinity pool): checks the 32-byte branch and the path chain name.
      'https://pancakeswap.finance/liquidity/pool/polygon-zkevm/0xAB00000000000000000000000000000000000000000000000000000000000001',
      {
        site: SITE,
        chain: 'polygon-zkevm',
        kind: 'pool',
        pool: { type: 'pool-id', id: '0xab00000000000000000000000000000000000000000000000000000000000001' },
        version: 'infinity',
      },
    ],
    [
      'https://pancakeswap.finance/liquidity/123456?chain=eth',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'position',
        pool: { type: 'position', tokenId: '123456', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
    [
      'https://pancakeswap.finance/liquidity/123456?chain=zkSync',
      {
        site: SITE,
        chain: 'zksync',
        kind: 'position',
        pool: { type: 'position', tokenId: '123456', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
    [
      'https://pancakeswap.finance/liquidity/2024?chain=opBNB',
      {
        site: SITE,
        chain: 'opbnb',
        kind: 'position',
        pool: { type: 'position', tokenId: '2024', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
    [
      'https://pancakeswap.finance/liquidity/77?chain=polygonZkEVM',
      {
        site: SITE,
        chain: 'polygon-zkevm',
        kind: 'position',
        pool: { type: 'position', tokenId: '77', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
    [
      'https://pancakeswap.finance/liquidity/98765',
      {
        site: SITE,
        chain: null,
        kind: 'position',
        pool: { type: 'position', tokenId: '98765', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
    [
      // Position mint is shape only; the pool is a real Solana SOL/USDC account.
      'https://pancakeswap.finance/liquidity/position/v3/solana/58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2/So11111111111111111111111111111111111111112',
      {
        site: SITE,
        chain: 'solana',
        kind: 'position',
        pool: {
          type: 'solana-position',
          pool: '58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2',
          positionMint: 'So11111111111111111111111111111111111111112',
        },
        version: 'v3',
      },
    ],
    [
      'https://pancakeswap.finance/add/BNB/0x55d398326f99059fF775485246999027B3197955/100?chain=bsc',
      {
        site: SITE,
        chain: 'bsc',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: '0x55d398326f99059ff775485246999027b3197955', fee: 100 },
      },
    ],
    [
      'https://pancakeswap.finance/add/0xbb4CdB9CBd36B01bD1cBaEBF2De08d9173bc095c/0x55d398326f99059fF775485246999027B3197955',
      {
        site: SITE,
        chain: null,
        kind: 'add-liquidity',
        pool: {
          type: 'pair',
          token0: '0xbb4cdb9cbd36b01bd1cbaebf2de08d9173bc095c',
          token1: '0x55d398326f99059ff775485246999027b3197955',
        },
      },
    ],
    [
      'https://pancakeswap.finance/v2/add/BNB/0x55d398326f99059fF775485246999027B3197955?chain=bsc',
      {
        site: SITE,
        chain: 'bsc',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: '0x55d398326f99059ff775485246999027b3197955' },
        version: 'v2',
      },
    ],
    [
      'https://pancakeswap.finance/v2/pair/0xbb4CdB9CBd36B01bD1cBaEBF2De08d9173bc095c/0x55d398326f99059fF775485246999027B3197955?chain=bsc',
      {
        site: SITE,
        chain: 'bsc',
        kind: 'position',
        pool: {
          type: 'pair',
          token0: '0xbb4cdb9cbd36b01bd1cbaebf2de08d9173bc095c',
          token1: '0x55d398326f99059ff775485246999027b3197955',
        },
        version: 'v2',
      },
    ],
    [
      'https://pancakeswap.finance/info/v3/pools/0x172fcd41e0913e95784454622d1c3724f546f849',
      {
        site: SITE,
        chain: 'bsc',
        kind: 'pool',
        pool: { type: 'address', address: '0x172fcd41e0913e95784454622d1c3724f546f849' },
        version: 'v3',
      },
    ],
    [
      'https://pancakeswap.finance/info/pairs/0x16b9a82891338f9ba80e2d6970fdda79d1eb0dae',
      {
        site: SITE,
        chain: 'bsc',
        kind: 'pool',
        pool: { type: 'address', address: '0x16b9a82891338f9ba80e2d6970fdda79d1eb0dae' },
        version: 'v2',
      },
    ],
    [
      'https://pancakeswap.finance/info/v3/bsc/pools/0x172fcd41e0913e95784454622d1c3724f546f849',
      {
        site: SITE,
        chain: 'bsc',
        kind: 'pool',
        pool: { type: 'address', address: '0x172fcd41e0913e95784454622d1c3724f546f849' },
        version: 'v3',
      },
    ],
  ],
  negative: [
    'https://pancakeswap.finance/',
    'https://pancakeswap.finance/swap?chain=bsc',
    'https://pancakeswap.finance/liquidity',
    'https://pancakeswap.finance/liquidity/pools',
    'https://pancakeswap.finance/liquidity/positions',
    'https://pancakeswap.finance/farms',
    'https://pancakeswap.finance/info/v3',
    'https://pancakeswap.finance/info/v3/pools',
    'https://pancakeswap.finance/info/tokens/0x55d398326f99059ff775485246999027b3197955',
    'https://pancakeswap.finance/add/BNB',
    'https://pancakeswap.finance/add/BNB/0x55d398326f99059fF775485246999027B3197955/0',
    'https://pancakeswap.finance/liquidity/pool/bsc/0x172fcd41e0913e95784454622d1c3724f546f84g',
    'https://pancakeswap.finance/liquidity/pool/fantom/0x172fcd41e0913e95784454622d1c3724f546f849',
    'https://pancakeswap.finance/liquidity/pool/solana/0x172fcd41e0913e95784454622d1c3724f546f849',
    'https://pancakeswap.finance/liquidity/pool/bsc/58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2',
    'https://pancakeswap.finance/liquidity/12345?chain=fantom',
  ],
};
