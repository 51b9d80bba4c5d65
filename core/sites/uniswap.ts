/**
 * Uniswap web app, app.uniswap.org. Current routes carry the chain in the path; the legacy routes (`/add`,
 * `/increase`, `/pool/{tokenId}`) carried it in `?chain=` or not at all (the wallet's chain), and before 2022
 * they lived behind a hash router (`/#/add/...`), links to which still circulate.
 */
import { chainNames, type ChainId, type ChainLookup } from './chains';
import {
  addressPool,
  defineSite,
  evmPool,
  found,
  pairPool,
  parseFeeTier,
  positionPool,
  route,
  type PageContext,
} from './common';
import type { PageKind, PoolIdentifier, PoolMatch, SiteExamples } from './types';

const SITE = 'uniswap';

const uniswapChain: ChainLookup = chainNames(
  [
    'ethereum',
    'arbitrum',
    'optimism',
    'polygon',
    'base',
    'avalanche',
    'celo',
    'blast',
    'zksync',
    'zora',
    'unichain',
    'worldchain',
    'soneium',
  ],
  { bnb: 'bsc', mainnet: 'ethereum' }, // `mainnet` is the legacy `?chain=` spelling
);

/** Legacy routes take the chain from `?chain=`; without it the app used the wallet's chain: null. */
function chainFromQuery(page: PageContext): ChainId | null | undefined {
  const name = page.query.get('chain');
  return name === null ? null : uniswapChain(name);
}

/** A 32-byte id can only be a v4 pool; a 20-byte address is v2 or v3, which the URL does not say. */
function versionOfPool(pool: PoolIdentifier | null): string | undefined {
  return pool?.type === 'pool-id' ? 'v4' : undefined;
}

function poolPage(kind: PageKind, chain: string, pool: string): PoolMatch | null {
  const identifier = evmPool(pool);
  return found({ kind, chain: uniswapChain(chain), pool: identifier, version: versionOfPool(identifier) });
}

/** The legacy app only knew v3 NFT positions. */
function legacyV3Position(kind: PageKind, tokenId: string, page: PageContext): PoolMatch | null {
  const pool = positionPool(tokenId, { protocolVersion: 'v3' });
  return found({ kind, chain: chainFromQuery(page), pool, version: 'v3' });
}

function legacyAddForm(version: string, pool: PoolIdentifier | null, page: PageContext): PoolMatch | null {
  return found({ kind: 'add-liquidity', chain: chainFromQuery(page), pool, version });
}

const NFT_POSITION_VERSIONS = new Set(['v3', 'v4']);
const CREATE_VERSIONS = new Set(['v2', 'v3', 'v4']);

