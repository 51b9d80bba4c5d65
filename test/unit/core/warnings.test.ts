/** Each rule fires at its thresholds with the measured value and its sentence; unknown inputs skip it. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal, WARNING_RULES, analyzePosition, evaluateWarnings, type WarningContext } from '../../../core/index';
import { limitText, valueText } from '../../../core/warnings/format';

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
  // The position's own APR counts too: 4.52 (452 %) against a pool at 30 % is above the 200 % limit.
  ['fee-apr-outlier', { poolFeeApr: d('0.3'), positionFeeApr: d('4.52') }, 'warning', '4.52'],
  ['fee-apr-outlier', { positionFeeApr: d('4.52') }, 'warning', '4.52'],
  ['fee-apr-outlier', { poolFeeApr: d('12'), positionFeeApr: d('4.52') }, 'danger', '12'],
  ['fee-apr-outlier', { poolFeeApr: d('0.3'), positionFeeApr: d('0.9') }, null, null],
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
    // The fee-APR rule needs either APR: with neither known it is skipped and names both.
    expect(skipped.find((s) => s.id === 'fee-apr-outlier')!.missing).toEqual(['poolFeeApr', 'positionFeeApr']);
  });

  it('hits come most severe first', () => {
    const { hits } = evaluateWarnings({ tvlUsd: d(50000), poolAgeDays: d('0.5'), volume24hUsd: d(2000) });
    expect(hits.map((h) => h.severity)).toEqual(['danger', 'warning', 'info']);
  });
});

describe('warnings from a full analysis', () => {
  it("a narrow concentrated position: its own fee APR is judged, not only the pool's", () => {
    // Pool APR = 100,000 x 0.003 x 365 / 1,000,000 = 10.95 %: unremarkable. The range [1950, 2050] around 2000
    // concentrates the deposit, so the position's own APR is hundreds of percent: that is what the user sees.
    const a = analyzePosition({
      pool: { kind: 'concentrated', price: 2000, priceLower: 1950, priceUpper: 2050 },
      feeTier: '0.003',
      tvlUsd: '1000000',
      volume24hUsd: '100000',
      depositUsd: '1000',
      horizonDays: '30',
      volatility: '0.5',
    });
    expect(a.poolFeeApr.toString()).toBe('0.1095');
    expect(a.positionFeeApr.gt(2)).toBe(true);
    const hit = a.warnings.hits.find((h) => h.id === 'fee-apr-outlier')!;
    expect(hit.severity).toBe('warning');
    expect(hit.value.eq(a.positionFeeApr)).toBe(true);
    expect(hit.title).toMatch(/^Your position's fee APR of [1-9]\d\d % is implausibly high, above 200 %$/);
    expect(hit.reason).toContain("(pool's 11 %; 24 h volume 10 % of TVL)");
  });

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

/** [rule id, context, expected headline]: what was measured, its value and the limit it crossed. */
const headlines: [string, WarningContext, string][] = [
  // 0.143 / 0.1 = 1.43: fees cover LVR, but under the 1.5x safety margin: a warning, not "do not cover".
  [
    'fees-below-lvr',
    { positionFeeApr: d('0.143'), lvrPerYear: d('0.1'), volatility: d('0.8') },
    'Fees cover the expected LVR only 1.43× (safe above 1.5×)',
  ],
  // 0.08 / 0.1 = 0.8: under 1x, the fees do not cover it.
  [
    'fees-below-lvr',
    { positionFeeApr: d('0.08'), lvrPerYear: d('0.1'), volatility: d('0.8') },
    'Fees do not cover the expected LVR: 0.80× (needs more than 1×)',
  ],
  // 0.14996 / 0.1 = 1.4996 would show "1.50×" beside "safe above 1.5×": shown with the digits that separate them.
  [
    'fees-below-lvr',
    { positionFeeApr: d('0.14996'), lvrPerYear: d('0.1'), volatility: d('0.8') },
    'Fees cover the expected LVR only 1.4996× (safe above 1.5×)',
  ],
  // 0.0000004 / 0.08 = 0.000005: tiny, but not "0×".
  [
    'fees-below-lvr',
    { positionFeeApr: d('0.0000004'), lvrPerYear: d('0.08'), volatility: d('0.8') },
    'Fees do not cover the expected LVR: 0.000005× (needs more than 1×)',
  ],
  [
    'price-out-of-range',
    { kind: 'concentrated', outOfRange: true },
    'Price is outside your range: the position earns no fees',
  ],
  // Daily sigma 0.8 / sqrt(365) = 0.0418739; 0.02 / 0.0418739 = 0.4776 -> 0.48x; 0.03 / 0.0418739 = 0.7164 -> 0.72x.
  [
    'range-narrower-than-daily-move',
    { kind: 'concentrated', outOfRange: false, rangeHalfWidthLog: d('0.02'), volatility: d('0.8') },
    "Nearer range edge is only 0.48× a typical day's move away, under 0.5×",
  ],
  [
    'range-narrower-than-daily-move',
    { kind: 'concentrated', outOfRange: false, rangeHalfWidthLog: d('0.03'), volatility: d('0.8') },
    "Nearer range edge is only 0.72× a typical day's move away, under 1×",
  ],
  // 12 = 1,200 %, above the 1,000 % danger limit.
  ['fee-apr-outlier', { poolFeeApr: d('12') }, 'Pool fee APR of 1,200 % is implausibly high, above 1,000 %'],
  // A concentrated calculator position at 4.52 = 452 %, the pool at 30 %: the position's APR is the one judged.
  [
    'fee-apr-outlier',
    { kind: 'concentrated', poolFeeApr: d('0.3'), positionFeeApr: d('4.52') },
    "Your position's fee APR of 452 % is implausibly high, above 200 %",
  ],
  // 0.9 / (0.9 + 0.1) = 90 %; 0.6 / (0.6 + 0.4) = 60 %.
  [
    'reward-dominated-apr',
    { rewardApr: d('0.9'), poolFeeApr: d('0.1') },
    'Rewards are 90 % of the advertised return, more than 80 %',
  ],
  [
    'reward-dominated-apr',
    { rewardApr: d('0.6'), poolFeeApr: d('0.4') },
    'Rewards are 60 % of the advertised return, more than 50 %',
  ],
  ['low-tvl', { tvlUsd: d(5000) }, 'Pool holds only $5,000.00, under $10,000'],
  ['low-tvl', { tvlUsd: d(50000) }, 'Pool holds only $50,000, under $100,000'],
  // 500 / 100,000 = 0.5 %; 3,000 / 100,000 = 3 %.
  ['low-volume-to-tvl', { volume24hUsd: d(500), tvlUsd: d(100000) }, '24 h volume is only 0.50 % of TVL, under 1 %'],
  ['low-volume-to-tvl', { volume24hUsd: d(3000), tvlUsd: d(100000) }, '24 h volume is only 3.00 % of TVL, under 5 %'],
  ['new-pool', { poolAgeDays: d('0.5') }, 'Pool is 0.5 days old, younger than 1 day'],
  ['new-pool', { poolAgeDays: d(3) }, 'Pool is 3.0 days old, younger than 7 days'],
  ['new-pool', { poolAgeDays: d(20) }, 'Pool is 20.0 days old, younger than 30 days'],
  // |0.97 - 1| = 3 %; |1.01 - 1| = 1 %, over the 0.5 % warning limit.
  [
    'stable-off-peg',
    { kind: 'stableswap', pegPrice: d('0.97') },
    'Stable pair trades 3.00 % off its peg, more than 2 %',
  ],
  [
    'stable-off-peg',
    { kind: 'stableswap', pegPrice: d('1.01') },
    'Stable pair trades 1.00 % off its peg, more than 0.5 %',
  ],
  // 20 / 30 = 0.667 -> 0.67x; 20 / 10 = 2x; 0 / 10 = exactly 0x.
  [
    'gas-eats-fees',
    { gasCostUsd: d(30), expectedFeesUsd: d(20) },
    'Fees do not cover the gas: 0.67× the cost to enter and exit (needs more than 1×)',
  ],
  [
    'gas-eats-fees',
    { gasCostUsd: d(10), expectedFeesUsd: d(20) },
    'Fees are only 2.00× the gas to enter and exit (safe above 4×)',
  ],
  [
    'gas-eats-fees',
    { gasCostUsd: d(10), expectedFeesUsd: d(0) },
    'Fees do not cover the gas: 0× the cost to enter and exit (needs more than 1×)',
  ],
];

