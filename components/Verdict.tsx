import { SEVERITY_ORDER, type WarningHit } from '../core/index';
import { percent, usd } from '../lib/present/format';
import type { LiveAnalysis } from '../lib/present/live-analysis';
import { SeverityLabel } from './SeverityLabel';

/** The most severe hit, or null when no rule fired. */
export function worstHit(hits: WarningHit[]): WarningHit | null {
  return [...hits].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))[0] ?? null;
}

/**
 * A pool's verdict in one line and its key figures, for the top of the popup: what a liquidity provider
 * reads before deciding whether to scroll.
 */
export function Verdict({ live, name }: { live: LiveAnalysis; name: string }) {
  const a = live.analysis;
  const worst = worstHit([...(a?.warnings.hits ?? []), ...live.snapshotWarnings]);
  const bound = a?.feeShareWhileInRangeBasis.startsWith('full-range-estimate') ? 'at most ' : '';
  const concentrated = a?.kind === 'concentrated';
  return (
    <section class="lens-verdict" aria-label="Verdict" data-testid="verdict">
      <p class="lens-verdict-pool">
        <strong data-testid="verdict-pool">{name}</strong>
      </p>
      <p class="lens-verdict-line" data-testid="verdict-line" data-severity={worst?.severity ?? 'none'}>
        {worst ? (
          <>
            <SeverityLabel severity={worst.severity} /> {worst.title}
          </>
        ) : a ? (
          'No warning fired for these figures.'
        ) : (
          'Not enough live data for a verdict: see the notes below.'
        )}
      </p>
      {a && (
        <dl class="lens-figures lens-key-figures">
          <div class="lens-figure">
            <dt>{concentrated ? 'Fee APR while in range' : 'Your fee APR'}</dt>
            <dd data-testid="key-fee-apr">{`${bound}${percent(a.feeAprWhileInRange)}`}</dd>
          </div>
          {concentrated && (
            <div class="lens-figure">
              <dt>Expected fee APR, {a.horizonDays.toString()} days</dt>
              <dd data-testid="key-expected-apr">{`${bound}${percent(a.expectedFeeApr)}`}</dd>
            </div>
          )}
          <div class="lens-figure">
            <dt>Loss to arbitrage (LVR)</dt>
            <dd data-testid="key-lvr">{percent(a.lvrPerYearWhileInRange)} a year</dd>
          </div>
          <div class="lens-figure">
            <dt>
              Fees minus LVR, {a.horizonDays.toString()} days on {usd(a.depositUsd)}
            </dt>
            <dd data-testid="key-net">{usd(a.expectedNetOfLvrUsd, { signed: true })}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
