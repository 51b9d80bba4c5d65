import type { PoolPageRef } from '../../core/sites/index';
import { pairForDisplay } from '../../core/symbol-text';
import type { OverlayView } from '../messages/overlay';
import type { PageFacts } from '../messages/page';
import { PAGE_KIND_NAMES, SITE_NAMES, chainName, poolIdLabel } from './labels';
import { t } from '../i18n/index';

/** The overlay's first line, known from the URL and the page alone: shown at once, before any math. */
export interface OverlayHeader {
  site: string;
  chain: string;
  pageKind: string;
  pool: string;
  poolId: string;
}

export function overlayHeader(ref: PoolPageRef, facts: PageFacts): OverlayHeader {
  const pair = pairForDisplay(facts.symbol0, facts.symbol1); // look-alike symbols flagged
  return {
    site: SITE_NAMES[ref.site],
    chain: chainName(ref.chain),
    pageKind: PAGE_KIND_NAMES[ref.kind],
    pool: pair ?? poolIdLabel(ref.pool),
    poolId: poolIdLabel(ref.pool),
  };
}

/** A view with only its header, saying in one note why the figures are missing. */
export function unavailableView(header: OverlayHeader, note: string): OverlayView {
  return {
    ...header,
    poolKindName: t('live.unknown'),
    feeTier: t('live.unknown'),
    ilRows: null,
    ilBasis: null,
    ilMoves: t('overlay.ilMovesShort'),
    pageRead: { read: [], notRead: [] },
    warnings: [],
    missing: [],
    live: { ...EMPTY_LIVE, status: 'unavailable', notes: [note] },
  };
}

/** A live section with nothing in it yet. */
export const EMPTY_LIVE: OverlayView['live'] = {
  status: 'loading',
  figures: [],
  positionLabel: null,
  inputs: [],
  deposit: null,
  orientation: null,
  sources: [],
  notes: [],
};
