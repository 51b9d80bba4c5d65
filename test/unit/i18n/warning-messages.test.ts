import { describe, expect, it } from 'vitest';
import { Decimal, LIQUIDITY_MINING_RULES, WARNING_RULES, evaluateRule, type WarningContext } from '../../../core/index';

const ALL_RULES = [...WARNING_RULES, ...LIQUIDITY_MINING_RULES];
import { skippedTitle, warningReason, warningTitle } from '../../../lib/present/warning-text';

const d = (text: string) => new Decimal(text);

/** A token whose every finding is bad: fires each token rule once. */
const BAD_TOKEN = {
  symbol: 'SCAM',
  wellKnown: false,
  honeypot: true,
  mintable: true,
  ownerCanChangeBalance: true,
  hiddenOwner: true,
  blacklist: true,
  proxy: true,
  openSource: false,
  buyTax: d('0.02'),
  sellTax: d('0.2'),
  lpLockedShare: d('0.3'),
  topHoldersShare: d('0.7'),
};

/** Contexts that fire every rule at each severity and in each wording. */
const CONTEXTS: WarningContext[] = [
  { positionFeeApr: d('0.01'), lvrPerYear: d('0.025'), volatility: d('0.6') },
  { positionFeeApr: d('0.03'), lvrPerYear: d('0.025'), volatility: d('0.6') },
  { outOfRange: true, kind: 'concentrated' },
  { rangeHalfWidthLog: d('0.01'), volatility: d('0.8'), kind: 'concentrated' },
  { rangeHalfWidthLog: d('0.04'), volatility: d('0.8'), kind: 'concentrated' },
  { rewardApr: d('0.9'), poolFeeApr: d('0.1') },
  { rewardApr: d('0.6'), poolFeeApr: d('0.4') },
  { tvlUsd: d('5000'), volume24hUsd: d('10') },
  { tvlUsd: d('50000'), volume24hUsd: d('1000') },
  { poolAgeDays: d('0.5') },
  { poolAgeDays: d('3') },
  { poolAgeDays: d('20') },
  { pegPrice: d('0.97'), kind: 'stableswap' },
  { pegPrice: d('0.99'), kind: 'stableswap' },
  { gasCostUsd: d('50'), expectedFeesUsd: d('10') },
  { gasCostUsd: d('50'), expectedFeesUsd: d('100') },
  { poolFeeApr: d('12') },
  { poolFeeApr: d('12'), volume24hUsd: d('1e6'), tvlUsd: d('1e5') },
  { poolFeeApr: d('0.5'), positionFeeApr: d('4.52') },
  { poolFeeApr: d('0.5'), positionFeeApr: d('4.52'), volume24hUsd: d('1e6'), tvlUsd: d('1e5') },
  { tokenChecks: [BAD_TOKEN] },
  { rewardApr: d('0.9'), poolFeeApr: d('0.1'), rewardTokenVolatility: d('1.1'), rewardTokenSymbol: 'AERO' },
  { rewardEndsInDays: d('10'), horizonDays: d('30'), rewardEndingSymbol: 'OP' },
  { rewardEndsInDays: d('-1'), horizonDays: d('30'), rewardEndingSymbol: 'OP' },
];

describe("warning messages by key: the English locale says exactly core's English", () => {
  const seen = new Set<string>();
  for (const ctx of CONTEXTS) {
    for (const rule of ALL_RULES) {
      const missing = [...rule.needs].some((field) => ctx[field] === undefined);
      const none = (rule.needsOneOf ?? []).length > 0 && rule.needsOneOf!.every((field) => ctx[field] === undefined);
      if (missing || none) continue;
      const hit = evaluateRule(rule, ctx);
      if (!hit) continue;
      it(`${hit.id}: ${hit.messageKey} / ${hit.reasonKey}`, () => {
        expect(hit.messageKey).toBeDefined();
        expect(warningTitle(hit)).toBe(hit.title);
        expect(warningReason(hit)).toBe(hit.reason);
      });
      seen.add(`${hit.messageKey} ${hit.reasonKey}`);
    }
  }
  it('every wording is covered', () => {
    expect(seen.size).toBe(28);
  });
  it("every rule's name has a message", () => {
    for (const rule of ALL_RULES) {
      const name = skippedTitle({ id: rule.id, title: rule.title, missing: [] });
      expect(name.toLowerCase()).toBe(rule.title.toLowerCase());
    }
  });
});
