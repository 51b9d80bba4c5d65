/** A stable pool's balances as its invariant sees them, for the depeg table and the exit cost alike. */
import { Decimal } from '../../core/index';
import type { PoolSnapshot } from '../messages/pool-data';

/**
 * The balances as a stable pool's math counts them: each at its token's rate (Balancer's scaling factors, read
 * as `tokenRates`) when known, else as read (Curve's coins, at equal rates).
 */
export function balancesAtRates(f: PoolSnapshot['figures']): string[] | undefined {
  if (!f.balances || f.tokenRates?.length !== f.balances.length) return f.balances;
  return f.balances.map((b, i) => new Decimal(b).mul(f.tokenRates![i]!).toString());
}
