import type { OverlayCorner } from '../lib/settings/items';
import type { OverlayLiveView, OverlayView } from '../lib/messages/overlay';
import type { OverlayHeader } from '../lib/present/overlay-header';
import { SeverityLabel } from './SeverityLabel';

export interface OverlayProps {
  header: OverlayHeader;
  /** Null until the service worker has worked out the figures. */
  view: OverlayView | null;
  collapsed: boolean;
  corner: OverlayCorner;
  onToggleCollapsed(): void;
  onDismiss(): void;
  onMoveCorner(): void;
}

const CORNER_NAMES: Record<OverlayCorner, string> = {
  'bottom-right': 'bottom right',
  'bottom-left': 'bottom left',
  'top-left': 'top left',
  'top-right': 'top right',
};

/** The in-page panel: compact, in a corner the user picks, collapsible to a badge, closable per site. */
export function Overlay({ header, view, collapsed, corner, onToggleCollapsed, onDismiss, onMoveCorner }: OverlayProps) {
  const pool = view?.pool ?? header.pool;
  const worst = view?.warnings[0];
  if (collapsed) {
    return (
      <div
        class={`lens-root lens-overlay lens-${corner} lens-collapsed`}
        data-testid="lens-overlay"
        data-state="collapsed"
      >
        <button
          type="button"
          class="lens-badge-button"
          data-testid="lens-expand"
          onClick={onToggleCollapsed}
          aria-label={`LP Risk Lens: ${pool}. Expand`}
        >
          LP {worst ? <span class={`lens-dot lens-sev-${worst.severity}`} aria-hidden="true" /> : null}
        </button>
      </div>
    );
  }
  return (
    <section
      class={`lens-root lens-overlay lens-${corner}`}
      data-testid="lens-overlay"
      data-state="open"
      aria-label="LP Risk Lens"
    >
      <header class="lens-overlay-header">
        <div class="lens-overlay-title">
          <strong data-testid="lens-pool">{pool}</strong>
          <span class="lens-muted" data-testid="lens-where">
            {header.site} · {header.chain} · {header.pageKind}
          </span>
        </div>
        <div class="lens-overlay-actions">
          <button
            type="button"
            data-testid="lens-move"
            onClick={onMoveCorner}
            title="Move to the next corner"
            aria-label={`Move (now ${CORNER_NAMES[corner]})`}
          >
            ⇲
          </button>
          <button
            type="button"
            data-testid="lens-collapse"
            onClick={onToggleCollapsed}
            title="Collapse"
            aria-label="Collapse"
          >
            –
          </button>
          <button
            type="button"
            data-testid="lens-dismiss"
            onClick={onDismiss}
            title="Hide on this site"
            aria-label="Hide on this site"
          >
            ×
          </button>
        </div>
      </header>
      {view ? (
        <Figures view={view} />
      ) : (
        <p class="lens-muted" data-testid="lens-working">
          Working out the figures…
        </p>
      )}
    </section>
  );
}

function Figures({ view: m }: { view: OverlayView }) {
  return (
    <>
      <dl class="lens-overlay-facts">
        <div>
          <dt>Pool type</dt>
          <dd data-testid="lens-pool-kind">{m.poolKindName}</dd>
        </div>
        <div>
          <dt>Fee tier</dt>
          <dd data-testid="lens-fee-tier">{m.feeTier}</dd>
        </div>
        {m.pool !== m.poolId && (
          <div>
            <dt>From the URL</dt>
            <dd>{m.poolId}</dd>
          </div>
        )}
      </dl>
      {m.warnings.slice(0, 3).map((hit) => (
        <p key={hit.id} class={`lens-warning lens-sev-${hit.severity}`} data-testid={`lens-warning-${hit.id}`}>
          <SeverityLabel severity={hit.severity} /> <strong>{hit.title}.</strong> {hit.reason}
        </p>
      ))}
      {m.ilRows ? (
        <div data-testid="lens-il">
          <p class="lens-muted">Impermanent loss if the price moves, for {m.ilBasis}:</p>
          <table class="lens-table">
            <tbody>
              <tr>
                {m.ilRows.map((row) => (
                  <th scope="col" key={row.key}>
                    {row.move}
                  </th>
                ))}
              </tr>
              <tr>
                {m.ilRows.map((row) => (
                  <td key={row.key} data-testid={`lens-il-${row.key}`}>
                    {row.il}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      ) : null}
      <LiveSection live={m.live} />
      {m.missing.length > 0 && (
        <ul class="lens-missing" data-testid="lens-missing" aria-label="Not known yet">
          {m.missing.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </>
  );
}

const LIVE_STATUS_TEXT: Record<OverlayLiveView['status'], string> = {
  loading: 'Fetching live pool data…',
  ok: '',
  unavailable: 'Live pool data is unavailable right now.',
  unresolved: 'Live pool data cannot be looked up from this page.',
};

function LiveSection({ live }: { live: OverlayLiveView }) {
  return (
    <div class="lens-live" data-testid="lens-live" data-status={live.status}>
      {live.status !== 'ok' && (
        <p class="lens-muted" data-testid="lens-live-status">
          {LIVE_STATUS_TEXT[live.status]}
        </p>
      )}
      {live.figures.length > 0 && (
        <>
          {live.positionLabel && <p class="lens-muted">Live figures, for {live.positionLabel}:</p>}
          <dl class="lens-overlay-facts">
            {live.figures.map((figure) => (
              <div key={figure.testId}>
                <dt>{figure.label}</dt>
                <dd data-testid={figure.testId}>{figure.value}</dd>
                {figure.note && <dd class="lens-note">{figure.note}</dd>}
              </div>
            ))}
          </dl>
        </>
      )}
      {live.sources.length > 0 && (
        <ul class="lens-sources" data-testid="lens-sources" aria-label="Sources">
          {live.sources.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {live.notes.length > 0 && (
        <ul class="lens-notes" data-testid="lens-live-notes">
          {live.notes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
