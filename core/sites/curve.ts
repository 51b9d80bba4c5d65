/**
 * Curve, curve.finance (and curve.fi before the move). Routes read from curvefi/curve-frontend at commit
 * 1001e17 (2026-08-22), apps/main/src/routes/dex.routes.tsx (TanStack router, under `/dex`):
 *   $network/pools/$poolIdOrAddress             redirects to .../deposit/ (add liquidity)
 *   $network/pools/$poolIdOrAddress/$formType   PagePool; formType (dex/components/PagePool/types.ts
 *                                               TransferFormType) = swap | deposit | withdraw | manage-gauge
 *   $network/pools/$poolAddress/manage-pool     PageManagePool (pool admin, one pool)
 * poolIdOrAddress is Curve's pool id (`3pool`, `factory-stable-ng-42`) or the pool address. Network slugs are
 * the `id`s of packages/legacy-ui/src/utils/utilsNetworks.ts NETWORK_BASE_CONFIG (Gnosis is `xdai`,
 * HyperEVM is `hyperliquid`), plus "lite" networks whose slugs come at run time from Curve's platforms API
 * (api-core.curve.finance/v1/getPlatforms, see dex/lib/networks.ts getNetworks): only `taiko` is listed
 * here, as the one lite network the source names (Chain.Taiko). Lite testnets are not known statically.
 * Older builds used a hash router, at the root (`curve.fi/#/ethereum/pools/3pool/deposit`) or under
 * `/dex/` (`curve.fi/dex/#/ethereum/...`).
 *
 * Not pool pages: `/dex/{network}/pools` (the list), `/dex/{network}/swap` (the router swap),
 * `/dex/{network}/create-pool`, `/dex/{network}/deploy-gauge`, and `/dex/{network}/dashboard`, which lists
 * all of a wallet's positions rather than one pool.
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

/**
 * The pool page's tabs. Swap, withdraw (the remove form) and manage-gauge still show one pool; deposit is the
 * add-liquidity form, and the bare pool URL redirects there.
 */
function kindOfTab(tab: string | undefined): PageKind | null {
  if (tab === undefined || tab === 'deposit') return 'add-liquidity';
  return tab === 'withdraw' || tab === 'swap' || tab === 'manage-gauge' ? 'pool' : null;
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
    route('dex/:network/pools/:pool/manage-pool', ({ network, pool }) =>
      found({ kind: 'pool', chain: curveNetwork(network), pool: addressPool(pool) }),
    ),
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
      { site: SITE, chain: 'ethereum', kind: 'add-liquidity', pool: { type: 'curve-name', name: '3pool' } },
    ],
    [
      'https://curve.finance/dex/ethereum/pools/3pool/manage-gauge/',
      { site: SITE, chain: 'ethereum', kind: 'pool', pool: { type: 'curve-name', name: '3pool' } },
    ],
    [
      'https://curve.finance/dex/ethereum/pools/0xbEbc44782C7dB0a1A60Cb6fe97d0b483032FF1C7/manage-pool',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0xbebc44782c7db0a1a60cb6fe97d0b483032ff1c7' },
      },
    ],
    [
      'https://curve.finance/dex/xdai/pools/factory-stable-ng-7/withdraw/',
      { site: SITE, chain: 'gnosis', kind: 'pool', pool: { type: 'curve-name', name: 'factory-stable-ng-7' } },
    ],
    [
      'https://curve.finance/dex/hyperliquid/pools/factory-stable-ng-1/deposit/',
      {
        site: SITE,
        chain: 'hyperevm',
        kind: 'add-liquidity',
        pool: { type: 'curve-name', name: 'factory-stable-ng-1' },
      },
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
    'https://curve.finance/dex/ethereum/create-pool',
    'https://curve.finance/dex/ethereum/deploy-gauge',
    'https://curve.finance/dex/ethereum/pools/3pool/manage-pool',
    'https://curve.finance/dex/gnosis/pools/3pool/deposit',
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
