import { detectPoolPage, pairForDisplay, type PoolPageRef } from '../core/index';
import { poolKindFor } from '../lib/present/pool-kind';
import type { PageFacts } from '../lib/messages/page';
import { PAGE_KIND_NAMES, POOL_KIND_NAMES, SITE_NAMES, chainName, poolIdLabel } from '../lib/present/labels';
import { t } from '../lib/i18n/index';

export type TabLookup =
  | { state: 'loading' }
  | { state: 'no-page' }
  | { state: 'page'; url: string; facts: PageFacts; dismissedHere: boolean };

/** What the popup knows about the active tab: the pool its URL names, or why there is none. */
export function CurrentTab({
  lookup,
  onRestoreOverlay,
  onRefresh,
}: {
  lookup: TabLookup;
  onRestoreOverlay(): void;
  onRefresh(): void;
}) {
  const ref: PoolPageRef | null = lookup.state === 'page' ? detectPoolPage(lookup.url) : null;
  const kind = lookup.state === 'page' ? poolKindFor({ ref, facts: lookup.facts }) : null;
  return (
    <section class="lens-section" aria-label={t('currentTab.label')} data-testid="current-tab">
      <h2>
        {t('currentTab.label')}{' '}
        <button type="button" class="lens-link" data-testid="refresh-tab" onClick={onRefresh}>
          {t('currentTab.refresh')}
        </button>
      </h2>
      {lookup.state === 'loading' && <p class="lens-muted">{t('currentTab.loading')}</p>}
      {lookup.state === 'no-page' && (
        <p class="lens-muted" data-testid="tab-none">
          {t('currentTab.none')}
        </p>
      )}
      {lookup.state === 'page' && !ref && (
        <p class="lens-muted" data-testid="tab-none">
          {t('currentTab.notPool')}
        </p>
      )}
      {lookup.state === 'page' && ref && (
        <div data-testid="tab-pool">
          <p>
            <strong data-testid="tab-pool-name">
              {pairForDisplay(lookup.facts.symbol0, lookup.facts.symbol1) ?? poolIdLabel(ref.pool)}
            </strong>
          </p>
          <p class="lens-muted" data-testid="tab-pool-where">
            {SITE_NAMES[ref.site]} · {chainName(ref.chain)} · {PAGE_KIND_NAMES[ref.kind]}
            {ref.version ? ` · ${ref.version}` : ''} · {poolIdLabel(ref.pool)}
          </p>
          <p class="lens-muted">
            {t('currentTab.poolType', { kind: kind ? POOL_KIND_NAMES[kind] : t('currentTab.poolTypeUnknown') })}
          </p>
          {lookup.dismissedHere && (
            <button type="button" data-testid="restore-overlay" onClick={onRestoreOverlay}>
              {t('currentTab.restoreOverlay')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
