/** A scripted HTTP client and provider context for the issue-11 provider tests. */
import { HttpClient, type HttpDeps } from '../../../../../entrypoints/background/http';
import { LoadCache, type CacheEntry } from '../../../../../entrypoints/background/cache';
import type { ProviderContext } from '../../../../../entrypoints/background/providers/provider';
import type { PoolFigures } from '../../../../../lib/messages/pool-data';

export type Route = (url: string) => Response | Promise<Response>;

/** The faults every provider must turn into a note: 429, 500, no answer before the deadline, a broken body. */
export const FAULTS: [string, Route, RegExp][] = [
  ['429', () => new Response('{"message":"Too Many Requests"}', { status: 429 }), /rate limited \(HTTP 429\)/],
  ['500', () => new Response('Internal Server Error', { status: 500 }), /server error \(HTTP 500\)/],
  ['timeout', () => new Promise<Response>(() => {}), /no answer before the deadline/],
  ['malformed', () => new Response('{"data": {"attributes": ', { status: 200 }), /not valid JSON/],
];

export function harness(
  route: Route,
  { now = Date.UTC(2025, 0, 31, 12), peers = {} as Record<string, PoolFigures> } = {},
) {
  const requests: string[] = [];
  const deps: HttpDeps = {
    now: () => now,
    sleep: async () => {},
    random: () => 0.5,
    fetch: (url, init) => {
      requests.push(String(url));
      const signal = init?.signal;
      return new Promise<Response>((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        Promise.resolve(route(String(url))).then(resolve, reject);
      });
    },
  };
  const store = new Map<string, CacheEntry>();
  const cache = new LoadCache(
    { get: async (key) => store.get(key), set: async (key, entry) => void store.set(key, entry) },
    () => now,
  );
  const http = new HttpClient(() => ({ burst: 100, perMinute: 6000 }), deps);
  const context = (deadlineMs = 60): ProviderContext => ({
    http,
    // A short deadline keeps the timeout cases quick: the client gives up when it passes.
    deadline: now + deadlineMs,
    now: () => now,
    rpcUrl: null,
    peer: async (id) => peers[id] ?? null,
    cache,
  });
  return { requests, store, context, http };
}
