import type { Analysis, FeeShareBasis } from '../core/index';
import { days, move, multiple, percent, usd } from '../lib/present/format';
import { ProjectionTable } from './ProjectionTable';
import { WarningList } from './WarningList';

const BASIS_NOTE: Record<FeeShareBasis, string> = {
  'pool-share': 'deposit / (TVL + deposit)',
  'active-liquidity': "your liquidity / (pool's active liquidity + yours)",
  'full-range-estimate':
    "upper bound: the pool's liquidity in your range is unknown, so its TVL is treated as spread over every price; real pools crowd liquidity near the price, so your share is likely smaller",
  'out-of-range': 'out of range: no fees',
};

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
  volumeLabel = 'daily volume entered',
}: {
  analysis: Analysis;
  source: string;
  showRange?: boolean;
  symbols?: PoolTokens;
  /** The volume the fee figures stand on: "7-day average volume", "24 h volume". */
  volumeLabel?: string;
}) {
  const horizon = a.horizonDays.toString();
  const concentrated = a.kind === 'concentrated';
  // Without the pool's in-range liquidity the share, and all that follows from it, is an upper bound.
  const bound = a.feeShareBasis === 'full-range-estimate' ? 'at most ' : '';
  const expectedApr = a.expectedFeesUsd.div(a.depositUsd).mul(365).div(a.horizonDays);
  return (
    <div class="lens-analysis">
      <p class="lens-muted" data-testid="source">
        Source: {source}
      </p>
      <WarningList report={a.warnings} />
      <section class="lens-section" aria-label="Fees">
        <h2>Fees on {usd(a.depositUsd)}</h2>
        <dl class="lens-figures">
          <Figure
            label="Your fee share"
            value={`${bound}${percent(a.feeShare)}`}
            note={BASIS_NOTE[a.feeShareBasis]}
            testId="fee-share"
          />
          <Figure
            label={`Pool fee APR, ${volumeLabel}`}
            value={percent(a.poolFeeApr)}
            note="LP fees x 365 / TVL"
            testId="pool-fee-apr"
          />
          <Figure
            label={concentrated ? 'Your fee APR while in range' : 'Your fee APR'}
            value={`${bound}${percent(a.positionFeeApr)}`}
            note={concentrated ? 'the rate on days the price is inside your range' : undefined}
            testId="position-fee-apr"
          />
          {concentrated && (
            <Figure
              label={`Your expected fee APR over ${horizon} days`}
              value={`${bound}${percent(expectedApr)}`}
              note="weighted by the expected share of the days in range"
              testId="expected-fee-apr"
            />
          )}
          <Figure
            label="Your fee APY"
            value={`${bound}${percent(a.positionFeeApy)}`}
            note={`${concentrated ? 'the while-in-range APR' : 'the APR'} with fees reinvested daily for a year`}
            testId="position-fee-apy"
          />
          <Figure
            label={concentrated ? 'Fees per day in range' : 'Fees per day'}
            value={`${bound}${usd(a.dailyFeesUsd)}`}
            testId="daily-fees"
          />
          <Figure
            label={`Expected fees, ${horizon} days`}
            value={`${bound}${usd(a.expectedFeesUsd)}`}
            testId="expected-fees"
          />
        </dl>
      </section>
      <section class="lens-section" aria-label="Risk">
        <h2>Cost of volatility over {horizon} days</h2>
        <dl class="lens-figures">
          <Figure
            label="Loss-versus-rebalancing"
            value={`${percent(a.lvrPerYear)} a year`}
            note="expected loss to arbitrage"
            testId="lvr-rate"
          />
          <Figure label={`LVR cost, ${horizon} days`} value={usd(a.lvrCostUsd.neg())} testId="lvr-cost" />
          <Figure label="Fees minus LVR" value={usd(a.expectedNetOfLvrUsd, { signed: true })} testId="net-of-lvr" />
          <Figure
            label="Break-even price move"
            value={`${a.breakEven.down ? move(a.breakEven.down) : 'none down to -99 %'} / ${a.breakEven.up ? move(a.breakEven.up) : 'none up to +9900 %'}`}
            note="where IL eats the expected fees"
            testId="break-even"
          />
        </dl>
      </section>
      {a.range && showRange && (
        <section class="lens-section" aria-label="Range">
          <h2>Your range</h2>
          <dl class="lens-figures">
            <Figure
              label="Status"
              value={a.range.status === 'in-range' ? 'in range' : `out of range (price ${a.range.status})`}
              testId="range-status"
            />
            <Figure
              label="Capital efficiency"
              value={multiple(a.range.capitalEfficiency)}
              note="liquidity vs full range"
              testId="capital-efficiency"
            />
            <Figure
              label={`In range after ${horizon} days`}
              value={percent(a.range.probabilityInRangeAtHorizon)}
              testId="p-in-range"
            />
            <Figure
              label={`Never leaves in ${horizon} days`}
              value={percent(a.range.probabilityNeverLeaving)}
              testId="p-never-leaves"
            />
            <Figure
              label="Expected time to leave"
              value={a.range.expectedDaysToLeave ? days(a.range.expectedDaysToLeave) : 'n/a'}
              testId="days-to-leave"
            />
          </dl>
        </section>
      )}
      <ProjectionTable rows={a.grid} horizonDays={horizon} symbols={symbols} />
      <section class="lens-section" aria-label="Assumptions">
        <h2>Assumptions</h2>
        <ul class="lens-assumptions">
          {a.assumptions.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
