/**
 * Exit cost: what it costs to withdraw a deposit and swap everything into one token at today's liquidity,
 * as a fraction of the deposit's value at the pool's marginal price (fees of the swap included). The
 * withdrawal itself is proportional and free; the cost is the swap's price impact plus its fee.
 *
 * Each function returns the cost and what kind of figure it is: 'exact' under the model, or 'at-least'
 * when the swap would leave the liquidity the model knows (a v3 tick range), where the figure is a stated
 * lower bound, never a number that pretends.
 */
import {
  Decimal,
  LpInputError,
  ONE,
  ZERO,
  finiteResult,
  fraction,
  namedInputs,
  nonNegative,
  positive,
} from './numbers';
import { type Fraction, asFraction } from './units';
import { stableswapInvariantD } from './amm/stableswap-n-balances';

export type ExitToken = 'token0' | 'token1';

export interface ExitCost {
  /** Cost as a fraction of the deposit's value at today's marginal price. */
  cost: Fraction;
  bound: 'exact' | 'at-least';
  basis: 'constant-product' | 'concentrated-one-range' | 'stableswap';
}

function exitToken(value: unknown): ExitToken {
  if (value !== 'token0' && value !== 'token1') {
    throw new LpInputError('into', 'out-of-range', 'must be token0 or token1');
  }
  return value;
}

/** 1 - received / fair, where both are in the token received. */
function costOf(received: Decimal, fair: Decimal): Fraction {
  if (fair.isZero()) return asFraction(ZERO);
  return asFraction(finiteResult(Decimal.max(ZERO, ONE.minus(received.div(fair))), 'exitCost'));
}

/**
 * Uniswap v2-style pool (x * y = k, fee on the input, as UniswapV2Library.getAmountOut):
 * the deposit is `share` of the pool; withdrawing takes share of each reserve, leaving reserves * (1 - share);
 * the other token is then sold into those with amountOut = in*(1-f)*Rout / (Rin + in*(1-f)).
 */
export function exitCostConstantProduct(input: {
  reserve0: unknown;
  reserve1: unknown;
  /** The deposit's share of the pool (its LP tokens / total supply), above 0 and below 1. */
  share: unknown;
  /** The swap fee (0.003 for Uniswap v2). */
  fee: unknown;
  into: unknown;
}): ExitCost {
  namedInputs(input);
  const r0 = positive(input.reserve0, 'reserve0');
  const r1 = positive(input.reserve1, 'reserve1');
  const share = fraction(input.share, 'share', { allowZero: false, allowOne: false });
  const fee = fraction(input.fee, 'fee', { allowOne: false });
  const into = exitToken(input.into);
  const [keep, sell, rKeep, rSell] = into === 'token0' ? [r0, r1, r0, r1] : [r1, r0, r1, r0];
  const amountKeep = keep.mul(share);
  const amountSell = sell.mul(share);
  const left = ONE.minus(share);
  const inWithFee = amountSell.mul(ONE.minus(fee));
  const out = inWithFee.mul(rKeep.mul(left)).div(rSell.mul(left).plus(inWithFee));
  // Fair value of what is sold, at the marginal price before the exit: amountSell * rKeep / rSell.
  const fair = amountKeep.plus(amountSell.mul(rKeep).div(rSell));
  return {
    cost: costOf(finiteResult(amountKeep.plus(out), 'exitCost'), fair),
    bound: 'exact',
    basis: 'constant-product',
  };
}

/**
 * Concentrated liquidity (Uniswap v3) within one tick range where the active liquidity L is constant
 * (human units, sqrt(token0 * token1)), price P = token1 per token0:
 * - selling token1 for token0 raises sqrt(P) by dy*(1-f)/L, and pays out L*(1/sqrtP - 1/sqrtP');
 * - selling token0 for token1 raises 1/sqrt(P) by dx*(1-f)/L, and pays out L*(sqrtP - sqrtP').
 * L is the liquidity left after the deposit is withdrawn. If the swap would push the price past the range
 * (`rangeLower`..`rangeUpper`, where L is known to hold), what lies beyond is not known: the part that fits
 * is priced exactly and the rest at the range's edge price less the fee, which is the best it could get
 * (prices only worsen further on), so the cost returned is 'at-least'.
 */
