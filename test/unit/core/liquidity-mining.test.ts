/**
 * Issue 11's math: reward APR from a rate, rewards over a horizon with end times, the stress line, a
 * token's price-history risk, gas units and cost, exit cost (v2, v3 in one range, stableswap) and the net
 * view. Every expected figure is worked by hand in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  GAS_POOL_KINDS,
  GAS_UNITS,
  LpInputError,
  enterExitGas,
  exitCostConcentrated,
  exitCostConstantProduct,
  exitCostStableswap,
  gasCostUsd,
  gasUnitsFor,
  netOverHorizon,
  priceHistoryRisk,
  rewardAprFromRate,
  rewardStress,
  rewardsOverHorizon,
} from '../../../core/index';

const close = (actual: Decimal, expected: string | number, digits = 12) =>
  expect(actual.minus(expected).abs().toNumber()).toBeLessThan(10 ** -digits);
const DAY_MS = 86_400_000;

describe('rewardAprFromRate', () => {
  it('0.5 AERO/s at $1.20 on $10M staked is 189.216 %', () => {
    // 0.5 * 1.2 = $0.60 a second; * 31,536,000 s = $18,921,600 a year; / $10,000,000 = 1.89216.
    expect(rewardAprFromRate({ ratePerSecond: '0.5', tokenPriceUsd: '1.2', stakedTvlUsd: '1e7' }).toString()).toBe(
      '1.89216',
    );
  });
  it('refuses a zero staked TVL', () => {
    expect(() => rewardAprFromRate({ ratePerSecond: 1, tokenPriceUsd: 1, stakedTvlUsd: 0 })).toThrow(LpInputError);
  });
});

describe('rewardsOverHorizon: nothing is paid past a stream end', () => {
  const now = 1_700_000_000_000;
  const result = rewardsOverHorizon({
    streams: [
      { apr: '0.3', endsAtMs: now + 10 * DAY_MS }, // ends 10 days into 30: pays 10/30 -> 0.3 / 3 = 0.1
      { apr: '0.06', endsAtMs: null }, // no end given: the whole horizon, 0.06
      { apr: '0.5', endsAtMs: now - DAY_MS }, // ended yesterday: 0
      { apr: '0.2', endsAtMs: now + 90 * DAY_MS }, // outlasts the horizon: 0.2
    ],
    nowMs: now,
    horizonDays: 30,
  });
  it('pays each stream its share of the horizon', () => {
    close(result.streams[0]!.horizonApr, '0.1');
    close(result.streams[0]!.paidDays, 10);
    expect(result.streams[0]!.endsWithinHorizon).toBe(true);
    expect(result.streams[1]!.horizonApr.toString()).toBe('0.06');
    expect(result.streams[2]!.horizonApr.toString()).toBe('0');
    expect(result.streams[2]!.endsWithinHorizon).toBe(true);
    expect(result.streams[3]!.horizonApr.toString()).toBe('0.2');
    expect(result.streams[3]!.endsWithinHorizon).toBe(false);
  });
  it('totals 0.1 + 0.06 + 0 + 0.2 = 0.36', () => {
    close(result.totalApr, '0.36');
    expect(result.basis).toBe('paid-until-end');
  });
});

describe('rewardStress: a linear fall, rewards valued as paid', () => {
  it('a stream paying the whole horizon is worth 1 - fall/2 of its APR', () => {
    // fall 50 %: the average price over the horizon is 75 % of today's; 1.00 * 0.75 + fee 0.10 = 0.85.
    const stress = rewardStress({
      feeApr: '0.1',
      streams: [{ horizonApr: '1', paidShare: '1', falls: true }],
      fall: '0.5',
    });
    expect(stress.rewardApr.toString()).toBe('0.75');
    expect(stress.totalApr.toString()).toBe('0.85');
    expect(stress.basis).toBe('linear-fall-valued-as-paid');
  });
  it('a stream ending a third into the horizon is paid while the price is higher; other tokens stay', () => {
    // Paid over the first third: average factor 1 - 0.5 * (1/3) / 2 = 11/12; 0.1 * 11/12 = 0.091666...
    // + 0.06 (another token, unchanged) = 0.151666...; + fee 0.2 = 0.351666...
    const stress = rewardStress({
      feeApr: '0.2',
      streams: [
        { horizonApr: '0.1', paidShare: new Decimal(1).div(3), falls: true },
        { horizonApr: '0.06', paidShare: '1', falls: false },
      ],
      fall: '0.5',
    });
    close(stress.rewardApr, 0.1 * (11 / 12) + 0.06);
    close(stress.totalApr, 0.2 + 0.1 * (11 / 12) + 0.06);
  });
});

describe('priceHistoryRisk', () => {
  it('worst drawdown and volatility of 100, 120, 60, 90', () => {
    // Peak 120, trough 60 after it: fell (120 - 60) / 120 = 50 %.
    // Log returns ln 1.2 = 0.1823216, ln 0.5 = -0.6931472, ln 1.5 = 0.4054651; mean ln(0.9)/3 = -0.0351202;
    // squared deviations 0.0474914 + 0.4319183 + 0.1950134 = 0.6744231 (the sum of squares less 3 * mean^2);
    // sample variance / 2 = 0.3372116, stdev 0.5806875, * sqrt(365) = 11.094018.
    const risk = priceHistoryRisk([100, 120, 60, 90]);
    expect(risk.maxDrawdown.toString()).toBe('0.5');
    close(risk.volatility!, '11.0940182314', 8);
    expect(risk.days).toBe(4);
  });
  it('a rising series has no drawdown; two prices give no volatility', () => {
    const risk = priceHistoryRisk(['1', '2']);
    expect(risk.maxDrawdown.toString()).toBe('0');
    expect(risk.volatility).toBeNull();
  });
});

describe('gas units table: every number has a source', () => {
  it('each entry names a repository, a file and a 40-hex commit', () => {
    for (const kind of GAS_POOL_KINDS) {
      for (const entry of Object.values(GAS_UNITS[kind])) {
        expect(entry.source).toMatch(/^[\w-]+\/[\w.-]+ \S+ @ [0-9a-f]{40}, "/);
        expect(entry.units).toBeGreaterThan(21_000);
      }
    }
  });
  it('v3 from the periphery snapshots as read', () => {
    // NonfungiblePositionManager.spec.ts.snap: "#mint gas first mint for ticks" 434903, "multicall exit gas" 178028.
    expect(gasUnitsFor('uniswap-v3', 'deposit')!.units).toBe(434_903);
    expect(gasUnitsFor('uniswap-v3', 'withdraw')!.units).toBe(178_028);
    expect(gasUnitsFor('uniswap-v3', 'collect')!.units).toBe(61_245);
  });
  it('v4 forge snapshots get the 21,000 base cost added', () => {
    // PosMGasTest.json: mint_withClose 399971 + 21000 = 420971; burn_nonEmpty_withClose 52363 + 21000 = 73363.
    expect(gasUnitsFor('uniswap-v4', 'deposit')!.units).toBe(420_971);
    expect(gasUnitsFor('uniswap-v4', 'withdraw')!.units).toBe(73_363);
  });
  it('what no source measured is unknown, not guessed', () => {
    expect(gasUnitsFor('uniswap-v2', 'deposit')).toBeNull();
    expect(gasUnitsFor('curve-stableswap', 'withdraw')).toBeNull();
    expect(gasUnitsFor('solidly-gauge', 'stake')).toBeNull();
    expect(enterExitGas('balancer-weighted')).toBeNull();
    expect(enterExitGas('uniswap-v3', { staked: true })).toBeNull();
  });
  it('enter and exit for v3: 434,903 in, 178,028 out, two transactions', () => {
    const gas = enterExitGas('uniswap-v3')!;
    expect(gas.enterUnits.toNumber()).toBe(434_903);
    expect(gas.exitUnits.toNumber()).toBe(178_028);
    expect(gas.transactions).toBe(2);
    expect(gas.sources).toHaveLength(2);
  });
});

describe('gasCostUsd', () => {
  it('200,000 gas at 20 gwei with ETH at $3,000 is $12', () => {
    // 200,000 * 20e9 wei = 4e15 wei = 0.004 ETH; * $3,000 = $12.
    expect(gasCostUsd(200_000, '20000000000', '3000').toString()).toBe('12');
  });
  it('adds the L1 data fee', () => {
    // + 1e14 wei = 0.0001 ETH = $0.30.
    expect(gasCostUsd(200_000, '20000000000', '3000', '100000000000000').toString()).toBe('12.3');
  });
});

describe('exit cost, v2 (x * y = k with the fee)', () => {
  it('10 % of a 1000/1000 pool, fee 0.3 %, into token0', () => {
    // Withdraw 100 + 100; reserves left 900/900. getAmountOut(100, 900, 900):
    // 100 * 997 * 900 / (900 * 1000 + 100 * 997) = 89,730,000 / 999,700 = 89.75692707812...
    // Received 189.75692707812 of a fair 200: cost 1 - 189.75692707812 / 200 = 0.0512153646...
    const exit = exitCostConstantProduct({
      reserve0: 1000,
      reserve1: 1000,
      share: '0.1',
      fee: '0.003',
      into: 'token0',
    });
    close(exit.cost, 1 - (100 + 89_730_000 / 999_700) / 200);
    expect(exit.bound).toBe('exact');
  });
  it('agrees with the integer getAmountOut of UniswapV2Library on raw reserves', () => {
    // Reserves 5e21 / 1.2e25 (5,000 ETH / 12M USDC-like at 18 decimals), withdrawing 1 %, into token1.
    const r0 = 5_000n * 10n ** 18n;
    const r1 = 12_000_000n * 10n ** 18n;
    const a0 = r0 / 100n;
    const a1 = r1 / 100n;
    const reserveIn = r0 - a0;
    const reserveOut = r1 - a1;
    const inWithFee = a0 * 997n;
    const out = (inWithFee * reserveOut) / (reserveIn * 1000n + inWithFee);
    const fair = new Decimal(a1.toString()).plus(new Decimal(a0.toString()).mul(r1.toString()).div(r0.toString()));
    const expected = new Decimal(1).minus(new Decimal((a1 + out).toString()).div(fair));
    const exit = exitCostConstantProduct({
      reserve0: '5000',
      reserve1: '12000000',
      share: '0.01',
      fee: '0.003',
      into: 'token1',
    });
    close(exit.cost, expected.toString(), 18);
  });
});

describe('exit cost, v3 within one tick range (constant L)', () => {
  it('L = 1000 at P = 1: selling 10 token1 moves sqrtP from 1 to 1.01', () => {
    // out0 = L (1/1 - 1/1.01) = 1000 * 0.01 / 1.01 = 9.900990099; received 19.900990099 of a fair 20:
    // cost = (10 - 10/1.01) / 20 = 0.1 / 1.01 / 20 = 0.00495049504950...
    const exit = exitCostConcentrated({
      liquidity: 1000,
      price: 1,
      rangeLower: '0.9',
      rangeUpper: '1.1',
      amount0: 10,
      amount1: 10,
      fee: 0,
      into: 'token0',
    });
    close(exit.cost, 0.1 / 1.01 / 20, 15);
    expect(exit.bound).toBe('exact');
  });
  it('equals x * y = k when the range is wide and the fee zero (L = sqrt(x y))', () => {
    // v2 pool 1000/1000 after the withdrawal is L = 1000; selling 10 token1 there gives 10 * 1000 / 1010 = 9.90099,
    // the same as above. Into token1, selling 10 token0: 1/sqrtP' = 1 + 0.01, out1 = 1000 (1 - 1/1.01) likewise.
    const exit = exitCostConcentrated({
      liquidity: 1000,
      price: 1,
      rangeLower: '1e-6',
      rangeUpper: '1e6',
      amount0: 10,
      amount1: 10,
      fee: 0,
      into: 'token1',
    });
    close(exit.cost, (10 - (10 * 1000) / 1010) / 20, 15);
  });
  it('a swap leaving the range gives a stated lower bound', () => {
    // Range top sqrt = 1.01 (price 1.0201). 10 token1 reach it (out 10/1.01); the other 10 at best at the
    // top price: 10 / 1.0201. Cost at least 1 - (10/1.01 + 10/1.0201) / 20 = 0.014802...
    const exit = exitCostConcentrated({
      liquidity: 1000,
      price: 1,
      rangeLower: '0.9',
      rangeUpper: '1.0201',
      amount0: 0,
      amount1: 20,
      fee: 0,
      into: 'token0',
    });
    expect(exit.bound).toBe('at-least');
    close(exit.cost, 1 - (10 / 1.01 + 10 / 1.0201) / 20, 14);
  });
});

describe('exit cost, stableswap (get_y)', () => {
  it('with A near 0 the invariant is x * y = k: the v2 figure without fee', () => {
    // 10 % of 1000/1000, fee 0: 100 + 100 * 900 / (900 + 100) = 190 of 200, cost 0.05.
    const exit = exitCostStableswap({ balances: [1000, 1000], amplification: '1e-9', share: '0.1', fee: 0, into: 0 });
    close(exit.cost, '0.05', 6);
  });
  it('a high A keeps the cost tiny; a balanced 3-pool costs at most the fee and a little more', () => {
    const flat = exitCostStableswap({ balances: [1000, 1000], amplification: 1e6, share: '0.1', fee: 0, into: 1 });
    expect(flat.cost.toNumber()).toBeLessThan(1e-5);
    const tri = exitCostStableswap({
      balances: [1e6, 1e6, 1e6],
      amplification: 2000,
      share: '0.01',
      fee: '0.0001',
      into: 0,
    });
    // Two thirds of the deposit is swapped, paying the 0.01 % fee: at least 0.0000666..., plus a little impact.
    expect(tri.cost.toNumber()).toBeGreaterThan(0.0001 * (2 / 3));
    expect(tri.cost.toNumber()).toBeLessThan(0.0002);
  });
});

describe('netOverHorizon', () => {
  it('fees 100 + rewards 50 - LVR 30 - gas 12 - exit 8 = 100; break-even 5 days', () => {
    // Earning (100 + 50 - 30) / 30 days = $4 a day; gas + exit = $20; 20 / 4 = 5 days.
    const net = netOverHorizon({
      horizonDays: 30,
      feesUsd: 100,
      rewardsUsd: 50,
      lvrUsd: 30,
      gasUsd: 12,
      exitCostUsd: 8,
    });
    expect(net.netUsd.toString()).toBe('100');
    expect(net.parts.gas!.toString()).toBe('-12');
    expect(net.breakEvenDays!.toString()).toBe('5');
    expect(net.missing).toEqual([]);
  });
  it('unknown gas is missing, not zero, and there is no break-even', () => {
    const net = netOverHorizon({ horizonDays: 30, feesUsd: 100, lvrUsd: 30 });
    expect(net.missing).toEqual(['rewards', 'gas', 'exitCost']);
    expect(net.netUsd.toString()).toBe('70');
    expect(net.breakEvenDays).toBeNull();
  });
  it('a position that earns nothing net never breaks even', () => {
    const net = netOverHorizon({ horizonDays: 30, feesUsd: 10, lvrUsd: 30, gasUsd: 5, exitCostUsd: 1 });
    expect(net.breakEvenDays).toBeNull();
  });
});
