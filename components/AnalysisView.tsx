import {
  SEVERITY_ORDER,
  aprToApy,
  type WarningReport,
  type Analysis,
  type DepegScenario,
  type RangeAnalysis,
  type WhileInRangeBasis,
} from '../core/index';
import { days, move, multiple, percent, usd } from '../lib/present/format';
import { payoffChartView } from '../lib/present/payoff-model';
import { PayoffChart } from './PayoffChart';
import { ProjectionTable, tokenName } from './ProjectionTable';
import { DepositScenario, type CurrentPrice } from './DepositScenario';
import { WarningList } from './WarningList';
import { t } from '../lib/i18n/index';
import { assumptionTexts } from '../lib/present/assumption-text';

const WHILE_IN_RANGE_NOTE: Record<WhileInRangeBasis, string> = {
  'pool-share': t('analysis.basisPoolShare'),
  'active-liquidity': t('analysis.basisActive'),
  'full-range-estimate': t('analysis.basisFullRange'),
  'active-liquidity-if-entered': t('analysis.basisActiveIfEntered'),
  'full-range-estimate-if-entered': t('analysis.basisFullRangeIfEntered'),
};

/** One list, most severe first. */
function joinReports(first: WarningReport, second: WarningReport): WarningReport {
  const hits = [...first.hits, ...second.hits].sort(
    (x, y) => SEVERITY_ORDER.indexOf(x.severity) - SEVERITY_ORDER.indexOf(y.severity),
  );
  return { hits, skipped: [...first.skipped, ...second.skipped] };
}

/** What the token names are, for units: the pool's symbols when known. */
export interface PoolTokens {
  symbol0?: string;
  symbol1?: string;
}

function Figure({ label, value, note, testId }: { label: string; value: string; note?: string; testId: string }) {
  return (
    <div class="lens-figure">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
      {note && <dd class="lens-note">{note}</dd>}
    </div>
  );
}

/**
 * The full analysis, shared by popup and overlay. `source` says where the inputs came from; `showRange`
 * is off when the range is only a full-range stand-in (its odds of staying in range say nothing).
 */
