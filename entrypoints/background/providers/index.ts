/**
 * The data providers, as a table. The pool service loops over it; the manifest's host permissions and the
 * per-host rate limits are derived from it. Adding a source: one file in this folder and one line here.
 * The order is the order of trust: when two providers give the same figure, the earlier one wins.
 */
import type { HostLimit } from '../http';
import { curveApiPool } from './curve-api';
import { defiLlamaCoins } from './defillama-coins';
import { defiLlamaYields } from './defillama-yields';
import { dexScreenerPair } from './dexscreener';
import { gasPrice } from './gas';
import { geckoTerminalCandles, geckoTerminalPool } from './geckoterminal';
import { goplusTokenSecurity } from './goplus';
import { merklRewards } from './merkl';
import { pancakeFarm } from './pancake-farm';
import { pancakeInfinityPool } from './pancake-infinity';
import type { PoolDataProvider } from './provider';
import { onChainPool } from './rpc';
import { solidlyGauge } from './solidly-gauge';
import { uniswapV4Pool } from './uniswap-v4';

export const PROVIDERS: readonly PoolDataProvider[] = [
  onChainPool,
  uniswapV4Pool,
  pancakeInfinityPool,
  // Curve's own figures (coins, balances, gauge rewards) for pools found by name; before the aggregators.
  curveApiPool,
  geckoTerminalPool,
  dexScreenerPair,
  geckoTerminalCandles,
  goplusTokenSecurity,
  gasPrice,
  solidlyGauge,
  pancakeFarm,
  merklRewards,
  defiLlamaYields,
  defiLlamaCoins,
];

/** Every host a provider talks to by default: the manifest's host permissions. */
export const PROVIDER_HOSTS: readonly string[] = [...new Set(PROVIDERS.flatMap((provider) => provider.hosts))];

/** A host's request budget; hosts no provider names are RPC endpoints the user chose, under the RPC budget. */
export function hostLimitFor(host: string): HostLimit {
  return (PROVIDERS.find((provider) => provider.hosts.includes(host)) ?? onChainPool).limit;
}
