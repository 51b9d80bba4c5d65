/**
 * Velodrome, velodrome.finance: Optimism, plus Superchain pools whose deposit links name the chain with
 * `chain0`/`chain1`. Same deposit form as Aerodrome; see `solidly-deposit.ts`.
 */
import type { SiteExamples } from './types';
import { defineSite } from './common';
import { solidlyDepositRoute } from './solidly-deposit';

const SITE = 'velodrome';
const WETH = '0x4200000000000000000000000000000000000006';
const USDC = '0x0b2c639c533813f4aa9d7837caf62653d097ff85';
const VELO = '0x9560e827af36c94d2ac33a39bce1fe78631088db';

export const velodrome = defineSite({
  id: SITE,
  hosts: ['velodrome.finance', 'www.velodrome.finance'],
  routes: [solidlyDepositRoute('optimism')],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      `https://velodrome.finance/deposit?token0=${WETH}&token1=0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85&type=-1`,
      {
        site: SITE,
        chain: 'optimism',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: WETH, token1: USDC, stable: false },
      },
    ],
    [
      `https://velodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=100&chain0=10&chain1=10`,
      {
        site: SITE,
        chain: 'optimism',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: WETH, token1: USDC, tickSpacing: 100 },
        version: 'cl',
      },
    ],
    [
      `https://velodrome.finance/deposit?token0=${VELO}&token1=${USDC}&stable=false`,
      {
        site: SITE,
        chain: 'optimism',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: VELO, token1: USDC, stable: false },
      },
    ],
    [
      // Superchain deposit on Mode (34443); token addresses are shape only.
      `https://velodrome.finance/deposit?token0=${WETH}&token1=0xd988097fb8612cc24eec14542bc03424c656005f&type=200&chain0=34443&chain1=34443`,
      {
        site: SITE,
        chain: 'mode',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: WETH, token1: '0xd988097fb8612cc24eec14542bc03424c656005f', tickSpacing: 200 },
        version: 'cl',
      },
    ],
  ],
  negative: [
    'https://velodrome.finance/',
    'https://velodrome.finance/swap',
    'https://velodrome.finance/liquidity',
    'https://velodrome.finance/vote',
    `https://velodrome.finance/deposit?token0=${WETH}`,
    `https://velodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=1.5`,
    `https://velodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=-1&chain0=424242`,
  ],
};
