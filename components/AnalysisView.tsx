import { aprToApy, type Analysis, type DepegScenario, type RangeAnalysis, type WhileInRangeBasis } from '../core/index';
import { days, move, multiple, percent, usd } from '../lib/present/format';
import { payoffChartView } from '../lib/present/payoff-model';
import { PayoffChart } from './PayoffChart';
import { ProjectionTable, tokenName } from './ProjectionTable';
import { DepositScenario, type CurrentPrice } from './DepositScenario';
import { WarningList } from './WarningList';

const WHILE_IN_RANGE_NOTE: Record<WhileInRangeBasis, string> = {
  'pool-share': 'deposit / (TVL + deposit)',
  'active-liquidity': "your liquidity / (pool's in-range liquidity + yours), on chain",
  'full-range-estimate':
    "upper bound: the pool's liquidity in your range is unknown, so its TVL is treated as spread over every price; real pools crowd liquidity near the price, so your share is likely smaller",
  'active-liquidity-if-entered':
    "once the price enters your range, taking the pool's in-range liquidity there to be today's",
  'full-range-estimate-if-entered':
    "upper bound, once the price enters your range: the pool's liquidity there is unknown, so its TVL is treated as spread over every price",
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
  current = null,
}: {
  analysis: Analysis;
  source: string;
  showRange?: boolean;
  symbols?: PoolTokens;
  /** The volume the fee figures stand on: "7-day average volume", "24 h volume". */
  volumeLabel?: string;
  /** Today's price as the user reads it, for the target-price scenario; null when unknown. */
  current?: CurrentPrice | null;
}) {
  const horizon = a.horizonDays.toString();
  const concentrated = a.kind === 'concentrated';
  // Without the pool's in-range liquidity the share, and all that follows from it, is an upper bound.
  const bound = a.feeShareWhileInRangeBasis.startsWith('full-range-estimate') ? 'at most ' : '';
  const moving = a.grid[0]?.movingToken ?? 'token0';
  const movingName = tokenName(symbols, moving);
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
            label={concentrated ? 'Your fee share while in range' : 'Your fee share'}
            value={`${bound}${percent(a.feeShareWhileInRange)}`}
            note={WHILE_IN_RANGE_NOTE[a.feeShareWhileInRangeBasis]}
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
            value={`${bound}${percent(a.feeAprWhileInRange)}`}
            note={concentrated ? 'the rate on days the price is inside your range' : undefined}
            testId="position-fee-apr"
          />
          {concentrated && (
            <Figure
              label={`Your expected fee APR over ${horizon} days`}
              value={`${bound}${percent(a.expectedFeeApr)}`}
              note="the rate above, times the expected share of the days in range"
              testId="expected-fee-apr"
            />
          )}
          <Figure
            label="Your fee APY"
            value={`${bound}${percent(aprToApy(a.feeAprWhileInRange))}`}
            note={`${concentrated ? 'the while-in-range APR' : 'the APR'} with fees reinvested daily for a year`}
            testId="position-fee-apy"
          />
          <Figure
            label={concentrated ? 'Fees per day in range' : 'Fees per day'}
            value={`${bound}${usd(a.dailyFeesWhileInRangeUsd)}`}
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
            label={concentrated ? 'Loss-versus-rebalancing while in range' : 'Loss-versus-rebalancing'}
            value={`${percent(a.lvrPerYearWhileInRange)} a year`}
            note="expected loss to arbitrage, of the deposit"
            testId="lvr-rate"
          />
          <Figure
            label={`LVR cost, ${horizon} days`}
            value={usd(a.lvrCostUsd.neg())}
            note={concentrated ? 'weighted by the expected share of the days in range' : undefined}
            testId="lvr-cost"
          />
          <Figure label="Fees minus LVR" value={usd(a.expectedNetOfLvrUsd, { signed: true })} testId="net-of-lvr" />
          <Figure
            label={`Break-even ${movingName} price move`}
            value={`${a.breakEven.down ? move(a.breakEven.down) : 'none down to -99 %'} / ${a.breakEven.up ? move(a.breakEven.up) : 'none up to +9,900 %'}`}
            note="where IL eats the fees expected on the way there"
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

/**
 * Where the price is against the range, said in the user's terms: core's "below" is token0's price in
 * token1, which is the moving token's price turned round when the quote is token0.
 */
function statusText(status: RangeAnalysis['status'], moving: 'token0' | 'token1', movingName: string): string {
  if (status === 'in-range') return 'in range: earning fees';
  const below = (status === 'below') === (moving === 'token0');
  return `out of range: the ${movingName} price is ${below ? 'below' : 'above'} your range, no fees now`;
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
    <section class="lens-section" aria-label="Range">
      <h2>Your range</h2>
      <dl class="lens-figures">
        <Figure label="Status" value={statusText(range.status, moving, movingName)} testId="range-status" />
        {range.probabilityOfReturn !== null && (
          <Figure
            label={`Chance the price enters your range within ${horizon} days`}
            value={percent(range.probabilityOfReturn)}
            note="under the volatility above"
            testId="p-return"
          />
        )}
        <Figure
          label="Capital efficiency"
          value={multiple(range.capitalEfficiency)}
          note="liquidity vs full range"
          testId="capital-efficiency"
        />
        <Figure
          label={`Expected share of the ${horizon} days in range`}
          value={percent(range.expectedFractionInRange)}
          testId="fraction-in-range"
        />
        <Figure
          label={`In range after ${horizon} days`}
          value={percent(range.probabilityInRangeAtHorizon)}
          testId="p-in-range"
        />
        {range.status === 'in-range' && (
          <>
            <Figure
              label={`Never leaves in ${horizon} days`}
              value={percent(range.probabilityNeverLeaving)}
              testId="p-never-leaves"
            />
            <Figure
              label="Expected time to leave"
              value={range.expectedDaysToLeave ? days(range.expectedDaysToLeave) : 'not known at zero volatility'}
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
    <section class="lens-section" aria-label="Depeg scenarios">
      <h2>If one coin loses its peg</h2>
      <table class="lens-table" data-testid="depeg">
        <thead>
          <tr>
            <th scope="col">Coin at</th>
            <th scope="col">IL</th>
            <th scope="col">Deposit worth (USD)</th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((row) => (
            <tr key={`${row.coin}-${row.price.toString()}`} data-testid={`depeg-${row.coin}-${row.price.toString()}`}>
              <th scope="row">
                {tokenName(symbols, row.coin)} at {row.price.toString()}
              </th>
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
