/**
 * SushiSwap, sushi.com (www.sushi.com too). Routes read from sushi-labs/sushiswap at commit 541a02a
 * (2026-08-20), Next.js app router under apps/web/src/app/(networks)/(evm)/[chainId]/:
 *   pool/v2/[address]/(landing)/page.tsx            /{chain}/pool/v2/{address}                 pool
 *   pool/v2/[address]/(manage)/add/page.tsx         /{chain}/pool/v2/{address}/add             add liquidity
 *   pool/v2/[address]/(manage)/remove/page.tsx      /{chain}/pool/v2/{address}/remove          remove form (pool)
 *   pool/v2/[address]/migrate/page.tsx              /{chain}/pool/v2/{address}/migrate         v2 -> v3 migration (pool)
 *   pool/v3/[address]/(landing)/page.tsx            /{chain}/pool/v3/{address}                 pool
 *   pool/v3/[address]/(manage)/create/page.tsx      /{chain}/pool/v3/{address}/create          add liquidity (new position)
 *   pool/v3/[address]/(manage)/positions/page.tsx   /{chain}/pool/v3/{address}/positions       your positions in it (pool)
 *   pool/v3/[address]/(manage)/[position]/page.tsx  /{chain}/pool/v3/{address}/{tokenId}       position (+ its remove form)
 *   pool/v3/[address]/smart/(overview), [vault]     /{chain}/pool/v3/{address}/smart[/{vault}] Steer vaults (pool)
 *   pool/v3/add/page.tsx                            /{chain}/pool/v3/add?fromCurrency=&toCurrency=&feeAmount=[&tokenId=]
 *                                                   (query names: pool/_ui/concentrated-liquidity-url-state-provider.tsx)
 *   (blade-pool)/pool/blade/[address]/...           /{chain}/pool/blade/{address}[/add|/remove]
 * `{chain}` is a chain key or its EIP-155 number: apps/web/src/proxy.ts rewrites a key (`ethereum`) to the
 * number, and a number (`1`) passes as it is (`isChainId`). Keys: sushi-labs/sushi src/evm/chain/chains.ts
 * (commit 389c5ef). Pool pages exist only on `isPoolChainId` chains (packages/graph-client data-api
 * PoolChainId.ts), and each version's layout checks its own list (sushi src/evm/config/features/
 * sushiswap-v2.ts, sushiswap-v3.ts, blade.ts); the lists below are those, without testnets.
 *
 * Not pool pages: `/{chain}/pool` (the wallet's positions over all pools), `/{chain}/explore/pools`,
 * `/{chain}/pool/v2/add` (tokens held in component state, nothing in the URL), `/{chain}/pool/v3/add`
 * without both tokens in the query (the form then defaults to NATIVE/SUSHI, a short name, not an address),
 * `/{chain}/pool/v3/fees`, `/{chain}/migrate`, Aptos and Stellar pools (not EVM).
 * Testnets (sepolia, arbitrum-sepolia, tatara, bokuto; 11155111, 129399, 737373) have pool pages on the
 * site but no live data here; a ref cannot carry that reason (common.ts: an unknown chain is no result), so
 * they are left undetected, listed as negatives.
 * The legacy app linked `/pool/{chainId}:{address}` with the EIP-155 number (kept for old links).
 */
import { chainFromEvmNumber, chainNames, type ChainId, type ChainLookup } from './chains';
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
import type { PageKind, PoolIdentifier, PoolMatch, SiteExamples } from './types';

const SITE = 'sushiswap';

/** SUSHISWAP_V2_SUPPORTED_CHAIN_IDS without testnets; the v3 list is the same set of chains. */
const V2_V3_CHAINS: readonly ChainId[] = [
  'ethereum',
  'arbitrum',
  'arbitrum-nova',
  'avalanche',
  'base',
  'boba',
  'bsc',
  'celo',
  'fantom',
  'gnosis',
  'polygon',
  'scroll',
  'filecoin',
  'optimism',
  'linea',
  'skale-europa',
  'rootstock',
  'sonic',
  'hemi',
  'katana',
  'blast',
  'robinhood',
];
/** BLADE_SUPPORTED_CHAIN_IDS. */
const BLADE_CHAINS: readonly ChainId[] = [
  'ethereum',
  'polygon',
  'polygon-zkevm',
  'optimism',
  'arbitrum',
  'base',
  'mantle',
  'katana',
  'bsc',
];

const CHAINS_OF_VERSION: Readonly<Record<string, ReadonlySet<ChainId>>> = {
  v2: new Set(V2_V3_CHAINS),
  v3: new Set(V2_V3_CHAINS),
  blade: new Set(BLADE_CHAINS),
};

