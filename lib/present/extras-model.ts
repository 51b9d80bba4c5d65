/**
 * The liquidity-mining view as display-ready text: base fee APR, each reward stream with its source, age,
 * end and staking, the total over the horizon, the stress line, the reward tokens' price risk, token checks
 * per pool token, gas to enter and exit, the exit cost, and the net over the horizon ending in one verdict.
 *
 * Built from a PoolSnapshot's figures (lib/messages/pool-extras.ts) plus the analysis' expected fees and
 * LVR. What is unknown is said ("Gas: unknown (no RPC)"), never shown as zero. Symbols from APIs are
 * hostile text: they go through symbolForDisplay and are rendered as text only.
 */
import {
  Decimal,
  LIQUIDITY_MINING_RULES,
  enterExitGas,
  evaluateWarnings,
  exitCostConcentrated,
  exitCostConstantProduct,
  exitCostStableswap,
  priceFromTick,
  rawLiquidityToHuman,
  tickFromPrice,
  gasCostUsd,
  netOverHorizon,
  rewardStress,
  rewardsOverHorizon,
  symbolForDisplay,
  type ExitCost,
  type GasPoolKind,
  type NetPart,
  type NetView,
  asUsd,
  calendarDate,
  type TokenCheck,
  type WarningContext,
  type WarningReport,
} from '../../core/index';
import type { RewardStream, TokenSecurity } from '../messages/pool-extras';
import type { FigureName, PoolSnapshot } from '../messages/pool-data';
import { say, t } from '../i18n/index';
import { balancesAtRates } from './stable-balances';
import { ageOf, days as daysText, percent, usd } from './format';

/** The reward figures by source; DefiLlama last, used only when none of the others answered. */
const DIRECT_REWARD_FIGURES = ['merklRewards', 'gaugeRewards', 'curveRewards', 'farmRewards'] as const;
/** The stress line's fall: the reward token halves by the horizon's end. */
const STRESS_FALL = new Decimal('0.5');
const DAY_MS = 86_400_000;
const NOTHING_KNOWN: NetView = {
  parts: {},
  netUsd: asUsd(new Decimal(0)),
  missing: ['fees', 'rewards', 'lvr', 'gas', 'exitCost'],
  breakEvenDays: null,
  breakEvenCovers: [],
};

export interface ExtrasInput {
  snapshot: PoolSnapshot;
  depositUsd: Decimal;
  horizonDays: Decimal;
  now: number;
  /** The pool's fee APR (analysis.poolFeeApr); absent when unknown. */
  feeApr?: Decimal;
  /** The analysis' expected fees and LVR over the horizon, USD; absent when unknown. */
  expectedFeesUsd?: Decimal;
  lvrCostUsd?: Decimal;
  /** Which row of core's gas table the pool is (absent: not known, gas unknown). */
  gasKind?: GasPoolKind;
  /** Concentrated pools: the share of the deposit's value in token0 (analysis.token0ValueShare). */
  token0ValueShare?: Decimal;
}

export interface RewardRow {
  text: string;
  details: string[];
}
export interface TokenCheckRow {
  text: string;
  details: string[];
  status: 'found' | 'none-found' | 'unknown' | 'well-known';
}
export interface ExtrasView {
  heading: string;
  rewardsHeading: string;
  baseFeeApr: string;
  rewards: RewardRow[];
  /** "Rewards: none found" / "unknown" when there are no rows. */
  rewardsNote: string | null;
  total: string | null;
  stress: string | null;
  rewardRisk: string[];
  checksHeading: string;
  tokenChecks: TokenCheckRow[];
  costsHeading: string;
  gas: string;
  gasDetail: string | null;
  exitCost: string;
  netHeading: string;
  netParts: string[];
  netTotal: string;
  breakEven: string | null;
  verdict: string;
  warnings: WarningReport;
}

/** A provider's name for people; the names that are not proper names are said in the user's language. */
const providerName = (source: { provider: string; name: string }): string =>
  source.provider === 'gas'
    ? t('extras.providerGas')
    : source.provider === 'goplus'
      ? t('extras.providerGoplus')
      : source.name;

