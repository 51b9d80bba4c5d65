/** Each rule fires at its thresholds with the measured value and its sentence; unknown inputs skip it. */
import { describe, expect, it } from 'vitest';
import { Decimal, WARNING_RULES, analyzePosition, evaluateWarnings, type WarningContext } from '../../../core/index';

const d = (x: string | number) => new Decimal(x);

/** [rule id, context, expected severity (null = no hit), expected measured value] */
const cases: [string, WarningContext, string | null, string | null][] = [
  ['fees-below-lvr', { positionFeeApr: d('0.05'), lvrPerYear: d('0.08'), volatility: d('0.8') }, 'danger', '0.625'],
  ['fees-below-lvr', { positionFeeApr: d('0.1'), lvrPerYear: d('0.08'), volatility: d('0.8') }, 'warning', '1.25'],
  ['fees-below-lvr', { positionFeeApr: d('0.2'), lvrPerYear: d('0.08'), volatility: d('0.8') }, null, null],
  ['price-out-of-range', { kind: 'concentrated', outOfRange: true }, 'danger', '1'],
  ['price-out-of-range', { kind: 'concentrated', outOfRange: false }, null, null],
  ['price-out-of-range', { kind: 'constant-product' }, null, null],
  // daily sigma of 80 %/yr = 0.8 / sqrt(365) = 0.041874; a 0.02 half-width is 0.4776 of it.
  [
    'range-narrower-than-daily-move',
    { kind: 'concentrated', outOfRange: false, rangeHalfWidthLog: d('0.02'), volatility: d('0.8') },
    'danger',
    null,
  ],
  [
    'range-narrower-than-daily-move',
    { kind: 'concentrated', outOfRange: false, rangeHalfWidthLog: d('0.03'), volatility: d('0.8') },
    'warning',
    null,
  ],
  [
    'range-narrower-than-daily-move',
    { kind: 'concentrated', outOfRange: false, rangeHalfWidthLog: d('0.2'), volatility: d('0.8') },
    null,
    null,
  ],
  ['fee-apr-outlier', { poolFeeApr: d('12'), volume24hUsd: d(1), tvlUsd: d(1) }, 'danger', '12'],
  ['fee-apr-outlier', { poolFeeApr: d('2.5'), volume24hUsd: d(1), tvlUsd: d(1) }, 'warning', '2.5'],
  ['fee-apr-outlier', { poolFeeApr: d('0.3'), volume24hUsd: d(1), tvlUsd: d(1) }, null, null],
  ['reward-dominated-apr', { rewardApr: d('0.9'), poolFeeApr: d('0.1') }, 'danger', '0.9'],
  ['reward-dominated-apr', { rewardApr: d('0.6'), poolFeeApr: d('0.4') }, 'warning', '0.6'],
  ['reward-dominated-apr', { rewardApr: d('0.1'), poolFeeApr: d('0.4') }, null, null],
  ['low-tvl', { tvlUsd: d(5000) }, 'danger', '5000'],
  ['low-tvl', { tvlUsd: d(50000) }, 'warning', '50000'],
  ['low-tvl', { tvlUsd: d(100000) }, null, null],
  ['low-volume-to-tvl', { volume24hUsd: d(500), tvlUsd: d(100000) }, 'warning', '0.005'],
  ['low-volume-to-tvl', { volume24hUsd: d(3000), tvlUsd: d(100000) }, 'info', '0.03'],
  ['low-volume-to-tvl', { volume24hUsd: d(50000), tvlUsd: d(100000) }, null, null],
  ['new-pool', { poolAgeDays: d('0.5') }, 'danger', '0.5'],
  ['new-pool', { poolAgeDays: d(3) }, 'warning', '3'],
  ['new-pool', { poolAgeDays: d(20) }, 'info', '20'],
  ['new-pool', { poolAgeDays: d(90) }, null, null],
  ['stable-off-peg', { pegPrice: d('0.97') }, 'danger', '0.03'],
  ['stable-off-peg', { pegPrice: d('1.01') }, 'warning', '0.01'],
  ['stable-off-peg', { pegPrice: d('1.001') }, null, null],
  ['gas-eats-fees', { gasCostUsd: d(30), expectedFeesUsd: d(20) }, 'danger', null],
  ['gas-eats-fees', { gasCostUsd: d(10), expectedFeesUsd: d(20) }, 'warning', '2'],
  ['gas-eats-fees', { gasCostUsd: d(10), expectedFeesUsd: d(0) }, 'danger', '0'],
  ['gas-eats-fees', { gasCostUsd: d(1), expectedFeesUsd: d(20) }, null, null],
];

describe('warning rules', () => {
  it.each(cases)('%s on %j -> %s', (id, ctx, severity, value) => {
    const rule = WARNING_RULES.find((r) => r.id === id)!;
    const { hits, skipped } = evaluateWarnings(ctx, [rule]);
    expect(skipped).toEqual([]);
    expect(hits[0]?.severity ?? null).toBe(severity);
    if (value !== null) expect(hits[0]!.value.toString()).toBe(value);
    if (hits[0]) {
      expect(hits[0].reason.length).toBeGreaterThan(30);
      expect(hits[0].reason).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('rule ids are unique and every rule has thresholds ordered from most severe', () => {
    const ids = WARNING_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rank = { danger: 0, warning: 1, info: 2 };
    for (const rule of WARNING_RULES) {
      const ranks = rule.thresholds.map((t) => rank[t.severity]);
      expect([...ranks].sort()).toEqual(ranks);
    }
  });

  it('a rule whose inputs are unknown is skipped and says what is missing', () => {
    const { hits, skipped } = evaluateWarnings({ tvlUsd: d(5000) });
    expect(hits.map((h) => h.id)).toEqual(['low-tvl']);
    expect(skipped.find((s) => s.id === 'new-pool')!.missing).toEqual(['poolAgeDays']);
    expect(skipped.find((s) => s.id === 'gas-eats-fees')!.missing).toEqual(['gasCostUsd', 'expectedFeesUsd']);
  });

  it('hits come most severe first', () => {
    const { hits } = evaluateWarnings({ tvlUsd: d(50000), poolAgeDays: d('0.5'), volume24hUsd: d(2000) });
    expect(hits.map((h) => h.severity)).toEqual(['danger', 'warning', 'info']);
  });
});

describe('warnings from a full analysis', () => {
  it('a thin, young, low-fee pool at high volatility', () => {
    const a = analyzePosition({
      pool: { kind: 'constant-product' },
      feeTier: '0.003',
      tvlUsd: '50000',
      volume24hUsd: '400',
      depositUsd: '100',
      horizonDays: '30',
      volatility: '1.2',
      poolAgeDays: '2',
      gasCostUsd: '15',
    });
    const ids = a.warnings.hits.map((h) => `${h.id}:${h.severity}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'fees-below-lvr:danger',
        'gas-eats-fees:danger',
        'low-tvl:warning',
        'low-volume-to-tvl:warning',
        'new-pool:warning',
      ]),
    );
    expect(a.warnings.skipped.map((s) => s.id)).toEqual(['reward-dominated-apr']);
  });
});