/** Sushi's chain keys where they differ from ours do not occur among pool chains; all others are spelled alike. */
const sushiKey: ChainLookup = chainNames([...new Set([...V2_V3_CHAINS, ...BLADE_CHAINS])]);

/** A chain key (`ethereum`) or EIP-155 number (`1`), accepted only where that version has pools. */
function chainFor(version: string, text: string): ChainId | undefined {
  const chain = /^[1-9][0-9]*$/.test(text) ? chainFromEvmNumber(text) : sushiKey(text);
  const chains = Object.hasOwn(CHAINS_OF_VERSION, version) ? CHAINS_OF_VERSION[version] : undefined;
  return chain !== undefined && chains?.has(chain) ? chain : undefined;
}

/** Sub-pages of `/{chain}/pool/{version}/{address}/...` that concern that one pool. */
const SUB_PAGES: Readonly<Record<string, Readonly<Record<string, PageKind>>>> = {
  v2: { add: 'add-liquidity', remove: 'pool', migrate: 'pool' },
  v3: { create: 'add-liquidity', positions: 'pool', smart: 'pool' },
  blade: { add: 'add-liquidity', remove: 'pool' },
};

function poolPage(chain: string, version: string, address: string, sub: string | undefined): PoolMatch | null {
  const subPages = Object.hasOwn(SUB_PAGES, version) ? SUB_PAGES[version]! : undefined;
  if (subPages === undefined) return null;
  const kind = sub === undefined ? 'pool' : Object.hasOwn(subPages, sub) ? subPages[sub] : undefined;
  if (kind === undefined) return null;
  return found({ kind, chain: chainFor(version, chain), pool: addressPool(address), version });
}

/** The v3 add form's pool, from `fromCurrency`/`toCurrency`/`feeAmount` (older links: token0/token1/fee). */
function pairFromAddForm(page: PageContext): PoolIdentifier | null {
  const first = (names: readonly string[]) => names.map((name) => page.query.get(name)).find((v) => v !== null);
  const fee = first(['feeAmount', 'fee']);
  const feeTier = fee === undefined || fee === null ? undefined : parseFeeTier(fee);
  if (feeTier === null) return null;
  return pairPool(first(['fromCurrency', 'token0']), first(['toCurrency', 'token1']), { fee: feeTier });
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
    route(':chain/pool/v3/add', ({ chain }, page) =>
      found({ kind: 'add-liquidity', chain: chainFor('v3', chain), pool: pairFromAddForm(page), version: 'v3' }),
    ),
    route(':chain/pool/:version/:address/:sub?', ({ chain, version, address, sub }) => {
      const page = poolPage(chain, version, address, sub);
      if (page !== null || version !== 'v3' || sub === undefined) return page;
      // /{chain}/pool/v3/{address}/{tokenId}: a position, when the last segment is a token id.
      const pool = parseEvmAddress(address);
      if (pool === null) return null;
      const position = positionPool(sub, { protocolVersion: 'v3', pool });
      return found({ kind: 'position', chain: chainFor('v3', chain), pool: position, version: 'v3' });
    }),
    route(':chain/pool/v3/:address/smart/:vault', ({ chain, address, vault }) =>
      parseEvmAddress(vault) === null ? null : poolPage(chain, 'v3', address, 'smart'),
    ),
    route('pool/:chainAndAddress', ({ chainAndAddress }) => legacyPool(chainAndAddress)),
  ],
});

