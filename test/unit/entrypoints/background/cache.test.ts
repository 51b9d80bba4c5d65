import { said } from '../../said';
import { describe, expect, it, vi } from 'vitest';
import {
  LoadCache,
  MAX_LOAD_MS,
  storageCacheStore,
  type CacheEntry,
  type CacheStore,
} from '../../../../entrypoints/background/cache';

function memoryStore(): CacheStore & { data: Map<string, CacheEntry> } {
  const data = new Map<string, CacheEntry>();
  return { data, get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) };
}
const asNumber = (v: unknown) => (typeof v === 'number' ? v : null);

describe('LoadCache', () => {
  it('serves from cache within the TTL, reloads after it', async () => {
    let now = 0;
    const cache = new LoadCache(memoryStore(), () => now);
    let loads = 0;
    const load = async () => ({ ok: true as const, value: ++loads, fetchedAt: now });
    expect(await cache.get('k', 1000, asNumber, load)).toEqual({ state: 'fresh', value: 1, fetchedAt: 0 });
    now = 999;
    expect(await cache.get('k', 1000, asNumber, load)).toMatchObject({ state: 'fresh', value: 1 });
    now = 1000;
    expect(await cache.get('k', 1000, asNumber, load)).toMatchObject({ state: 'fresh', value: 2 });
  });

  it('ten concurrent callers share one load', async () => {
    const cache = new LoadCache(memoryStore(), () => 0);
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const load = async () => {
      loads += 1;
      await gate;
      return { ok: true as const, value: 7, fetchedAt: 0 };
    };
    const all = Promise.all(Array.from({ length: 10 }, () => cache.get('k', 1000, asNumber, load)));
    release();
    const results = await all;
    expect(loads).toBe(1);
    expect(results.every((r) => r.state === 'fresh' && r.value === 7)).toBe(true);
  });

  it('a failed refresh serves the last good value as stale, with its time and the problem', async () => {
    let now = 0;
    const cache = new LoadCache(memoryStore(), () => now);
    await cache.get('k', 1000, asNumber, async () => ({ ok: true, value: 5, fetchedAt: 0 }));
    now = 5000;
    expect(
      await cache.get('k', 1000, asNumber, async () => ({ ok: false, problem: 'rate limited (HTTP 429)' })),
    ).toEqual({
      state: 'stale',
      value: 5,
      fetchedAt: 0,
      problem: 'rate limited (HTTP 429)',
    });
  });

  it('with nothing cached, a failure is unavailable; a throwing loader is contained', async () => {
    const cache = new LoadCache(memoryStore(), () => 0);
    expect(
      await cache.get('k', 1000, asNumber, async () => ({ ok: false, problem: 'server error (HTTP 500)' })),
    ).toEqual({ state: 'unavailable', problem: 'server error (HTTP 500)' });
    expect(await cache.get('k', 1000, asNumber, async () => Promise.reject(new Error('boom')))).toEqual({
      state: 'unavailable',
      problem: 'boom',
    });
  });

  it('ignores stored values that no longer validate, and entries from the future', async () => {
    const store = memoryStore();
    store.data.set('a', { value: 'not a number', fetchedAt: 0 });
    store.data.set('b', { value: 1, fetchedAt: 10_000_000 });
    const cache = new LoadCache(store, () => 0);
    expect(await cache.get('a', 1000, asNumber, async () => ({ ok: true, value: 2, fetchedAt: 0 }))).toMatchObject({
      value: 2,
    });
    expect(await cache.get('b', 1000, asNumber, async () => ({ ok: true, value: 3, fetchedAt: 0 }))).toMatchObject({
      value: 3,
    });
  });
});

/** A storage area in memory that can be made to refuse writes, as storage.local does once full. */
function area({ quotaBytes = Number.POSITIVE_INFINITY } = {}) {
  const data = new Map<string, unknown>();
  const size = () => [...data].reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length, 0);
  return {
    data,
    async get(keys: string | null) {
      if (keys === null) return Object.fromEntries(data);
      return data.has(keys) ? { [keys]: data.get(keys) } : {};
    },
    async set(items: Record<string, unknown>) {
      const before = new Map(data);
      for (const [k, v] of Object.entries(items)) data.set(k, v);
      if (size() > quotaBytes) {
        data.clear();
        for (const [k, v] of before) data.set(k, v);
        throw new Error('QUOTA_BYTES quota exceeded');
      }
    },
    async remove(keys: string[]) {
      for (const k of keys) data.delete(k);
    },
  };
}

