import { describe, expect, it } from 'vitest';
import { LoadCache, type CacheEntry, type CacheStore } from '../../../../entrypoints/background/cache';

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