const USDC_WETH_005 = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const v3Pool = (chain: ChainId, kind: PageKind = 'pool') =>
  ({ site: SITE, chain, kind, pool: { type: 'address', address: USDC_WETH_005 }, version: 'v3' }) as const;

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    // Address shape only on chains other than ethereum: the live data exists for the one pool on ethereum.
    [`https://www.sushi.com/ethereum/pool/v3/${USDC_WETH_005}`, v3Pool('ethereum')],
    [`https://www.sushi.com/1/pool/v3/${USDC_WETH_005}`, v3Pool('ethereum')],
    [`https://sushi.com/ethereum/pool/v3/${USDC_WETH_005}/create`, v3Pool('ethereum', 'add-liquidity')],
    [`https://www.sushi.com/ethereum/pool/v3/${USDC_WETH_005}/positions`, v3Pool('ethereum')],
    [`https://www.sushi.com/ethereum/pool/v3/${USDC_WETH_005}/smart`, v3Pool('ethereum')],
    [
      `https://www.sushi.com/ethereum/pool/v3/${USDC_WETH_005}/smart/0x5555555555555555555555555555555555555555`,
      v3Pool('ethereum'),
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
      'https://www.sushi.com/42161/pool/v3/0x1111111111111111111111111111111111111111/31337',
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
      'https://www.sushi.com/8453/pool/v3/add?fromCurrency=0x4200000000000000000000000000000000000006&toCurrency=0x833589fcd6edb6e08f4c7c32d4f71b54bda02913&feeAmount=500&tokenId=12',
      {
        site: SITE,
        chain: 'base',
        kind: 'add-liquidity',
        pool: {
          type: 'pair',
          token0: '0x4200000000000000000000000000000000000006',
          token1: '0x833589fcd6edb6e08f4c7c32d4f71b54bda02913',
          fee: 500,
        },
        version: 'v3',
      },
    ],
    [
      'https://www.sushi.com/ethereum/pool/v2/0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0x397ff1542f962076d0bfe58ea045ffa2d347aca0' },
        version: 'v2',
      },
    ],
    [
      'https://www.sushi.com/ethereum/pool/v2/0x397ff1542f962076d0bfe58ea045ffa2d347aca0/add',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'add-liquidity',
        pool: { type: 'address', address: '0x397ff1542f962076d0bfe58ea045ffa2d347aca0' },
        version: 'v2',
      },
    ],
    [
      'https://www.sushi.com/1/pool/v2/0x397ff1542f962076d0bfe58ea045ffa2d347aca0/remove',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0x397ff1542f962076d0bfe58ea045ffa2d347aca0' },
        version: 'v2',
      },
    ],
    [
      'https://www.sushi.com/ethereum/pool/v2/0x397ff1542f962076d0bfe58ea045ffa2d347aca0/migrate',
      {
        site: SITE,
        chain: 'ethereum',
        kind: 'pool',
        pool: { type: 'address', address: '0x397ff1542f962076d0bfe58ea045ffa2d347aca0' },
        version: 'v2',
      },
    ],
    [
      'https://www.sushi.com/skale-europa/pool/v2/0x2222222222222222222222222222222222222222',
      {
        site: SITE,
        chain: 'skale-europa',
        kind: 'pool',
        pool: { type: 'address', address: '0x2222222222222222222222222222222222222222' },
        version: 'v2',
      },
    ],
    [
      'https://www.sushi.com/mantle/pool/blade/0x3333333333333333333333333333333333333333/add',
      {
        site: SITE,
        chain: 'mantle',
        kind: 'add-liquidity',
        pool: { type: 'address', address: '0x3333333333333333333333333333333333333333' },
        version: 'blade',
      },
    ],
    [
      'https://www.sushi.com/137/pool/blade/0x3333333333333333333333333333333333333333/remove',
      {
        site: SITE,
        chain: 'polygon',
        kind: 'pool',
        pool: { type: 'address', address: '0x3333333333333333333333333333333333333333' },
        version: 'blade',
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
    'https://www.sushi.com/ethereum/pool/v3/add?fromCurrency=NATIVE&toCurrency=SUSHI&feeAmount=3000',
    'https://www.sushi.com/ethereum/pool/v2/add',
    'https://www.sushi.com/ethereum/pool/v3/fees',
    'https://www.sushi.com/ethereum/migrate',
    'https://www.sushi.com/ethereum/pool/v4/0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
    'https://www.sushi.com/eth/pool/v2/0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
    'https://www.sushi.com/1abc/pool/v2/0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
    'https://www.sushi.com/ethereum/pool/v2/0x397ff1542f962076d0bfe58ea045ffa2d347aca0/123',
    'https://www.sushi.com/ethereum/pool/v3/0x397ff1542f962076d0bfe58ea045ffa2d347aca0/0',
    'https://www.sushi.com/ethereum/pool/v3/0x397ff1542f962076d0bfe58ea045ffa2d347aca0/bogus',
    // A chain with no pools of that version: zkSync has none; Mantle only Blade; Blade is not on Gnosis.
    'https://www.sushi.com/zksync-era/pool/v3/0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
    'https://www.sushi.com/mantle/pool/v3/0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
    'https://www.sushi.com/gnosis/pool/blade/0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
    // Testnets: pool pages on the site, no live data here (see the header).
    'https://www.sushi.com/sepolia/pool/v3/0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
    'https://www.sushi.com/11155111/pool/v2/0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
    'https://www.sushi.com/tatara/pool/v3/0x397ff1542f962076d0bfe58ea045ffa2d347aca0/create',
    'https://www.sushi.com/aptos/pool/0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
    'https://www.sushi.com/pool/999999:0x397ff1542f962076d0bfe58ea045ffa2d347aca0',
    'https://www.sushi.com/pool/1:0x397ff',
    'https://www.sushi.com/pool/1:0x397ff1542f962076d0bfe58ea045ffa2d347aca0:extra',
  ],
};
