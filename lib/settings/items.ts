/**
 * Everything the extension remembers, as versioned storage items with migrations (extension storage, never
 * the page's). Every read is checked against its schema and falls back to the default when it does not fit.
 */
import * as v from 'valibot';
import { checkedItem } from './checked-item';

export const OVERLAY_CORNERS = ['bottom-right', 'bottom-left', 'top-left', 'top-right'] as const;
export type OverlayCorner = (typeof OVERLAY_CORNERS)[number];

const HOSTNAME = v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/));

/** Hostnames where the user closed the overlay; it stays closed there until re-enabled from the popup. */
export const dismissedSites = checkedItem('local:lens:dismissedSites', v.pipe(v.array(HOSTNAME), v.maxLength(1000)), {
  fallback: [],
  version: 2,
  // v2: hostnames are compared as the browser reports them, lower case; anything else is dropped.
  migrations: {
    2: (old) =>
      Array.isArray(old)
        ? [...new Set(old.filter((h) => typeof h === 'string').map((h) => h.toLowerCase()))]
            .filter((h) => v.is(HOSTNAME, h))
            .sort()
        : [],
  },
});

export const overlayCorner = checkedItem('local:lens:overlayCorner', v.picklist(OVERLAY_CORNERS), {
  fallback: 'bottom-right',
  version: 1,
});

export const overlayCollapsed = checkedItem('local:lens:overlayCollapsed', v.boolean(), {
  fallback: false,
  version: 1,
});

const DepositSchema = v.object({ usd: v.pipe(v.string(), v.maxLength(40), v.regex(/^\d+(\.\d+)?$/)) });
export const DEFAULT_DEPOSIT = { usd: '1000' };

/** The deposit the overlay sizes fee share and projections for. v2 names its currency (v1 was a bare string). */
export const depositSize = checkedItem('local:lens:defaultDepositUsd', DepositSchema, {
  fallback: DEFAULT_DEPOSIT,
  version: 2,
  migrations: {
    2: (old) => (typeof old === 'string' && v.is(DepositSchema, { usd: old }) ? { usd: old } : DEFAULT_DEPOSIT),
  },
});

export async function isDismissed(host: string): Promise<boolean> {
  return (await dismissedSites.getValue()).includes(host);
}

export async function setDismissed(host: string, dismissed: boolean): Promise<void> {
  const hosts = new Set(await dismissedSites.getValue());
  if (dismissed) hosts.add(host);
  else hosts.delete(host);
  await dismissedSites.setValue([...hosts].sort());
}

export const MAX_RECENT_LOOKUPS = 10;
const RecentLookupSchema = v.object({
  label: v.pipe(v.string(), v.maxLength(120)),
  target: v.union([
    v.object({ url: v.pipe(v.string(), v.maxLength(4096)) }),
    v.object({ chain: v.pipe(v.string(), v.maxLength(40)), address: v.pipe(v.string(), v.maxLength(80)) }),
  ]),
});
export type RecentLookup = v.InferOutput<typeof RecentLookupSchema>;

/** The last lookups from the popup, newest first. */
export const recentLookups = checkedItem(
  'local:lens:recentLookups',
  v.pipe(v.array(RecentLookupSchema), v.maxLength(MAX_RECENT_LOOKUPS)),
  { fallback: [], version: 1 },
);

export async function rememberLookup(entry: RecentLookup): Promise<void> {
  // Compared by fields: storage does not keep an object's key order, so JSON text would not match.
  const keyOf = (t: RecentLookup['target']) => ('url' in t ? t.url : `${t.chain}:${t.address}`);
  const same = (a: RecentLookup) => keyOf(a.target) === keyOf(entry.target);
  const list = (await recentLookups.getValue()).filter((item) => !same(item));
  await recentLookups.setValue([entry, ...list].slice(0, MAX_RECENT_LOOKUPS));
}
