/**
 * Cached, de-duplicated loads: one request in flight per key however many tabs ask, results kept in
 * extension storage with a TTL, and the last good value served as stale (with its age) when a refresh fails.
 */

export interface CacheEntry {
  value: unknown;
  fetchedAt: number;
}

export interface CacheStore {
  get(key: string): Promise<CacheEntry | undefined>;
  set(key: string, entry: CacheEntry): Promise<void>;
}

export type LoadResult<T> = { ok: true; value: T; fetchedAt: number } | { ok: false; problem: string };

export type CachedValue<T> =
  | { state: 'fresh'; value: T; fetchedAt: number }
  | { state: 'stale'; value: T; fetchedAt: number; problem: string }
  | { state: 'unavailable'; problem: string };

export class LoadCache {
  private readonly inflight = new Map<string, Promise<CachedValue<unknown>>>();

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
    if (running) return running;
    const task = this.refresh(key, cached, load);
    this.inflight.set(key, task);
    try {
      return await task;
    } finally {
      this.inflight.delete(key);
    }
  }

  private async refresh<T>(
    key: string,
    cached: { value: T; fetchedAt: number } | null,
    load: () => Promise<LoadResult<T>>,
  ): Promise<CachedValue<T>> {
    let result: LoadResult<T>;
    try {
      result = await load();
    } catch (error) {
      result = { ok: false, problem: error instanceof Error ? error.message : 'failed' };
    }
    if (result.ok) {
      await this.store.set(key, { value: result.value, fetchedAt: result.fetchedAt });
      return { state: 'fresh', value: result.value, fetchedAt: result.fetchedAt };
    }
    return cached
      ? { state: 'stale', ...cached, problem: result.problem }
      : { state: 'unavailable', problem: result.problem };
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

/** A cache in `browser.storage.local` (or any area with the same shape), under one key prefix. */
export function storageCacheStore(
  area: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> },
  prefix = 'lens:cache:',
): CacheStore {
  return {
    async get(key) {
      const item = (await area.get(prefix + key))[prefix + key];
      return item && typeof item === 'object' ? (item as CacheEntry) : undefined;
    },
    async set(key, entry) {
      await area.set({ [prefix + key]: entry });
    },
  };
}
