/**
 * Balancer, balancer.fi. Routes read from balancer/frontend-monorepo at commit 21bde99 (2026-08-20), Next.js
 * app router apps/frontend-v3/app/(app)/pools/[chain]/[variant]/[id]/:
 *   page.tsx                                  /pools/{chain}/{variant}/{id}                          pool
 *   add-liquidity/[[...txHash]]/page.tsx      .../add-liquidity, receipt .../add-liquidity/{txHash}   add form; receipt = pool
 *   remove-liquidity/[[...txHash]]/page.tsx   .../remove-liquidity[/{txHash}]                         pool
 *   swap/[[...txHash]]/page.tsx               .../swap[/{txHash}]                                     pool (swap in this pool)
 *   stake, unstake, migrate-stake, migrate-pool, enable-recovery-mode/[[...txHash]]                   pool
 * Variants (packages/lib/modules/pool/pool.types.ts): BaseVariant v2 | v3, PartnerVariant cow. A v2 id is the
 * 32-byte poolId (pool address + 12 bytes); v3 and CoW AMM ids are the pool address. Chain slugs:
 * packages/lib/modules/pool/pool.utils.ts `chainToSlugMap` (ethereum, arbitrum, polygon, avalanche, fantom,
 * base, optimism, gnosis, sonic, hyperevm, plasma, monad). `mode` and `fraxtal` are in the ChainSlug enum but
 * not in the map, so getChainSlug throws for them: not pages. `sepolia` is a testnet: the site shows its
 * pools but there is no live data here, and a ref cannot say why (common.ts), so it is left undetected.
 * The legacy v2 app (app.balancer.fi, balancer/frontend-v2, not re-read here) used a hash router:
 * `#/{chain}/pool/{poolId}`, or `#/pool/{poolId}` on mainnet before chains got a prefix. `/portfolio` lists
 * positions over all pools: not a pool page.
 */
import { chainNames, type ChainLookup } from './chains';
import { addressPool, defineSite, found, parseBytes32, route } from './common';
import type { HexAddress, PageKind, PoolIdentifier, PoolMatch, SiteExamples } from './types';

const SITE = 'balancer';

const balancerChain: ChainLookup = chainNames([
  'ethereum',
  'arbitrum',
  'polygon',
  'avalanche',
  'fantom',
  'base',
  'optimism',
  'gnosis',
  'sonic',
  'hyperevm',
  'plasma',
  'monad',
]);
/** The legacy app (app.balancer.fi hash routes) also wrote these. */
const legacyChain: ChainLookup = (name) =>
  balancerChain(name) ?? chainNames([], { 'gnosis-chain': 'gnosis', zkevm: 'polygon-zkevm' })(name);

/** A transaction hash: the receipt pages' last segment. */
const TX_HASH = /^0x[0-9a-fA-F]{64}$/;

/** v2 poolId = pool address (20 bytes) + specialization (2 bytes) + nonce (10 bytes). */
function v2PoolId(text: string): PoolIdentifier | null {
  const id = parseBytes32(text);
  return id === null ? null : { type: 'pool-id', id, address: id.slice(0, 42) as HexAddress };
}

function poolOfVersion(version: string, id: string): PoolIdentifier | null {
  if (version === 'v2') return v2PoolId(id);
  return version === 'v3' || version === 'cow' ? addressPool(id) : null;
}

/** Sub-pages of a pool. Remove, swap, stake and migration forms still concern one pool; unknown tabs are not trusted. */
const KIND_OF_TAB: Readonly<Record<string, PageKind>> = {
  'add-liquidity': 'add-liquidity',
  invest: 'add-liquidity', // legacy app
  'remove-liquidity': 'pool',
  withdraw: 'pool', // legacy app
  swap: 'pool',
  stake: 'pool',
  unstake: 'pool',
  'migrate-stake': 'pool',
  'migrate-pool': 'pool',
  'enable-recovery-mode': 'pool',
};
/** Tabs with a `[[...txHash]]` receipt page: after the transaction the form is gone, the pool stays. */
const RECEIPT_TABS = new Set(['add-liquidity', 'remove-liquidity', 'swap', 'enable-recovery-mode']);

function kindOfTab(tab: string | undefined, txHash?: string): PageKind | undefined {
  if (tab === undefined) return 'pool';
  if (!Object.hasOwn(KIND_OF_TAB, tab)) return undefined;
  if (txHash === undefined) return KIND_OF_TAB[tab];
  return RECEIPT_TABS.has(tab) && TX_HASH.test(txHash) ? 'pool' : undefined;
}

function poolPage(
  chain: string | null,
  version: string,
  id: string,
  tab: string | undefined,
  txHash?: string,
  legacy = false,
): PoolMatch | null {
  const kind = kindOfTab(tab, txHash);
  if (kind === undefined) return null;
  const chainId = chain === null ? 'ethereum' : (legacy ? legacyChain : balancerChain)(chain);
  return found({ kind, chain: chainId, pool: poolOfVersion(version, id), version });
}