const sourceOf = (snapshot: PoolSnapshot, figure: FigureName, now: number): string | null => {
  const source = snapshot.sources[figure];
  return source ? t('extras.rewardSource', { source: providerName(source), age: ageOf(now - source.fetchedAt) }) : null;
};
const pct = (d: Decimal) => percent(d, { digits: 2 });

/** The streams shown, each with the figure it came from: direct sources, else DefiLlama's. */
function streamsOf(snapshot: PoolSnapshot): { stream: RewardStream; figure: FigureName }[] | null {
  const f = snapshot.figures;
  const direct = DIRECT_REWARD_FIGURES.filter((name) => f[name] !== undefined);
  const figures: FigureName[] = direct.length > 0 ? direct : f.llamaRewards !== undefined ? ['llamaRewards'] : [];
  if (figures.length === 0) return null;
  return figures.flatMap((figure) => (f[figure] as RewardStream[]).map((stream) => ({ stream, figure })));
}

export function buildExtrasView(input: ExtrasInput): ExtrasView {
  const { snapshot, depositUsd, horizonDays, now, feeApr } = input;
  const f = snapshot.figures;
  const horizonN = horizonDays.toDecimalPlaces(0).toString();

  // ---- rewards
  const shown = streamsOf(snapshot);
  const over = shown
    ? rewardsOverHorizon({
        streams: shown.map(({ stream }) => ({ apr: stream.apr, endsAtMs: stream.endsAt })),
        nowMs: now,
        horizonDays,
      })
    : null;
  const rewards: RewardRow[] = (shown ?? []).map(({ stream, figure }) => {
    const symbol = symbolForDisplay(stream.symbol);
    const ends =
      stream.endsAt === null
        ? t('extras.rewardNoEnd')
        : stream.endsAt <= now
          ? t('extras.rewardEnded', { date: calendarDate(stream.endsAt) })
          : t('extras.rewardEnds', { date: calendarDate(stream.endsAt) });
    const staking =
      stream.needsStaking === null
        ? t('extras.stakingUnknown')
        : stream.needsStaking
          ? t('extras.needsStaking')
          : t('extras.noStaking');
    const details = [ends, staking, say(stream.label), sourceOf(snapshot, figure, now)].filter((x): x is string => !!x);
    if (figure === 'llamaRewards') details.push(t('extras.llamaFallback'));
    return { text: t('extras.rewardRow', { token: symbol, apr: pct(new Decimal(stream.apr)) }), details };
  });
  let rewardsNote: string | null = null;
  if (!shown) rewardsNote = t('extras.rewardsUnknown');
  else if (shown.length === 0) {
    const names = [...DIRECT_REWARD_FIGURES, 'llamaRewards' as const]
      .map((figure) => snapshot.sources[figure]?.name)
      .filter((x): x is string => !!x);
    rewardsNote = t('extras.rewardsNone', { sources: names.join(', ') });
  }
  const rewardHorizonApr = over?.totalApr;
  let total: string | null = null;
  let stress: string | null = null;
  if (over && shown && shown.length > 0) {
    if (feeApr) {
      total = t('extras.total', {
        days: horizonN,
        total: pct(feeApr.plus(over.totalApr)),
        fee: pct(feeApr),
        rewards: pct(over.totalApr),
      });
      // The token paying the most over the horizon is the one stressed.
      let top = 0;
      over.streams.forEach((s, i) => {
        if (s.horizonApr.gt(over.streams[top]!.horizonApr)) top = i;
      });
      const topSymbol = shown[top]!.stream.symbol;
      if (over.streams[top]!.horizonApr.gt(0)) {
        const result = rewardStress({
          feeApr,
          streams: over.streams.map((s, i) => ({
            horizonApr: s.horizonApr,
            paidShare: s.paidShare,
            falls: shown[i]!.stream.symbol === topSymbol,
          })),
          fall: STRESS_FALL,
        });
        stress = t('extras.stress', {
          token: symbolForDisplay(topSymbol),
          fall: percent(STRESS_FALL, { digits: 0 }),
          days: horizonN,
          total: pct(result.totalApr),
        });
      }
    } else {
      total = t('extras.totalUnknownFee', { days: horizonN, rewards: pct(over.totalApr) });
    }
  }

  // ---- reward tokens' price risk
  const riskSource = sourceOf(snapshot, 'rewardTokenRisk', now);
  const rewardRisk = (f.rewardTokenRisk ?? []).map((risk) =>
    risk.volatility === null || risk.maxDrawdown === null
      ? t('extras.tokenRiskUnknown', { token: symbolForDisplay(risk.symbol) })
      : t('extras.tokenRisk', {
          token: symbolForDisplay(risk.symbol),
          volatility: percent(new Decimal(risk.volatility), { digits: 0 }),
          drawdown: percent(new Decimal(risk.maxDrawdown), { digits: 0 }),
          n: risk.days,
          source: riskSource ?? '',
        }),
  );

  // ---- token checks
  const { rows: tokenChecks, checks } = tokenCheckRows(snapshot, now);

  // ---- gas
  const staked = (shown ?? []).some(({ stream }) => stream.needsStaking === true);
  const gas = gasLine(input, staked);

  // ---- exit cost
  const exit = exitLine(snapshot, depositUsd, input.token0ValueShare);
  const exitCostUsd = exit.cost ? exit.cost.cost.mul(depositUsd) : undefined;

  // ---- net
  const rewardsUsd =
    rewardHorizonApr !== undefined ? depositUsd.mul(rewardHorizonApr).mul(horizonDays).div(365) : undefined;
  const sizes = { feesUsd: input.expectedFeesUsd, rewardsUsd, lvrUsd: input.lvrCostUsd, gasUsd: gas.usd, exitCostUsd };
  // Nothing known at all (no analysis, no rewards, no gas): the net is unknown in every part, said as such.
  const net = Object.values(sizes).some((size) => size !== undefined)
    ? netOverHorizon({ horizonDays, ...sizes })
    : NOTHING_KNOWN;
  // Each part: its line, its name in a list, and the basis said beside a known figure.
  const partKeys = {
    fees: ['extras.netFees', 'extras.partFees', 'extras.basisFees'],
    rewards: ['extras.netRewards', 'extras.partRewards', 'extras.basisRewards'],
    lvr: ['extras.netLvr', 'extras.partLvr', 'extras.basisLvr'],
    gas: ['extras.netGas', 'extras.partGas', 'extras.basisGas'],
    exitCost: ['extras.netExitCost', 'extras.partExitCost', 'extras.basisExitCost'],
  } as const satisfies Record<NetPart, readonly [string, string, string]>;
  const netParts = (Object.keys(partKeys) as NetPart[]).map((part) => {
    const value = net.parts[part];
    if (!value) return t(partKeys[part][0], { value: t('extras.netUnknownPart') });
    return t('extras.netPartWithBasis', {
      part: t(partKeys[part][0], { value: usd(value, { signed: true }) }),
      basis: t(partKeys[part][2]),
    });
  });
  const missingNames = net.missing.map((part) => t(partKeys[part][1])).join(', ');
  const netTotal =
    net.missing.length === 0
      ? t(exit.cost?.bound === 'at-least' ? 'extras.netTotalAtMost' : 'extras.netTotal', {
          value: usd(net.netUsd, { signed: true }),
        })
      : t('extras.netTotalPartial', { parts: missingNames, value: usd(net.netUsd, { signed: true }) });
  let breakEven: string | null = null;
  if (net.breakEvenDays) {
    breakEven = t(net.breakEvenCovers.includes('exitCost') ? 'extras.breakEven' : 'extras.breakEvenGasOnly', {
      days: daysText(net.breakEvenDays),
    });
  } else if (net.parts.gas && net.parts.fees) breakEven = t('extras.breakEvenNever');
  const verdict =
    net.missing.length > 0
      ? t('extras.verdictUnknown', { parts: missingNames })
      : net.netUsd.gt(0)
        ? t('extras.verdictGain', { net: usd(net.netUsd), days: horizonN })
        : t('extras.verdictLoss', { net: usd(net.netUsd.abs()), days: horizonN });

  // ---- warnings
  const ctx: WarningContext = { horizonDays };
  if (shown && over) {
    // Today's reward APR: the streams still paying now.
    ctx.rewardApr = over.streams.reduce(
      (sum, s, i) => (s.paidShare.gt(0) ? sum.plus(over.streams[i]!.apr) : sum),
      new Decimal(0),
    );
    let firstEnd: { days: Decimal; symbol: string } | null = null;
    for (const { stream } of shown) {
      if (stream.endsAt === null) continue;
      const left = new Decimal(stream.endsAt - now).div(DAY_MS);
      if (!firstEnd || left.lt(firstEnd.days)) firstEnd = { days: left, symbol: symbolForDisplay(stream.symbol) };
    }
    if (firstEnd) {
      ctx.rewardEndsInDays = firstEnd.days;
      ctx.rewardEndingSymbol = firstEnd.symbol;
    }
    const rewardSymbols = new Set(shown.map(({ stream }) => stream.symbol));
    for (const risk of f.rewardTokenRisk ?? []) {
      if (risk.volatility === null || !rewardSymbols.has(risk.symbol)) continue;
      const vol = new Decimal(risk.volatility);
      if (!ctx.rewardTokenVolatility || vol.gt(ctx.rewardTokenVolatility)) {
        ctx.rewardTokenVolatility = vol;
        ctx.rewardTokenSymbol = symbolForDisplay(risk.symbol);
      }
    }
  }
  if (feeApr) ctx.poolFeeApr = feeApr;
  if (checks) ctx.tokenChecks = checks;
  const warnings = evaluateWarnings(ctx, LIQUIDITY_MINING_RULES);

  return {
    heading: t('extras.heading'),
    rewardsHeading: t('extras.rewardsHeading'),
    baseFeeApr: feeApr ? t('extras.baseFeeApr', { apr: pct(feeApr) }) : t('extras.baseFeeAprUnknown'),
    rewards,
    rewardsNote,
    total,
    stress,
    rewardRisk,
    checksHeading: t('extras.checksHeading'),
    tokenChecks,
    costsHeading: t('extras.costsHeading'),
    gas: gas.text,
    gasDetail: gas.detail,
    exitCost: exit.text,
    netHeading: t('extras.netHeading', { days: horizonN }),
    netParts,
    netTotal,
    breakEven,
    verdict,
    warnings,
  };
}