describe('each hit says what it measured, the value and the limit it crossed', () => {
  it.each(headlines)('%s on %j', (id, ctx, title) => {
    const rule = WARNING_RULES.find((r) => r.id === id)!;
    const { hits } = evaluateWarnings(ctx, [rule]);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.title).toBe(title);
  });

  it('every rule with a figure has a headline for every threshold it can cross', () => {
    const ids = new Set(headlines.map(([id]) => id));
    expect([...ids].sort()).toEqual(WARNING_RULES.map((r) => r.id).sort());
  });

  it('the static title is a neutral name of the check, with no figure in it (it names skipped rules)', () => {
    for (const rule of WARNING_RULES) {
      expect(rule.title).not.toMatch(/\d|not cover|implausibly|only/);
    }
    const { skipped } = evaluateWarnings({});
    expect(skipped.find((s) => s.id === 'fees-below-lvr')!.title).toBe(
      'Fees against the expected loss to arbitrage (LVR)',
    );
  });

  it('the position-APR sentence says which APR was judged and gives the pool figure beside it', () => {
    const rule = WARNING_RULES.find((r) => r.id === 'fee-apr-outlier')!;
    const { hits } = evaluateWarnings(
      { poolFeeApr: d('0.3'), positionFeeApr: d('4.52'), volume24hUsd: d(300), tvlUsd: d(1000) },
      [rule],
    );
    expect(hits[0]!.reason).toContain("Your position's fee APR of 452 % (pool's 30 %; 24 h volume 30 % of TVL)");
  });

  it('small figures never read as zero in a sentence: a fee APR of 0.4 % is not "0 %"', () => {
    // 0.004 / 0.08 = 0.05x; volatility 0.004 = 0.4 %, formerly printed with 0 decimals as "0 %".
    const rule = WARNING_RULES.find((r) => r.id === 'fees-below-lvr')!;
    const { hits } = evaluateWarnings({ positionFeeApr: d('0.00004'), lvrPerYear: d('0.08'), volatility: d('0.004') }, [
      rule,
    ]);
    expect(hits[0]!.reason).toBe(
      'Your fee APR of 0.004 % is 0.0005× the expected loss-versus-rebalancing of 8.00 % a year at 0.4 % volatility: below 1× arbitrageurs are expected to take more from the position than it earns in fees.',
    );
    expect(hits[0]!.reason).not.toMatch(/ 0 %| 0×|0x/);
  });
});

