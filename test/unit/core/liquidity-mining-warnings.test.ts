/**
 * Issue 11's warning rules, each with its exact headline: token security findings, the reward token's
 * volatility when rewards dominate, and rewards ending within the horizon. A well-known token never fires;
 * an unknown finding is listed as not judged, never passed.
 */
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  LIQUIDITY_MINING_RULES,
  WARNING_RULES,
  evaluateWarnings,
  type TokenCheck,
  type WarningContext,
} from '../../../core/index';

const d = (text: string) => new Decimal(text);

/** A token GoPlus answered for with nothing bad in it. */
const clean = (symbol: string, over: Partial<TokenCheck> = {}): TokenCheck => ({
  symbol,
  wellKnown: false,
  honeypot: false,
  mintable: false,
  ownerCanChangeBalance: false,
  hiddenOwner: false,
  blacklist: false,
  proxy: false,
  openSource: true,
  buyTax: d('0'),
  sellTax: d('0'),
  lpLockedShare: d('0.9'),
  topHoldersShare: d('0.2'),
  ...over,
});
const unknown = (symbol: string): TokenCheck => ({
  symbol,
  wellKnown: false,
  honeypot: null,
  mintable: null,
  ownerCanChangeBalance: null,
  hiddenOwner: null,
  blacklist: null,
  proxy: null,
  openSource: null,
  buyTax: null,
  sellTax: null,
  lpLockedShare: null,
  topHoldersShare: null,
});

const hitsOf = (ctx: WarningContext) => evaluateWarnings(ctx, LIQUIDITY_MINING_RULES).hits;
const hit = (ctx: WarningContext, id: string) => hitsOf(ctx).find((h) => h.id === id);
const skippedIds = (ctx: WarningContext) => evaluateWarnings(ctx, LIQUIDITY_MINING_RULES).skipped.map((s) => s.id);

describe('token security rules', () => {
  it.each([
    ['token-honeypot', { honeypot: true }, 'danger', 'SCAM looks like a honeypot: it can be bought but not sold'],
    ['token-owner-can-mint', { mintable: true }, 'danger', 'The owner of SCAM can mint more of it'],
    [
      'token-owner-changes-balances',
      { ownerCanChangeBalance: true },
      'danger',
      "The owner of SCAM can change holders' balances",
    ],
    ['token-hidden-owner', { hiddenOwner: true }, 'warning', 'SCAM has a hidden owner'],
    ['token-blacklist', { blacklist: true }, 'warning', 'SCAM can blacklist addresses'],
    ['token-upgradeable-proxy', { proxy: true }, 'warning', 'SCAM is an upgradeable proxy: its code can be changed'],
    ['token-closed-source', { openSource: false }, 'warning', 'The source code of SCAM is not published'],
  ] as const)('%s fires with its headline', (id, finding, severity, headline) => {
    const found = hit({ tokenChecks: [clean('WETH', { wellKnown: true }), clean('SCAM', finding)] }, id);
    expect(found?.severity).toBe(severity);
    expect(found?.title).toBe(headline);
  });

  it('buy/sell tax: warning above 1 %, danger above 10 %', () => {
    // The worse of buy 0.5 % and sell 5 % is 5 %: above 1 %, not above 10 %.
    const warning = hit(
      { tokenChecks: [clean('TAX', { buyTax: d('0.005'), sellTax: d('0.05') })] },
      'token-transfer-tax',
    );
    expect(warning?.severity).toBe('warning');
    expect(warning?.title).toBe('TAX charges a 5.00 % tax on buying or selling, more than 1 %');
    const danger = hit({ tokenChecks: [clean('TAX', { sellTax: d('0.25') })] }, 'token-transfer-tax');
    expect(danger?.severity).toBe('danger');
    expect(danger?.title).toBe('TAX charges a 25.00 % tax on buying or selling, more than 10 %');
    expect(hit({ tokenChecks: [clean('TAX', { sellTax: d('0.01') })] }, 'token-transfer-tax')).toBeUndefined();
  });

  it('LP lock below 50 % warns, below 10 % is a danger', () => {
    const warning = hit({ tokenChecks: [clean('NEW', { lpLockedShare: d('0.3') })] }, 'token-lp-unlocked');
    expect(warning?.severity).toBe('warning');
    expect(warning?.title).toBe("Only 30.00 % of the LP tokens of NEW's pairs are locked, less than 50 %");
    expect(hit({ tokenChecks: [clean('NEW', { lpLockedShare: d('0') })] }, 'token-lp-unlocked')?.severity).toBe(
      'danger',
    );
  });

  it('top-10 holders above 50 % warn', () => {
    const found = hit({ tokenChecks: [clean('WHALE', { topHoldersShare: d('0.72') })] }, 'token-holders-concentrated');
    expect(found?.severity).toBe('warning');
    expect(found?.title).toBe('The ten largest holders of WHALE hold 72.00 % of it, more than 50 %');
  });

  it('a well-known token never fires, whatever its findings', () => {
    const ctx: WarningContext = {
      tokenChecks: [
        clean('USDC', { wellKnown: true, proxy: true, blacklist: true, mintable: true, topHoldersShare: d('0.9') }),
        clean('WETH', { wellKnown: true }),
      ],
    };
    expect(hitsOf(ctx)).toEqual([]);
    expect(skippedIds(ctx).filter((id) => id.startsWith('token-'))).toEqual([]);
  });

  it('an unknown finding is listed as not judged, never as passed', () => {
    const ctx: WarningContext = { tokenChecks: [clean('WETH', { wellKnown: true }), unknown('ODD')] };
    expect(hitsOf(ctx)).toEqual([]);
    const skipped = skippedIds(ctx);
    for (const id of [
      'token-honeypot',
      'token-owner-can-mint',
      'token-owner-changes-balances',
      'token-hidden-owner',
      'token-blacklist',
      'token-upgradeable-proxy',
      'token-closed-source',
      'token-transfer-tax',
      'token-lp-unlocked',
      'token-holders-concentrated',
    ]) {
      expect(skipped).toContain(id);
    }
  });

  it('a known bad finding on one token fires even when the other is unknown', () => {
    const ctx: WarningContext = { tokenChecks: [unknown('ODD'), clean('MINT', { mintable: true })] };
    expect(hit(ctx, 'token-owner-can-mint')?.title).toBe('The owner of MINT can mint more of it');
    expect(skippedIds(ctx)).not.toContain('token-owner-can-mint');
  });

  it('two tokens with the finding are both named', () => {
    const ctx: WarningContext = { tokenChecks: [clean('AAA', { proxy: true }), clean('BBB', { proxy: true })] };
    expect(hit(ctx, 'token-upgradeable-proxy')?.title).toBe(
      'AAA and BBB is an upgradeable proxy: its code can be changed',
    );
  });
});

