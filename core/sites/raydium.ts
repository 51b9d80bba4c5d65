/**
 * Raydium, raydium.io. There is no pool page: the pool id appears only in the liquidity forms.
 *
 * Source: raydium-io/raydium-ui-v3 at dda8144c929288420ce4923b8db740350c0f954b (2025-03-28), a Next.js app
 * with `trailingSlash: true` (next.config.js), so real URLs end in `/` before the query:
 * - `src/pages/liquidity/increase.tsx` + `src/features/Liquidity/Increase/index.tsx`: `/liquidity/increase/`
 *   with `pool_id` and `mode` (`add`, the default it writes back when absent, or `stake`, which stakes LP
 *   tokens in a farm: not a liquidity form). The pool list's "Deposit" (`src/features/Pools/components/
 *   PoolListItem.tsx`) links `{ pathname: '/liquidity/increase', query: { mode: 'add', pool_id } }` for
 *   Standard (AMM v4 / CPMM) pools and `/clmm/create-position` with `pool_id` for concentrated ones.
 * - `src/pages/liquidity/decrease.tsx` + `src/features/Liquidity/Decrease/index.tsx`: `/liquidity/decrease/`
 *   with `pool_id` and `mode` (`remove`, the remove-liquidity form; `unstake`, the default, withdraws LP
 *   tokens from a farm). Linked from the portfolio (`…/Standard/ItemDetail/ActionButtons.tsx`).
 * - `src/pages/clmm/create-position.tsx` + `src/features/Clmm/ClmmPosition/CreatePosition.tsx`:
 *   `/clmm/create-position/?pool_id=`, a new CLMM position in that pool (the portfolio's position card links
 *   it as the "add" button too).
 * Not pool pages: `/liquidity-pools/` (the list), `/portfolio/`, `/swap/`, `/liquidity/create-pool/`,
 * `/clmm/create-pool/` (no pool yet), `/clmm/lock/`, `/liquidity/lock/`, `/liquidity/create-farm/`,
 * `/farms/edit/` (`src/utils/routeTools.ts` lists the named routes).
 * The app reads mainnet only (`src/store/useAppStore.ts`: `defaultNetWork = WalletAdapterNetwork.Mainnet`);
 * no URL names another cluster. raydium.io answers on the bare host; www.raydium.io is kept for links that
 * still use it. Look-alike hosts never reach this detector: the site table is keyed by exact host.
 */
import { defineSite, found, route, solanaPool } from './common';
import type { PoolIdentifier, SiteExamples } from './types';

const SITE = 'raydium';
const SOL_USDC_AMM = '58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2';
/** The pool the increase page falls back to when opened without one (Increase/index.tsx). */
const DEFAULT_POOL = 'AVs9TA4nWDzfPJE9gGVNJMVhcQy3V9PGazuz33BfG2RA';

function poolFromQuery(poolId: string | null): PoolIdentifier | null {
  return poolId === null ? null : solanaPool(poolId);
}

export const raydium = defineSite({
  id: SITE,
  hosts: ['raydium.io', 'www.raydium.io'],
  routes: [
    route('liquidity/increase', (_params, page) => {
      const mode = page.query.get('mode');
      if (mode !== null && mode !== 'add') return null;
      return found({ kind: 'add-liquidity', chain: 'solana', pool: poolFromQuery(page.query.get('pool_id')) });
    }),
    // Only the remove mode is a liquidity form; without a mode the page opens on unstaking.
    route('liquidity/decrease', (_params, page) => {
      if (page.query.get('mode') !== 'remove') return null;
      return found({ kind: 'pool', chain: 'solana', pool: poolFromQuery(page.query.get('pool_id')) });
    }),
    route('clmm/create-position', (_params, page) => {
      const pool = poolFromQuery(page.query.get('pool_id'));
      return found({ kind: 'add-liquidity', chain: 'solana', pool, version: 'clmm' });
    }),
  ],
});

/** Real URLs for the shared detector test; a separate export so the shipped bundle leaves them out. */
export const examples: SiteExamples = {
  positive: [
    [
      `https://raydium.io/liquidity/increase/?mode=add&pool_id=${SOL_USDC_AMM}`,
      { site: SITE, chain: 'solana', kind: 'add-liquidity', pool: { type: 'solana-address', address: SOL_USDC_AMM } },
    ],
    [
      `https://raydium.io/liquidity/increase/?pool_id=${DEFAULT_POOL}`,
      { site: SITE, chain: 'solana', kind: 'add-liquidity', pool: { type: 'solana-address', address: DEFAULT_POOL } },
    ],
    [
      `https://www.raydium.io/liquidity/increase?mode=add&pool_id=${SOL_USDC_AMM}`,
      { site: SITE, chain: 'solana', kind: 'add-liquidity', pool: { type: 'solana-address', address: SOL_USDC_AMM } },
    ],
    [
      `https://raydium.io/liquidity/decrease/?mode=remove&pool_id=${SOL_USDC_AMM}`,
      { site: SITE, chain: 'solana', kind: 'pool', pool: { type: 'solana-address', address: SOL_USDC_AMM } },
    ],
    [
      // CLMM pool id shape (Raydium's SOL/USDC CLMM pool as remembered, not checked against the reference).
      'https://raydium.io/clmm/create-position/?pool_id=3ucNos4NbumPLZNWztqGHNFFgkHeRMBQAVemeeomsUxv',
      {
        site: SITE,
        chain: 'solana',
        kind: 'add-liquidity',
        pool: { type: 'solana-address', address: '3ucNos4NbumPLZNWztqGHNFFgkHeRMBQAVemeeomsUxv' },
        version: 'clmm',
      },
    ],
  ],
  negative: [
    'https://raydium.io/',
    'https://raydium.io/swap/?inputMint=sol&outputMint=EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v',
    'https://raydium.io/liquidity-pools/',
    'https://raydium.io/portfolio/',
    'https://raydium.io/portfolio/?section=my-positions&position_tab=concentrated',
    'https://raydium.io/liquidity/create-pool/',
    'https://raydium.io/liquidity/create-pool/?type=legacy-amm',
    'https://raydium.io/clmm/create-pool/',
    'https://raydium.io/clmm/lock/',
    'https://raydium.io/liquidity/lock/',
    'https://raydium.io/clmm/create-position/',
    'https://raydium.io/liquidity/increase?mode=add',
    `https://raydium.io/liquidity/increase/?mode=stake&pool_id=${SOL_USDC_AMM}`,
    `https://raydium.io/liquidity/decrease/?pool_id=${SOL_USDC_AMM}`,
    `https://raydium.io/liquidity/decrease/?mode=unstake&pool_id=${SOL_USDC_AMM}&farm_id=${DEFAULT_POOL}`,
    'https://raydium.io/liquidity/increase?mode=add&pool_id=58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQ00',
    'https://raydium.io/liquidity/increase?mode=add&pool_id=0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640',
  ],
};
