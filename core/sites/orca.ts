/**
 * Orca, www.orca.so (and the bare orca.so): Solana whirlpools at `/pools/{address}`, the "Liquidity
 * Terminal" page of one pool, which also holds the open-position, deposit and withdraw forms (in a sidebar,
 * with no route of their own).
 *
 * Source: the web app is not public. Routes follow Orca's docs (docs.orca.so, read 2025-06: "Position
 * Details sidebar… from the My Positions pane when viewing any pool… Portfolio Page from orca.so/portfolio";
 * the Liquidity Terminal pages Markets, Portfolio, Create Pool, Rewards) and published pool links
 * (`https://www.orca.so/pools/{whirlpool}`, `https://orca.so/pools/{whirlpool}`). Older links
 * (`/whirlpools/browse`, `/whirlpools?…`) are lists. The app serves Solana mainnet; Eclipse lives on another
 * host (not ours) and no URL names a devnet, so there is no testnet route to reject.
 * Look-alike hosts never reach this detector: the site table is keyed by exact host.
 */
import type { SiteExamples } from './types';
import { defineSite, found, route, solanaPool } from './common';

const SITE = 'orca';
const SOL_USDC_WHIRLPOOL = 'Czfq3xZZDmsdGdUyrNLtRhGc47cXcZtLG4crryfu44zE';

export const orca = defineSite({
  id: SITE,
  hosts: ['www.orca.so', 'orca.so'],
  routes: [
    route('pools/:address', ({ address }) => found({ kind: 'pool', chain: 'solana', pool: solanaPool(address) })),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      `https://www.orca.so/pools/${SOL_USDC_WHIRLPOOL}`,
      { site: SITE, chain: 'solana', kind: 'pool', pool: { type: 'solana-address', address: SOL_USDC_WHIRLPOOL } },
    ],
    [
      `https://orca.so/pools/${SOL_USDC_WHIRLPOOL}/`,
      { site: SITE, chain: 'solana', kind: 'pool', pool: { type: 'solana-address', address: SOL_USDC_WHIRLPOOL } },
    ],
    [
      `https://www.orca.so/pools/${SOL_USDC_WHIRLPOOL}?tab=positions`,
      { site: SITE, chain: 'solana', kind: 'pool', pool: { type: 'solana-address', address: SOL_USDC_WHIRLPOOL } },
    ],
  ],
  negative: [
    'https://www.orca.so/',
    'https://www.orca.so/pools',
    'https://www.orca.so/portfolio',
    'https://www.orca.so/?tokenIn=So11111111111111111111111111111111111111112&tokenOut=EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v',
    'https://www.orca.so/pools/Czfq3xZZDmsdGdUyrNLtRhGc47cXcZtLG4crryfu44zl',
    'https://www.orca.so/pools/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
    'https://orca.so/portfolio',
    'https://www.orca.so/create-pool',
    'https://www.orca.so/rewards',
    'https://www.orca.so/whirlpools/browse',
    `https://www.orca.so/pools/${SOL_USDC_WHIRLPOOL}/positions`,
  ],
};