describe('value beside limit', () => {
  it('limits read as round numbers', () => {
    expect(limitText('multiple', d('1.5'))).toBe('1.5×');
    expect(limitText('multiple', d(1))).toBe('1×');
    expect(limitText('fraction', d('0.005'))).toBe('0.5 %');
    expect(limitText('usd', d(10000))).toBe('$10,000');
    expect(limitText('days', d(1))).toBe('1 day');
  });

  it('a value never rounds onto the limit it crossed', () => {
    expect(valueText('multiple', d('0.999'), d(1))).toBe('0.999×');
    expect(valueText('fraction', d('0.004999'), d('0.005'))).toBe('0.4999 %');
    // $9,999.996 shows as "$10,000" at any precision the formatter allows: said in words.
    expect(valueText('usd', d('9999.996'), d(10000))).toBe('just under $10,000');
    expect(valueText('multiple', d('1.4999999999'), d('1.5'))).toBe('just under 1.5×');
  });
});

describe('any context: sentences stay readable and fit the overlay message', () => {
  const magnitude = fc
    .tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: -30, max: 30 }))
    .map(([mantissa, exponent]) => new Decimal(`${mantissa}e${exponent}`));
  const context = fc.record(
    {
      kind: fc.constantFrom('constant-product' as const, 'concentrated' as const, 'stableswap' as const),
      positionFeeApr: magnitude,
      poolFeeApr: magnitude,
      lvrPerYear: magnitude,
      volatility: magnitude,
      outOfRange: fc.boolean(),
      rangeHalfWidthLog: magnitude,
      rewardApr: magnitude,
      tvlUsd: magnitude,
      volume24hUsd: magnitude,
      poolAgeDays: magnitude,
      pegPrice: magnitude,
      gasCostUsd: magnitude,
      expectedFeesUsd: magnitude,
    },
    { requiredKeys: [] },
  );

  it('titles fit 120 characters and reasons 600 (the overlay schema), with no raw number text', () => {
    fc.assert(
      fc.property(context, (ctx) => {
        for (const hit of evaluateWarnings(ctx).hits) {
          expect(hit.title.length).toBeLessThanOrEqual(120);
          expect(hit.reason.length).toBeLessThanOrEqual(600);
          for (const text of [hit.title, hit.reason]) {
            // No ungrouped integer of four or more digits (a raw toString()), no "x" for a multiple.
            expect(text).not.toMatch(/NaN|Infinity|undefined|(?<![.\d])\d{4,}|\dx\b/);
          }
          // The limit crossed is in the headline (the yes/no range rule has no figure to show).
          if (hit.id !== 'price-out-of-range') expect(hit.title).toContain(limitText(hit.unit, hit.threshold));
        }
      }),
      { numRuns: 500 },
    );
  });
});