export function exitCostConcentrated(input: {
  /** Active liquidity after the withdrawal, human units. */
  liquidity: unknown;
  price: unknown;
  rangeLower: unknown;
  rangeUpper: unknown;
  /** The withdrawn amounts, human units. */
  amount0: unknown;
  amount1: unknown;
  fee: unknown;
  into: unknown;
}): ExitCost {
  namedInputs(input);
  const L = positive(input.liquidity, 'liquidity');
  const price = positive(input.price, 'price');
  const lower = positive(input.rangeLower, 'rangeLower');
  const upper = positive(input.rangeUpper, 'rangeUpper');
  if (!lower.lte(price) || !price.lte(upper)) {
    throw new LpInputError('price', 'order', 'must lie within rangeLower..rangeUpper');
  }
  const a0 = nonNegative(input.amount0, 'amount0');
  const a1 = nonNegative(input.amount1, 'amount1');
  const fee = fraction(input.fee, 'fee', { allowOne: false });
  const into = exitToken(input.into);
  const net = ONE.minus(fee);
  const sqrtP = price.sqrt();
  if (into === 'token0') {
    const fair = a0.plus(a1.div(price));
    const sqrtAfter = sqrtP.plus(a1.mul(net).div(L));
    const sqrtEdge = upper.sqrt();
    if (sqrtAfter.lte(sqrtEdge)) {
      const out = L.mul(ONE.div(sqrtP).minus(ONE.div(sqrtAfter)));
      return { cost: costOf(a0.plus(out), fair), bound: 'exact', basis: 'concentrated-one-range' };
    }
    // In to the edge: (sqrtEdge - sqrtP) * L / (1 - f) of token1; the rest at best at the edge price.
    const inToEdge = sqrtEdge.minus(sqrtP).mul(L).div(net);
    const outToEdge = L.mul(ONE.div(sqrtP).minus(ONE.div(sqrtEdge)));
    const rest = a1.minus(inToEdge).mul(net).div(upper);
    return { cost: costOf(a0.plus(outToEdge).plus(rest), fair), bound: 'at-least', basis: 'concentrated-one-range' };
  }
  const fair = a1.plus(a0.mul(price));
  const invAfter = ONE.div(sqrtP).plus(a0.mul(net).div(L));
  const sqrtEdge = lower.sqrt();
  if (invAfter.lte(ONE.div(sqrtEdge))) {
    const out = L.mul(sqrtP.minus(ONE.div(invAfter)));
    return { cost: costOf(a1.plus(out), fair), bound: 'exact', basis: 'concentrated-one-range' };
  }
  const inToEdge = ONE.div(sqrtEdge).minus(ONE.div(sqrtP)).mul(L).div(net);
  const outToEdge = L.mul(sqrtP.minus(sqrtEdge));
  const rest = a0.minus(inToEdge).mul(net).mul(lower);
  return { cost: costOf(a1.plus(outToEdge).plus(rest), fair), bound: 'at-least', basis: 'concentrated-one-range' };
}

/**
 * Curve's invariant D for balances (Ann = A * n), by the get_D Newton step shared with
 * core/amm/stableswap-n-balances.ts; an exit whose invariant does not converge is refused, not guessed.
 */
function stableswapD(ann: Decimal, balances: Decimal[]): Decimal {
  const { d, converged } = stableswapInvariantD(ann, balances, '1e-36');
  if (!converged) throw new LpInputError('balances', 'out-of-range', 'the invariant did not converge');
  return d;
}

