import { detectPoolPage, pairForDisplay, type PoolPageRef } from '../core/index';
import { poolKindFor } from '../lib/present/pool-kind';
import type { PageFacts } from '../lib/messages/page';
import { PAGE_KIND_NAMES, POOL_KIND_NAMES, SITE_NAMES, chainName, poolIdLabel } from '../lib/present/labels';

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
    <section class="lens-section" aria-label="This tab" data-testid="current-tab">
      <h2>
        This tab{' '}
        <button type="button" class="lens-link" data-testid="refresh-tab" onClick={onRefresh}>
          refresh
        </button>
      </h2>
      {lookup.state === 'loading' && <p class="lens-muted">Looking at the active tab…</p>}
      {lookup.state === 'no-page' && (
        <p class="lens-muted" data-testid="tab-none">
          The active tab is not a page on a supported DEX site.
        </p>
      )}
      {lookup.state === 'page' && !ref && (
        <p class="lens-muted" data-testid="tab-none">
          This DEX page is not a pool, position or add-liquidity page.
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
          <p class="lens-muted">Pool type: {kind ? POOL_KIND_NAMES[kind] : 'not known from the URL or the page'}.</p>
          {lookup.dismissedHere && (
            <button type="button" data-testid="restore-overlay" onClick={onRestoreOverlay}>
              Show the overlay on this site again
            </button>
          )}
        </div>
      )}
    </section>
  );
}