/**
 * The two figures the analysis' own rules take from here (analyzePosition's `rewardApr` for
 * reward-dominated-apr and `gasCostUsd` for gas-eats-fees), worked out as this view does: today's reward APR
 * of the streams still paying, and the gas to enter and exit in USD. Absent when unknown.
 */
export function extrasForAnalysis(input: Pick<ExtrasInput, 'snapshot' | 'now' | 'gasKind'>): {
  rewardApr?: Decimal;
  gasCostUsd?: Decimal;
} {
  const shown = streamsOf(input.snapshot);
  const result: { rewardApr?: Decimal; gasCostUsd?: Decimal } = {};
  if (shown) {
    result.rewardApr = shown
      .filter(({ stream }) => stream.endsAt === null || stream.endsAt > input.now)
      .reduce((sum, { stream }) => sum.plus(stream.apr), new Decimal(0));
  }
  const staked = (shown ?? []).some(({ stream }) => stream.needsStaking === true);
  const gas = gasLine({ ...input, depositUsd: new Decimal(0), horizonDays: new Decimal(1) }, staked);
  if (gas.usd) result.gasCostUsd = gas.usd;
  return result;
}

const FLAG_KEYS = [
  ['honeypot', true, 'extras.findingHoneypot'],
  ['mintable', true, 'extras.findingMintable'],
  ['ownerCanChangeBalance', true, 'extras.findingOwnerCanChangeBalance'],
  ['hiddenOwner', true, 'extras.findingHiddenOwner'],
  ['blacklist', true, 'extras.findingBlacklist'],
  ['proxy', true, 'extras.findingProxy'],
  ['openSource', false, 'extras.findingClosedSource'],
] as const;

