/**
 * Cached, de-duplicated loads: one request in flight per key however many tabs ask, results kept in
 * extension storage with a TTL, and the last good value served as stale (with its age) when a refresh fails.
 */
import { lt, type Said } from '../../lib/i18n/localized-text';

export interface CacheEntry {
  value: unknown;
  fetchedAt: number;
}

export interface CacheStore {
  get(key: string): Promise<CacheEntry | undefined>;
  set(key: string, entry: CacheEntry): Promise<void>;
}

export type LoadResult<T> =
  | { ok: true; value: T; fetchedAt: number }
  /** `superseded`: the caller that started the load no longer wants it; callers that joined it load again. */
  | { ok: false; problem: Said; superseded?: boolean };

export type CachedValue<T> =
  | { state: 'fresh'; value: T; fetchedAt: number }
  | { state: 'stale'; value: T; fetchedAt: number; problem: Said; superseded?: boolean }
  | { state: 'unavailable'; problem: Said; superseded?: boolean };

/**
 * Loads have their own deadlines (8 s); this is the backstop for one that never settles, which would
 * otherwise hold its key, and every later caller that joins it, for ever.
 */
export const MAX_LOAD_MS = 30_000;

function withinTime<T>(promise: Promise<LoadResult<T>>, ms: number): Promise<LoadResult<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<LoadResult<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, problem: lt('worker.problem.noAnswerIn30s') }), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export class LoadCache {
  private readonly inflight = new Map<string, Promise<CachedValue<unknown>>>();
  private writeFailed = false;

  constructor(
    private readonly store: CacheStore,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The value for `key`: from the cache while younger than `ttlMs`, else from `load` (shared by concurrent
   * callers). `validate` re-checks what storage returns, which may come from an older version.
   */
  async get<T>(
    key: string,
    ttlMs: number,
    validate: (value: unknown) => T | null,
    load: () => Promise<LoadResult<T>>,
  ): Promise<CachedValue<T>> {
    const cached = await this.read(key, validate);
    if (cached && this.now() - cached.fetchedAt < ttlMs) return { state: 'fresh', ...cached };
    const running = this.inflight.get(key) as Promise<CachedValue<T>> | undefined;
    if (running) {
      const shared = await running;
      // Another tab's load, cancelled because that tab moved on: this caller still wants the value.
      return 'superseded' in shared && shared.superseded ? this.get(key, ttlMs, validate, load) : shared;
    }
    // Removed from the in-flight map before any caller sees the result, so a retry starts a load of its own.
    const task = this.refresh(key, cached, load).finally(() => this.inflight.delete(key));
    this.inflight.set(key, task);
    return task;
  }

  private async refresh<T>(
    key: string,
    cached: { value: T; fetchedAt: number } | null,
    load: () => Promise<LoadResult<T>>,
  ): Promise<CachedValue<T>> {
    let result: LoadResult<T>;
    try {
      result = await withinTime(load(), MAX_LOAD_MS);
    } catch (error) {
      result = { ok: false, problem: error instanceof Error ? error.message : lt('worker.problem.failed') };
    }
    if (result.ok) {
      await this.remember(key, { value: result.value, fetchedAt: result.fetchedAt });
      return { state: 'fresh', value: result.value, fetchedAt: result.fetchedAt };
    }
    const superseded = result.superseded ? { superseded: true } : {};
    return cached
      ? { state: 'stale', ...cached, problem: result.problem, ...superseded }
      : { state: 'unavailable', problem: result.problem, ...superseded };
  }

  /** A value that cannot be stored (storage full, or failing) is still the answer: it is just not kept. */
  private async remember(key: string, entry: CacheEntry): Promise<void> {
    try {
      await this.store.set(key, entry);
    } catch (error) {
      if (!this.writeFailed) console.warn('the live-data cache could not be written; lookups go on uncached', error);
      this.writeFailed = true;
    }
  }

  private async read<T>(
    key: string,
    validate: (value: unknown) => T | null,
  ): Promise<{ value: T; fetchedAt: number } | null> {
    const entry = await this.store.get(key);
    if (!entry || typeof entry.fetchedAt !== 'number' || entry.fetchedAt > this.now() + 60_000) return null;
    const value = validate(entry.value);
    return value === null ? null : { value, fetchedAt: entry.fetchedAt };
  }
}

/** The storage area calls the cache uses (browser.storage.local has them all). */
export interface CacheArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface CacheBounds {
  /** At most this many entries and this many bytes of JSON; the least recently written go first. */
  maxEntries: number;
  maxBytes: number;
  /** Entries older than this are dropped whatever the room: nothing the extension shows is that old. */
  maxAgeMs: number;
  /** Prune after this many writes (pruning reads the whole area, so not on every write). */
  pruneEvery: number;
}

/** A few hundred pools' worth, well under storage.local's 10 MB. */
export const CACHE_BOUNDS: CacheBounds = {
  maxEntries: 400,
  maxBytes: 4 * 1024 * 1024,
  maxAgeMs: 7 * 24 * 60 * 60_000,
  pruneEvery: 25,
};

export interface BoundedCacheStore extends CacheStore {
  /** Drops expired, malformed and least recently written entries until the store is within its bounds. */
  prune(): Promise<void>;
}

/**
 * A cache in `browser.storage.local` (or any area with the same shape), under one key prefix, bounded by
 * count, size and age. A write that fails (the area is full) prunes and tries once more.
 */
export function storageCacheStore(
  area: CacheArea,
  {
    prefix = 'lens:cache:',
    bounds = CACHE_BOUNDS,
    now = Date.now,
  }: { prefix?: string; bounds?: CacheBounds; now?: () => number } = {},
): BoundedCacheStore {
  let writes = 0;
  const prune = async () => {
    const all = await area.get(null);
    const oldest = now() - bounds.maxAgeMs;
    const entries = Object.entries(all)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, item]) => {
        const fetchedAt =
          item && typeof item === 'object' && typeof (item as CacheEntry).fetchedAt === 'number'
            ? (item as CacheEntry).fetchedAt
            : -1;
        return { key, fetchedAt, bytes: key.length + JSON.stringify(item ?? null).length };
      })
      .sort((a, b) => b.fetchedAt - a.fetchedAt);
    const drop: string[] = [];
    let count = 0;
    let bytes = 0;
    for (const entry of entries) {
      const keep = entry.fetchedAt >= oldest && count < bounds.maxEntries && bytes + entry.bytes <= bounds.maxBytes;
      if (keep) {
        count += 1;
        bytes += entry.bytes;
      } else drop.push(entry.key);
    }
    if (drop.length > 0) await area.remove(drop);
  };
  return {
    prune,
    async get(key) {
      const item = (await area.get(prefix + key))[prefix + key];
      return item && typeof item === 'object' ? (item as CacheEntry) : undefined;
    },
    async set(key, entry) {
      try {
        await area.set({ [prefix + key]: entry });
      } catch {
        await prune();
        await area.set({ [prefix + key]: entry });
      }
      writes += 1;
      if (writes % bounds.pruneEvery === 0) await prune();
    },
  };
}
