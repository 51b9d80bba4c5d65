import { useEffect, useState } from 'preact/hooks';
import type { PoolPageRef } from '../core/index';
import type { PageFacts } from './messages';
import { buildOverlayModel, type LiveState } from './overlay-model';
import { Overlay } from './Overlay';
import { OVERLAY_CORNERS, defaultDepositUsd, overlayCollapsed, overlayCorner, setDismissed, type OverlayCorner } from './settings';

export interface OverlayAppProps {
  pageRef: PoolPageRef;
  facts: PageFacts;
  host: string;
  live: LiveState;
  /** Called after the user hid the overlay on this site. */
  onDismissed(): void;
}

/** The overlay with its remembered state (corner, collapsed) in extension storage. */
export function OverlayApp({ pageRef, facts, host, live, onDismissed }: OverlayAppProps) {
  const [corner, setCorner] = useState<OverlayCorner>('bottom-right');
  const [collapsed, setCollapsed] = useState(false);
  const [depositUsd, setDepositUsd] = useState('1000');
  useEffect(() => {
    void overlayCorner.getValue().then(setCorner);
    void overlayCollapsed.getValue().then(setCollapsed);
    void defaultDepositUsd.getValue().then(setDepositUsd);
  }, []);
  const model = buildOverlayModel(pageRef, facts, { live, depositUsd, now: Date.now() });
  return (
    <Overlay
      model={model}
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
    />
  );
}