describe('the storage cache is bounded, and a failed write never fails a lookup (finding 4)', () => {
  const bounds = { maxEntries: 50, maxBytes: 20_000, maxAgeMs: 7 * 86_400_000, pruneEvery: 10 };

  it('a storage area that refuses every write: the lookup still gets its fresh value', async () => {
    const refusing = { ...area(), set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) };
    const cache = new LoadCache(storageCacheStore(refusing, { bounds }), () => 0);
    const result = await cache.get('k', 1000, asNumber, async () => ({ ok: true, value: 7, fetchedAt: 0 }));
    expect(result).toEqual({ state: 'fresh', value: 7, fetchedAt: 0 });
  });

  it('over 1,000 distinct pools the store stays within its bounds, and the oldest go first', async () => {
    const storage = area();
    let now = 1_000_000;
    const store = storageCacheStore(storage, { bounds, now: () => now });
    const cache = new LoadCache(store, () => now);
    for (let i = 0; i < 1000; i++) {
      now += 1000;
      await cache.get(`pool-${i}`, 60_000, asNumber, async () => ({ ok: true, value: i, fetchedAt: now }));
      expect(storage.data.size).toBeLessThanOrEqual(bounds.maxEntries + bounds.pruneEvery);
    }
    await store.prune();
    expect(storage.data.size).toBeLessThanOrEqual(bounds.maxEntries);
    expect(storage.data.has('lens:cache:pool-999')).toBe(true);
    expect(storage.data.has('lens:cache:pool-0')).toBe(false);
  });

  it('a full area is pruned and the write tried again; entries too old and malformed ones are dropped', async () => {
    const storage = area({ quotaBytes: 3_000 });
    const now = 10 * 86_400_000;
    storage.data.set('lens:cache:ancient', { value: 1, fetchedAt: now - 8 * 86_400_000 });
    storage.data.set('lens:cache:broken', 42);
    storage.data.set('lens:dismissedSites', ['app.uniswap.org']); // not the cache's: never touched
    const store = storageCacheStore(storage, { bounds: { ...bounds, maxBytes: 2_000 }, now: () => now });
    for (let i = 0; i < 40; i++) await store.set(`pool-${i}`, { value: 'x'.repeat(40), fetchedAt: now - 40 + i });
    expect(storage.data.has('lens:cache:pool-39')).toBe(true);
    expect(storage.data.has('lens:cache:ancient')).toBe(false);
    expect(storage.data.has('lens:cache:broken')).toBe(false);
    expect(storage.data.get('lens:dismissedSites')).toEqual(['app.uniswap.org']);
  });
});

describe('a load cancelled by the tab that started it is not handed to another tab', () => {
  it('a caller that joined a superseded load loads again, with its own load', async () => {
    const cache = new LoadCache(memoryStore(), () => 0);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const cancelled = cache.get('pool', 1000, asNumber, async () => {
      await gate;
      return { ok: false, problem: 'superseded', superseded: true };
    });
    const joined = cache.get('pool', 1000, asNumber, async () => ({ ok: true, value: 42, fetchedAt: 0 }));
    release();
    expect(await cancelled).toMatchObject({ state: 'unavailable', superseded: true });
    expect(await joined).toEqual({ state: 'fresh', value: 42, fetchedAt: 0 });
  });
});

describe('a load that never settles', () => {
  it('gives up after MAX_LOAD_MS, frees its key, and the next caller loads again', async () => {
    vi.useFakeTimers();
    try {
      const cache = new LoadCache(memoryStore(), () => 0);
      const hung = cache.get('pool', 1000, asNumber, () => new Promise(() => {}));
      await vi.advanceTimersByTimeAsync(MAX_LOAD_MS);
      expect(said(await hung)).toEqual({ state: 'unavailable', problem: 'no answer within 30 s' });
      expect(await cache.get('pool', 1000, asNumber, async () => ({ ok: true, value: 3, fetchedAt: 0 }))).toMatchObject(
        { value: 3 },
      );
    } finally {
      vi.useRealTimers();
    }
  });
});
