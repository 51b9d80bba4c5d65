/**
 * LFJ (formerly Trader Joe), lfj.gg and the legacy traderjoexyz.com. Pool pages (which hold the add and remove
 * forms) are named by the token pair, not the pool: `/{chain}/pool/v1/{tokenX}/{tokenY}` for the classic AMM
 * and `/{chain}/pool/{v2|v21|v22}/{tokenX}/{tokenY}/{binStep}` for Liquidity Book. The native token is written
 * as its symbol (`AVAX`, `ETH`).
 *
 * Source: the web app is not public. Routes follow LFJ's own docs (traderjoe-xyz/joe-docs, the bin-price
 * guide links `https://lfj.gg/avalanche/pool/v21/0x2b2c81e08f1af8835a78bb2a90ae924ace0ea4be/AVAX/5`, earlier
 * `traderjoexyz.com/avalanche/pool/v21/…/AVAX/5`) and published links (`/avalanche/pool/v22/{token}/AVAX/100`,
 * `/avalanche/pool/v1/{token}/AVAX`, `/avalanche/pool/v1/create`, `lfj.gg/monad`), read 2025-06.
 * Chain slugs: the chains of joe-docs' `docs/deployment-addresses/` (avalanche, arbitrum, bsc; ethereum from
 * the Liquidity Book v2.1 deployment) plus monad. Testnets (`fuji`, `arbitrum_goerli`, `bsc_testnet` in the
 * same folder) are unknown slugs here, so their pages give no result (no live data).
 * Look-alike hosts never reach this detector: the site table is keyed by exact host.
 */
import type { SiteExamples } from './types';
import { chainNames, type ChainLookup } from './chains';
import { defineSite, found, pairPool, parseIntegerInRange, route } from './common';

const SITE = 'lfj';
const USDC = '0xb97ef9ef8734c71904d8002f8b6bc66dd9c48a6e';
const WAVAX = '0xb31f66aa3c1e785363f0875a1b74e27b85fd66c7';

const lfjChain: ChainLookup = chainNames(['avalanche', 'arbitrum', 'bsc', 'ethereum', 'monad']);

const LIQUIDITY_BOOK_VERSIONS = new Set(['v2', 'v21', 'v22']);
/** Liquidity Book bin steps are basis points per bin; deployed ones range 1 to a few hundred. */
const MAX_BIN_STEP = 1000;