describe('reward-token-volatile: the reward token swings while rewards dominate', () => {
  it('fires as a warning above 80 % a year when rewards are more than half the return', () => {
    // Rewards 0.9 of 0.9 + 0.1: 90 % of the return. AERO volatility 1.1 > 0.8, not > 1.5.
    const ctx: WarningContext = {
      rewardApr: d('0.9'),
      poolFeeApr: d('0.1'),
      rewardTokenVolatility: d('1.1'),
      rewardTokenSymbol: 'AERO',
    };
    const found = hit(ctx, 'reward-token-volatile');
    expect(found?.severity).toBe('warning');
    expect(found?.title).toBe('Rewards are most of the return and AERO swings 110 % a year, more than 80 %');
  });
  it('a danger above 150 %', () => {
    const ctx: WarningContext = {
      rewardApr: d('3'),
      poolFeeApr: d('1'),
      rewardTokenVolatility: d('2'),
      rewardTokenSymbol: 'X',
    };
    expect(hit(ctx, 'reward-token-volatile')?.severity).toBe('danger');
  });
  it('stays quiet when rewards are half or less, and is not judged without the volatility', () => {
    expect(
      hit({ rewardApr: d('0.1'), poolFeeApr: d('0.1'), rewardTokenVolatility: d('3') }, 'reward-token-volatile'),
    ).toBeUndefined();
    expect(skippedIds({ rewardApr: d('0.9'), poolFeeApr: d('0.1') })).toContain('reward-token-volatile');
    expect(skippedIds({ rewardApr: d('0'), poolFeeApr: d('0.1') })).not.toContain('reward-token-volatile');
  });
});

describe('reward-ends-within-horizon', () => {
  it('a stream ending in 10 days of a 30-day horizon warns', () => {
    const found = hit(
      { rewardEndsInDays: d('10'), horizonDays: d('30'), rewardEndingSymbol: 'OP' },
      'reward-ends-within-horizon',
    );
    expect(found?.severity).toBe('warning');
    expect(found?.title).toBe('The OP rewards end in 10 days, within your horizon of 30 days');
    // 10 / 30 = 0.333: "Only 33 % of the 30 days horizon ...".
    expect(found?.reason).toMatch(/^Only 33 % of your horizon of 30 days is paid in OP rewards/);
  });
  it('an ended stream says so; one outlasting the horizon or without an end is quiet', () => {
    expect(
      hit({ rewardEndsInDays: d('-2'), horizonDays: d('30'), rewardEndingSymbol: 'OP' }, 'reward-ends-within-horizon')
        ?.title,
    ).toBe('The OP rewards have ended');
    expect(hit({ rewardEndsInDays: d('45'), horizonDays: d('30') }, 'reward-ends-within-horizon')).toBeUndefined();
    expect(hit({ horizonDays: d('30') }, 'reward-ends-within-horizon')).toBeUndefined();
    expect(skippedIds({ horizonDays: d('30') })).not.toContain('reward-ends-within-horizon');
  });
});

it("the analysis' rules and these are apart, ids unique across both", () => {
  const ids = [...WARNING_RULES, ...LIQUIDITY_MINING_RULES].map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(LIQUIDITY_MINING_RULES).toHaveLength(12);
});
