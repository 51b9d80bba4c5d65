import { SEVERITY_ORDER, type WarningHit } from '../core/index';
import { percent, usd } from '../lib/present/format';
import type { LiveAnalysis } from '../lib/present/live-analysis';
import { SeverityLabel } from './SeverityLabel';
import { t } from '../lib/i18n/index';
import { warningTitle } from '../lib/present/warning-text';

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
  const bound = a?.feeShareWhileInRangeBasis.startsWith('full-range-estimate') ?? false;
  const upTo = (value: string) => (bound ? t('verdict.atMost', { value }) : value);
  const concentrated = a?.kind === 'concentrated';
  return (
    <section class="lens-verdict" aria-label={t('verdict.label')} data-testid="verdict">
      <p class="lens-verdict-pool">
        <strong data-testid="verdict-pool">{name}</strong>
      </p>
      <p class="lens-verdict-line" data-testid="verdict-line" data-severity={worst?.severity ?? 'none'}>
        {worst ? (
          <>
            <SeverityLabel severity={worst.severity} /> {warningTitle(worst)}
          </>
        ) : a ? (
          t('verdict.noWarning')
        ) : (
          t('verdict.notEnoughData')
        )}
      </p>
      {a && (
        <dl class="lens-figures lens-key-figures">
          <div class="lens-figure">
            <dt>{concentrated ? t('verdict.feeAprInRange') : t('verdict.feeApr')}</dt>
            <dd data-testid="key-fee-apr">{upTo(percent(a.feeAprWhileInRange))}</dd>
          </div>
          {concentrated && (
            <div class="lens-figure">
              <dt>{t('verdict.expectedFeeApr', { days: a.horizonDays.toString() })}</dt>
              <dd data-testid="key-expected-apr">{upTo(percent(a.expectedFeeApr))}</dd>
            </div>
          )}
          <div class="lens-figure">
            <dt>{t('verdict.lvr')}</dt>
            <dd data-testid="key-lvr">{t('verdict.perYear', { rate: percent(a.lvrPerYearWhileInRange) })}</dd>
          </div>
          <div class="lens-figure">
            <dt>{t('verdict.net', { days: a.horizonDays.toString(), deposit: usd(a.depositUsd) })}</dt>
            <dd data-testid="key-net">{usd(a.expectedNetOfLvrUsd, { signed: true })}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