/** One row per pool token, and the rules' view of them; null checks when the source gave nothing at all. */
function tokenCheckRows(snapshot: PoolSnapshot, now: number): { rows: TokenCheckRow[]; checks: TokenCheck[] | null } {
  const f = snapshot.figures;
  const tokens = [
    { address: f.token0Address, symbol: f.symbol0 },
    { address: f.token1Address, symbol: f.symbol1 },
  ].filter((token) => token.address !== undefined);
  // Without the pool's token addresses, each token the source answered for is shown by its address.
  if (tokens.length === 0) {
    for (const found of f.tokenSecurity ?? []) tokens.push({ address: found.token, symbol: undefined });
  }
  if (f.tokenSecurity === undefined) {
    return { rows: [{ text: t('extras.checksUnknown'), details: [], status: 'unknown' }], checks: null };
  }
  const source = snapshot.sources.tokenSecurity;
  const sourceText = source
    ? t('extras.checkSource', { source: providerName(source), age: ageOf(now - source.fetchedAt) })
    : null;
  const rows: TokenCheckRow[] = [];
  const checks: TokenCheck[] = [];
  for (const token of tokens) {
    // The address is schema-checked hex: shortened as is (symbolForDisplay would flag the ellipsis).
    const symbol = token.symbol
      ? symbolForDisplay(token.symbol)
      : `${token.address!.slice(0, 6)}…${token.address!.slice(-4)}`;
    const found: TokenSecurity | undefined = f.tokenSecurity.find((s) => s.token === token.address);
    if (!found) {
      rows.push({ text: t('extras.checkUnknown', { token: symbol }), details: [], status: 'unknown' });
      checks.push(unknownCheck(symbol));
      continue;
    }
    checks.push({
      symbol,
      wellKnown: found.wellKnown,
      ...Object.fromEntries(FLAG_KEYS.map(([flag]) => [flag, found[flag]])),
      buyTax: share(found.buyTax),
      sellTax: share(found.sellTax),
      lpLockedShare: share(found.lpLockedShare),
      topHoldersShare: share(found.topHoldersShare),
    } as TokenCheck);
    if (found.wellKnown) {
      rows.push({ text: t('extras.checkWellKnown', { token: symbol }), details: [], status: 'well-known' });
      continue;
    }
    const bad: string[] = [];
    const notJudged: string[] = [];
    for (const [flag, badValue, key] of FLAG_KEYS) {
      if (found[flag] === null) notJudged.push(t(key));
      else if (found[flag] === badValue) bad.push(t(key));
    }
    // The same limits as the warning rules (token-transfer-tax, token-lp-unlocked, token-holders-concentrated).
    const shares = [
      ['buyTax', 'extras.findingBuyTax', 'extras.nameBuyTax', (v: Decimal) => v.gt('0.01')],
      ['sellTax', 'extras.findingSellTax', 'extras.nameSellTax', (v: Decimal) => v.gt('0.01')],
      ['lpLockedShare', 'extras.findingLpLocked', 'extras.nameLpLocked', (v: Decimal) => v.lt('0.5')],
      ['topHoldersShare', 'extras.findingTopHolders', 'extras.nameTopHolders', (v: Decimal) => v.gt('0.5')],
    ] as const;
    for (const [name, key, nameKey, isBad] of shares) {
      const value = found[name];
      if (value === null) notJudged.push(t(nameKey));
      else if (isBad(new Decimal(value))) bad.push(t(key, { value: percent(new Decimal(value), { digits: 1 }) }));
    }
    const details = [
      ...(notJudged.length > 0 ? [t('extras.checkNotJudged', { findings: notJudged.join(', ') })] : []),
      ...(sourceText ? [sourceText] : []),
    ];
    rows.push(
      bad.length > 0
        ? { text: t('extras.checkFound', { token: symbol, findings: bad.join(', ') }), details, status: 'found' }
        : { text: t('extras.checkNoneFound', { token: symbol }), details, status: 'none-found' },
    );
  }
  return { rows, checks };
}

