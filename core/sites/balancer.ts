/**
 * Balancer, balancer.fi: `/pools/{chain}/{v2|v3|cow}/{id}[/add-liquidity|...]`. A v2 pool is named by its
 * 32-byte poolId, whose first 20 bytes are the pool contract, so both are exposed; v3 and CoW AMM pools are
 * named by their address. The legacy app (app.balancer.fi) used a hash router: `#/{chain}/pool/{poolId}`,
 * or `#/pool/{poolId}` on mainnet before chains got a prefix. `/portfolio` lists positions: null.
 */
import { chainNames, type ChainLookup } from './chains';
import { addressPool, defineSite, found, parseBytes32, route } from './common';
import type { HexAddress, PageKind, PoolIdentifier, PoolMatch, SiteExamples } from './types';

const SITE = 'balancer';

const balancerChain: ChainLookup = chainNames(
  [
    'ethereum',
    'arbitrum',
    'avalanche',
    'base',
    'gnosis',
    'polygon',
    'optimism',
    'fraxtal',
    'mode',
    'sonic',
    'hyperevm',
  ],
  { zkevm: 'polygon-zkevm', 'gnosis-chain': 'gnosis' }, // `gnosis-chain`: legacy app spelling
);

/** v2 poolId = pool address (20 bytes) + specialization (2 bytes) + nonce (10 bytes). */
function v2PoolId(text: string): PoolIdentifier | null {
  const id = parseBytes32(text);
  return id === null ? null : { type: 'pool-id', id, address: id.slice(0, 42) as HexAddress };
}

function poolOfVersion(version: string, id: string): PoolIdentifier | null {
  if (version === 'v2') return v2PoolId(id);
  return version === 'v3' || version === 'cow' ? addressPool(id) : null;
}

/** Sub-pages of a pool. Remove and stake forms still concern one pool; unknown tabs are not trusted. */
const KIND_OF_TAB: Readonly<Record<string, PageKind>> = {
  'add-liquidity': 'add-liquidity',
  invest: 'add-liquidity', // legacy app
  'remove-liquidity': 'pool',
  withdraw: 'pool', // legacy app
  stake: 'pool',
  unstake: 'pool',
};

function kindOfTab(tab: string | undefined): PageKind | undefined {
  if (tab === undefined) return 'pool';
  return Object.hasOwn(KIND_OF_TAB, tab) ? KIND_OF_TAB[tab] : undefined;
}

function poolPage(chain: string | null, version: string, id: string, tab: string | undefined): PoolMatch | null {
  const kind = kindOfTab(tab);
  if (kind === undefined) return null;
  const chainId = chain === null ? 'ethereum' : balancerChain(chain);
  return found({ kind, chain: chainId, pool: poolOfVersion(version, id), version });
}

export const balancer = defineSite({
  id: SITE,
  hosts: ['balancer.fi', 'app.balancer.fi'],
  router: 'path-and-hash',
  routes: [
    route('pools/:chain/:version/:id/:tab?', ({ chain, version, id, tab }) => poolPage(chain, version, id, tab)),
    route(':chain/pool/:id/:tab?', ({ chain, id, tab }) => poolPage(chain, 'v2', id, tab)),
    // The legacy app before chain prefixes was mainnet-only (other chains had their own subdomains).
    route('pool/:id/:tab?', ({ id, tab }) => poolPage(null, 'v2', id, tab)),
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
      // Address shape only (not a known pool): exercises the v3 and CoW routes and a renamed chain.
      'https://balancer.fi/pools/zkevm/v3/0x2222222222222222222222222222222222222222',
      {
        site: SITE,
        chain: 'polygon-zkevm',
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
    'https://balancer.fi/pools/atlantis/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
    'https://app.balancer.fi/#/ethereum/pool/0x5c6e',
    'https://app.balancer.fi/#/ethereum/portfolio',
  ],
};
