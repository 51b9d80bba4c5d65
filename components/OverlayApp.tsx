import { useEffect, useRef, useState } from 'preact/hooks';
import { Overlay } from './Overlay';
import type { OverlayView } from '../lib/messages/overlay';
import type { OverlayHeader } from '../lib/present/overlay-header';
import {
  OVERLAY_CORNERS,
  overlayCollapsed,
  overlayCorner,
  depositSize,
  setDismissed,
  type OverlayCorner,
} from '../lib/settings/items';

export interface OverlayAppProps {
  header: OverlayHeader;
  view: OverlayView | null;
  host: string;
  /** Called after the user hid the overlay on this site. */
  onDismissed(): void;
  /** Turns the prices round; the page session asks for the figures again. */
  onFlip(): void;
}

/** How long "Hide on this site" can be undone before it is final. */
export const UNDO_HIDE_MS = 6000;

/** Small windows (a laptop's half screen, 1024 x 640) start compact: the page under the panel matters more. */
const isSmallViewport = () => window.innerWidth < 1100 || window.innerHeight < 700;

/** The panel's height cap: at most 70 % of the window's height, and within 30 % of its area at 360 px wide. */
function maxHeightPx(): number {
  const width = Math.min(360, window.innerWidth - 32);
  return Math.floor(Math.min(0.7 * window.innerHeight, (0.3 * window.innerWidth * window.innerHeight) / width));
}

/** The overlay with its remembered state (corner, collapsed) in extension storage. */
export function OverlayApp({ header, view, host, onDismissed, onFlip }: OverlayAppProps) {
  const [corner, setCorner] = useState<OverlayCorner>('bottom-right');
  const [collapsed, setCollapsed] = useState(false);
  const [compact, setCompact] = useState(isSmallViewport);
  const [hiding, setHiding] = useState(false);
  const [maxHeight, setMaxHeight] = useState(maxHeightPx);
  const hideTimer = useRef<number | undefined>(undefined);
  const touched = useRef(false);
  useEffect(() => {
    // A click that lands before storage answers wins over the stored value.
    void overlayCorner.getValue().then((stored) => !touched.current && setCorner(stored));
    void overlayCollapsed.getValue().then((stored) => !touched.current && setCollapsed(stored));
    const onResize = () => setMaxHeight(maxHeightPx());
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      window.clearTimeout(hideTimer.current);
    };
  }, []);
  const moveTo = (next: OverlayCorner) => {
    touched.current = true;
    setCorner(next);
    void overlayCorner.setValue(next);
  };
  return (
    <Overlay
      header={header}
      view={view}
      collapsed={collapsed}
      corner={corner}
      compact={compact}
      hiding={hiding}
      maxHeightPx={maxHeight}
      onToggleCollapsed={() => {
        touched.current = true;
        setCollapsed(!collapsed);
        void overlayCollapsed.setValue(!collapsed);
      }}
      onToggleDetails={() => setCompact(!compact)}
      onMoveCorner={() => moveTo(OVERLAY_CORNERS[(OVERLAY_CORNERS.indexOf(corner) + 1) % OVERLAY_CORNERS.length]!)}
      onSnapTo={moveTo}
      // Hiding is final only after a few seconds: until then one click brings the panel back.
      onDismiss={() => {
        setHiding(true);
        hideTimer.current = window.setTimeout(() => void setDismissed(host, true).then(onDismissed), UNDO_HIDE_MS);
      }}
      onUndoHide={() => {
        window.clearTimeout(hideTimer.current);
        setHiding(false);
      }}
      // The page session watches the setting and asks for the figures again: popup and overlay stay in step.
      onDepositChange={(usd) => void depositSize.setValue({ usd })}
      onFlip={onFlip}
    />
  );
}