const share = (text: string | null) => (text === null ? null : new Decimal(text));

function unknownCheck(symbol: string): TokenCheck {
  return {
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
  };
}

/** Gas to enter and exit in USD, or why it is unknown. */
function gasLine(input: ExtrasInput, staked: boolean): { text: string; detail: string | null; usd?: Decimal } {
  const f = input.snapshot.figures;
  const units = input.gasKind ? enterExitGas(input.gasKind, { staked }) : null;
  if (!units) return { text: t('extras.gasUnknownUnits'), detail: null };
  if (f.gasPriceWei === undefined) return { text: t('extras.gasUnknownRpc'), detail: null };
  if (f.nativePriceUsd === undefined) return { text: t('extras.gasUnknownNative'), detail: null };
  // The L1 data fee is per transaction; half the transactions enter, half exit (one each without staking).
  const perTxL1 = f.l1DataFeeWei === undefined ? undefined : new Decimal(f.l1DataFeeWei);
  const half = units.transactions / 2;
  const l1 = perTxL1?.mul(half);
  const enter = gasCostUsd(units.enterUnits, f.gasPriceWei, f.nativePriceUsd, l1);
  const exit = gasCostUsd(units.exitUnits, f.gasPriceWei, f.nativePriceUsd, l1);
  const totalUsd = enter.plus(exit);
  const source = input.snapshot.sources.gasPriceWei;
  const priceSource = source
    ? t('extras.rewardSource', { source: providerName(source), age: ageOf(input.now - source.fetchedAt) })
    : '';
  const gwei = new Decimal(f.gasPriceWei).div('1e9');
  const details = [
    t('extras.gasDetail', {
      gwei: gwei.toSignificantDigits(3).toString(),
      native: symbolForDisplay(f.nativeSymbol ?? '?'),
      nativePrice: usd(new Decimal(f.nativePriceUsd)),
      source: priceSource,
      units: units.sources.join('; '),
    }),
  ];
  if (perTxL1) {
    details.push(
      t('extras.gasL1', {
        fee: usd(gasCostUsd(0, 0, f.nativePriceUsd, perTxL1.mul(units.transactions))),
      }),
    );
  }
  return {
    text: t('extras.gas', { total: usd(totalUsd), enter: usd(enter), exit: usd(exit) }),
    detail: details.join('; '),
    usd: totalUsd,
  };
}

