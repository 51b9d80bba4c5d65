/**
 * What the overlay says about a detected page: the pool as the URL and the page name it, IL under price
 * moves where the math needs no pool data, live figures when the providers have them, and a plain list of
 * what is missing. Never a figure that needs data we do not have. Runs in the service worker and hands
 * the content script display-ready text (an OverlayView).
 */
import {
  Decimal,
  LpInputError,
  buildPoolModel,
  evaluateWarnings,
  rangeStatus,
  priceRange,
  type PoolKind,
  type PoolPageRef,
  type Analysis,
  type WarningHit,
  type Severity,
  SEVERITY_ORDER,
} from '../../core/index';
import type { PageFacts } from '../messages/page';
import { POOL_KIND_NAMES } from './labels';
import type { PoolLookupResult, PoolSnapshot } from '../messages/pool-data';
import { liveAnalysis } from './live-analysis';
import { move as moveText, percent, price, usd } from './format';
import { fitToSchema } from './fit-view';
import type { ExtrasText, OverlayLiveView, OverlayView, OverlayWarning } from '../messages/overlay';
import { EMPTY_LIVE, overlayHeader } from './overlay-header';
import { depositFromPage } from './page-deposit';
import { pageReading } from './page-reading';
import { priceOrientation, otherSide, type PriceOrientation, type TokenSide } from './orientation';
import type { DepegIl, LiveAnalysis } from './live-analysis';
import { poolKindFor } from './pool-kind';
import { payoffChartView } from './payoff-model';
import { say, t } from '../i18n/index';
import { warningReason, warningTitle } from './warning-text';

/** Where live data stands for the overlay's pool. */
export type LiveState = { status: 'loading' } | PoolLookupResult;

/** What IL needs, per pool kind, when neither the page nor live data gave it. */
const IL_NEEDS: Record<Exclude<PoolKind, 'constant-product'>, string> = {
  concentrated: t('overlay.ilNeedsRange'),
  weighted: t('overlay.ilNeedsWeights'),
  stableswap: t('overlay.ilNeedsAmplification'),
};

export const OVERLAY_MOVES = ['-0.5', '-0.25', '-0.1', '0.1', '0.25', '0.5', '1'] as const;

export interface LiveContext {
  live: LiveState;
  /** The deposit setting, used unless the page gives the amounts being deposited. */
  depositUsd: string;
  now: number;
  /** The quote token the user picked with the flip control. */
  quote?: TokenSide;
}

/**
 * The overlay for a page, always one that passes the message schema: a bug in the live part costs the live
 * part, never the header, the IL rows or the warnings the page alone gives; text too long for its field is
 * cut, and an entry that still does not fit is left out.
 */
export function buildOverlayView(ref: PoolPageRef, facts: PageFacts, context: LiveContext): OverlayView {
  let view: OverlayView;
  try {
    view = composeView(ref, facts, context);
  } catch (error) {
    console.error('overlay view failed', error);
    view = composeView(ref, facts, {
      ...context,
      live: { status: 'unavailable', notes: [t('overlay.viewFailed')] },
    });
  }
  return fitToSchema(view);
}

