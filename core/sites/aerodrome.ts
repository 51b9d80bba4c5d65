/** Aerodrome, aerodrome.finance: Base only. Its pool pages are deposit forms; see `solidly-deposit.ts`. */
import type { SiteExamples } from './types';
import { defineSite } from './common';
import { solidlyDepositRoute } from './solidly-deposit';

const SITE = 'aerodrome';
const WETH = '0x4200000000000000000000000000000000000006';
const USDC = '0x833589fcd6edb6e08f4c7c32d4f71b54bda02913';

export const aerodrome = defineSite({
  id: SITE,
  hosts: ['aerodrome.finance', 'www.aerodrome.finance'],
  routes: [solidlyDepositRoute('base')],
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
      `https://aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=0`,
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
  ],
  negative: [
    'https://aerodrome.finance/',
    `https://aerodrome.finance/swap?from=eth&to=${USDC}`,
    'https://aerodrome.finance/liquidity',
    'https://aerodrome.finance/dash',
    'https://aerodrome.finance/deposit',
    `https://aerodrome.finance/deposit?token0=0x4200&token1=${USDC}&type=-1`,
    `https://aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=volatile`,
    `https://aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=-2`,
    `https://aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&stable=maybe`,
    `https://aerodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=-1&chain0=8453&chain1=10`,
  ],
};
