import type { WarningReport } from '../core/index';
import { SeverityLabel } from './SeverityLabel';
import { t } from '../lib/i18n/index';
import { skippedTitle, warningReason, warningTitle } from '../lib/present/warning-text';

/**
 * The same hit list in popup and overlay: severity in words, the headline (the value and the limit it
 * crossed), and the sentence saying why it matters.
 */
export function WarningList({ report, limit }: { report: WarningReport; limit?: number }) {
  const hits = limit === undefined ? report.hits : report.hits.slice(0, limit);
  return (
    <section class="lens-section" aria-label={t('warnings.label')}>
      <h2>{t('warnings.label')}</h2>
      {hits.length === 0 ? (
        <p class="lens-muted" data-testid="no-warnings">
          {t('warnings.none')}
        </p>
      ) : (
        <ul class="lens-warnings" data-testid="warnings">
          {hits.map((hit) => (
            <li
              key={hit.id}
              class={`lens-warning lens-sev-${hit.severity}`}
              data-testid={`warning-${hit.id}`}
              data-severity={hit.severity}
            >
              <strong>
                <SeverityLabel severity={hit.severity} /> {warningTitle(hit)}
              </strong>
              <p>{warningReason(hit)}</p>
            </li>
          ))}
        </ul>
      )}
      {report.skipped.length > 0 && (
        <p class="lens-muted" data-testid="skipped-rules">
          {t('warnings.skipped', { rules: report.skipped.map((s) => skippedTitle(s)).join(t('list.semicolon')) })}
        </p>
      )}
    </section>
  );
}