/**
 * Curve's get_y: coin j's balance that keeps D with the other balances given:
 * y = (y^2 + c) / (2y + b - D), c = D^(n+1) / (n^n * prod(x_i, i != j) * Ann), b = sum(x_i, i != j) + D / Ann.
 */
function stableswapY(ann: Decimal, balances: Decimal[], j: number, D: Decimal): Decimal {
  const n = balances.length;
  let c = D;
  let S = ZERO;
  balances.forEach((x, i) => {
    if (i === j) return;
    S = S.plus(x);
    c = c.mul(D).div(x.mul(n));
  });
  c = c.mul(D).div(ann.mul(n));
  const b = S.plus(D.div(ann));
  let y = D;
  for (let i = 0; i < 255; i++) {
    const previous = y;
    y = y.mul(y).plus(c).div(y.mul(2).plus(b).minus(D));
    if (y.minus(previous).abs().lte(y.mul('1e-36'))) return y;
  }
  throw new LpInputError('balances', 'out-of-range', 'the swap did not converge');
}

/**
 * Curve stableswap pool with n coins at equal rates (balances in human units): the deposit's `share` of
 * every balance is withdrawn, then each other coin is swapped into coin `into` with get_y, the fee taken
 * from the output as the contract does. The fair value uses the marginal prices before the exit:
 * price of coin i in coin k = (Ann + K/x_i) / (Ann + K/x_k), K = D^(n+1) / (n^n * prod(x)).
 */
export function exitCostStableswap(input: {
  balances: unknown[];
  /** A as Curve's contracts and UI report it (Ann = A * n). */
  amplification: unknown;
  share: unknown;
  fee: unknown;
  /** Index of the coin everything is swapped into. */
  into: unknown;
}): ExitCost {
  namedInputs(input);
  if (!Array.isArray(input.balances) || input.balances.length < 2 || input.balances.length > 8) {
    throw new LpInputError('balances', 'length', 'needs 2 to 8 balances');
  }
  const balances = input.balances.map((b, i) => positive(b, `balances[${i}]`));
  const n = balances.length;
  const A = positive(input.amplification, 'amplification');
  if (A.gt('1e7')) throw new LpInputError('amplification', 'out-of-range', 'must be at most 1e7');
  const share = fraction(input.share, 'share', { allowZero: false, allowOne: false });
  const fee = fraction(input.fee, 'fee', { allowOne: false });
  const k = typeof input.into === 'number' && Number.isInteger(input.into) ? input.into : -1;
  if (k < 0 || k >= n) throw new LpInputError('into', 'out-of-range', `must be a coin index from 0 to ${n - 1}`);
  const ann = A.mul(n);
  const D0 = stableswapD(ann, balances);
  let K = D0;
  for (const x of balances) K = K.mul(D0).div(x.mul(n));
  const marginal = (i: number) => ann.plus(K.div(balances[i]!)).div(ann.plus(K.div(balances[k]!)));
  const withdrawn = balances.map((b) => b.mul(share));
  const fair = withdrawn.reduce((sum, amount, i) => sum.plus(amount.mul(marginal(i))), ZERO);
  const pool = balances.map((b) => b.mul(ONE.minus(share)));
  let received = withdrawn[k]!;
  for (let i = 0; i < n; i++) {
    if (i === k) continue;
    // D before this swap: the fee of the previous one stayed in the pool (admin share ignored).
    const D = stableswapD(ann, pool);
    pool[i] = pool[i]!.plus(withdrawn[i]!);
    const y = stableswapY(ann, pool, k, D);
    const paid = pool[k]!.minus(y).mul(ONE.minus(fee));
    pool[k] = pool[k]!.minus(paid);
    received = received.plus(paid);
  }
  return {
    cost: costOf(finiteResult(received, 'exitCost'), finiteResult(fair, 'exitCost')),
    bound: 'exact',
    basis: 'stableswap',
  };
}
