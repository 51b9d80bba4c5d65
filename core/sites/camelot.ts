/**
 * Camelot, app.camelot.exchange. Camelot runs on Arbitrum and several Orbit chains and keeps the chain in the
 * wallet, not the URL, so `chain` is null. Pool pages: `/pools/{address}`; the add form: `/liquidity?token1=&token2=`.
 */
import type { SiteExamples } from './types';
import { addressPool, defineSite, found, pairPool, route } from './common';

const SITE = 'camelot';
const WETH = '0x82af49447d8a07e3bd95bd0d56f35241523fbab1';
const USDC = '0xaf88d065e77c8cc2239327c5edb3a432268e5831';

export const camelot = defineSite({
  id: SITE,
  hosts: ['app.camelot.exchange'],
  routes: [
    route('pools/:address', ({ address }) => found({ kind: 'pool', chain: null, pool: addressPool(address) })),
    route('liquidity', (_params, page) =>
      found({ kind: 'add-liquidity', chain: null, pool: pairPool(page.query.get('token1'), page.query.get('token2')) }),
    ),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      // WETH/USDC on Arbitrum
      'https://app.camelot.exchange/pools/0xb1026b8e7276e7ac75410f1fcbbe21796e8f7526',
      {
        site: SITE,
        chain: null,
        kind: 'pool',
        pool: { type: 'address', address: '0xb1026b8e7276e7ac75410f1fcbbe21796e8f7526' },
      },
    ],
    [
      'https://app.camelot.exchange/pools/0xB1026b8e7276e7AC75410F1fcbbe21796e8f7526/',
      {
        site: SITE,
        chain: null,
        kind: 'pool',
        pool: { type: 'address', address: '0xb1026b8e7276e7ac75410f1fcbbe21796e8f7526' },
      },
    ],
    [
      'https://app.camelot.exchange/liquidity?token1=0x82aF49447D8a07e3bd95BD0d56f35241523fBab1&token2=0xaf88d065e77c8cC2239327C5EDb3A432268e5831',
      { site: SITE, chain: null, kind: 'add-liquidity', pool: { type: 'pair', token0: WETH, token1: USDC } },
    ],
    [
      `https://app.camelot.exchange/liquidity/?token1=ETH&token2=${USDC}&mode=auto`,
      { site: SITE, chain: null, kind: 'add-liquidity', pool: { type: 'pair', token0: 'native', token1: USDC } },
    ],
  ],
  negative: [
    'https://app.camelot.exchange/',
    `https://app.camelot.exchange/?token1=${WETH}&token2=${USDC}`,
    'https://app.camelot.exchange/pools',
    'https://app.camelot.exchange/positions',
    'https://app.camelot.exchange/liquidity',
    'https://app.camelot.exchange/pools/0xb1026b8e7276e7ac75410f1fcbbe21796e8f75',
  ],
};
