/**
 * Curve, curve.finance (and curve.fi before the move). The DEX app shows a pool at
 * `/dex/{network}/pools/{poolId}/{deposit|withdraw|swap}`, where poolId is Curve's own name (`3pool`,
 * `factory-stable-ng-42`) or the pool address. Older builds used a hash router, at the root
 * (`curve.fi/#/ethereum/pools/3pool/deposit`) or under `/dex/` (`curve.fi/dex/#/ethereum/...`).
 *
 * Not pool pages: `/dex/{network}/pools` (the list), `/dex/{network}/swap` (the router swap) and
 * `/dex/{network}/dashboard`, which lists all of a wallet's positions rather than one pool, so null.
 */
import { chainNames, type ChainLookup } from './chains';
import { addressPool, defineSite, found, route } from './common';
import type { PageKind, PoolIdentifier, PoolMatch, SiteExamples } from './types';

const SITE = 'curve';

const curveNetwork: ChainLookup = chainNames(
  [
    'ethereum',
    'arbitrum',
    'optimism',
    'polygon',
    'base',
    'fantom',
    'avalanche',
    'gnosis',
    'celo',
    'kava',
    'moonbeam',
    'aurora',
    'zksync',
    'fraxtal',
    'bsc',
    'mantle',
    'x-layer',
    'sonic',
    'taiko',
  ],
  { xdai: 'gnosis', hyperliquid: 'hyperevm' },
);

/** Curve pool ids are short slugs; `0x…` must be a full address, anything else with odd characters is not a pool. */
const CURVE_POOL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function curvePool(text: string): PoolIdentifier | null {
  if (/^0x/i.test(text)) return addressPool(text);
  return CURVE_POOL_NAME.test(text) ? { type: 'curve-name', name: text } : null;
}

/** The pool page's tabs. Swap and withdraw still show one pool; deposit is the add-liquidity form. */
function kindOfTab(tab: string | undefined): PageKind | null {
  if (tab === undefined || tab === 'withdraw' || tab === 'swap') return 'pool';
  return tab === 'deposit' ? 'add-liquidity' : null;
}

function poolPage(network: string, pool: string, tab: string | undefined): PoolMatch | null {
  const kind = kindOfTab(tab);
  return kind === null ? null : found({ kind, chain: curveNetwork(network), pool: curvePool(pool) });
}

export const curve = defineSite({
  id: SITE,
  hosts: ['curve.finance', 'curve.fi'],
  router: 'path-and-hash',
  routes: [
    route('dex/:network/pools/:pool/:tab?', ({ network, pool, tab }) => poolPage(network, pool, tab)),
    route(':network/pools/:pool/:tab?', ({ network, pool, tab }) => poolPage(network, pool, tab)),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      'https://curve.finance/dex/ethereum/pools/3pool/deposit',
      { site: SITE, chain: 'ethereum', kind: 'add-liquidity', pool: { type: 'curve-name', name: '3pool' } },
    ],
    [
      'https://curve.finance/dex/ethereum/pools/3pool/withdraw',
      { site: SITE, chain: 'ethereum', kind: 'pool', pool: { type: 'curve-name', name: '3pool' } },
    ],
    [
      'https://curve.finance/dex/ethereum/pools/3pool/swap/',
      { site: SITE, chain: 'ethereum', kind: 'pool', pool: { type: 'curve-name', name: '3pool' } },
    ],
    [
      'https://curve.finance/dex/ethereum/pools/3pool',
      { site: SITE, chain: 'ethereum', kind: 'pool', pool: { type: 'curve-name', name: '3pool' } },
    ],
    [
      'https://curve.finance/dex/ethereum/pools/0xbEbc44782C7dB0a1A60Cb6fe97d0b483032FF1C7/deposit',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: { type: 'address', address: '0xbebc44782c7db0a1a60cb6fe97d0b483032ff1c7' },
      },
    ],
    [
      'https://curve.finance/dex/ethereum/pools/tricrypto2/deposit',
      { site: SITE, chain: 'ethereum', kind: 'add-liquidity', pool: { type: 'curve-name', name: 'tricrypto2' } },
    ],
    [
      'https://curve.finance/dex/arbitrum/pools/2pool/swap',
      { site: SITE, chain: 'arbitrum', kind: 'pool', pool: { type: 'curve-name', name: '2pool' } },
    ],
    [
      'https://curve.fi/#/ethereum/pools/3pool/deposit',
      { site: SITE, chain: 'ethereum', kind: 'add-liquidity', pool: { type: 'curve-name', name: '3pool' } },
    ],
    [
      'https://curve.fi/#/ethereum/pools/steth/withdraw',
      { site: SITE, chain: 'ethereum', kind: 'pool', pool: { type: 'curve-name', name: 'steth' } },
    ],
    [
      'https://curve.fi/dex/#/ethereum/pools/3pool/deposit',
      { site: SITE, chain: 'ethereum', kind: 'add-liquidity', pool: { type: 'curve-name', name: '3pool' } },
    ],
  ],
  negative: [
    'https://curve.finance/',
    'https://curve.finance/dex/ethereum/pools',
    'https://curve.finance/dex/ethereum/swap',
    'https://curve.finance/dex/ethereum/dashboard',
    'https://curve.finance/dex/ethereum/pools/3pool/not-a-tab',
    'https://curve.finance/dex/ethereum/pools/0xbebc44782c7db0a1a60cb6fe97d0b483032ff1c/deposit',
    'https://curve.finance/dex/atlantis/pools/3pool/deposit',
    'https://curve.finance/dex/ethereum/pools/3p%ool/deposit',
    'https://curve.finance/dex/ethereum/pools/%3Cscript%3E/deposit',
    'https://curve.finance/llamalend/ethereum/markets',
    'https://curve.fi/#/ethereum/swap',
    'https://curve.fi/#/ethereum/pools',
  ],
};
