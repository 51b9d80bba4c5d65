/**
 * The deposit form shared by Aerodrome and Velodrome (same codebase): `/deposit?token0=&token1=&type=`.
 * `type` picks the pool for the pair: -1 volatile, 0 stable, a positive number the tick spacing of a
 * concentrated (Slipstream / CL) pool. Older links said `&stable=true|false` instead. Superchain builds add
 * `chain0`/`chain1` (EIP-155 numbers) for the tokens' chains.
 */
import { chainFromEvmNumber, type ChainId } from './chains';
import { found, pairPool, parseIntegerInRange, route, type PageContext, type Route } from './common';
import type { PoolIdentifier, PoolMatch } from './types';

type PoolChoice = { stable?: boolean; tickSpacing?: number };

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

/** Both tokens must sit on one chain; without `chain0` the site's home chain is meant. */
function depositChain(page: PageContext, homeChain: ChainId): ChainId | undefined {
  const chain0 = page.query.get('chain0');
  const chain1 = page.query.get('chain1');
  if (chain0 === null && chain1 === null) return homeChain;
  if (chain0 === null || (chain1 !== null && chain1 !== chain0)) return undefined;
  return chainFromEvmNumber(chain0);
}

function depositPage(page: PageContext, homeChain: ChainId): PoolMatch | null {
  const choice = poolChoice(page);
  if (choice === undefined) return null;
  const pool: PoolIdentifier | null = pairPool(page.query.get('token0'), page.query.get('token1'), choice);
  const version = choice.tickSpacing === undefined ? undefined : 'cl';
  return found({ kind: 'add-liquidity', chain: depositChain(page, homeChain), pool, version });
}

export function solidlyDepositRoute(homeChain: ChainId): Route {
  return route('deposit', (_params, page) => depositPage(page, homeChain));
}
