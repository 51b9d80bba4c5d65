/**
 * Aerodrome, aerodrome.finance: Base only. Its pool pages are the deposit and withdraw forms of
 * `solidly-deposit.ts` (same app as Velodrome).
 *
 * Source: the web app is not public (aerodrome-finance publishes contracts and Slipstream only); routes follow
 * published links, read 2025-06: `/deposit?token0=&token1=&type=-1&chain0=8453&chain1=8453&factory=0x420d…40da`
 * (a token project's add-liquidity constant; 0x420dd381…40da is Aerodrome's PoolFactory on Base), plain
 * `/deposit?token0=&token1=&type=-1` links (Shadow's and others' "provide liquidity" buttons), and
 * `/withdraw?pool=` as on Velodrome. Any `chain0`/`chain1`/`chain` other than 8453 (another chain, a testnet
 * such as Base Sepolia 84532) gives no result.
 * Look-alike hosts (`aerodrome.finance.example`, `aerodrome-finance.com`) never reach this detector: the
 * site table is keyed by exact host (see `detectPoolPage`).
 */
import type { SiteExamples } from './types';
import { defineSite } from './common';
import { solidlyRoutes } from './solidly-deposit';

const SITE = 'aerodrome';
const WETH = '0x4200000000000000000000000000000000000006';
const USDC = '0x833589fcd6edb6e08f4c7c32d4f71b54bda02913';
const POOL_FACTORY = '0x420DD381b31aEf6683db6B902084cB0FFECe40Da';

export const aerodrome = defineSite({
  id: SITE,
  hosts: ['aerodrome.finance', 'www.aerodrome.finance'],
  routes: solidlyRoutes({ home: 'base', all: ['base'] }),
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      // WETH/USDC volatile: pool 0xcdac0d6c6c59727a65f871236188350531885c43
      `https://aerodrome.finance/deposit?token0=${WETH}&token1=0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913&type=-1`,
      {
        site: SITE,
        chain: 'base',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: WETH, token1: USDC, stable: false },
      },
    ],
    [
      // The full form the app's own links take: chains and the v2 PoolFactory.
      `https://aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=-1&chain0=8453&chain1=8453&factory=${POOL_FACTORY}`,
      {
        site: SITE,
        chain: 'base',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: WETH, token1: USDC, stable: false },
      },
    ],
    [
      // WETH/USDC Slipstream, tick spacing 100: pool 0xb2cc224c1c9fee385f8ad6a55b4d94e92359dc59
      `https://aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=100&chain0=8453&chain1=8453`,
      {
        site: SITE,
        chain: 'base',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: WETH, token1: USDC, tickSpacing: 100 },
        version: 'cl',
      },
    ],
    [
      `https://www.aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=0`,
      {
        site: SITE,
        chain: 'base',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: WETH, token1: USDC, stable: true },
      },
    ],
    [
      `https://aerodrome.finance/deposit/?token0=${WETH}&token1=${USDC}&stable=false`,
      {
        site: SITE,
        chain: 'base',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: WETH, token1: USDC, stable: false },
      },
    ],
    [
      `https://aerodrome.finance/deposit?token0=ETH&token1=${USDC}`,
      { site: SITE, chain: 'base', kind: 'add-liquidity', pool: { type: 'pair', token0: 'native', token1: USDC } },
    ],
    [
      'https://aerodrome.finance/withdraw?pool=0xcDAC0d6c6C59727a65F871236188350531885C43',
      {
        site: SITE,
        chain: 'base',
        kind: 'pool',
        pool: { type: 'address', address: '0xcdac0d6c6c59727a65f871236188350531885c43' },
      },
    ],
  ],
  negative: [
    'https://aerodrome.finance/',
    `https://aerodrome.finance/swap?from=eth&to=${USDC}`,
    'https://aerodrome.finance/liquidity',
    'https://aerodrome.finance/dash',
    'https://aerodrome.finance/vote',
    'https://aerodrome.finance/deposit',
    'https://aerodrome.finance/withdraw',
    'https://aerodrome.finance/withdraw?pool=0xcdac0d6c',
    `https://aerodrome.finance/deposit?token0=0x4200&token1=${USDC}&type=-1`,
    `https://aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=volatile`,
    `https://aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=-2`,
    `https://aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&stable=maybe`,
    `https://aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=-1&factory=0x420d`,
    `https://aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=-1&chain0=8453&chain1=10`,
    // Aerodrome has no pools on Optimism, and Base Sepolia is a testnet: no live data for either.
    `https://aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=-1&chain0=10&chain1=10`,
    `https://aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=-1&chain0=84532&chain1=84532`,
    'https://aerodrome.finance/withdraw?pool=0xcdac0d6c6c59727a65f871236188350531885c43&chain=84532',
  ],
};