export function AnalysisView({
  analysis: a,
  source,
  showRange = true,
  symbols = {},
  volumeLabel = t('analysis.volumeEntered'),
  current = null,
  moreWarnings,
}: {
  analysis: Analysis;
  source: string;
  showRange?: boolean;
  symbols?: PoolTokens;
  /** The volume the fee figures stand on: "7-day average volume", "24 h volume". */
  volumeLabel?: string;
  /** Today's price as the user reads it, for the target-price scenario; null when unknown. */
  current?: CurrentPrice | null;
  /** Warnings from beyond the analysis (token checks, rewards), shown in the same list. */
  moreWarnings?: WarningReport;
}) {
  const horizon = a.horizonDays.toString();
  const concentrated = a.kind === 'concentrated';
  // Without the pool's in-range liquidity the share, and all that follows from it, is an upper bound.
  const bound = a.feeShareWhileInRangeBasis.startsWith('full-range-estimate');
  const upTo = (value: string) => (bound ? t('analysis.atMost', { value }) : value);
  const moving = a.grid[0]?.movingToken ?? 'token0';
  const movingName = tokenName(symbols, moving);
  return (
    <div class="lens-analysis">
      <p class="lens-muted" data-testid="source">
        {t('analysis.source', { source })}
      </p>
      <WarningList report={moreWarnings ? joinReports(a.warnings, moreWarnings) : a.warnings} />
      <section class="lens-section" aria-label={t('analysis.fees')}>
        <h2>{t('analysis.feesOn', { deposit: usd(a.depositUsd) })}</h2>
        <dl class="lens-figures">
          <Figure
            label={concentrated ? t('analysis.feeShareInRange') : t('analysis.feeShare')}
            value={upTo(percent(a.feeShareWhileInRange))}
            note={WHILE_IN_RANGE_NOTE[a.feeShareWhileInRangeBasis]}
            testId="fee-share"
          />
          <Figure
            label={t('analysis.poolFeeApr', { volume: volumeLabel })}
            value={percent(a.poolFeeApr)}
            note={t('analysis.poolFeeAprNote')}
            testId="pool-fee-apr"
          />
          <Figure
            label={concentrated ? t('analysis.feeAprInRange') : t('analysis.feeApr')}
            value={upTo(percent(a.feeAprWhileInRange))}
            note={concentrated ? t('analysis.feeAprInRangeNote') : undefined}
            testId="position-fee-apr"
          />
          {concentrated && (
            <Figure
              label={t('analysis.expectedFeeApr', { days: horizon })}
              value={upTo(percent(a.expectedFeeApr))}
              note={t('analysis.expectedFeeAprNote')}
              testId="expected-fee-apr"
            />
          )}
          <Figure
            label={t('analysis.feeApy')}
            value={upTo(percent(aprToApy(a.feeAprWhileInRange)))}
            note={concentrated ? t('analysis.feeApyNoteInRange') : t('analysis.feeApyNote')}
            testId="position-fee-apy"
          />
          <Figure
            label={concentrated ? t('analysis.dailyFeesInRange') : t('analysis.dailyFees')}
            value={upTo(usd(a.dailyFeesWhileInRangeUsd))}
            testId="daily-fees"
          />
          <Figure
            label={t('analysis.expectedFees', { days: horizon })}
            value={upTo(usd(a.expectedFeesUsd))}
            testId="expected-fees"
          />
        </dl>
      </section>
      <section class="lens-section" aria-label={t('analysis.risk')}>
        <h2>{t('analysis.riskTitle', { days: horizon })}</h2>
        <dl class="lens-figures">
          <Figure
            label={concentrated ? t('analysis.lvrInRange') : t('analysis.lvr')}
            value={t('analysis.perYear', { rate: percent(a.lvrPerYearWhileInRange) })}
            note={t('analysis.lvrNote')}
            testId="lvr-rate"
          />
          <Figure
            label={t('analysis.lvrCost', { days: horizon })}
            value={usd(a.lvrCostUsd.neg())}
            note={concentrated ? t('analysis.lvrCostNote') : undefined}
            testId="lvr-cost"
          />
          <Figure label={t('analysis.net')} value={usd(a.expectedNetOfLvrUsd, { signed: true })} testId="net-of-lvr" />
          <Figure
            label={t('analysis.breakEven', { token: movingName })}
            value={t('analysis.breakEvenValue', {
              down: a.breakEven.down ? move(a.breakEven.down) : t('analysis.breakEvenNoneDown'),
              up: a.breakEven.up ? move(a.breakEven.up) : t('analysis.breakEvenNoneUp'),
            })}
            note={t('analysis.breakEvenNote')}
            testId="break-even"
          />
        </dl>
      </section>
      <PayoffChart chart={payoffChartView({ analysis: a, symbols, showRange })} size="full" />
      {a.range && showRange && (
        <RangeSection range={a.range} horizon={horizon} movingName={movingName} moving={moving} />
      )}
      <DepositScenario analysis={a} symbols={symbols} current={current} />
      <ProjectionTable rows={a.grid} horizonDays={horizon} symbols={symbols} />
      {a.depegScenarios.length > 0 && <DepegTable scenarios={a.depegScenarios} symbols={symbols} />}
      <section class="lens-section" aria-label={t('analysis.assumptions')}>
        <h2>{t('analysis.assumptions')}</h2>
        <ul class="lens-assumptions">
          {assumptionTexts(a).map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/**
 * Where the price is against the range, said in the user's terms: core's "below" is token0's price in
 * token1, which is the moving token's price turned round when the quote is token0.
 */
function statusText(status: RangeAnalysis['status'], moving: 'token0' | 'token1', movingName: string): string {
  if (status === 'in-range') return t('range.inRange');
  const below = (status === 'below') === (moving === 'token0');
  return t(below ? 'range.outBelow' : 'range.outAbove', { token: movingName });
}

function RangeSection({
  range,
  horizon,
  movingName,
  moving,
}: {
  range: RangeAnalysis;
  horizon: string;
  movingName: string;
  moving: 'token0' | 'token1';
}) {
  return (
    <section class="lens-section" aria-label={t('range.title')}>
      <h2>{t('range.title')}</h2>
      <dl class="lens-figures">
        <Figure label={t('range.status')} value={statusText(range.status, moving, movingName)} testId="range-status" />
        {range.probabilityOfReturn !== null && (
          <Figure
            label={t('range.pReturn', { days: horizon })}
            value={percent(range.probabilityOfReturn)}
            note={t('range.pReturnNote')}
            testId="p-return"
          />
        )}
        <Figure
          label={t('range.efficiency')}
          value={multiple(range.capitalEfficiency)}
          note={t('range.efficiencyNote')}
          testId="capital-efficiency"
        />
        <Figure
          label={t('range.fraction', { days: horizon })}
          value={percent(range.expectedFractionInRange)}
          testId="fraction-in-range"
        />
        <Figure
          label={t('range.pInRange', { days: horizon })}
          value={percent(range.probabilityInRangeAtHorizon)}
          testId="p-in-range"
        />
        {range.status === 'in-range' && (
          <>
            <Figure
              label={t('range.neverLeaves', { days: horizon })}
              value={percent(range.probabilityNeverLeaving)}
              testId="p-never-leaves"
            />
            <Figure
              label={t('range.timeToLeave')}
              value={range.expectedDaysToLeave ? days(range.expectedDaysToLeave) : t('range.timeToLeaveUnknown')}
              testId="days-to-leave"
            />
          </>
        )}
      </dl>
    </section>
  );
}

/** A stable pair's real risk: one coin losing its peg. */
function DepegTable({ scenarios, symbols }: { scenarios: DepegScenario[]; symbols: PoolTokens }) {
  return (
    <section class="lens-section" aria-label={t('depeg.label')}>
      <h2>{t('depeg.title')}</h2>
      <table class="lens-table" data-testid="depeg">
        <thead>
          <tr>
            <th scope="col">{t('depeg.coinAt')}</th>
            <th scope="col">{t('depeg.il')}</th>
            <th scope="col">{t('depeg.worth')}</th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((row) => (
            <tr key={`${row.coin}-${row.price.toString()}`} data-testid={`depeg-${row.coin}-${row.price.toString()}`}>
              <th scope="row">{t('depeg.row', { coin: tokenName(symbols, row.coin), price: row.price.toString() })}</th>
              <td>
                {percent(row.il)} <small>{usd(row.ilUsd)}</small>
              </td>
              <td>{usd(row.valueLeftUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
