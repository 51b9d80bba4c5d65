/** Everything the extension remembers, as versioned WXT storage items (extension storage, never the page's). */
import { storage } from '#imports';
import { LpInputError, positive } from '../../core/index';

export type OverlayCorner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
export const OVERLAY_CORNERS: readonly OverlayCorner[] = ['bottom-right', 'bottom-left', 'top-left', 'top-right'];

/** Hostnames where the user closed the overlay; it stays closed there until re-enabled from the popup. */
export const dismissedSites = storage.defineItem<string[]>('local:lens:dismissedSites', { fallback: [], version: 1 });

export const overlayCorner = storage.defineItem<OverlayCorner>('local:lens:overlayCorner', { fallback: 'bottom-right', version: 1 });

export const overlayCollapsed = storage.defineItem<boolean>('local:lens:overlayCollapsed', { fallback: false, version: 1 });

/** The deposit the overlay sizes fee share and projections for, in USD. */
export const defaultDepositUsd = storage.defineItem<string>('local:lens:defaultDepositUsd', { fallback: '1000', version: 1 });

/** The user's deposit size; a value storage should never hold falls back to $1,000 rather than breaking a view. */
export async function depositUsdSetting(): Promise<string> {
  try {
    return positive(await defaultDepositUsd.getValue(), 'deposit').toString();
  } catch (error) {
    if (error instanceof LpInputError) return '1000';
    throw error;
  }
}

export async function isDismissed(host: string): Promise<boolean> {
  return (await dismissedSites.getValue()).includes(host);
}

export async function setDismissed(host: string, dismissed: boolean): Promise<void> {
  const hosts = new Set(await dismissedSites.getValue());
  if (dismissed) hosts.add(host);
  else hosts.delete(host);
  await dismissedSites.setValue([...hosts].sort());
}

export interface RecentLookup {
  label: string;
  target: { url: string } | { chain: string; address: string };
}

/** The last lookups from the popup, newest first, at most 10. */
export const recentLookups = storage.defineItem<RecentLookup[]>('local:lens:recentLookups', { fallback: [], version: 1 });
export const MAX_RECENT_LOOKUPS = 10;

export async function rememberLookup(entry: RecentLookup): Promise<void> {
  // Compared by fields: storage does not keep an object's key order, so JSON text would not match.
  const keyOf = (t: RecentLookup['target']) => ('url' in t ? t.url : `${t.chain}:${t.address}`);
  const same = (a: RecentLookup) => keyOf(a.target) === keyOf(entry.target);
  const list = (await recentLookups.getValue()).filter((item) => !same(item));
  await recentLookups.setValue([entry, ...list].slice(0, MAX_RECENT_LOOKUPS));
}