export const lfj = defineSite({
  id: SITE,
  hosts: ['lfj.gg', 'traderjoexyz.com'],
  routes: [
    route(':chain/pool/v1/:tokenX/:tokenY', ({ chain, tokenX, tokenY }) =>
      found({ kind: 'pool', chain: lfjChain(chain), pool: pairPool(tokenX, tokenY), version: 'v1' }),
    ),
    route(':chain/pool/:version/:tokenX/:tokenY/:binStep', ({ chain, version, tokenX, tokenY, binStep }) => {
      const step = parseIntegerInRange(binStep, 1, MAX_BIN_STEP);
      if (!LIQUIDITY_BOOK_VERSIONS.has(version) || step === null) return null;
      const pool = pairPool(tokenX, tokenY, { binStep: step });
      return found({ kind: 'pool', chain: lfjChain(chain), pool, version });
    }),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      'https://lfj.gg/avalanche/pool/v22/AVAX/0xB97EF9Ef8734C71904D8002F8b6Bc66Dd9c48a6E/10',
      {
        site: SITE,
        chain: 'avalanche',
        kind: 'pool',
        pool: { type: 'pair', token0: 'native', token1: USDC, binStep: 10 },
        version: 'v22',
      },
    ],
    [
      `https://lfj.gg/avalanche/pool/v21/${WAVAX}/${USDC}/20`,
      {
        site: SITE,
        chain: 'avalanche',
        kind: 'pool',
        pool: { type: 'pair', token0: WAVAX, token1: USDC, binStep: 20 },
        version: 'v21',
      },
    ],
    [
      'https://lfj.gg/arbitrum/pool/v21/ETH/0xaf88d065e77c8cC2239327C5EDb3A432268e5831/15',
      {
        site: SITE,
        chain: 'arbitrum',
        kind: 'pool',
        pool: { type: 'pair', token0: 'native', token1: '0xaf88d065e77c8cc2239327c5edb3a432268e5831', binStep: 15 },
        version: 'v21',
      },
    ],
    [
      // sAVAX/AVAX, the docs' bin-price example
      'https://lfj.gg/avalanche/pool/v21/0x2b2c81e08f1af8835a78bb2a90ae924ace0ea4be/AVAX/5',
      {
        site: SITE,
        chain: 'avalanche',
        kind: 'pool',
        pool: { type: 'pair', token0: '0x2b2c81e08f1af8835a78bb2a90ae924ace0ea4be', token1: 'native', binStep: 5 },
        version: 'v21',
      },
    ],
    [
      `https://lfj.gg/avalanche/pool/v1/AVAX/${USDC}?tab=remove`,
      {
        site: SITE,
        chain: 'avalanche',
        kind: 'pool',
        pool: { type: 'pair', token0: 'native', token1: USDC },
        version: 'v1',
      },
    ],
    [
      'https://lfj.gg/bsc/pool/v21/BNB/0x55d398326f99059ff775485246999027b3197955/1',
      {
        site: SITE,
        chain: 'bsc',
        kind: 'pool',
        pool: { type: 'pair', token0: 'native', token1: '0x55d398326f99059ff775485246999027b3197955', binStep: 1 },
        version: 'v21',
      },
    ],
    [
      // Monad; token addresses are shape only.
      'https://lfj.gg/monad/pool/v22/0x3bd359c1119da7da1d913d1c4d2b7c461115433a/0x754704bc059f8c67012fed69bc8a327a5aafb603/10',
      {
        site: SITE,
        chain: 'monad',
        kind: 'pool',
        pool: {
          type: 'pair',
          token0: '0x3bd359c1119da7da1d913d1c4d2b7c461115433a',
          token1: '0x754704bc059f8c67012fed69bc8a327a5aafb603',
          binStep: 10,
        },
        version: 'v22',
      },
    ],
    [
      `https://traderjoexyz.com/avalanche/pool/v1/AVAX/${USDC}`,
      {
        site: SITE,
        chain: 'avalanche',
        kind: 'pool',
        pool: { type: 'pair', token0: 'native', token1: USDC },
        version: 'v1',
      },
    ],
    [
      `https://traderjoexyz.com/avalanche/pool/v2/AVAX/${USDC}/20/`,
      {
        site: SITE,
        chain: 'avalanche',
        kind: 'pool',
        pool: { type: 'pair', token0: 'native', token1: USDC, binStep: 20 },
        version: 'v2',
      },
    ],
  ],
  negative: [
    'https://lfj.gg/',
    'https://lfj.gg/avalanche/trade',
    'https://lfj.gg/avalanche/pool',
    `https://lfj.gg/avalanche/pool/v22/AVAX/${USDC}`,
    `https://lfj.gg/avalanche/pool/v22/AVAX/${USDC}/0`,
    `https://lfj.gg/avalanche/pool/v23/AVAX/${USDC}/10`,
    `https://lfj.gg/fantom/pool/v21/AVAX/${USDC}/10`,
    'https://lfj.gg/avalanche/pool/v21/AVAX/0xb97e/10',
    'https://lfj.gg/avalanche/pool/v1/create',
    'https://lfj.gg/avalanche/pool/v22/create',
    'https://lfj.gg/avalanche/pool/0xd446eb1660f766d533beceef890df7a69d26f7d1',
    'https://lfj.gg/avalanche/stake/sjoe',
    'https://lfj.gg/monad',
    // Testnets: no live data.
    `https://lfj.gg/fuji/pool/v21/AVAX/${USDC}/20`,
    `https://traderjoexyz.com/arbitrum_goerli/pool/v21/ETH/${USDC}/15`,
    `https://traderjoexyz.com/bsc_testnet/pool/v1/BNB/${USDC}`,
  ],
};