function composeView(ref: PoolPageRef, facts: PageFacts, context: LiveContext): OverlayView {
  const poolKind = poolKindFor({
    ref,
    facts,
    ...(context.live.status === 'ok' ? { snapshot: context.live.snapshot } : {}),
  });
  const missing: string[] = [];
  let ilRows: OverlayView['ilRows'] = null;
  let ilBasis: string | null = null;
  let ilMoves = t('overlay.ilMovesAny');
  let warnings: OverlayWarning[] = [];

  const live = liveModel(context, ref, facts);
  const range = poolKind === 'concentrated' ? rangeFromFacts(facts) : null;
  if (live.depeg) {
    // A stableswap pool of three or more coins (one leaves the peg), or a weighted pool of three or more tokens
    // (its heaviest moves): the others hold their prices.
    ilRows = live.depeg.rows.map((row) => ({
      key: row.move.toString(),
      move: moveText(row.move),
      il: percent(row.il),
    }));
    ilBasis = live.depeg.basis;
    ilMoves = live.depeg.moves;
  } else if (live.analysis && live.model.positionLabel && live.orientation) {
    // Live data knows the range (the page's, the position's, or full range) and which way the price reads.
    ilRows = ilFromGrid(live.analysis.grid);
    ilBasis = live.model.positionLabel;
    ilMoves = t('overlay.ilMovesPair', { token: live.orientation.baseSymbol, quote: live.orientation.quoteSymbol });
  } else if (poolKind === 'constant-product') {
    ilRows = ilUnder(buildPoolModel({ kind: 'constant-product' }));
    ilBasis = t('overlay.ilBasisConstantProduct');
  } else if (range) {
    ilRows = ilUnder(buildPoolModel({ kind: 'concentrated', ...range }));
    // The page quotes its own direction (often USDC per WETH); the moves are moves of that quoted price.
    ilBasis = t('overlay.ilBasisRange', {
      low: price(new Decimal(range.priceLower)),
      high: price(new Decimal(range.priceUpper)),
      price: price(new Decimal(range.price)),
    });
    ilMoves = t('overlay.ilMovesPage');
  } else if (poolKind === null) {
    missing.push(t('overlay.kindUnknown'));
  }
  if (range) {
    const status = rangeStatus(priceRange(range), new Decimal(range.price));
    warnings = evaluateWarnings({ kind: 'concentrated', outOfRange: status !== 'in-range' }).hits.map(warningText);
  }
  if (!ilRows && poolKind !== null && poolKind !== 'constant-product') missing.push(IL_NEEDS[poolKind]);
  const liveFeeTier = context.live.status === 'ok' ? context.live.snapshot.figures.feeTier : undefined;
  if (!facts.feeTier && !liveFeeTier && !feeTierFromUrl(ref)) missing.push(t('overlay.feeTierUnknown'));
  if (live.warnings) warnings = mergeHits(warnings, live.warnings.map(warningText));

  return {
    ...overlayHeader(ref, facts),
    feeTier: feeTierText(facts.feeTier ?? liveFeeTier ?? null, ref),
    poolKindName: poolKind ? POOL_KIND_NAMES[poolKind] : t('overlay.unknownKind'),
    ilRows,
    ilBasis,
    ilMoves,
    pageRead: pageReading(facts, ref.kind, poolKind),
    warnings,
    missing,
    live: live.model,
    ...(live.chart ? { chart: live.chart } : {}),
  };
}

function warningText(hit: WarningHit): OverlayWarning {
  return { id: hit.id, title: warningTitle(hit), severity: hit.severity, reason: warningReason(hit) };
}

function feeTierText(fraction: string | null, ref: PoolPageRef): string {
  const tier = fraction !== null ? new Decimal(fraction) : feeTierFromUrl(ref);
  return tier ? percent(tier) : t('live.unknown');
}

