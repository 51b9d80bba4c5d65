import { useState } from 'preact/hooks';
import { parseDepositText } from '../lib/present/deposit-input';
import type { OverlayCorner } from '../lib/settings/items';
import type { OverlayLiveView, OverlayView } from '../lib/messages/overlay';
import type { OverlayHeader } from '../lib/present/overlay-header';
import { PayoffChart } from './PayoffChart';
import { SEVERITY_LABELS, SeverityLabel } from './SeverityLabel';

export interface OverlayProps {
  header: OverlayHeader;
  /** Null until the service worker has worked out the figures. */
  view: OverlayView | null;
  collapsed: boolean;
  corner: OverlayCorner;
  onToggleCollapsed(): void;
  onDismiss(): void;
  onMoveCorner(): void;
  /** Saves a deposit typed in the overlay (already checked). */
  onDepositChange(usd: string): void;
  /** Turns prices round (USDC per WETH <-> WETH per USDC). */
  onFlip(): void;
  /** Compact: the verdict, three figures and the deposit; the rest behind "Details". */
  compact: boolean;
  onToggleDetails(): void;
  /** Hidden on this site a moment ago: the undo bar shows until the hide is final. */
  hiding: boolean;
  onUndoHide(): void;
  /** Dragged and let go: the corner nearest to where it was dropped. */
  onSnapTo(corner: OverlayCorner): void;
  /** The height that keeps the panel within about 30 % of the viewport. */
  maxHeightPx: number;
}

const CORNER_NAMES: Record<OverlayCorner, string> = {
  'bottom-right': 'bottom right',
  'bottom-left': 'bottom left',
  'top-left': 'top left',
  'top-right': 'top right',
};

/** The in-page panel: compact, in a corner the user picks, collapsible to a badge, closable per site. */
export function Overlay({
  header,
  view,
  collapsed,
  corner,
  onToggleCollapsed,
  onDismiss,
  onMoveCorner,
  onDepositChange,
  onFlip,
  compact,
  onToggleDetails,
  hiding,
  onUndoHide,
  onSnapTo,
  maxHeightPx,
}: OverlayProps) {
  const pool = view?.pool ?? header.pool;
  const worst = view?.warnings[0];
  const drag = useCornerDrag(onSnapTo);
  if (hiding) {
    return (
      <div class={`lens-root lens-overlay lens-${corner} lens-hiding`} data-testid="lens-overlay" data-state="hiding">
        <p class="lens-muted" role="status">
          Hidden on this site.{' '}
          <button type="button" class="lens-link" data-testid="lens-undo" onClick={onUndoHide}>
            Undo
          </button>
        </p>
      </div>
    );
  }
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
          aria-label={`LP Risk Lens: ${pool}${worst ? `, ${SEVERITY_LABELS[worst.severity].text.toLowerCase()}: ${worst.title}` : ''}. Expand`}
        >
          LP {worst ? <SeverityLabel severity={worst.severity} /> : null}
        </button>
      </div>
    );
  }
  return (
    <section
      class={`lens-root lens-overlay lens-${corner}${compact ? ' lens-compact' : ''}`}
      data-testid="lens-overlay"
      data-state="open"
      data-compact={compact ? 'true' : 'false'}
      aria-label="LP Risk Lens"
      style={{ maxHeight: `${maxHeightPx}px`, ...drag.style }}
    >
      <header class="lens-overlay-header" {...drag.handlers}>
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
        <>
          {compact ? (
            <CompactFigures view={view} onDepositChange={onDepositChange} />
          ) : (
            <Figures view={view} onDepositChange={onDepositChange} onFlip={onFlip} />
          )}
          <button type="button" class="lens-link lens-details" data-testid="lens-details" onClick={onToggleDetails}>
            {compact ? 'Details' : 'Fewer details'}
          </button>
        </>
      ) : (
        <p class="lens-muted" data-testid="lens-working">
          Working out the figures…
        </p>
      )}
    </section>
  );
}

/** The figures that decide, for small windows: the worst warning, three live figures and the deposit. */
const KEY_FIGURES = ['live-position-apr', 'live-expected-apr', 'live-lvr', 'live-net'];