/** The cheaper way out (into token0 or token1) at today's reserves, or unknown. */
function exitLine(
  snapshot: PoolSnapshot,
  depositUsd: Decimal,
  token0ValueShare?: Decimal,
): { text: string; cost?: ExitCost } {
  const f = snapshot.figures;
  const unknown = { text: t('extras.exitCostUnknown') };
  if (!f.tvlUsd || !f.feeTier || new Decimal(f.tvlUsd).lte(0)) return unknown;
  // The deposit's share of the pool once added: deposit / (TVL + deposit).
  const shareOfPool = depositUsd.div(new Decimal(f.tvlUsd).plus(depositUsd));
  const symbols = [f.symbol0, f.symbol1].map((s, i) => (s ? symbolForDisplay(s) : `token${i}`));
  try {
    if (f.reserve0 && f.reserve1) {
      const options = (['token0', 'token1'] as const).map((into, i) => ({
        i,
        cost: exitCostConstantProduct({
          reserve0: f.reserve0,
          reserve1: f.reserve1,
          share: shareOfPool,
          fee: f.feeTier,
          into,
        }),
      }));
      const best = options.reduce((a, b) => (b.cost.cost.lt(a.cost.cost) ? b : a));
      const basis = t('extras.exitBasisConstantProduct', {
        fee: percent(new Decimal(f.feeTier)),
        token: symbols[best.i]!,
      });
      return { text: exitText(best.cost, basis), cost: best.cost };
    }
    // A Balancer stable pool's math counts each balance at its token's rate, as the depeg table does.
    const stableBalances = balancesAtRates(f);
    if (stableBalances && f.amplification) {
      const options = stableBalances.map((_, i) => ({
        i,
        cost: exitCostStableswap({
          balances: stableBalances,
          amplification: f.amplification,
          share: shareOfPool,
          fee: f.feeTier,
          into: i,
        }),
      }));
      const best = options.reduce((a, b) => (b.cost.cost.lt(a.cost.cost) ? b : a));
      const token = symbols[best.i] ?? `coin ${best.i}`;
      const basis = t('extras.exitBasisStableswap', { a: f.amplification, token });
      return { text: exitText(best.cost, basis), cost: best.cost };
    }
    const concentrated = concentratedExit(snapshot, depositUsd, token0ValueShare, symbols);
    if (concentrated) return concentrated;
  } catch {
    // Figures the math refuses (a zero reserve) leave the exit cost unknown, never a made-up number.
    return unknown;
  }
  return unknown;
}

