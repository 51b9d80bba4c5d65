/**
 * What every data provider declares, so the pool service can loop over a table of them and the manifest's
 * host permissions and the per-host rate limits are derived from the same table.
 */
import type { PoolFigures, ProviderResult } from '../../../lib/messages/pool-data';
import type { LoadCache } from '../cache';
import { describeProblem, type HostLimit, type JsonClient } from '../http';
import type { PoolTarget } from '../pool-target';
import { lt, type Said } from '../../../lib/i18n/localized-text';
import type { MessageKey } from '../../../lib/i18n/keys';

export interface ProviderLimit extends HostLimit {
  /** The host's own published limit per minute (null when it publishes none); our budget stays below it. */
  publishedPerMinute: number | null;
}

export interface ProviderContext {
  http: JsonClient;
  /** Absolute time (ms) by which the provider must have answered. */
  deadline: number;
  /** Aborted when the page that asked has moved on (see the router). */
  signal?: AbortSignal;
  now(): number;
  /** The chain's JSON-RPC endpoint, for providers that read the chain; null when none is set. */
  rpcUrl: string | null;
  /** Another provider's figures for the same pool in this lookup, once it has answered (null if it has none). */
  peer(id: string): Promise<PoolFigures | null>;
  /**
   * The pool service's cache, for what a provider shares across pools (DefiLlama's yields index); its answer
   * per pool is cached by the service as usual. Absent in tests that do not need it.
   */
  cache?: Pick<LoadCache, 'get'>;
}

export interface PoolDataProvider {
  /** Stable id: cache keys and figure sources carry it. */
  readonly id: string;
  /** What the user reads as the figure's source. */
  readonly name: string;
  /** Hosts it talks to: they become the manifest's host permissions. */
  readonly hosts: readonly string[];
  readonly limit: ProviderLimit;
  /** How long an answer stays fresh in the cache. */
  readonly ttlMs: number;
  /** Runs only when the provider with this id had no fresh answer: a fallback, not a second opinion. */
  readonly fallbackFor?: string;
  /** Whether it can say anything about this pool at all; when not, it is skipped without a note. */
  covers?(target: PoolTarget, context: ProviderContext): boolean;
  /** The provider's figures, or why there are none. */
  load(target: PoolTarget, context: ProviderContext): Promise<ProviderResult>;
}

export interface HttpJsonProviderSpec extends Omit<PoolDataProvider, 'load'> {
  /** The request URL for this pool, or null when the API does not cover its chain. */
  request(target: PoolTarget): string | null;
  /** Untrusted body -> figures; never throws. */
  parse(json: unknown, target: PoolTarget, now: number): ProviderResult;
  /** Said when `request` gives no URL. */
  unsupported: Said;
  /** Put before a transport problem, to say which of a host's answers failed ("daily candles: "); plain English. */
  problemPrefix?: string;
  /** The same as a message key with a {problem} parameter (preferred: it is translated). */
  problemKey?: MessageKey;
}

/** A provider that is one GET of a JSON document: its request builder and its parser. */
export function httpJsonProvider(spec: HttpJsonProviderSpec): PoolDataProvider {
  const { request, parse, unsupported, problemPrefix = '', problemKey, ...meta } = spec;
  return {
    ...meta,
    async load(target, { http, deadline, now }) {
      const url = request(target);
      if (!url) return { ok: false, provider: meta.id, reason: unsupported };
      const outcome = await http.json(url, { deadline });
      if (!outcome.ok) {
        const problem = describeProblem(outcome.problem);
        const reason = problemKey
          ? lt(problemKey, { problem })
          : problemPrefix
            ? lt('worker.problem.prefixed', { prefix: problemPrefix, problem })
            : problem;
        return { ok: false, provider: meta.id, reason };
      }
      return parse(outcome.json, target, now());
    },
  };
}
