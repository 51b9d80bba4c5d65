/**
 * Meteora: app.meteora.ag, www.meteora.ag and meteora.ag. One route prefix per pool program: `/dlmm/{lbPair}`
 * (DLMM), `/pools/{address}` (dynamic AMM, DAMM v1) and `/dammv2/{address}` (DAMM v2). Each is the pool's
 * page and holds its add, withdraw and position forms (the DLMM "Dynamic Terminal": docs.meteora.ag
 * user-guide/guides/how-to-use-dlmm, "Right panel: position creation and management controls").
 *
 * Source: the web app is not public. Routes follow Meteora's docs and published links, read 2025-06:
 * `https://app.meteora.ag/dlmm/{lbPair}` (docs, DefiLlama and Sonarwatch-style integrations),
 * `https://www.meteora.ag/dlmm/{lbPair}?referrer=pools`, `https://www.meteora.ag/dlmm/{pool}?referrer=
 * portfolio&position={position}` (a position account on the pool's page: still that pool),
 * `https://app.meteora.ag/pools/{address}`, `https://app.meteora.ag/dammv2/{address}` and
 * `https://www.meteora.ag/dammv2/{address}`. Lists and forms without a pool: `/dlmm`, `/dlmm/create`,
 * `/pools`, `/portfolio`.
 * Devnet: the devnet app lives on devnet.meteora.ag (not one of our hosts), and links into the main hosts
 * name it with `?cluster=devnet` (or `?network=devnet`): those give no result, since devnet pools get no
 * live data. `mainnet` / `mainnet-beta` in either parameter are the mainnet.
 * Look-alike hosts never reach this detector: the site table is keyed by exact host.
 */
import { defineSite, found, route, solanaPool, type PageContext } from './common';
import type { PoolMatch, SiteExamples } from './types';

const SITE = 'meteora';
const SOL_USDC_DLMM = 'BGm1tav58oGcsQJehL9WXBFXF7D27vZsKefj4xJKD5Y';
const MAINNET_NAMES = new Set(['mainnet', 'mainnet-beta']);

/** False when `cluster` or `network` names anything but the mainnet (devnet, testnet, localnet, custom). */
function isMainnet(page: PageContext): boolean {
  return ['cluster', 'network'].every((key) => {
    const value = page.query.get(key);
    return value === null || MAINNET_NAMES.has(value.toLowerCase());
  });
}

function meteoraPool(address: string, program: string, page: PageContext): PoolMatch | null {
  if (!isMainnet(page)) return null;
  return found({ kind: 'pool', chain: 'solana', pool: solanaPool(address), version: program });
}

export const meteora = defineSite({
  id: SITE,
  hosts: ['app.meteora.ag', 'www.meteora.ag', 'meteora.ag'],
  routes: [
    route('dlmm/:address', ({ address }, page) => meteoraPool(address, 'dlmm', page)),
    route('pools/:address', ({ address }, page) => meteoraPool(address, 'damm', page)),
    route('dammv2/:address', ({ address }, page) => meteoraPool(address, 'damm-v2', page)),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      `https://app.meteora.ag/dlmm/${SOL_USDC_DLMM}`,
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address', address: SOL_USDC_DLMM },
        version: 'dlmm',
      },
    ],
    [
      `https://app.meteora.ag/dlmm/${SOL_USDC_DLMM}/?referrer=home`,
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address', address: SOL_USDC_DLMM },
        version: 'dlmm',
      },
    ],
    [
      `https://meteora.ag/dlmm/${SOL_USDC_DLMM}`,
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address', address: SOL_USDC_DLMM },
        version: 'dlmm',
      },
    ],
    [
      `https://www.meteora.ag/dlmm/${SOL_USDC_DLMM}?referrer=pools`,
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address', address: SOL_USDC_DLMM },
        version: 'dlmm',
      },
    ],
    [
      // The portfolio's link to a position on the pool's page (position account: shape only).
      `https://www.meteora.ag/dlmm/${SOL_USDC_DLMM}?referrer=portfolio&position=Czfq3xZZDmsdGdUyrNLtRhGc47cXcZtLG4crryfu44zE`,
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address', address: SOL_USDC_DLMM },
        version: 'dlmm',
      },
    ],
    [
      `https://app.meteora.ag/dlmm/${SOL_USDC_DLMM}?cluster=mainnet-beta`,
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address', address: SOL_USDC_DLMM },
        version: 'dlmm',
      },
    ],
    [
      // DAMM v2; address shape only.
      'https://www.meteora.ag/dammv2/Fck8ZewjPmcvY9KZAiQiXx81y7Y8Lr52HLY15kquPqsB',
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address', address: 'Fck8ZewjPmcvY9KZAiQiXx81y7Y8Lr52HLY15kquPqsB' },
        version: 'damm-v2',
      },
    ],
    [
      // Address shape only (a mint, not a pool): exercises the dynamic AMM route.
      'https://app.meteora.ag/pools/So11111111111111111111111111111111111111112',
      {
        site: SITE,
        chain: 'solana',
        kind: 'pool',
        pool: { type: 'solana-address', address: 'So11111111111111111111111111111111111111112' },
        version: 'damm',
      },
    ],
  ],
  negative: [
    'https://app.meteora.ag/',
    'https://app.meteora.ag/dlmm',
    'https://app.meteora.ag/dlmm/create',
    'https://app.meteora.ag/pools',
    'https://app.meteora.ag/portfolio',
    'https://app.meteora.ag/dlmm/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://app.meteora.ag/dlmm/BGm1tav58oGcsQJehL9WXBFXF7D27vZsKefj4xJKD5Y/positions',
    'https://www.meteora.ag/',
    'https://www.meteora.ag/dlmm/create',
    'https://app.meteora.ag/dammv2',
    'https://meteora.ag/portfolio',
    // Devnet pools: no live data.
    `https://app.meteora.ag/dlmm/${SOL_USDC_DLMM}?cluster=devnet`,
    `https://app.meteora.ag/dlmm/${SOL_USDC_DLMM}?network=devnet`,
    `https://www.meteora.ag/dammv2/${SOL_USDC_DLMM}?network=devnet`,
    `https://meteora.ag/pools/${SOL_USDC_DLMM}?cluster=testnet`,
  ],
};
