/**
 * SushiSwap, sushi.com. Pools live under the chain name: `/{chain}/pool/{v2|v3}/{address}`, a v3 position at
 * `/{chain}/pool/v3/{address}/{positionId}`. The legacy app linked `/pool/{chainId}:{address}` with the
 * EIP-155 number.
 */
import { chainFromEvmNumber, chainNames, type ChainLookup } from './chains';
import {
  addressPool,
  defineSite,
  found,
  pairPool,
  parseEvmAddress,
  parseFeeTier,
  positionPool,
  route,
  type PageContext,
} from './common';
import type { PoolIdentifier, PoolMatch, SiteExamples } from './types';

const SITE = 'sushiswap';

const sushiChain: ChainLookup = chainNames(
  [
    'ethereum',
    'arbitrum',
    'arbitrum-nova',
    'optimism',
    'base',
    'bsc',
    'polygon',
    'polygon-zkevm',
    'avalanche',
    'fantom',
    'gnosis',
    'celo',
    'linea',
    'scroll',
    'zksync',
    'blast',
    'mantle',
    'sonic',
    'katana',
    'metis',
    'kava',
    'moonbeam',
    'mode',
    'taiko',
  ],
  { 'zksync-era': 'zksync' },
);

const POOL_VERSIONS = new Set(['v2', 'v3']);

/** First of the given query parameters that is present: the add form's names changed between app versions. */
function firstParam(page: PageContext, names: readonly string[]): string | null {
  for (const name of names) {
    const value = page.query.get(name);
    if (value !== null) return value;
  }
  return null;
}

/** The add form picks its pool from the query: `fromCurrency`/`toCurrency`/`feeAmount` (older: token0/token1/fee). */
function pairFromAddForm(page: PageContext): PoolIdentifier | null {
  const fee = firstParam(page, ['feeAmount', 'fee']);
  const feeTier = fee === null ? undefined : parseFeeTier(fee);
  if (feeTier === null) return null;
  const token0 = firstParam(page, ['fromCurrency', 'token0']);
  const token1 = firstParam(page, ['toCurrency', 'token1']);
  return pairPool(token0, token1, { fee: feeTier });
}

function legacyPool(chainAndAddress: string): PoolMatch | null {
  const [chainNumber = '', address = '', ...rest] = chainAndAddress.split(':');
  if (rest.length > 0 || parseEvmAddress(address) === null) return null;
  return found({ kind: 'pool', chain: chainFromEvmNumber(chainNumber), pool: addressPool(address) });
}

export const sushiswap = defineSite({
  id: SITE,
  hosts: ['sushi.com', 'www.sushi.com'],
  routes: [
    route(':chain/pool/:version/add', ({ chain, version }, page) =>
      POOL_VERSIONS.has(version)
        ? found({ kind: 'add-liquidity', chain: sushiChain(chain), pool: pairFromAddForm(page), version })
        : null,
    ),
    route(':chain/pool/:version/:address', ({ chain, version, address }) =>
      POOL_VERSIONS.has(version)
        ? found({ kind: 'pool', chain: sushiChain(chain), pool: addressPool(address), version })
        : null,
    ),
    route(':chain/pool/:version/:address/add', ({ chain, version, address }) =>
      POOL_VERSIONS.has(version)
        ? found({ kind: 'add-liquidity', chain: sushiChain(chain), pool: addressPool(address), version })
        : null,
    ),
    route(':chain/pool/v3/:address/:positionId', ({ chain, address, positionId }) => {
      const pool = parseEvmAddress(address);
      if (pool === null) return null;
      const position = positionPool(positionId, { protocolVersion: 'v3', pool });
      return found({ kind: 'position', chain: sushiChain(chain), pool: position, version: 'v3' });
    }),
    route('pool/:chainAndAddress', ({ chainAndAddress }) => legacyPool(chainAndAddress)),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      'https://www.sushi.com/ethereum/pool/v2/0x397FF1542f962076d0BFE58eA045FfA2d347ACa0',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0x397ff1542f962076d0bfe58ea045ffa2d347aca0' },
        version: 'v2',
      },
    ],
    [
      'https://www.sushi.com/ethereum/pool/v2/0x06da0fd433c1a5d7a4faa01111c044910a184553/add',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: { type: 'address', address: '0x06da0fd433c1a5d7a4faa01111c044910a184553' },
        version: 'v2',
      },
    ],
    [
      // Address shape only (not a known Sushi v3 pool): exercises the v3 pool and position routes.
      'https://www.sushi.com/arbitrum/pool/v3/0x1111111111111111111111111111111111111111',
      {
        site: SITE,
        chain: 'arbitrum',
        kind: 'pool',
        pool: { type: 'address', address: '0x1111111111111111111111111111111111111111' },
        version: 'v3',
      },
    ],
    [
      'https://www.sushi.com/arbitrum/pool/v3/0x1111111111111111111111111111111111111111/31337',
      {
        site: SITE,
        chain: 'arbitrum',
        kind: 'position',
        pool: {
          type: 'position',
          tokenId: '31337',
          protocolVersion: 'v3',
          pool: '0x1111111111111111111111111111111111111111',
        },
        version: 'v3',
      },
    ],
    [
      'https://www.sushi.com/ethereum/pool/v3/add?fromCurrency=NATIVE&toCurrency=0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48&feeAmount=500',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48', fee: 500 },
        version: 'v3',
      },
    ],
    [
      'https://www.sushi.com/pool/1:0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0x397ff1542f962076d0bfe58ea045ffa2d347aca0' },
      },
    ],
    [
      'https://sushi.com/pool/1%3A0x06da0fd433c1a5d7a4faa01111c044910a184553',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0x06da0fd433c1a5d7a4faa01111c044910a184553' },
      },
    ],
  ],
  negative: [
    'https://www.sushi.com/',
    'https://www.sushi.com/ethereum/swap',
    'https://www.sushi.com/ethereum/explore/pools',
    'https://www.sushi.com/ethereum/pool',
    'https://www.sushi.com/ethereum/pool/v3/add',
    'https://www.sushi.com/ethereum/pool/v4/0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
    'https://www.sushi.com/eth/pool/v2/0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
    'https://www.sushi.com/ethereum/pool/v2/0x397ff1542f962076d0bfe58ea045ffa2d347aca0/123',
    'https://www.sushi.com/pool/999999:0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
    'https://www.sushi.com/pool/1:0x397ff',
    'https://www.sushi.com/pool/1:0x397ff1542f962076d0bfe58ea045ffa2d347aca0:extra',
  ],
};
