import { useState } from 'preact/hooks';
import { parseDepositText } from '../lib/present/deposit-input';
import type { OverlayCorner } from '../lib/settings/items';
import type { OverlayLiveView, OverlayView } from '../lib/messages/overlay';
import type { OverlayHeader } from '../lib/present/overlay-header';
import { PayoffChart } from './PayoffChart';
import { RiskExtras } from './RiskExtras';
import { SEVERITY_LABELS, SeverityLabel } from './SeverityLabel';
import { t } from '../lib/i18n/index';

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
  'bottom-right': t('overlay.corner.bottomRight'),
  'bottom-left': t('overlay.corner.bottomLeft'),
  'top-left': t('overlay.corner.topLeft'),
  'top-right': t('overlay.corner.topRight'),
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
          {t('overlay.hidden')}{' '}
          <button type="button" class="lens-link" data-testid="lens-undo" onClick={onUndoHide}>
            {t('overlay.undo')}
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
          aria-label={
            worst
              ? t('overlay.expandWarning', {
                  pool,
                  severity: SEVERITY_LABELS[worst.severity].text.toLowerCase(),
                  warning: worst.title,
                })
              : t('overlay.expand', { pool })
          }
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
            title={t('overlay.move')}
            aria-label={t('overlay.moveNow', { corner: CORNER_NAMES[corner] })}
          >
            ⇲
          </button>
          <button
            type="button"
            data-testid="lens-collapse"
            onClick={onToggleCollapsed}
            title={t('overlay.collapse')}
            aria-label={t('overlay.collapse')}
          >
            –
          </button>
          <button
            type="button"
            data-testid="lens-dismiss"
            onClick={onDismiss}
            title={t('overlay.hide')}
            aria-label={t('overlay.hide')}
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
            {compact ? t('overlay.details') : t('overlay.fewerDetails')}
          </button>
        </>
      ) : (
        <p class="lens-muted" data-testid="lens-working">
          {t('overlay.working')}
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
          <SeverityLabel severity={worst.severity} /> <strong>{t('overlay.sentence', { text: worst.title })}</strong>
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
          {LIVE_STATUS_TEXT[m.live.status] || t('overlay.noLive')}
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
          <dt>{t('overlay.poolType')}</dt>
          <dd data-testid="lens-pool-kind">{m.poolKindName}</dd>
        </div>
        <div>
          <dt>{t('overlay.feeTier')}</dt>
          <dd data-testid="lens-fee-tier">{m.feeTier}</dd>
        </div>
        {m.pool !== m.poolId && (
          <div>
            <dt>{t('overlay.fromUrl')}</dt>
            <dd>{m.poolId}</dd>
          </div>
        )}
      </dl>
      {m.warnings.slice(0, 3).map((hit) => (
        <p key={hit.id} class={`lens-warning lens-sev-${hit.severity}`} data-testid={`lens-warning-${hit.id}`}>
          <SeverityLabel severity={hit.severity} /> <strong>{t('overlay.sentence', { text: hit.title })}</strong>{' '}
          {hit.reason}
        </p>
      ))}
      {m.warnings.length > 3 && (
        <p class="lens-muted" data-testid="lens-more-warnings">
          {t('overlay.moreWarnings', { count: m.warnings.length - 3 })}
        </p>
      )}
      {m.ilRows ? (
        <div data-testid="lens-il">
          <p class="lens-muted">{t('overlay.ilTitle', { moves: m.ilMoves, basis: m.ilBasis ?? '' })}</p>
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
        <ul class="lens-missing" data-testid="lens-missing" aria-label={t('overlay.notKnown')}>
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
      {reading.read.length > 0 && <>{t('overlay.readOnPage', { facts: reading.read.join(t('list.semicolon')) })} </>}
      {reading.notRead.length > 0 && (
        <span data-testid="lens-not-read">
          {t('overlay.notFoundOnPage', { facts: reading.notRead.join(t('list.comma')) })}
        </span>
      )}
    </p>
  );
}

const LIVE_STATUS_TEXT: Record<OverlayLiveView['status'], string> = {
  loading: t('overlay.fetching'),
  ok: '',
  unavailable: t('lookup.unavailable'),
  unresolved: t('overlay.unresolved'),
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
          {t('calc.pricesIn')} <span data-testid="lens-price-unit">{live.orientation.unit}</span>{' '}
          <button type="button" class="lens-link" data-testid="lens-flip" onClick={onFlip}>
            {t('overlay.showIn', { unit: live.orientation.flippedUnit })}
          </button>
        </p>
      )}
      {live.positionFees && (
        <p class="lens-position-fees">
          {t('overlay.uncollectedFees')} <strong data-testid="live-uncollected-fees">{live.positionFees.text}</strong>
          <span class="lens-note" data-testid="live-uncollected-fees-source">
            {' '}
            {live.positionFees.source ?? t('overlay.noSource')}
          </span>
        </p>
      )}
      {live.extras && <RiskExtras view={live.extras} />}
      {live.figures.length > 0 && (
        <>
          {live.positionLabel && <p class="lens-muted">{t('overlay.liveFor', { position: live.positionLabel })}</p>}
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
          <summary>{t('overlay.inputs')}</summary>
          <dl class="lens-overlay-facts">
            {live.inputs.map((input) => (
              <div key={input.testId}>
                <dt>{input.label}</dt>
                <dd data-testid={input.testId}>{input.value}</dd>
                <dd class="lens-note">{input.source ?? t('overlay.noSource')}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {live.sources.length > 0 && (
        <ul class="lens-sources" data-testid="lens-sources" aria-label={t('lookup.sources')}>
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
        {t('overlay.deposit')} <strong data-testid="lens-deposit-usd">{deposit.usd}</strong>
        {t('chart.colon')}
        {deposit.note}
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
        {t('overlay.depositUsd')}{' '}
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
