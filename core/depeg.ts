/**
 * Depeg scenarios for a stable pair: one coin falls to a fraction of the other's value and stays there.
 *
 * The coin that keeps its peg is held at a constant USD price (it is the quote of that scenario), so the
 * USD figures say what the depeg costs in dollars of the coin still worth one.
 */
import { Decimal, ONE, finiteResult, positive } from './numbers';
import { type PoolModel, checkedModel } from './pool-models';
import { hodlValueInQuote, type TokenSide } from './quote';

/** The depegged coin's price in the other coin: 0.99, 0.95, 0.90, 0.50. */
export const DEPEG_LEVELS: readonly string[] = ['0.99', '0.95', '0.9', '0.5'];

export interface DepegScenario {
  /** The coin that loses its peg. */
  coin: TokenSide;
  /** Its price in the other coin after the depeg, e.g. 0.95. */
  price: Decimal;
  /** The same exit as r = P_exit / P_now, P the price of token0 in token1. */
  priceRatio: Decimal;
  /** IL at that price (fraction). */
  il: Decimal;
  /** il * the HODL value after the depeg, in USD with the coin still on peg at its USD price now. */
  ilUsd: Decimal;
  /** What the position is worth after the depeg, same USD: HODL value + ilUsd. */
  valueLeftUsd: Decimal;
}

/**
 * For a current price P of token0 in token1: token0 at k means an exit price k, r = k / P; token1 at k means
 * an exit price 1 / k, r = 1 / (k P). From the other coin's side the depegged coin's price moved by the
 * factor k / (its price now), which is what hodlValueInQuote scales the depegged coin's share by.
 */
export function depegScenarios(model: PoolModel, depositUsd: Decimal, price: Decimal): DepegScenario[] {
  checkedModel(model);
  const deposit = positive(depositUsd, 'depositUsd');
  const now = positive(price, 'price');
  return (['token0', 'token1'] as const).flatMap((coin) =>
    DEPEG_LEVELS.map((text) => {
      const level = new Decimal(text);
      // A price near Decimal's exponent limit puts r beyond it.
      const r = finiteResult(coin === 'token0' ? level.div(now) : ONE.div(level.mul(now)), 'price');
      const quote = coin === 'token0' ? 'token1' : 'token0';
      // The depegged coin's own price ratio in the quote: r for token0, 1 / r for token1.
      const factor = coin === 'token0' ? r : ONE.div(r);
      // A huge deposit times a large factor can pass Decimal's exponent limit.
      const hodl = finiteResult(hodlValueInQuote(model, deposit, quote, factor), 'valueLeftUsd');
      const il = model.ilForMove(r);
      const ilUsd = finiteResult(il.mul(hodl), 'ilUsd');
      return {
        coin,
        price: level,
        priceRatio: r,
        il,
        ilUsd,
        valueLeftUsd: finiteResult(hodl.plus(ilUsd), 'valueLeftUsd'),
      };
    }),
  );
}
