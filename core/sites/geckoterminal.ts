/**
 * GeckoTerminal, www.geckoterminal.com/{network}/pools/{address}, optionally behind a language prefix
 * (`/ja/eth/pools/...`). Network ids are GeckoTerminal's API ids (`eth`, `polygon_pos`, `avax`...), which
 * the provider needs back: map a `ChainId` to them in the provider, not here.
 *
 * Source: the site is not public. The page URL is the API's path (`/networks/{network}/pools/{address}` in
 * CoinGecko's on-chain API reference, docs.coingecko.com "Supported Networks List (ID Map)", GET /networks),
 * and the network ids follow that list as integrators map it (`eth`, `arbitrum`, `avax`, `bsc`, `base`,
 * `polygon_pos`…), read 2025-06. Lists (`/{network}/pools`, `/{network}/{dex}/pools`) and token pages are
 * not pools. A network id we do not map (a testnet such as `sepolia-testnet`, or a chain we do not support)
 * gives no result. Look-alike hosts never reach this detector: the site table is keyed by exact host.
 */
import { chainNames, type ChainLookup } from './chains';
import { defineSite, found, poolOnChain, route } from './common';
import type { PoolMatch, SiteExamples } from './types';

const SITE = 'geckoterminal';

const geckoNetwork: ChainLookup = chainNames(
  [
    'bsc',
    'base',
    'arbitrum',
    'solana',
    'optimism',
    'zksync',
    'linea',
    'blast',
    'scroll',
    'mantle',
    'sonic',
    'unichain',
    'celo',
    'polygon-zkevm',
    'opbnb',
    'metis',
    'kava',
    'aurora',
    'berachain',
    'abstract',
    'fraxtal',
    'mode',
  ],
  {
    eth: 'ethereum',
    polygon_pos: 'polygon',
    avax: 'avalanche',
    ftm: 'fantom',
    xdai: 'gnosis',
    cro: 'cronos',
    glmr: 'moonbeam',
    arbitrum_nova: 'arbitrum-nova',
    'zora-network': 'zora',
  },
);

/** `en`, `ja`, `zh-tw`: short enough never to be confused with a network id at that position. */
const LANGUAGE_PREFIX = /^[a-z]{2}(-[a-z]{2,4})?$/i;

function poolPage(network: string, address: string): PoolMatch | null {
  const chain = geckoNetwork(network);
  return found({ kind: 'pool', chain, pool: poolOnChain(chain, address) });
}

export const geckoterminal = defineSite({
  id: SITE,
  hosts: ['www.geckoterminal.com', 'geckoterminal.com'],
  routes: [
    route(':network/pools/:address', ({ network, address }) => poolPage(network, address)),
    route(':language/:network/pools/:address', ({ language, network, address }) =>
      LANGUAGE_PREFIX.test(language) ? poolPage(network, address) : null,
    ),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      'https://www.geckoterminal.com/eth/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640' },
      },
    ],
    [
      'https://www.geckoterminal.com/bsc/pools/0x16b9a82891338f9ba80e2d6970fdda79d1eb0dae',
      {
        site: SITE,
        chain: 'bsc',
        kind: 'pool',
        pool: { type: 'address', address: '0x16b9a82891338f9ba80e2d6970fdda79d1eb0dae' },
      },
    ],
    [
      'https://www.geckoterminal.com/base/pools/0xb2cc224c1c9fee385f8ad6a55b4d94e92359dc59',
      {
        site: SITE,
        chain: 'base',
        kind: 'pool',
        pool: { type: 'address', address: '0xb2cc224c1c9fee385f8ad6a55b4d94e92359dc59' },
      },
    ],
    [
      'https://www.geckoterminal.com/solana/pools/58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2',
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address', address: '58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2' },
      },
    ],
    [
      'https://www.geckoterminal.com/eth/pools/0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'pool-id', id: '0x21c67e77068de97969ba93d4aab21826d33ca12bb9f565d8496e8fda8a82ca27' },
      },
    ],
    [
      'https://www.geckoterminal.com/ja/arbitrum/pools/0xc6962004f452be9203591991d15f6b388e09e8d0',
      {
        site: SITE,
        chain: 'arbitrum',
        kind: 'pool',
        pool: { type: 'address', address: '0xc6962004f452be9203591991d15f6b388e09e8d0' },
      },
    ],
  ],
  negative: [
    'https://www.geckoterminal.com/',
    'https://www.geckoterminal.com/eth/pools',
    'https://www.geckoterminal.com/eth/uniswap_v3/pools',
    'https://www.geckoterminal.com/eth/tokens/0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48',
    'https://www.geckoterminal.com/ethereum/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://www.geckoterminal.com/solana/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://www.geckoterminal.com/longprefix/eth/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://www.geckoterminal.com/sepolia-testnet/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://geckoterminal.com/eth/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640/extra',
    'https://www.geckoterminal.com/explore-pools',
  ],
};