/** One hit per rule, the later list winning, most severe first (core's one severity order). */
function mergeHits<T extends { id: string; severity: Severity }>(first: T[], second: T[]): T[] {
  const byId = new Map([...first, ...second].map((hit) => [hit.id, hit]));
  return [...byId.values()].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

type LiveFigure = OverlayLiveView['figures'][number];

/** One live figure: an error working it out costs this figure only, never the overlay. */
function figure(label: string, testId: string, value: () => string, note?: string): LiveFigure {
  try {
    return { label, value: value(), testId, ...(note ? { note } : {}) };
  } catch (error) {
    console.error(`overlay figure ${testId} failed`, error);
    return { label, value: t('overlay.notAvailable'), testId, note: t('overlay.notWorkedOut') };
  }
}

function liveModel(
  context: LiveContext,
  ref: PoolPageRef,
  facts: PageFacts,
): {
  model: OverlayLiveView;
  warnings?: WarningHit[];
  analysis?: Analysis;
  orientation?: PriceOrientation;
  chart?: OverlayView['chart'];
  depeg?: DepegIl;
} {
  const { live } = context;
  if (live.status !== 'ok') {
    // The worker's notes travel as message keys: said here, in the worker, in the browser's UI language.
    const notes = (live.status === 'loading' ? [] : live.status === 'unresolved' ? [live.reason] : live.notes).map(say);
    return { model: { ...EMPTY_LIVE, status: live.status, notes } };
  }
  const { snapshot } = live;
  const typedDeposit = live.position ? null : depositFromPage(facts, snapshot.figures);
  const result = liveAnalysis(
    snapshot,
    {
      depositUsd: typedDeposit ? typedDeposit.usd.toString() : context.depositUsd,
      horizonDays: '30',
      page: { ref, facts },
      ...(live.position ? { position: live.position } : {}),
      ...(context.quote ? { quote: context.quote } : {}),
    },
    context.now,
  );
  const a = result.analysis;
  return {
    model: {
      status: 'ok',
      figures: liveFigures(result),
      positionLabel: result.positionLabel,
      inputs: result.inputs.map((input) => ({
        label: input.label,
        value: input.value,
        testId: `live-input-${input.id}`,
        source: input.source,
      })),
      deposit: depositView(a, live.position !== undefined, typedDeposit?.note ?? null, context.depositUsd),
      orientation: result.orientation && {
        unit: result.orientation.unit,
        flippedUnit: priceOrientation(snapshot.figures, otherSide(result.orientation.quote)).unit,
        quote: result.orientation.quote,
      },
      sources: result.sources,
      notes: [...result.cautions, ...live.notes.map(say), ...result.missing],
      ...(result.positionFees ? { positionFees: result.positionFees } : {}),
      // Its warnings are already among the view's own (snapshotWarnings).
      extras: withoutWarnings(result.extras),
    },
    warnings: mergeHits(result.snapshotWarnings, a?.warnings.hits ?? []),
    ...(a ? { analysis: a } : {}),
    ...(result.orientation ? { orientation: result.orientation } : {}),
    ...(result.depeg ? { depeg: result.depeg } : {}),
    ...overlayChart(result, snapshot.figures),
  };
}

function withoutWarnings({ warnings: _, ...text }: LiveAnalysis['extras']): ExtrasText {
  return text;
}

/**
 * The compact payoff chart for the live analysis; a failure costs the chart only. 25 samples (plus the
 * marks) draw a smooth curve 330 px wide at about half the worker time of the popup's 41.
 */
function overlayChart(result: LiveAnalysis, figures: PoolSnapshot['figures']): { chart?: OverlayView['chart'] } {
  if (!result.analysis) return {};
  try {
    const chart = payoffChartView({
      analysis: result.analysis,
      symbols: figures,
      price: figures.price ?? null,
      showRange: !result.fullRangeStandIn,
      points: 25,
    });
    return chart ? { chart } : {};
  } catch (error) {
    console.error('overlay chart failed', error);
    return {};
  }
}

/** Where the deposit the figures are for comes from: the position, the amounts typed on the page, or the setting. */
function depositView(
  a: Analysis | null,
  isPosition: boolean,
  pageNote: string | null,
  setting: string,
): OverlayLiveView['deposit'] {
  if (isPosition) return a ? { usd: usd(a.depositUsd), from: 'position', note: t('overlay.depositPosition') } : null;
  if (pageNote) return { usd: usd(a?.depositUsd ?? new Decimal(setting)), from: 'page', note: pageNote };
  return { usd: usd(new Decimal(setting)), from: 'setting', note: t('overlay.depositSetting') };
}

/** Where a fee share comes from, in a few words (the overlay's notes are short). */
const SHARE_NOTES: Record<Analysis['feeShareWhileInRangeBasis'], string | undefined> = {
  'pool-share': undefined,
  'active-liquidity': t('overlay.shareActive'),
  'full-range-estimate': t('overlay.shareFullRange'),
  'active-liquidity-if-entered': t('overlay.shareActiveIfEntered'),
  'full-range-estimate-if-entered': t('overlay.shareFullRangeIfEntered'),
};

/** The live figures, each APR with its basis named: which volume, and while in range or over the horizon. */
function liveFigures(result: LiveAnalysis): LiveFigure[] {
  const figures: LiveFigure[] = [];
  for (const { basis, apr } of result.feeAprs) {
    figures.push(
      figure(
        t('overlay.poolFeeApr', { volume: basis.label }),
        `live-pool-fee-apr-${basis.id}`,
        () => percent(apr),
        t('overlay.poolFeeAprNote'),
      ),
    );
  }
  const a = result.analysis;
  if (!a) return figures;
  const basis = result.projectionVolume ? t('overlay.onVolume', { volume: result.projectionVolume.label }) : undefined;
  const concentrated = a.kind === 'concentrated';
  // Without the pool's in-range liquidity the share and all that follows is an upper bound.
  const bound = a.feeShareWhileInRangeBasis.startsWith('full-range-estimate');
  const upTo = (value: string) => (bound ? t('analysis.atMost', { value }) : value);
  const days = a.horizonDays.toString();
  const chance = a.range?.probabilityOfReturn;
  if (chance !== null && chance !== undefined) {
    figures.push(figure(t('range.pReturn', { days }), 'live-p-return', () => percent(chance)));
  }
  figures.push(
    figure(
      concentrated ? t('analysis.feeShareInRange') : t('analysis.feeShare'),
      'live-fee-share',
      () => upTo(percent(a.feeShareWhileInRange)),
      SHARE_NOTES[a.feeShareWhileInRangeBasis],
    ),
    figure(
      concentrated ? t('analysis.feeAprInRange') : t('analysis.feeApr'),
      'live-position-apr',
      () => upTo(percent(a.feeAprWhileInRange)),
      basis,
    ),
  );
  if (concentrated) {
    figures.push(
      figure(
        t('analysis.expectedFeeApr', { days }),
        'live-expected-apr',
        () => upTo(percent(a.expectedFeeApr)),
        t('overlay.expectedAprNote'),
      ),
    );
  }
  figures.push(
    figure(
      t('overlay.lvr'),
      'live-lvr',
      () => t('analysis.perYear', { rate: percent(a.lvrPerYearWhileInRange) }),
      concentrated ? t('overlay.whileInRange') : undefined,
    ),
    figure(t('overlay.net', { days: a.horizonDays.toString() }), 'live-net', () =>
      usd(a.expectedNetOfLvrUsd, { signed: true }),
    ),
  );
  return figures;
}

/** A stable pair moves by fractions of a percent: its overlay columns come from the stable grid. */
const OVERLAY_STABLE_MOVES = ['-0.05', '-0.01', '-0.001', '0.001', '0.01', '0.05'] as const;

/** The overlay's moves, taken from the analysis grid (which has them all) rather than computed again. */
function ilFromGrid(grid: Analysis['grid']): NonNullable<OverlayView['ilRows']> {
  const overlayMoves: readonly string[] = grid.some((row) => row.move.toString() === '0.001')
    ? OVERLAY_STABLE_MOVES
    : OVERLAY_MOVES;
  const wanted = new Set<string>(overlayMoves);
  return grid
    .filter((row) => wanted.has(row.move.toString()))
    .map((row) => ({ key: row.move.toString(), move: moveText(row.move), il: percent(row.il) }));
}

/** Uniswap-style `fee` in the URL is in hundredths of a basis point: 500 = 0.05 %. */
function feeTierFromUrl(ref: PoolPageRef): Decimal | null {
  return ref.pool.type === 'pair' && ref.pool.fee !== undefined ? new Decimal(ref.pool.fee).div(1_000_000) : null;
}

function rangeFromFacts(facts: PageFacts): { price: string; priceLower: string; priceUpper: string } | null {
  if (!facts.price || !facts.priceLower || !facts.priceUpper) return null;
  const range = { price: facts.price, priceLower: facts.priceLower, priceUpper: facts.priceUpper };
  try {
    priceRange(range);
    return range;
  } catch (e) {
    if (e instanceof LpInputError) return null; // a half-typed or swapped range: say nothing rather than guess
    throw e;
  }
}

function ilUnder(model: ReturnType<typeof buildPoolModel>): NonNullable<OverlayView['ilRows']> {
  return OVERLAY_MOVES.map((text) => {
    const move = new Decimal(text);
    return { key: move.toString(), move: moveText(move), il: percent(model.ilForMove(move.plus(1))) };
  });
}
