/**
 * The toolbar button's badge for a tab: "!" while the tab's pool page has a danger warning. `badgeFor` decides
 * (pure); `showBadge` tells the browser, per tab. Chrome's MV3 build has `action`, Firefox's MV2 build
 * `browserAction`: both take the same calls. Tab-specific badges need no permission, and both browsers drop
 * them when the tab loads another document; a route change inside the page is covered by the next overlay
 * view (a pool page) or by `clear` (see index.ts).
 */
import type { OverlayView } from '../../lib/messages/overlay';
import { t } from '../../lib/i18n/index';

export const ACTION_TITLE = 'LP Risk Lens';
/** The overlay's danger colour (components/lens.css, --lens-danger in the light scheme). */
export const DANGER_COLOUR = '#b3261e';

export interface Badge {
  text: '!' | '';
  title: string;
}

export const NO_BADGE: Badge = { text: '', title: ACTION_TITLE };

/** "!" when the view has a danger warning; the title names them. No view (not a pool page): no badge. */
export function badgeFor(view: OverlayView | null): Badge {
  const dangers = view?.warnings.filter((warning) => warning.severity === 'danger') ?? [];
  if (dangers.length === 0) return NO_BADGE;
  return {
    text: '!',
    title: [t('badge.danger', { name: ACTION_TITLE }), ...dangers.map((warning) => `- ${warning.title}`)].join('\n'),
  };
}

/** The calls of `browser.action` (MV3) and `browser.browserAction` (MV2) used here. */
export interface ActionLike {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

/**
 * Shows a tab's badge. Always calls: the browser drops a tab's badge on its own when the tab loads another
 * document, and a restarted worker remembers nothing, so a memory of what was shown would go wrong.
 */
export async function showBadge(action: ActionLike | undefined, tabId: number, badge: Badge): Promise<void> {
  if (!action) return;
  try {
    await Promise.all([
      action.setBadgeText({ tabId, text: badge.text }),
      ...(badge.text ? [action.setBadgeBackgroundColor({ tabId, color: DANGER_COLOUR })] : []),
      action.setTitle({ tabId, title: badge.title }),
    ]);
  } catch {
    // The tab was closed meanwhile: nothing to show it on.
  }
}
