/**
 * Camelot, app.camelot.exchange (camelot.exchange is the landing page). Camelot runs on Arbitrum and several
 * Orbit chains and keeps the chain in the wallet, so a URL without a chain gives `chain: null`.
 *
 * Source: the web app is not public. Routes follow published links, read 2025-06:
 * - `/pools/{address}`: one pool (integrators' and token projects' "LP on Camelot" links).
 * - `/liquidity?token1=&token2=`: the add form for a pair, with `&type=v2&position=lp` (a v2 LP link) or
 *   `&mode=auto&provider=gamma` (a managed-range deposit); trailing-slash `/liquidity/?…` too.
 * - `chain=` names the chain with viem-style names: `/liquidity?chain=arbitrumSepolia&token1=ETH&token2=…`
 *   (a testnet: detected as no pool page, since it gets no live data); swap links also carry `chainId=`
 *   (`chainId=2187`). Only Arbitrum One is a chain we support: `chain=arbitrum` / `chainId=42161`. Any other
 *   named chain gives no result rather than a guess.
 * - `type=`: `v2` is the one published value; `v3` and `v4` (Camelot's Algebra v1.9 and Integral pools) are
 *   inferred from the protocol's names. Any other value gives no result.
 * Look-alike hosts never reach this detector: the site table is keyed by exact host.
 */
import type { SiteExamples } from './types';
import { chainFromEvmNumber, chainNames, type ChainId, type ChainLookup } from './chains';
import { addressPool, defineSite, found, pairPool, route, type PageContext } from './common';

const SITE = 'camelot';
const WETH = '0x82af49447d8a07e3bd95bd0d56f35241523fbab1';
const USDC = '0xaf88d065e77c8cc2239327c5edb3a432268e5831';
const POOL = '0xb1026b8e7276e7ac75410f1fcbbe21796e8f7526';

const camelotChain: ChainLookup = chainNames(['arbitrum']);
const CAMELOT_CHAINS: readonly ChainId[] = ['arbitrum'];
const POOL_TYPES = new Set(['v2', 'v3', 'v4']);

/** null: the URL names no chain (the wallet's); undefined: it names one we cannot serve (testnet, unsupported). */
function pageChain(page: PageContext): ChainId | null | undefined {
  const name = page.query.get('chain');
  const number = page.query.get('chainId');
  if (name === null && number === null) return null;
  const byName = name === null ? undefined : camelotChain(name);
  const byNumber = number === null ? undefined : chainFromEvmNumber(number);
  if (name !== null && number !== null && byName !== byNumber) return undefined;
  const chain = byName ?? byNumber;
  return chain !== undefined && CAMELOT_CHAINS.includes(chain) ? chain : undefined;
}

/** The `type` parameter as a version label: undefined when absent, null when it is not one the app uses. */
function poolType(page: PageContext): string | null | undefined {
  const type = page.query.get('type');
  if (type === null) return undefined;
  return POOL_TYPES.has(type) ? type : null;
}

export const camelot = defineSite({
  id: SITE,
  hosts: ['app.camelot.exchange'],
  routes: [
    route('pools/:address', ({ address }, page) =>
      found({ kind: 'pool', chain: pageChain(page), pool: addressPool(address) }),
    ),
    route('liquidity', (_params, page) => {
      const version = poolType(page);
      if (version === null) return null;
      const pool = pairPool(page.query.get('token1'), page.query.get('token2'));
      return found({ kind: 'add-liquidity', chain: pageChain(page), pool, version });
    }),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      // WETH/USDC on Arbitrum
      `https://app.camelot.exchange/pools/${POOL}`,
      { site: SITE, chain: null, kind: 'pool', pool: { type: 'address', address: POOL } },
    ],
    [
      'https://app.camelot.exchange/pools/0xB1026b8e7276e7AC75410F1fcbbe21796e8f7526/',
      { site: SITE, chain: null, kind: 'pool', pool: { type: 'address', address: POOL } },
    ],
    [
      `https://app.camelot.exchange/pools/${POOL}?chain=arbitrum`,
      { site: SITE, chain: 'arbitrum', kind: 'pool', pool: { type: 'address', address: POOL } },
    ],
    [
      'https://app.camelot.exchange/liquidity?token1=0x82aF49447D8a07e3bd95BD0d56f35241523fBab1&token2=0xaf88d065e77c8cC2239327C5EDb3A432268e5831',
      { site: SITE, chain: null, kind: 'add-liquidity', pool: { type: 'pair', token0: WETH, token1: USDC } },
    ],
    [
      `https://app.camelot.exchange/liquidity/?token1=ETH&token2=${USDC}&mode=auto&provider=gamma`,
      { site: SITE, chain: null, kind: 'add-liquidity', pool: { type: 'pair', token0: 'native', token1: USDC } },
    ],
    [
      `https://app.camelot.exchange/liquidity/?token1=${USDC}&token2=0x82aF49447D8a07e3bd95BD0d56f35241523fBab1&type=v2&position=lp`,
      {
        site: SITE,
        chain: null,
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: USDC, token1: WETH },
        version: 'v2',
      },
    ],
    [
      `https://app.camelot.exchange/liquidity?chain=arbitrum&token1=ETH&token2=${USDC}&type=v3`,
      {
        site: SITE,
        chain: 'arbitrum',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: 'native', token1: USDC },
        version: 'v3',
      },
    ],
    [
      `https://app.camelot.exchange/liquidity?chainId=42161&token1=${WETH}&token2=${USDC}`,
      { site: SITE, chain: 'arbitrum', kind: 'add-liquidity', pool: { type: 'pair', token0: WETH, token1: USDC } },
    ],
  ],
  negative: [
    'https://app.camelot.exchange/',
    `https://app.camelot.exchange/?token1=${WETH}&token2=${USDC}`,
    `https://app.camelot.exchange/?token1=${WETH}&token2=${USDC}&chainId=2187`,
    'https://app.camelot.exchange/pools',
    'https://app.camelot.exchange/positions',
    'https://app.camelot.exchange/liquidity',
    'https://app.camelot.exchange/pools/0xb1026b8e7276e7ac75410f1fcbbe21796e8f75',
    `https://app.camelot.exchange/liquidity?token1=${WETH}&token2=${USDC}&type=v9`,
    // A testnet (no live data) and an Orbit chain we do not support.
    `https://app.camelot.exchange/liquidity?chain=arbitrumSepolia&token1=ETH&token2=${USDC}`,
    `https://app.camelot.exchange/pools/${POOL}?chain=arbitrumSepolia`,
    `https://app.camelot.exchange/liquidity?chainId=421614&token1=ETH&token2=${USDC}`,
    `https://app.camelot.exchange/liquidity?chain=apeChain&token1=ETH&token2=${USDC}`,
    `https://app.camelot.exchange/liquidity?chain=arbitrum&chainId=2187&token1=ETH&token2=${USDC}`,
  ],
};
