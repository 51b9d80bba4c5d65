/**
 * DexScreener, dexscreener.com/{chain}/{pair}. The pair is a pool address, a 32-byte v4 pool id, or a Solana
 * account. DexScreener lower-cases the Solana addresses in its own links, which loses base58's case; such an
 * id is returned as `solana-address-lowercased` for the provider to resolve through DexScreener's API.
 * `/{chain}` and `/{chain}/{dexId}` are lists, `/new-pairs`, `/watchlist`... are not pools: null.
 *
 * Source: the site is not public. The page URL mirrors the public API's `/latest/dex/pairs/{chainId}/
 * {pairId}` (docs.dexscreener.com API reference, read 2025-06), whose `chainId` values are the slugs listed
 * below; DexScreener lists mainnets only, so a testnet slug is an unknown chain here and gives no result.
 * Look-alike hosts never reach this detector: the site table is keyed by exact host.
 */
import { chainNames, isSolanaChain, type ChainLookup } from './chains';
import { defineSite, evmPool, found, route, solanaPool } from './common';
import type { PoolIdentifier, SiteExamples } from './types';

const SITE = 'dexscreener';

const dexscreenerChain: ChainLookup = chainNames(
  [
    'ethereum',
    'bsc',
    'arbitrum',
    'base',
    'polygon',
    'solana',
    'optimism',
    'avalanche',
    'fantom',
    'cronos',
    'zksync',
    'linea',
    'blast',
    'scroll',
    'mantle',
    'sonic',
    'unichain',
    'celo',
    'zora',
    'berachain',
    'abstract',
    'metis',
    'moonbeam',
    'aurora',
    'kava',
    'opbnb',
    'mode',
    'ink',
    'soneium',
    'worldchain',
    'hyperevm',
  ],
  { polygonzkevm: 'polygon-zkevm', gnosischain: 'gnosis', arbitrumnova: 'arbitrum-nova' },
);

/** Lower-case letters and digits only: a real base58 key of this length always has capitals, so case was lost. */
const LOWERCASED_SOLANA_ADDRESS = /^[1-9a-z]{32,44}$/;

function solanaPair(text: string): PoolIdentifier | null {
  if (LOWERCASED_SOLANA_ADDRESS.test(text)) return { type: 'solana-address-lowercased', lowercased: text };
  return solanaPool(text);
}

export const dexscreener = defineSite({
  id: SITE,
  hosts: ['dexscreener.com', 'www.dexscreener.com'],
  routes: [
    route(':chain/:pair', ({ chain, pair }) => {
      const chainId = dexscreenerChain(chain);
      if (chainId === undefined) return null;
      const pool = isSolanaChain(chainId) ? solanaPair(pair) : evmPool(pair);
      return found({ kind: 'pool', chain: chainId, pool });
    }),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      'https://dexscreener.com/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640' },
      },
    ],
    [
      'https://dexscreener.com/bsc/0x172fcd41e0913e95784454622d1c3724f546f849',
      {
        site: SITE,
        chain: 'bsc',
        kind: 'pool',
        pool: { type: 'address', address: '0x172fcd41e0913e95784454622d1c3724f546f849' },
      },
    ],
    [
      'https://dexscreener.com/base/0xcdac0d6c6c59727a65f871236188350531885c43',
      {
        site: SITE,
        chain: 'base',
        kind: 'pool',
        pool: { type: 'address', address: '0xcdac0d6c6c59727a65f871236188350531885c43' },
      },
    ],
    [
      'https://dexscreener.com/arbitrum/0xB1026b8e7276e7AC75410F1fcbbe21796e8f7526?embed=1',
      {
        site: SITE,
        chain: 'arbitrum',
        kind: 'pool',
        pool: { type: 'address', address: '0xb1026b8e7276e7ac75410f1fcbbe21796e8f7526' },
      },
    ],
    [
      'https://dexscreener.com/ethereum/0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'pool-id', id: '0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27' },
      },
    ],
    [
      'https://dexscreener.com/solana/58oqchx4ywmvkdwllzzbi4chocc2fqcuwbkwmihlyqo2',
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address-lowercased', lowercased: '58oqchx4ywmvkdwllzzbi4chocc2fqcuwbkwmihlyqo2' },
      },
    ],
    [
      'https://dexscreener.com/solana/Czfq3xZZDmsdGdUyrNLtRhGc47cXcZtLG4crryfu44zE',
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address', address: 'Czfq3xZZDmsdGdUyrNLtRhGc47cXcZtLG4crryfu44zE' },
      },
    ],
  ],
  negative: [
    'https://dexscreener.com/',
    'https://dexscreener.com/solana',
    'https://dexscreener.com/ethereum/uniswap',
    'https://dexscreener.com/new-pairs',
    'https://dexscreener.com/watchlist',
    'https://dexscreener.com/solana/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://dexscreener.com/ethereum/58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2',
    'https://dexscreener.com/sui/0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27',
    'https://dexscreener.com/eth/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://dexscreener.com/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640/extra',
    'https://dexscreener.com/sepolia/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://dexscreener.com/token/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
  ],
};