function CompactFigures({ view: m, onDepositChange }: { view: OverlayView } & Pick<OverlayProps, 'onDepositChange'>) {
  const worst = m.warnings[0];
  const figures = m.live.figures.filter((figure) => KEY_FIGURES.includes(figure.testId)).slice(0, 3);
  return (
    <>
      {worst && (
        <p class={`lens-warning lens-sev-${worst.severity}`} data-testid={`lens-warning-${worst.id}`}>
          <SeverityLabel severity={worst.severity} /> <strong>{worst.title}.</strong>
        </p>
      )}
      {m.live.deposit && (
        <DepositLine key={m.live.deposit.usd} deposit={m.live.deposit} onDepositChange={onDepositChange} />
      )}
      {figures.length > 0 ? (
        <dl class="lens-overlay-facts">
          {figures.map((figure) => (
            <div key={figure.testId}>
              <dt>{figure.label}</dt>
              <dd data-testid={figure.testId}>{figure.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p class="lens-muted" data-testid="lens-live-status">
          {LIVE_STATUS_TEXT[m.live.status] || 'No live figures for this pool.'}
        </p>
      )}
    </>
  );
}

/**
 * Dragging by the header: the panel follows the pointer and, let go, snaps to the nearest corner (a corner
 * never covers the middle of the page, where DEX forms are). Buttons in the header keep their clicks.
 */
function useCornerDrag(onSnapTo: (corner: OverlayCorner) => void) {
  const [offset, setOffset] = useState<{ x: number; y: number } | null>(null);
  const [start, setStart] = useState<{ x: number; y: number } | null>(null);
  return {
    style: offset ? { transform: `translate(${offset.x}px, ${offset.y}px)` } : {},
    handlers: {
      onPointerDown: (event: PointerEvent) => {
        if ((event.target as Element).closest('button, input, a')) return;
        (event.currentTarget as Element).setPointerCapture(event.pointerId);
        setStart({ x: event.clientX, y: event.clientY });
      },
      onPointerMove: (event: PointerEvent) => {
        if (start) setOffset({ x: event.clientX - start.x, y: event.clientY - start.y });
      },
      onPointerUp: (event: PointerEvent) => {
        if (!start) return;
        const moved = Math.abs(event.clientX - start.x) + Math.abs(event.clientY - start.y) > 8;
        setStart(null);
        setOffset(null);
        if (!moved) return;
        const view = (event.currentTarget as Element).ownerDocument.defaultView;
        const top = event.clientY < (view?.innerHeight ?? 0) / 2;
        const left = event.clientX < (view?.innerWidth ?? 0) / 2;
        onSnapTo(`${top ? 'top' : 'bottom'}-${left ? 'left' : 'right'}`);
      },
    },
  };
}

function Figures({
  view: m,
  onDepositChange,
  onFlip,
}: { view: OverlayView } & Pick<OverlayProps, 'onDepositChange' | 'onFlip'>) {
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
          <p class="lens-muted">
            Impermanent loss if {m.ilMoves} moves, for {m.ilBasis}:
          </p>
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
      <PayoffChart chart={m.chart} size="compact" />
      <LiveSection live={m.live} onDepositChange={onDepositChange} onFlip={onFlip} />
      <PageRead reading={m.pageRead} />
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

/** One small line: what the overlay took from the page, and what it looked for and did not find. */
function PageRead({ reading }: { reading: OverlayView['pageRead'] }) {
  if (reading.read.length === 0 && reading.notRead.length === 0) return null;
  return (
    <p class="lens-muted lens-page-read" data-testid="lens-page-read">
      {reading.read.length > 0 && <>Read on this page: {reading.read.join('; ')}. </>}
      {reading.notRead.length > 0 && (
        <span data-testid="lens-not-read">Not found on this page: {reading.notRead.join(', ')}.</span>
      )}
    </p>
  );
}

const LIVE_STATUS_TEXT: Record<OverlayLiveView['status'], string> = {
  loading: 'Fetching live pool data…',
  ok: '',
  unavailable: 'Live pool data is unavailable right now.',
  unresolved: 'Live pool data cannot be looked up from this page.',
};

function LiveSection({
  live,
  onDepositChange,
  onFlip,
}: { live: OverlayLiveView } & Pick<OverlayProps, 'onDepositChange' | 'onFlip'>) {
  return (
    <div class="lens-live" data-testid="lens-live" data-status={live.status}>
      {live.status !== 'ok' && (
        <p class="lens-muted" data-testid="lens-live-status">
          {LIVE_STATUS_TEXT[live.status]}
        </p>
      )}
      {live.deposit && <DepositLine key={live.deposit.usd} deposit={live.deposit} onDepositChange={onDepositChange} />}
      {live.orientation && (
        <p class="lens-muted lens-orientation">
          Prices in <span data-testid="lens-price-unit">{live.orientation.unit}</span>{' '}
          <button type="button" class="lens-link" data-testid="lens-flip" onClick={onFlip}>
            show in {live.orientation.flippedUnit}
          </button>
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
      {live.inputs.length > 0 && (
        <details class="lens-inputs" data-testid="lens-inputs">
          <summary>Figures used and their sources</summary>
          <dl class="lens-overlay-facts">
            {live.inputs.map((input) => (
              <div key={input.testId}>
                <dt>{input.label}</dt>
                <dd data-testid={input.testId}>{input.value}</dd>
                <dd class="lens-note">{input.source ?? 'source not on record'}</dd>
              </div>
            ))}
          </dl>
        </details>
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

/** The deposit the figures are for: editable in place when it is the user's setting. */
function DepositLine({
  deposit,
  onDepositChange,
}: { deposit: NonNullable<OverlayLiveView['deposit']> } & Pick<OverlayProps, 'onDepositChange'>) {
  const [error, setError] = useState<string | null>(null);
  if (deposit.from !== 'setting') {
    return (
      <p class="lens-deposit" data-testid="lens-deposit" data-from={deposit.from}>
        Deposit <strong data-testid="lens-deposit-usd">{deposit.usd}</strong>: {deposit.note}
      </p>
    );
  }
  const save = (text: string) => {
    const parsed = parseDepositText(text);
    setError(parsed.ok ? null : parsed.error);
    if (parsed.ok) onDepositChange(parsed.usd);
  };
  return (
    <form
      class="lens-deposit"
      data-testid="lens-deposit"
      data-from="setting"
      onSubmit={(e) => {
        e.preventDefault();
        save(new FormData(e.currentTarget).get('deposit')?.toString() ?? '');
      }}
    >
      <label>
        Deposit (USD){' '}
        <input
          name="deposit"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          size={10}
          data-testid="lens-deposit-input"
          defaultValue={deposit.usd.replace(/^\$/, '')}
          aria-invalid={error ? true : undefined}
          onChange={(e) => save(e.currentTarget.value)}
        />
      </label>
      {error && (
        <span class="lens-error" role="alert" data-testid="lens-deposit-error">
          {error}
        </span>
      )}
    </form>
  );
}
