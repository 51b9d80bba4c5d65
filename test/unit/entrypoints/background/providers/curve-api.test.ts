/**
 * Curve's API parser and name index, against the recorded-shape answer of
 * `GET https://api.curve.finance/v1/getPools/ethereum/main` (test/fixtures/api/README.md says where its shape
 * comes from: curvefi/curve-api getPools and curvefi/curve-frontend's PoolFromApi type).
 */
import { said } from '../../../said';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  addressInIndex,
  curvePoolsUrl,
  parseCurvePool,
  parseCurvePoolIndex,
  registriesForName,
  validCurvePoolIndex,
} from '../../../../../entrypoints/background/providers/curve-api';
import { PoolFiguresSchema } from '../../../../../lib/messages/pool-data';

const MAIN = readFileSync(
  new URL('../../../../fixtures/api/curve/getpools-ethereum-main.json', import.meta.url),
  'utf8',
);
const THREE_POOL = '0xbebc44782c7db0a1a60cb6fe97d0b483032ff1c7';
const COMPOUND = '0xa2b47e3d5c44877cca798226b7b8118f9bfb7a56';
const target = { chain: 'ethereum' as const, address: THREE_POOL };

/** The fixture with 3pool's entry changed by `edit`. */
function edited(edit: (pool: Record<string, unknown>) => void): unknown {
  const body = JSON.parse(MAIN) as { data: { poolData: Record<string, unknown>[] } };
  edit(body.data.poolData[0]!);
  return body;
}

describe('Curve pool names', () => {
  it.each([
    ['3pool', ['main', 'crypto']],
    ['tricrypto2', ['main', 'crypto']],
    ['factory-v2-41', ['factory']],
    ['factory-stable-ng-42', ['factory-stable-ng']],
    ['factory-crypto-7', ['factory-crypto']],
    ['factory-tricrypto-3', ['factory-tricrypto']],
    ['factory-twocrypto-12', ['factory-twocrypto']],
    ['factory-crvusd-0', ['factory-crvusd']],
  ])('%s is looked up in %j', (name, registries) => {
    expect(registriesForName(name)).toEqual(registries);
  });

  it('the URL names the chain by Curve blockchainId (Gnosis is xdai) and the registry', () => {
    expect(curvePoolsUrl('ethereum', 'main')).toBe('https://api.curve.finance/v1/getPools/ethereum/main');
    expect(curvePoolsUrl('gnosis', 'factory-stable-ng')).toBe(
      'https://api.curve.finance/v1/getPools/xdai/factory-stable-ng',
    );
    expect(curvePoolsUrl('solana', 'main')).toBeNull();
  });

  it('the index maps the id and the slug of the pool URLs to the address, and nothing else', () => {
    const index = parseCurvePoolIndex(MAIN)!;
    // main registry ids are registry indexes ("0"); the legacy name lives in poolUrls (.../pools/3pool/...).
    expect(index).toEqual({ '0': THREE_POOL, '3pool': THREE_POOL, '1': COMPOUND, compound: COMPOUND });
    expect(addressInIndex(index, '3pool')).toBe(THREE_POOL);
    expect(addressInIndex(index, '3POOL')).toBe(THREE_POOL);
    expect(addressInIndex(index, 'toString')).toBeNull();
    expect(addressInIndex(index, 'tricrypto2')).toBeNull();
    // What comes back from storage is checked again.
    expect(validCurvePoolIndex(JSON.parse(JSON.stringify(index)))).toEqual(index);
    expect(validCurvePoolIndex({ '3pool': 'not an address' })).toBeNull();
    expect(validCurvePoolIndex(['0x'])).toBeNull();
  });

  it('a body that is not a pool list gives no index', () => {
    expect(parseCurvePoolIndex('{"data": ')).toBeNull();
    expect(parseCurvePoolIndex({ success: false })).toBeNull();
    expect(parseCurvePoolIndex({ data: { poolData: 'x' } })).toBeNull();
  });
});

