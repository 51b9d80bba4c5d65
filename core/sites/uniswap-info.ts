/**
 * Uniswap Info, the legacy analytics sites. info.uniswap.org (v3) uses a hash router: mainnet pools at
 * `#/pools/{addr}`, other networks at `#/{network}/pools/{addr}`. The older v2 site (v2.info.uniswap.org,
 * and info.uniswap.org before v3) shows pairs at `/pair/{addr}`, on mainnet only.
 *
 * Source: github.com/Uniswap/v3-info (archived), src/constants/networks.ts at commit 88455f7356f9 gives each
 * network's `route`: '' (Ethereum), `arbitrum`, `optimism`, `polygon`, `celo`; later commits of the same file,
 * not in the code index, added `bnb`, `base` and `avax`, which links in the wild use. The app today sends its
 * users to app.uniswap.org/explore, but old links still open info pages, so they stay detected.
 */
import type { SiteExamples } from './types';
import { chainNames, type ChainLookup } from './chains';
import { addressPool, defineSite, found, route } from './common';

const SITE = 'uniswap-info';

/** Network prefixes of info.uniswap.org. Mainnet links have none; `ethereum` is accepted in case one is written. */
const infoNetwork: ChainLookup = chainNames(['ethereum', 'arbitrum', 'optimism', 'polygon', 'celo', 'base'], {
  bnb: 'bsc',
  avax: 'avalanche',
});

export const uniswapInfo = defineSite({
  id: SITE,
  hosts: ['info.uniswap.org', 'v2.info.uniswap.org'],
  router: 'path-and-hash',
  routes: [
    route('pools/:address', ({ address }) =>
      found({ kind: 'pool', chain: 'ethereum', pool: addressPool(address), version: 'v3' }),
    ),
    route(':network/pools/:address', ({ network, address }) =>
      found({ kind: 'pool', chain: infoNetwork(network), pool: addressPool(address), version: 'v3' }),
    ),
    route('pair/:address', ({ address }) =>
      found({ kind: 'pool', chain: 'ethereum', pool: addressPool(address), version: 'v2' }),
    ),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      'https://info.uniswap.org/#/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640' },
        version: 'v3',
      },
    ],
    [
      'https://info.uniswap.org/#/pools/0x4e68Ccd3E89f51C3074ca5072bbAC773960dFa36',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0x4e68ccd3e89f51c3074ca5072bbac773960dfa36' },
        version: 'v3',
      },
    ],
    [
      'https://info.uniswap.org/#/arbitrum/pools/0xc6962004f452be9203591991d15f6b388e09e8d0',
      {
        site: SITE,
        chain: 'arbitrum',
        kind: 'pool',
        pool: { type: 'address', address: '0xc6962004f452be9203591991d15f6b388e09e8d0' },
        version: 'v3',
      },
    ],
    [
      'https://info.uniswap.org/#/base/pools/0xd0b53d9277642d899df5c87a3966a349a798f224',
      {
        site: SITE,
        chain: 'base',
        kind: 'pool',
        pool: { type: 'address', address: '0xd0b53d9277642d899df5c87a3966a349a798f224' },
        version: 'v3',
      },
    ],
    [
      'https://v2.info.uniswap.org/pair/0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc' },
        version: 'v2',
      },
    ],
  ],
  negative: [
    'https://info.uniswap.org/',
    'https://info.uniswap.org/#/',
    'https://info.uniswap.org/#/pools',
    'https://info.uniswap.org/#/arbitrum/pools',
    'https://info.uniswap.org/#/tokens/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48',
    'https://info.uniswap.org/#/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f56',
    'https://info.uniswap.org/#/mainnet/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://v2.info.uniswap.org/token/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48',
  ],
};