/**
 * Uniswap v3 tick spacing per fee tier, as the factory enables them (Uniswap/v3-core
 * contracts/UniswapV3Factory.sol @ 19ae27f7205dede2d6fb038f91c1b83c88892613: 500 -> 10, 3000 -> 60, 10000 -> 200).
 * No initialized tick lies strictly inside one spacing interval, so the in-range liquidity is constant across
 * the interval holding the price: the range exitCostConcentrated may price exactly.
 */
const V3_TICK_SPACING: Record<string, number> = { '0.0005': 10, '0.003': 60, '0.01': 200 };

/** A concentrated pool (v3 fee tiers) with its in-range liquidity read on chain, or null. */
function concentratedExit(
  snapshot: PoolSnapshot,
  depositUsd: Decimal,
  token0ValueShare: Decimal | undefined,
  symbols: string[],
): { text: string; cost: ExitCost } | null {
  const f = snapshot.figures;
  const spacing = f.feeTier ? V3_TICK_SPACING[new Decimal(f.feeTier).toString()] : undefined;
  if (
    spacing === undefined ||
    token0ValueShare === undefined ||
    f.activeLiquidityRaw === undefined ||
    f.decimals0 === undefined ||
    f.decimals1 === undefined ||
    !f.price ||
    !f.token1PriceUsd
  ) {
    return null;
  }
  const price = new Decimal(f.price);
  const tick = tickFromPrice(price, f.decimals0, f.decimals1);
  const lowerTick = Math.floor(tick / spacing) * spacing;
  const token1Usd = new Decimal(f.token1PriceUsd);
  const options = (['token0', 'token1'] as const).map((into, i) => ({
    i,
    cost: exitCostConcentrated({
      liquidity: rawLiquidityToHuman(f.activeLiquidityRaw!, f.decimals0!, f.decimals1!),
      price,
      rangeLower: priceFromTick(lowerTick, f.decimals0!, f.decimals1!),
      rangeUpper: priceFromTick(lowerTick + spacing, f.decimals0!, f.decimals1!),
      amount0: depositUsd.mul(token0ValueShare).div(price.mul(token1Usd)),
      amount1: depositUsd.mul(Decimal.sub(1, token0ValueShare)).div(token1Usd),
      fee: f.feeTier,
      into,
    }),
  }));
  // An exact figure is preferred to a lower bound, which could be lower only because it is a bound.
  const exact = options.filter((o) => o.cost.bound === 'exact');
  const best = (exact.length > 0 ? exact : options).reduce((a, b) => (b.cost.cost.lt(a.cost.cost) ? b : a));
  const basis = t('extras.exitBasisConcentrated', { token: symbols[best.i]! });
  return { text: exitText(best.cost, basis), cost: best.cost };
}

const exitText = (cost: ExitCost, basis: string) =>
  t(cost.bound === 'exact' ? 'extras.exitCost' : 'extras.exitCostAtLeast', { cost: percent(cost.cost), basis });
