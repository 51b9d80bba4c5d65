/**
 * The deposit and withdraw forms shared by Aerodrome and Velodrome (one codebase). The app's source is not
 * public (velodrome-finance and aerodrome-finance publish contracts, Sugar and SDKs, not the web app), so the
 * routes follow the links the projects and their integrators publish, read 2025-06:
 * - `/deposit?token0=&token1=&type=&chain0=&chain1=&factory=`: `type` picks the pool for the pair: -1
 *   volatile, 0 stable, a positive number the tick spacing of a concentrated (Slipstream / CL) pool. Links
 *   built from Velodrome's own Sugar data name the pool's `factory` too (DefiLlama's `velodrome-v3` yield
 *   adapter: `'/deposit?token0=' + p.token0 + '&token1=' + p.token1 + '&type=' + p.type + '&factory=' + p.factory`);
 *   Superchain links add `chain0`/`chain1` (EIP-155 numbers, e.g. `chain0=1923&chain1=1923` for Swell).
 *   Older links said `&stable=true|false` instead of `type`.
 * - `/withdraw?pool={address}`: the remove-liquidity form of one pool (Beefy's vault-URL script links it as
 *   `removeLiquidityUrl: 'https://velodrome.finance/withdraw?pool={lp}'` next to `/deposit?...&type=0|-1`).
 * A `chain0`/`chain1`/`chain` number we cannot place (a testnet such as OP Sepolia 11155420, or a chain we do
 * not support) gives no result: testnet pages get no live data, and the URL is the only place that says so.
 */
import { chainFromEvmNumber, type ChainId } from './chains';
import {
  addressPool,
  found,
  pairPool,
  parseEvmAddress,
  parseIntegerInRange,
  route,
  type PageContext,
  type Route,
} from './common';
import type { PoolIdentifier, PoolMatch } from './types';

type PoolChoice = { stable?: boolean; tickSpacing?: number };

/** Where a site's pools live: the chain its links mean when they name none, and every chain it deploys to. */
export interface SolidlyChains {
  readonly home: ChainId;
  readonly all: readonly ChainId[];
}

const VOLATILE = -1;
const STABLE = 0;
const MAX_TICK_SPACING = 65_535;

/** undefined when the parameters are present but malformed (not a pool); `{}` when the form lets the user pick. */
function poolChoice(page: PageContext): PoolChoice | undefined {
  const type = page.query.get('type');
  if (type !== null) {
    const value = parseIntegerInRange(type, VOLATILE, MAX_TICK_SPACING);
    if (value === null) return undefined;
    if (value === VOLATILE) return { stable: false };
    return value === STABLE ? { stable: true } : { tickSpacing: value };
  }
  const stable = page.query.get('stable');
  if (stable === null) return {};
  if (stable === 'true' || stable === 'false') return { stable: stable === 'true' };
  return undefined;
}

/**
 * Both tokens must sit on one chain; a lone `chain` (or `chain0`) names it too; without any the site's home
 * chain is meant. Conflicting or unknown numbers: undefined (no result).
 */
function formChain(page: PageContext, chains: SolidlyChains): ChainId | undefined {
  const named = ['chain0', 'chain1', 'chain']
    .map((key) => page.query.get(key))
    .filter((value): value is string => value !== null);
  if (named.length === 0) return chains.home;
  const [first] = named;
  if (first === undefined || named.some((value) => value !== first)) return undefined;
  const chain = chainFromEvmNumber(first);
  return chain !== undefined && chains.all.includes(chain) ? chain : undefined;
}

/**
 * `factory` tells which deployment's pool the form means (v2 pools and each Slipstream generation have their
 * own factory). The pool identifier has no field for it yet, so it is only checked: a malformed one is not a
 * link the app builds.
 */
function factoryIsWellFormed(page: PageContext): boolean {
  const factory = page.query.get('factory');
  return factory === null || parseEvmAddress(factory) !== null;
}

function depositPage(page: PageContext, chains: SolidlyChains): PoolMatch | null {
  const choice = poolChoice(page);
  if (choice === undefined || !factoryIsWellFormed(page)) return null;
  const pool: PoolIdentifier | null = pairPool(page.query.get('token0'), page.query.get('token1'), choice);
  const version = choice.tickSpacing === undefined ? undefined : 'cl';
  return found({ kind: 'add-liquidity', chain: formChain(page, chains), pool, version });
}

function withdrawPage(page: PageContext, chains: SolidlyChains): PoolMatch | null {
  const address = page.query.get('pool');
  if (address === null) return null;
  return found({ kind: 'pool', chain: formChain(page, chains), pool: addressPool(address) });
}

export function solidlyRoutes(chains: SolidlyChains): readonly Route[] {
  return [
    route('deposit', (_params, page) => depositPage(page, chains)),
    route('withdraw', (_params, page) => withdrawPage(page, chains)),
  ];
}