/** Legacy hash routes take only the legacy tabs. */
function legacyPage(chain: string | null, id: string, tab: string | undefined): PoolMatch | null {
  if (tab !== undefined && !['add-liquidity', 'invest', 'withdraw', 'remove-liquidity'].includes(tab)) return null;
  return poolPage(chain, 'v2', id, tab, undefined, true);
}

export const balancer = defineSite({
  id: SITE,
  hosts: ['balancer.fi', 'app.balancer.fi'],
  router: 'path-and-hash',
  routes: [
    route('pools/:chain/:version/:id/:tab?/:txHash?', ({ chain, version, id, tab, txHash }) =>
      poolPage(chain, version, id, tab, txHash),
    ),
    route(':chain/pool/:id/:tab?', ({ chain, id, tab }) => legacyPage(chain, id, tab)),
    // The legacy app before chain prefixes was mainnet-only (other chains had their own subdomains).
    route('pool/:id/:tab?', ({ id, tab }) => legacyPage(null, id, tab)),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: {
          type: 'pool-id',
          id: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
          address: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56',
        },
        version: 'v2',
      },
    ],
    [
      'https://balancer.fi/pools/ethereum/v2/0x5C6EE304399DBDB9C8EF030AB642B10820DB8F56000200000000000000000014/add-liquidity',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: {
          type: 'pool-id',
          id: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
          address: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56',
        },
        version: 'v2',
      },
    ],
    [
      'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014/remove-liquidity',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: {
          type: 'pool-id',
          id: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
          address: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56',
        },
        version: 'v2',
      },
    ],
    [
      // The add-liquidity receipt: the form is gone after the transaction.
      'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014/add-liquidity/0x9f2c1a0e5b7d4c3a8e6f1b2d3c4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: {
          type: 'pool-id',
          id: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
          address: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56',
        },
        version: 'v2',
      },
    ],
    [
      'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014/migrate-stake',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: {
          type: 'pool-id',
          id: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
          address: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56',
        },
        version: 'v2',
      },
    ],
    [
      'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014/swap',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: {
          type: 'pool-id',
          id: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
          address: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56',
        },
        version: 'v2',
      },
    ],
    [
      'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014/stake',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: {
          type: 'pool-id',
          id: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
          address: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56',
        },
        version: 'v2',
      },
    ],
    [
      'https://app.balancer.fi/#/zkevm/pool/0x1111111111111111111111111111111111111111000200000000000000000001',
      {
        site: SITE,
        chain: 'polygon-zkevm',
        kind: 'pool',
        pool: {
          type: 'pool-id',
          id: '0x1111111111111111111111111111111111111111000200000000000000000001',
          address: '0x1111111111111111111111111111111111111111',
        },
        version: 'v2',
      },
    ],
    [
      // Address shape only (not a known pool): exercises the v3 and CoW routes and a newer chain slug.
      'https://balancer.fi/pools/monad/v3/0x2222222222222222222222222222222222222222',
      {
        site: SITE,
        chain: 'monad',
        kind: 'pool',
        pool: { type: 'address', address: '0x2222222222222222222222222222222222222222' },
        version: 'v3',
      },
    ],
    [
      'https://balancer.fi/pools/gnosis/cow/0x3333333333333333333333333333333333333333/add-liquidity',
      {
        site: SITE,
        chain: 'gnosis',
        kind: 'add-liquidity',
        pool: { type: 'address', address: '0x3333333333333333333333333333333333333333' },
        version: 'cow',
      },
    ],
    [
      'https://app.balancer.fi/#/ethereum/pool/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: {
          type: 'pool-id',
          id: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
          address: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56',
        },
        version: 'v2',
      },
    ],
    [
      'https://app.balancer.fi/#/ethereum/pool/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014/add-liquidity',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: {
          type: 'pool-id',
          id: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
          address: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56',
        },
        version: 'v2',
      },
    ],
    [
      'https://app.balancer.fi/#/pool/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014/invest',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: {
          type: 'pool-id',
          id: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
          address: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56',
        },
        version: 'v2',
      },
    ],
  ],
  negative: [
    'https://balancer.fi/',
    'https://balancer.fi/pools',
    'https://balancer.fi/pools/ethereum',
    'https://balancer.fi/portfolio',
    'https://balancer.fi/swap/ethereum',
    'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56',
    'https://balancer.fi/pools/ethereum/v3/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
    'https://balancer.fi/pools/ethereum/v1/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
    'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014/bogus',
    'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014/add-liquidity/0x1234',
    'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014/stake/0x9f2c1a0e5b7d4c3a8e6f1b2d3c4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60',
    'https://balancer.fi/pools/zkevm/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
    'https://balancer.fi/pools/mode/v3/0x2222222222222222222222222222222222222222',
    // Testnet: a pool page on the site, no live data here (see the header).
    'https://balancer.fi/pools/sepolia/v3/0x2222222222222222222222222222222222222222',
    'https://balancer.fi/portfolio/ethereum',
    'https://balancer.fi/pools/cow',
    'https://balancer.fi/pools/atlantis/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
    'https://app.balancer.fi/#/ethereum/pool/0x5c6e',
    'https://app.balancer.fi/#/ethereum/portfolio',
  ],
};
