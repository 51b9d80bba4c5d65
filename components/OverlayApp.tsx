import { useEffect, useState } from 'preact/hooks';
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

/** The overlay with its remembered state (corner, collapsed) in extension storage. */
export function OverlayApp({ header, view, host, onDismissed, onFlip }: OverlayAppProps) {
  const [corner, setCorner] = useState<OverlayCorner>('bottom-right');
  const [collapsed, setCollapsed] = useState(false);
  useEffect(() => {
    void overlayCorner.getValue().then(setCorner);
    void overlayCollapsed.getValue().then(setCollapsed);
  }, []);
  return (
    <Overlay
      header={header}
      view={view}
      collapsed={collapsed}
      corner={corner}
      onToggleCollapsed={() => {
        setCollapsed(!collapsed);
        void overlayCollapsed.setValue(!collapsed);
      }}
      onMoveCorner={() => {
        const next = OVERLAY_CORNERS[(OVERLAY_CORNERS.indexOf(corner) + 1) % OVERLAY_CORNERS.length]!;
        setCorner(next);
        void overlayCorner.setValue(next);
      }}
      onDismiss={() => void setDismissed(host, true).then(onDismissed)}
      // The page session watches the setting and asks for the figures again: popup and overlay stay in step.
      onDepositChange={(usd) => void depositSize.setValue({ usd })}
      onFlip={onFlip}
    />
  );
}
