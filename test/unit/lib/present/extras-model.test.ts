/**
 * The liquidity-mining view model, on hand-checked figures. One pool (USDC / MEME, v2 reserves, a Uniswap
 * v3 gas row for the arithmetic), two Merkl streams, a DefiLlama figure that must be ignored, token checks
 * with a mintable token, gas on a rollup, and the net.
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../core/index';
import { buildExtrasView, extrasForAnalysis, type ExtrasInput } from '../../../../lib/present/extras-model';
import type { PoolSnapshot } from '../../../../lib/messages/pool-data';

const NOW = 1_700_000_000_000; // 2023-11-14T22:13:20Z
const DAY = 86_400_000;
const USDC = `0x${'a'.repeat(40)}`;
const MEME = `0x${'b'.repeat(40)}`;
const source = (name: string, minutesAgo = 2) => ({ provider: 'fake', name, fetchedAt: NOW - minutesAgo * 60_000 });

const snapshot = (over: Partial<PoolSnapshot['figures']> = {}): PoolSnapshot => ({
  chain: 'base',
  address: `0x${'c'.repeat(40)}`,
  figures: {
    symbol0: 'USDC',
    symbol1: 'MEME',
    token0Address: USDC,
    token1Address: MEME,
    tvlUsd: '1000000',
    feeTier: '0.003',
    reserve0: '500000',
    reserve1: '250000',
    merklRewards: [
      { symbol: 'OP', apr: '0.6', endsAt: NOW + 10 * DAY, needsStaking: false, label: 'Merkl campaign' },
      { symbol: 'ARB', apr: '0.12', endsAt: null, needsStaking: false, label: 'Merkl campaign' },
    ],
    llamaRewards: [{ symbol: 'X', apr: '5', endsAt: null, needsStaking: null, label: 'DefiLlama' }],
    rewardTokenRisk: [
      { symbol: 'OP', token: `0x${'d'.repeat(40)}`, priceUsd: '1.2', volatility: '1.1', maxDrawdown: '0.8', days: 90 },
    ],
    tokenSecurity: [
      {
        token: USDC,
        wellKnown: true,
        honeypot: false,
        mintable: true,
        ownerCanChangeBalance: false,
        hiddenOwner: false,
        blacklist: true,
        proxy: true,
        openSource: true,
        buyTax: '0',
        sellTax: '0',
        lpLockedShare: null,
        topHoldersShare: '0.4',
      },
      {
        token: MEME,
        wellKnown: false,
        honeypot: false,
        mintable: true,
        ownerCanChangeBalance: false,
        hiddenOwner: null,
        blacklist: false,
        proxy: false,
        openSource: true,
        buyTax: '0',
        sellTax: '0.05',
        lpLockedShare: null,
        topHoldersShare: '0.3',
      },
    ],
    gasPriceWei: '1000000000',
    l1DataFeeWei: '10000000000000',
    nativeSymbol: 'ETH',
    nativePriceUsd: '3000',
    ...over,
  },
  sources: {
    merklRewards: source('Merkl API'),
    llamaRewards: source('DefiLlama Yields'),
    rewardTokenRisk: source('DefiLlama coins', 5),
    tokenSecurity: source('GoPlus token security'),
    gasPriceWei: source('on-chain (JSON-RPC)', 1),
  },
});

const input = (over: Partial<ExtrasInput> = {}): ExtrasInput => ({
  snapshot: snapshot(),
  depositUsd: new Decimal(10_000),
  horizonDays: new Decimal(30),
  now: NOW,
  feeApr: new Decimal('0.2'),
  expectedFeesUsd: new Decimal(150),
  lvrCostUsd: new Decimal(40),
  gasKind: 'uniswap-v3',
  ...over,
});

describe('extras view: rewards', () => {
  const view = buildExtrasView(input());
  it('the base fee APR and each direct stream; DefiLlama is left out when a direct source answered', () => {
    expect(view.baseFeeApr).toBe('Base (fee) APR, pool-wide on 24 h volume: 20.00 %');
    expect(view.rewards.map((r) => r.text)).toEqual(['OP rewards: 60.00 % APR', 'ARB rewards: 12.00 % APR']);
    // 1,700,000,000,000 ms + 10 days = 2023-11-24.
    expect(view.rewards[0]!.details).toEqual([
      'ends on Nov 24, 2023',
      'no staking needed',
      'Merkl campaign',
      'Merkl API, 2 min ago',
    ]);
    expect(view.rewards[1]!.details[0]).toBe('no end given');
  });
  it('the total pays OP for 10 of 30 days: 0.2 + 0.6/3 + 0.12 = 52 %', () => {
    expect(view.total).toBe(
      'Total over 30 days: 52.00 % a year (fees 20.00 % + rewards 32.00 %; no rewards counted after they end)',
    );
  });
  it('the stress line: OP halving, paid over the first third: 0.2 + 0.2 * 11/12 + 0.12 = 50.33 %', () => {
    expect(view.stress).toBe(
      'If OP falls 50 % over 30 days, the total APR becomes 50.33 % (a straight-line fall; rewards valued at the price on the day they are paid)',
    );
  });
  it("the reward token's price risk with its source", () => {
    expect(view.rewardRisk).toEqual([
      'OP: volatility 110 % a year, worst fall 80 % over 90 days (DefiLlama coins, 5 min ago)',
    ]);
  });
  it('DefiLlama counts only when no direct source answered, and says so', () => {
    const llama = buildExtrasView(input({ snapshot: snapshot({ merklRewards: undefined }) }));
    expect(llama.rewards.map((r) => r.text)).toEqual(['X rewards: 500.00 % APR']);
    expect(llama.rewards[0]!.details).toContain("DefiLlama's figure, used because no direct reward source answered");
  });
  it('no reward source at all is unknown, not zero; an empty answer is "none found"', () => {
    const none = buildExtrasView(input({ snapshot: snapshot({ merklRewards: undefined, llamaRewards: undefined }) }));
    expect(none.rewardsNote).toBe('Rewards: unknown (no reward source answered)');
    expect(none.netParts).toContain('Rewards: unknown');
    const empty = buildExtrasView(input({ snapshot: snapshot({ merklRewards: [] }) }));
    expect(empty.rewardsNote).toBe('Rewards: none found (Merkl API, DefiLlama Yields)');
  });
});

describe('extras view: token checks', () => {
  const view = buildExtrasView(input());
  it('a well-known token is not flagged; the other lists what was found and what was not judged', () => {
    expect(view.tokenChecks.map((r) => r.text)).toEqual([
      'USDC: a well-known token, not flagged',
      'MEME: owner can mint, sell tax 5.0 %',
    ]);
    expect(view.tokenChecks[1]!.details).toEqual([
      'not judged: hidden owner, LP lock',
      'source: GoPlus token security, 2 min ago',
    ]);
  });
  it('the warnings: mint is a danger, the 5 % tax a warning, unknown findings not judged', () => {
    const titles = view.warnings.hits.map((h) => `${h.severity}: ${h.title}`);
    expect(titles).toEqual([
      'danger: The owner of MEME can mint more of it',
      'warning: MEME charges a 5.00 % tax on buying or selling, more than 1 %',
      // Today's reward APR 0.72 of 0.92: rewards dominate, and OP swings 110 % a year.
      'warning: Rewards are most of the return and OP swings 110 % a year, more than 80 %',
      'warning: The OP rewards end in 10 days, within your horizon of 30 days',
    ]);
    expect(view.warnings.skipped.map((s) => s.id)).toEqual(['token-hidden-owner', 'token-lp-unlocked']);
  });
  it('without the pool token addresses, the tokens answered for are named by address', () => {
    const v = buildExtrasView(input({ snapshot: snapshot({ token0Address: undefined, token1Address: undefined }) }));
    expect(v.tokenChecks.map((r) => r.text)).toEqual([
      '0xaaaa…aaaa: a well-known token, not flagged',
      '0xbbbb…bbbb: owner can mint, sell tax 5.0 %',
    ]);
  });
  it('no answer from the source: unknown, never safe', () => {
    const unknown = buildExtrasView(input({ snapshot: snapshot({ tokenSecurity: undefined }) }));
    expect(unknown.tokenChecks.map((r) => r.text)).toEqual([
      'Token checks: unknown (no answer from the token security source)',
    ]);
    expect(unknown.warnings.skipped.map((s) => s.id)).toContain('token-honeypot');
  });
});

describe('extras view: gas, exit cost and net', () => {
  const view = buildExtrasView(input());
  it('gas: v3 units at 1 gwei, ETH $3,000, plus one L1 data fee per transaction', () => {
    // Enter 434,903 * 1e9 + 1e13 wei = 4.44903e14 = 0.000444903 ETH = $1.334709.
    // Exit 178,028 * 1e9 + 1e13 = 1.88028e14 wei = $0.564084. Total $1.898793.
    expect(view.gas).toBe('Gas to enter and exit: $1.90 (enter $1.33, exit $0.56)');
    expect(view.gasDetail).toMatch(
      /^at 1 gwei, ETH \$3,000\.00 \(on-chain \(JSON-RPC\), 60 s ago\); units: Uniswap\/v3-periphery/,
    );
    expect(view.gasDetail).toMatch(/incl\. L1 data fee \$0\.06$/); // 2 * 1e13 wei = 2e-5 ETH = $0.06
  });
  it('exit cost: 10,000 of a $1M pool at x·y = k with 0.3 %', () => {
    // s = 10,000 / 1,010,000 = 1/101; cost = (1 - 0.997 (1 - s) / ((1 - s) + 0.997 s)) / 2
    //   = (1 - 99.7 / 100.997) / 2 = 0.0064209828 -> "0.64 %", $64.21 of the deposit.
    expect(view.exitCost).toBe(
      "Leaving costs about 0.64 % at today's liquidity (x·y = k with the 0.30 % fee, into USDC)",
    );
  });
  it('the net: 150 + 263.01 - 40 - 1.90 - 64.21 = +$306.91; break-even 5.3 days', () => {
    // Rewards 10,000 * 0.32 * 30 / 365 = $263.0137. Net 306.9051. Earning (150 + 263.0137 - 40) / 30 = 12.4338 a day;
    // gas + exit 66.1086 / 12.4338 = 5.317 days.
    expect(view.netParts).toEqual([
      'Fees: +$150.00 (expected over the horizon, weighted by the time in range)',
      'Rewards: +$263.01 (the reward APRs over the horizon, none after a stream ends)',
      'Loss to arbitrage (LVR): -$40.00 (expected loss to arbitrage over the horizon)',
      "Gas: -$1.90 (to enter and exit, at today's gas price)",
      "Exit cost: -$64.21 (swapping into one token at today's liquidity)",
    ]);
    expect(view.netTotal).toBe('Net: +$306.91');
    expect(view.breakEven).toBe('Pays back gas and the exit cost in 5.3 days');
    expect(view.verdict).toBe(
      'After LVR, gas and the cost of leaving, this deposit is expected to earn about $306.91 over 30 days.',
    );
  });
  it('unknown gas is said, and the net leaves it out by name', () => {
    const noRpc = buildExtrasView(input({ snapshot: snapshot({ gasPriceWei: undefined }) }));
    expect(noRpc.gas).toBe('Gas: unknown (no RPC)');
    expect(noRpc.netParts).toContain('Gas: unknown');
    expect(noRpc.netTotal).toBe('Net, leaving out the unknown gas: +$308.80');
    expect(noRpc.verdict).toBe('No verdict: gas unknown.');
    expect(buildExtrasView(input({ gasKind: 'uniswap-v2' })).gas).toBe(
      'Gas: unknown (no measured gas units for this pool type)',
    );
  });
  it('exit cost without reserves is unknown', () => {
    const v = buildExtrasView(input({ snapshot: snapshot({ reserve0: undefined, reserve1: undefined }) }));
    expect(v.exitCost).toBe("Exit cost: unknown (the pool's reserves were not read)");
  });
  it('exit cost, concentrated: the tick-spacing range around the price at constant L', () => {
    // Price 1.003 (tick 29), fee 0.3 % -> spacing 60, range ticks 0..60 = 1 .. 1.006018. L = 1e24 raw at 18/18
    // decimals = 1e6. Deposit $1,000 half in each token, token1 at $1: 498.5 token0 (500 / 1.003) and 500 token1.
    // Into token0: sell 500 token1, 498.5 after the fee: sqrtP 1.0014990 -> + 0.0004985, still in range;
    // out = 1e6 (1/sqrtP - 1/sqrtP') = 496.99...; cost = 1 - (498.50 + 496.99) / 997.0... = 0.0017480 -> 0.17 %
    // (the 0.15 % fee on the half swapped plus 0.025 % of impact).
    const pool = snapshot({
      reserve0: undefined,
      reserve1: undefined,
      price: '1.003',
      token1PriceUsd: '1',
      decimals0: 18,
      decimals1: 18,
      activeLiquidityRaw: '1000000000000000000000000',
    });
    const v = buildExtrasView(
      input({ snapshot: pool, depositUsd: new Decimal(1000), token0ValueShare: new Decimal('0.5') }),
    );
    expect(v.exitCost).toBe(
      "Leaving costs about 0.17 % at today's liquidity (the liquidity in the price's tick range, held constant, into USDC; past that range the price is taken at its edge)",
    );
    // With 1,000 times less liquidity the swap leaves the range: a lower bound, and the net says "at most".
    const thin = buildExtrasView(
      input({
        snapshot: { ...pool, figures: { ...pool.figures, activeLiquidityRaw: '1000000000000000000000' } },
        depositUsd: new Decimal(1000),
        token0ValueShare: new Decimal('0.5'),
      }),
    );
    expect(thin.exitCost).toMatch(/^Leaving costs at least \d+\.\d\d % at today's liquidity/);
    expect(thin.netTotal).toMatch(/^Net: at most [-+]\$[\d,.]+ \(the exit cost is a lower bound\)$/);
  });
});

describe('extrasForAnalysis: what the analysis rules take from these figures', () => {
  it("today's reward APR of the streams still paying, and the gas in USD", () => {
    // OP 0.6 (ends in 10 days, still paying) + ARB 0.12 = 0.72; gas as above, $1.898793.
    const figures = extrasForAnalysis({ snapshot: snapshot(), now: NOW, gasKind: 'uniswap-v3' });
    expect(figures.rewardApr!.toString()).toBe('0.72');
    expect(figures.gasCostUsd!.toString()).toBe('1.898793');
  });
  it('unknown stays absent', () => {
    const figures = extrasForAnalysis({
      snapshot: snapshot({ merklRewards: undefined, llamaRewards: undefined }),
      now: NOW,
    });
    expect(figures).toEqual({});
  });
});
