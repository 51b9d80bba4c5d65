/**
 * Velodrome, velodrome.finance: OP Mainnet, plus the Superchain "leaf" chains whose deposit links name the
 * chain with `chain0`/`chain1` (EIP-155 numbers). Same deposit and withdraw forms as Aerodrome; see
 * `solidly-deposit.ts`.
 *
 * Source: the web app is not public. Routes follow published links, read 2025-06: DefiLlama's `velodrome-v3`
 * yield adapter (`/deposit?token0=&token1=&type={tickSpacing}&factory=`), Beefy's vault-URL script
 * (`/deposit?…&type=0|-1`, `/withdraw?pool={lp}`), Velodrome-era vault configs (`&stable=true|false`,
 * `/withdraw?pool=`), and Superchain links (`chain0=1923&chain1=1923&factory=…` on Swell). The leaf chains are
 * those with a deployment file in velodrome-finance/superchain-contracts and superchain-slipstream
 * (`deployment-addresses/*.json`, read 2025-06: bob, celo, fraxtal, ink, lisk, metal, mode, swell, unichain),
 * plus Soneium (announced by Velodrome; no file in the copies read). Other numbers, testnets included (OP
 * Sepolia 11155420), give no result.
 * Look-alike hosts never reach this detector: the site table is keyed by exact host.
 */
import type { SiteExamples } from './types';
import { defineSite } from './common';
import { solidlyRoutes } from './solidly-deposit';

const SITE = 'velodrome';
const WETH = '0x4200000000000000000000000000000000000006';
const USDC = '0x0b2c639c533813f4aa9d7837caf62653d097ff85';
const VELO = '0x9560e827af36c94d2ac33a39bce1fe78631088db';
const OP = '0x4200000000000000000000000000000000000042';
const USDC_E = '0x7f5c764cbc14f9669b88837ca1490cca17c31607';

export const velodrome = defineSite({
  id: SITE,
  hosts: ['velodrome.finance', 'www.velodrome.finance'],
  routes: solidlyRoutes({
    home: 'optimism',
    all: ['optimism', 'bob', 'celo', 'fraxtal', 'ink', 'lisk', 'metal', 'mode', 'soneium', 'swell', 'unichain'],
  }),
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
      // The adapter's form: tick spacing and the CL factory (address shape only).
      `https://velodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=200&factory=0xCc0bDDB707055e04e497aB22a59c2aF4391cd12F`,
      {
        site: SITE,
        chain: 'optimism',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: WETH, token1: USDC, tickSpacing: 200 },
        version: 'cl',
      },
    ],
    [
      `https://velodrome.finance/deposit?token0=${OP}&token1=${USDC_E}&stable=false`,
      {
        site: SITE,
        chain: 'optimism',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: OP, token1: USDC_E, stable: false },
      },
    ],
    [
      `https://www.velodrome.finance/deposit?token0=${VELO}&token1=${USDC}&type=0`,
      {
        site: SITE,
        chain: 'optimism',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: VELO, token1: USDC, stable: true },
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
    [
      // Superchain deposit on Swell (1923), as integrators link it; token addresses are shape only.
      `https://velodrome.finance/deposit?token0=${WETH}&token1=0xa1290d69c65a6fe4df752f95823fae25cb99e5a7&type=1&chain0=1923&chain1=1923&factory=0x04625B046C69577EfC40e6c0Bb83CDBAfab5a55F`,
      {
        site: SITE,
        chain: 'swell',
        kind: 'add-liquidity',
        pool: { type: 'pair', token0: WETH, token1: '0xa1290d69c65a6fe4df752f95823fae25cb99e5a7', tickSpacing: 1 },
        version: 'cl',
      },
    ],
    [
      // The remove form of one pool, as Velodrome-era vault configs link it.
      'https://velodrome.finance/withdraw?pool=0x0df083de449f75691fc5a36477a6f3284c269108',
      {
        site: SITE,
        chain: 'optimism',
        kind: 'pool',
        pool: { type: 'address', address: '0x0df083de449f75691fc5a36477a6f3284c269108' },
      },
    ],
    [
      'https://velodrome.finance/withdraw?pool=0xC5c247580A4A6E4d3811c0DA6215057aaC480bAc&chain=34443',
      {
        site: SITE,
        chain: 'mode',
        kind: 'pool',
        pool: { type: 'address', address: '0xc5c247580a4a6e4d3811c0da6215057aac480bac' },
      },
    ],
  ],
  negative: [
    'https://velodrome.finance/',
    'https://velodrome.finance/swap',
    `https://velodrome.finance/swap?from=${WETH}&to=${USDC}`,
    'https://velodrome.finance/liquidity',
    'https://velodrome.finance/vote',
    'https://velodrome.finance/withdraw',
    'https://velodrome.finance/withdraw?pool=VELO',
    `https://velodrome.finance/deposit?token0=${WETH}`,
    `https://velodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=1.5`,
    `https://velodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=-1&factory=velodrome`,
    `https://velodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=-1&chain0=424242`,
    // Base belongs to Aerodrome; OP Sepolia is a testnet (no live data).
    `https://velodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=-1&chain0=8453&chain1=8453`,
    `https://velodrome.finance/deposit?token0=${WETH}&token1=${USDC}&type=-1&chain0=11155420&chain1=11155420`,
    'https://velodrome.finance/withdraw?pool=0x0df083de449f75691fc5a36477a6f3284c269108&chain=11155420',
  ],
};