export const uniswap = defineSite({
  id: SITE,
  hosts: ['app.uniswap.org'],
  router: 'path-and-hash',
  routes: [
    route('explore/pools/:chain/:pool', ({ chain, pool }) => poolPage('pool', chain, pool)),
    // v2 liquidity is a fungible LP balance, so its position page is named by the pair.
    route('positions/v2/:chain/:pair', ({ chain, pair }) =>
      found({ kind: 'position', chain: uniswapChain(chain), pool: addressPool(pair), version: 'v2' }),
    ),
    route('positions/:version/:chain/:tokenId', ({ version, chain, tokenId }) => {
      if (!NFT_POSITION_VERSIONS.has(version)) return null;
      const pool = positionPool(tokenId, { protocolVersion: version });
      return found({ kind: 'position', chain: uniswapChain(chain), pool, version });
    }),
    route('positions/add/:chain/:pool', ({ chain, pool }) => poolPage('add-liquidity', chain, pool)),
    // `fee` is read when it is a plain tier number; without both tokens the form has no pool yet: null.
    route('positions/create/:version', ({ version }, page) => {
      if (!CREATE_VERSIONS.has(version)) return null;
      const fee = parseFeeTier(page.query.get('fee')) ?? undefined;
      const pool = pairPool(page.query.get('currencyA'), page.query.get('currencyB'), { fee });
      return found({ kind: 'add-liquidity', chain: chainFromQuery(page), pool, version });
    }),
    route('add/v2/:tokenA/:tokenB', ({ tokenA, tokenB }, page) => legacyAddForm('v2', pairPool(tokenA, tokenB), page)),
    route('add/:tokenA/:tokenB/:fee?', ({ tokenA, tokenB, fee }, page) => {
      const feeTier = fee === undefined ? undefined : parseFeeTier(fee);
      return feeTier === null ? null : legacyAddForm('v3', pairPool(tokenA, tokenB, { fee: feeTier }), page);
    }),
    // Adding to an existing v3 position: the page is about that position.
    route('increase/:tokenA/:tokenB/:fee/:tokenId', ({ tokenA, tokenB, fee, tokenId }, page) =>
      pairPool(tokenA, tokenB) !== null && parseFeeTier(fee) !== null
        ? legacyV3Position('add-liquidity', tokenId, page)
        : null,
    ),
    route('pool/:tokenId', ({ tokenId }, page) => legacyV3Position('position', tokenId, page)),
    route('pools/:tokenId', ({ tokenId }, page) => legacyV3Position('position', tokenId, page)),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      'https://app.uniswap.org/explore/pools/ethereum/0x88e6A0c2dDD26FEEb64F039a2c41296FcB3f5640',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640' },
      },
    ],
    [
      'https://app.uniswap.org/explore/pools/ethereum/0x8ad599c3a0ff1de082011efddc58f1908eb6e6d8?utm_source=share',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0x8ad599c3a0ff1de082011efddc58f1908eb6e6d8' },
      },
    ],
    [
      'https://app.uniswap.org/explore/pools/ethereum/0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc' },
      },
    ],
    [
      'https://app.uniswap.org/explore/pools/arbitrum/0xc6962004f452be9203591991d15f6b388e09e8d0/',
      {
        site: SITE,
        chain: 'arbitrum',
        kind: 'pool',
        pool: { type: 'address', address: '0xc6962004f452be9203591991d15f6b388e09e8d0' },
      },
    ],
    [
      'https://app.uniswap.org/explore/pools/base/0xd0b53d9277642d899df5c87a3966a349a798f224',
      {
        site: SITE,
        chain: 'base',
        kind: 'pool',
        pool: { type: 'address', address: '0xd0b53d9277642d899df5c87a3966a349a798f224' },
      },
    ],
    [
      'https://app.uniswap.org/explore/pools/ethereum/0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'pool-id', id: '0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27' },
        version: 'v4',
      },
    ],
    [
      'https://app.uniswap.org/positions/v2/ethereum/0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'position',
        pool: { type: 'address', address: '0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc' },
        version: 'v2',
      },
    ],
    [
      'https://app.uniswap.org/positions/v3/ethereum/123456',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'position',
        pool: { type: 'position', tokenId: '123456', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
    [
      'https://app.uniswap.org/positions/v4/bnb/98765',
      {
        site: SITE,
        chain: 'bsc',
        kind: 'position',
        pool: { type: 'position', tokenId: '98765', protocolVersion: 'v4' },
        version: 'v4',
      },
    ],
    [
      'https://app.uniswap.org/positions/add/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: { type: 'address', address: '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640' },
      },
    ],
    [
      'https://app.uniswap.org/positions/create/v3?currencyA=NATIVE&currencyB=0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48&chain=ethereum',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48' },
        version: 'v3',
      },
    ],
    [
      // No `chain` parameter: the form uses the wallet's chain, so the URL does not say.
      'https://app.uniswap.org/positions/create/v4?currencyA=ETH&currencyB=0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48&fee=500',
      {
        site: SITE,
        chain: null,
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48', fee: 500 },
        version: 'v4',
      },
    ],
    [
      'https://app.uniswap.org/add/ETH/0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48/500?chain=mainnet',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48', fee: 500 },
        version: 'v3',
      },
    ],
    [
      'https://app.uniswap.org/#/add/ETH/0xdAC17F958D2ee523a2206206994597C13D831ec7/3000',
      {
        site: SITE,
        chain: null,
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: '0xdac17f958d2ee523a2206206994597c13d831ec7', fee: 3000 },
        version: 'v3',
      },
    ],
    [
      'https://app.uniswap.org/add/v2/ETH/0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48?chain=ethereum',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48' },
        version: 'v2',
      },
    ],
    [
      'https://app.uniswap.org/increase/ETH/0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48/500/123456?chain=mainnet',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: { type: 'position', tokenId: '123456', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
    [
      'https://app.uniswap.org/pool/4242?chain=arbitrum',
      {
        site: SITE,
        chain: 'arbitrum',
        kind: 'position',
        pool: { type: 'position', tokenId: '4242', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
    [
      'https://app.uniswap.org/#/pool/4242',
      {
        site: SITE,
        chain: null,
        kind: 'position',
        pool: { type: 'position', tokenId: '4242', protocolVersion: 'v3' },
        version: 'v3',
      },
    ],
  ],
  negative: [
    'https://app.uniswap.org/',
    'https://app.uniswap.org/swap?inputCurrency=ETH&outputCurrency=0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48',
    'https://app.uniswap.org/explore',
    'https://app.uniswap.org/explore/pools',
    'https://app.uniswap.org/explore/pools/ethereum',
    'https://app.uniswap.org/explore/tokens/ethereum/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48',
    'https://app.uniswap.org/positions',
    'https://app.uniswap.org/positions/create/v4',
    'https://app.uniswap.org/positions/create/v4?currencyA=NATIVE',
    'https://app.uniswap.org/portfolio',
    'https://app.uniswap.org/pool',
    'https://app.uniswap.org/pools/v2',
    'https://app.uniswap.org/#/swap',
    // malformed ids and unknown chains
    'https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f564',
    'https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640ff',
    'https://app.uniswap.org/explore/pools/ethereum/0xZZe6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://app.uniswap.org/explore/pools/eth/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://app.uniswap.org/explore/pools/solana/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://app.uniswap.org/positions/v3/ethereum/0x12',
    'https://app.uniswap.org/positions/v2/ethereum/0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27',
    'https://app.uniswap.org/increase/ETH/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48/fee/123456',
    'https://app.uniswap.org/positions/v3/ethereum/0123',
    'https://app.uniswap.org/positions/v5/ethereum/123',
    'https://app.uniswap.org/pool/4242?chain=atlantis',
    'https://app.uniswap.org/add/ETH/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48/0.3',
  ],
};
