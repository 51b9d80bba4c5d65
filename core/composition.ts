/**
 * What a position holds after the price moves: both tokens, or (a range the price has left) only one,
 * with the share of its value in each token.
 */
import { type Decimal, ONE, ZERO, finiteResult, positive } from './numbers';
import { type PoolModel, type PoolShapeInput, checkedModel } from './pool-models';
import { amountsAt } from './amm/concentrated';
import { stableswapBalances } from './amm/stableswap';
import type { TokenSide } from './quote';

export interface Composition {
  /** 'both', or the one token a range position holds once the price is outside its range. */
  holds: 'both' | TokenSide;
  /** Share of the position's value held in token0 at that price (0..1); token1 holds the rest. */
  token0ValueShare: Decimal;
  token1ValueShare: Decimal;
}

/**
 * Composition at the exit price P_now * r. Stableswap needs its amplification and price, which only the
 * pool's shape carries; without it the composition is unknown (null) rather than guessed.
 */
export function compositionAt(model: PoolModel, r: Decimal, pool?: PoolShapeInput): Composition | null {
  checkedModel(model);
  const ratio = positive(r, 'priceRatio');
  if (model.range) {
    const exit = finiteResult(model.range.price.mul(ratio), 'priceRatio');
    const { amount0, amount1 } = amountsAt(model.range, ONE, exit);
    const value0 = amount0.mul(exit);
    const share0 = value0.div(value0.plus(amount1));
    const holds = amount1.isZero() ? 'token0' : amount0.isZero() ? 'token1' : 'both';
    return shares(holds, share0);
  }
  if (model.kind === 'stableswap') {
    if (pool?.kind !== 'stableswap') return null;
    const exit = finiteResult(positive(pool.price, 'price').mul(ratio), 'priceRatio');
    const { x, y } = stableswapBalances(positive(pool.amplification, 'amplification'), exit);
    return shares('both', x.mul(exit).div(x.mul(exit).plus(y)));
  }
  // Constant product keeps half its value in each token at every price; a weighted pool keeps its weights.
  return shares('both', model.token0ValueShare);
}

function shares(holds: Composition['holds'], share0: Decimal): Composition {
  const token0ValueShare = holds === 'token1' ? ZERO : holds === 'token0' ? ONE : share0;
  return { holds, token0ValueShare, token1ValueShare: ONE.minus(token0ValueShare) };
}
