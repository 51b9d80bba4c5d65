/**
 * Stableswap pools of three or more coins: the IL of one coin leaving the peg, from A and the coin count,
 * with the basis said (how many coins, A, where A was read, balanced model, the pool's own balances).
 */
import { describe, expect, it } from 'vitest';
import { detectPoolPage, stableswapBalancesN } from '../../../../core/index';
import type { PoolSnapshot } from '../../../../lib/messages/pool-data';
import { DEPEG_MOVES, liveAnalysis } from '../../../../lib/present/live-analysis';
import { buildOverlayView } from '../../../../lib/present/overlay-model';

const CURVE = { ref: detectPoolPage('https://curve.finance/dex/ethereum/pools/3pool/deposit') };
const NOW = 1_700_000_000_000;
const rpc = { provider: 'rpc', name: 'on-chain (JSON-RPC)', fetchedAt: NOW - 30_000 };
const api = { provider: 'curve-api', name: 'Curve API', fetchedAt: NOW - 60_000 };

function snapshot(figures: PoolSnapshot['figures'], aFrom = rpc): PoolSnapshot {
  return {
    chain: 'ethereum',
    address: '0xbebc44782c7db0a1a60cb6fe97d0b483032ff1c7',
    figures,
    sources: Object.fromEntries(Object.keys(figures).map((k) => [k, k === 'amplification' ? aFrom : api])),
  };
}
const options = { depositUsd: '1000', horizonDays: '30', page: CURVE };

describe('stableswap IL for n coins (one coin depegging)', () => {
  it('3 coins, A 2000: the figures match the invariant worked by hand', () => {
    const live = liveAnalysis(snapshot({ amplification: '2000', coinCount: 3 }), options, NOW);
    const il = Object.fromEntries(live.depeg!.rows.map((row) => [row.move.toString(), row.il.toNumber()]));
    expect(Object.keys(il)).toEqual([...DEPEG_MOVES]);
    // By hand, from the balances core solves for (D = 1, Ann = A n = 6000, one coin at p = 0.95):
    //   x = 0.9033248, y = 0.0496408 (the two others);
    //   invariant: Ann (x + 2y) + D - Ann D - D^4 / (27 x y^2)
    //     = 6000 x 1.0026064 + 1 - 6000 - 1 / (27 x 0.9033248 x 0.0024642) = 15.64 + 1 - 16.64 = 0 (to 2 places);
    //   IL = 3 (p x + 2 y) / (p + 2) - 1 = 3 (0.8581586 + 0.0992816) / 2.95 - 1 = -0.0263320.
    const { depegged: x, other: y } = stableswapBalancesN({ amplification: '2000', coins: 3, depeggedPrice: '0.95' });
    expect(x.toNumber()).toBeCloseTo(0.9033248, 6);
    expect(y.toNumber()).toBeCloseTo(0.0496408, 6);
    expect((3 * (0.95 * x.toNumber() + 2 * y.toNumber())) / 2.95 - 1).toBeCloseTo(-0.026332, 6);
    expect(il['-0.05']).toBeCloseTo(-0.026332, 6);
    // Larger moves lose more, and an upward move loses too (IL is never a gain).
    expect(il['-0.5']!).toBeLessThan(il['-0.2']!);
    expect(il['-0.2']!).toBeLessThan(il['-0.1']!);
    expect(il['0.01']!).toBeLessThan(0);
    expect(live.depeg!.moves).toBe('the price of one coin against the other 2');
    expect(live.depeg!.basis).toBe(
      "3 coins, A 2000, read on chain; modelled from a balanced pool (this one's balances were not read)",
    );
  });

  it('with balances: the model starts from them, the coin the pool holds most of moves; A from the API is named', () => {
    const live = liveAnalysis(
      snapshot(
        {
          amplification: '2000',
          coinCount: 3,
          balances: ['160000000', '170000000', '170000000'],
          coinSymbols: ['DAI', 'USDC', 'USDT'],
        },
        api,
      ),
      options,
      NOW,
    );
    // 160 / 500 = 32 %, 170 / 500 = 34 %; USDC is the first of the two largest balances.
    expect(live.depeg!.basis).toBe(
      "3 coins, A 2000, from Curve API; modelled from the pool's balances now (32.00 % / 34.00 % / 34.00 %), the coin it holds most of moving",
    );
    expect(live.depeg!.moves).toBe('the price of USDC against the other 2');
    // core's ilStableswapFromBalances, checked against Curve's integer _get_D / _get_y in
    // test/unit/core/stableswap-n-balances.test.ts: USDC at 0.95 -> -0.026010, at 0.9 -> -0.056332.
    const il = Object.fromEntries(live.depeg!.rows.map((row) => [row.move.toString(), row.il.toFixed(6)]));
    expect(il['-0.05']).toBe('-0.026010');
    expect(il['-0.1']).toBe('-0.056332');
    // Without symbols the coin is named by its place.
    const unnamed = liveAnalysis(
      snapshot({ amplification: '2000', coinCount: 3, balances: ['1', '1', '2'] }),
      options,
      NOW,
    );
    expect(unnamed.depeg!.moves).toBe('the price of coin 3 against the other 2');
  });

  it('4 coins: the model reaches the other 3, and matches core for n = 4', () => {
    const live = liveAnalysis(snapshot({ amplification: '100', coinCount: 4 }), options, NOW);
    const { depegged: x, other: y } = stableswapBalancesN({ amplification: '100', coins: 4, depeggedPrice: '0.9' });
    // IL = 4 (0.9 x + 3 y) / (0.9 + 3) - 1
    const byHand = (4 * (0.9 * x.toNumber() + 3 * y.toNumber())) / 3.9 - 1;
    expect(live.depeg!.rows.find((row) => row.move.eq('-0.1'))!.il.toNumber()).toBeCloseTo(byHand, 12);
    expect(live.depeg!.moves).toBe('the price of one coin against the other 3');
  });

  it('two coins keep the two-coin model; an unknown coin count is said, not guessed', () => {
    expect(liveAnalysis(snapshot({ amplification: '2000', coinCount: 2 }), options, NOW).depeg).toBeNull();
    const unknown = liveAnalysis(snapshot({ amplification: '2000' }), options, NOW);
    expect(unknown.depeg).toBeNull();
    expect(unknown.missing).toContain(
      'coin count: not read, so the IL of a pool of more than two coins is not modelled',
    );
  });

  it('the overlay shows the depeg rows as its IL table, with the basis', () => {
    const ref = CURVE.ref!;
    const view = buildOverlayView(
      ref,
      {},
      {
        live: { status: 'ok', snapshot: snapshot({ amplification: '2000', coinCount: 3 }), notes: [] },
        depositUsd: '1000',
        now: NOW,
      },
    );
    // -0.0263320 -> "-2.63 %"; -0.0569740 -> "-5.70 %" (core, A 2000, 3 coins, one coin at 0.95 / 0.9).
    expect(view.ilRows?.find((row) => row.key === '-0.05')?.il).toBe('-2.63 %');
    expect(view.ilRows?.find((row) => row.key === '-0.1')?.il).toBe('-5.70 %');
    expect(view.ilMoves).toBe('the price of one coin against the other 2');
    expect(view.ilBasis).toContain('3 coins, A 2000, read on chain');
  });
});