describe('parseCurvePool', () => {
  it("3pool: TVL, coins, balances in human units, A, and the gauge's rewards", () => {
    const result = parseCurvePool(MAIN, target, 'main', 1_000);
    expect(said(result)).toEqual({
      ok: true,
      provider: 'curve-api',
      fetchedAt: 1_000,
      figures: {
        name: 'Curve.fi DAI/USDC/USDT',
        tvlUsd: '499985000.5',
        coinCount: 3,
        coinSymbols: ['DAI', 'USDC', 'USDT'],
        // 160000000000000000000000000 / 10^18, 170000000000000 / 10^6 (twice)
        balances: ['160000000', '170000000', '170000000'],
        amplification: '2000',
        curveRewards: [
          {
            // gaugeCrvApy [1.2, 3] percent: 1.2 % unboosted is what staking alone earns.
            symbol: 'CRV',
            token: '0xd533a949740bb3306d119cc777fa900ba034cd52',
            apr: '0.012',
            endsAt: null,
            needsStaking: true,
            label: 'CRV 1.2 %–3.0 % (boost)',
          },
          {
            // LDO apy 0.75 percent = 0.0075; the CVX reward at 0 has stopped and is left out.
            symbol: 'LDO',
            token: '0x5a98fcbea516cf06857215779fd812ca3bef1b32',
            apr: '0.0075',
            endsAt: null,
            needsStaking: true,
            label: 'Curve gauge reward, LDO',
          },
        ],
      },
    });
    if (result.ok) expect(v.is(PoolFiguresSchema, result.figures)).toBe(true);
  });

  it('a cryptoswap registry gives no A: its A is not the stableswap amplification', () => {
    const result = parseCurvePool(MAIN, target, 'crypto', 1_000);
    if (!result.ok) throw new Error('expected figures');
    expect(result.figures.amplification).toBeUndefined();
    expect(result.figures.tvlUsd).toBe('499985000.5');
  });

  it('no CRV stream when the gauge pays none ([0, 0])', () => {
    const result = parseCurvePool(MAIN, { chain: 'ethereum', address: COMPOUND }, 'main', 1_000);
    if (!result.ok) throw new Error('expected figures');
    expect(result.figures.curveRewards).toBeUndefined();
    // 6500000000000000 / 10^8 and 6200000000000000 / 10^8
    expect(result.figures.balances).toEqual(['65000000', '62000000']);
  });

  it('a hostile coin symbol costs the symbols, never the rest; a hostile reward symbol costs that reward', () => {
    const body = edited((pool) => {
      (pool.coins as Record<string, unknown>[])[1]!.symbol = '<img src=x onerror=alert(1)>\u202E';
      (pool.gaugeRewards as Record<string, unknown>[])[0]!.symbol = 'A'.repeat(500);
    });
    const result = parseCurvePool(body, target, 'main', 1_000);
    if (!result.ok) throw new Error('expected figures');
    expect(result.figures.coinSymbols).toBeUndefined();
    expect(result.figures.balances).toEqual(['160000000', '170000000', '170000000']);
    expect(result.figures.curveRewards?.map((r) => r.symbol)).toEqual(['CRV']);
  });

  it('absurd figures are left out one by one: negative TVL, a fractional A, an APY range upside down', () => {
    const body = edited((pool) => {
      pool.usdTotal = -5;
      pool.amplificationCoefficient = '20.5';
      pool.gaugeCrvApy = [3, 1.2];
    });
    const result = parseCurvePool(body, target, 'main', 1_000);
    if (!result.ok) throw new Error('expected figures');
    expect(result.figures.tvlUsd).toBeUndefined();
    expect(result.figures.amplification).toBeUndefined();
    expect(result.figures.curveRewards?.map((r) => r.symbol)).toEqual(['LDO']);
    expect(result.figures.coinCount).toBe(3);
  });

  it('a pool the registry does not list, and a body that is not a list, are said plainly', () => {
    expect(said(parseCurvePool(MAIN, { chain: 'ethereum', address: `0x${'1'.repeat(40)}` }, 'main', 1))).toEqual({
      ok: false,
      provider: 'curve-api',
      reason: "Curve's API does not list this pool in its main registry",
    });
    expect(said(parseCurvePool('<html>', target, 'main', 1))).toEqual({
      ok: false,
      provider: 'curve-api',
      reason: "Curve's API answered without a pool list",
    });
  });
});
