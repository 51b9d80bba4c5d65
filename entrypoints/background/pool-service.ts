/**
 * Detected page or typed address -> live pool figures, each with its source and age. The provider table
 * (providers/index.ts) says who is asked, in which order of trust, and who only falls back; answers are
 * cached per provider, so a failing provider degrades to its last good answer. Every provider's figures pass
 * the same per-figure check: a bad figure is dropped with a note, the rest is kept and cached.
 */
import * as v from 'valibot';
import type { ChainId, PoolPageRef } from '../../core/index';
import {
  PoolFiguresSchema,
  type FigureName,
  type FigureSource,
  type PoolFigures,
  type PoolSnapshot,
  type PoolLookupResult,
  type Position,
} from '../../lib/messages/pool-data';
import { ageOf } from '../../lib/present/format';
import { FIGURE_LABELS } from '../../lib/present/labels';
import type { CachedValue, LoadCache, LoadResult } from './cache';
import type { HttpClient, RequestContext } from './http';
import { targetFromPage, type PoolTarget } from './pool-target';
import { PROVIDERS } from './providers/index';
import type { PoolDataProvider, ProviderContext } from './providers/provider';
import { findPairPool, pairPoolCall } from './providers/factory';
import { readV3Position, supportsV3Positions, type V3Position } from './providers/position';
import { lt, type Said } from '../../lib/i18n/localized-text';

/** On-chain state is kept a minute; the pool a pair page names changes never, so a day. */
export const TTL_MS = { chain: 60_000, poolAddress: 24 * 60 * 60_000 } as const;
/** No answer to the UI takes longer than this. */
export const LOOKUP_DEADLINE_MS = 8_000;

export type PoolLookup =
  | { status: 'ok'; snapshot: PoolSnapshot; notes: Said[] }
  | { status: 'unavailable'; notes: Said[] };

/** A page's pool, looked up: with the position the page shows, or why the page names no pool we can fetch. */
export type PageLookup = PoolLookupResult;

export type PageResolution = { ok: true; target: PoolTarget; position?: Position } | { ok: false; reason: Said };

export interface PoolServiceDeps {
  http: HttpClient;
  cache: LoadCache;
  now(): number;
  /** The chain's JSON-RPC endpoint and, when the user's endpoint was not used, why. */
  rpcFor(chain: ChainId): Promise<{ url: string | null; note?: Said }>;
  providers?: readonly PoolDataProvider[];
}

/** What is cached per provider and pool: the figures that passed their checks, and the names of those that did not. */
interface StoredFigures {
  fetchedAt: number;
  figures: PoolFigures;
  dropped: FigureName[];
  derivedFrom?: Partial<Record<FigureName, string>>;
}

const StoredFiguresSchema = v.object({
  fetchedAt: v.number(),
  figures: PoolFiguresSchema,
  dropped: v.array(v.picklist(Object.keys(PoolFiguresSchema.entries) as [FigureName, ...FigureName[]])),
  derivedFrom: v.optional(
    v.record(
      v.picklist(Object.keys(PoolFiguresSchema.entries) as [FigureName, ...FigureName[]]),
      v.pipe(v.string(), v.maxLength(40)),
    ),
  ),
});
const validateStored = (value: unknown): StoredFigures | null => {
  const parsed = v.safeParse(StoredFiguresSchema, value);
  return parsed.success ? parsed.output : null;
};

type ProviderAnswer = { provider: PoolDataProvider; answer: CachedValue<StoredFigures> };

export class PoolService {
  private readonly providers: readonly PoolDataProvider[];

  constructor(private readonly deps: PoolServiceDeps) {
    this.providers = deps.providers ?? PROVIDERS;
  }

  /** The pool a detected page shows, looked up; the page's position comes along when it names one. */
  async lookupPage(ref: PoolPageRef, request: RequestContext = {}): Promise<PageLookup> {
    const resolved = await this.resolve(ref, request);
    if (!resolved.ok) return { status: 'unresolved', reason: resolved.reason };
    const result = await this.lookup(resolved.target, request);
    return result.status === 'ok' && resolved.position ? { ...result, position: resolved.position } : result;
  }

  /** The pool behind a detected page: from the URL, or through the chain for a position or a pair page. */
  async resolve(ref: PoolPageRef, request: RequestContext = {}): Promise<PageResolution> {
    const { pool, chain } = ref;
    if (
      pool.type === 'position' &&
      ref.site === 'uniswap' &&
      pool.protocolVersion === 'v3' &&
      chain &&
      supportsV3Positions(chain)
    ) {
      return this.resolvePosition(chain, pool.tokenId, request);
    }
    if (pool.type === 'pair' && chain) return this.resolvePair(ref, pool, chain, request);
    return targetFromPage(ref);
  }

  /** A pair page (Aerodrome's deposit page): the pool from the DEX's factory contract (cached a day). */
  private async resolvePair(
    ref: PoolPageRef,
    pair: Extract<PoolPageRef['pool'], { type: 'pair' }>,
    chain: ChainId,
    request: RequestContext,
  ): Promise<PageResolution> {
    const call = pairPoolCall(ref.site, chain, pair);
    if ('reason' in call) return { ok: false, reason: call.reason };
    const rpc = await this.deps.rpcFor(chain);
    if (!rpc.url) return { ok: false, reason: rpc.note ?? lt('worker.reason.noRpc', { chain }) };
    const rpcUrl = rpc.url;
    const isAddress = (value: unknown) =>
      typeof value === 'string' && /^0x[0-9a-f]{40}$/.test(value) ? (value as `0x${string}`) : null;
    const found = await this.deps.cache.get(
      `factory:${chain}:${call.to}:${call.data}`,
      TTL_MS.poolAddress,
      isAddress,
      async () => {
        const result = await findPairPool(this.deps.http.withContext(request), rpcUrl, call, this.deadline());
        return result.ok
          ? { ok: true, value: result.address as `0x${string}`, fetchedAt: this.deps.now() }
          : { ok: false, problem: result.reason };
      },
    );
    return found.state === 'unavailable'
      ? { ok: false, reason: found.problem }
      : { ok: true, target: { chain, type: 'address', address: found.value } };
  }

  /** A Uniswap v3 position: its pool, range and liquidity from the position manager (cached a minute). */
  private async resolvePosition(chain: ChainId, tokenId: string, request: RequestContext): Promise<PageResolution> {
    const rpc = await this.deps.rpcFor(chain);
    if (!rpc.url) return { ok: false, reason: rpc.note ?? lt('worker.reason.noRpc', { chain }) };
    const rpcUrl = rpc.url;
    const validate = (value: unknown): V3Position | null =>
      value &&
      typeof value === 'object' &&
      'pool' in value &&
      'tickLower' in value &&
      'tickUpper' in value &&
      'liquidityRaw' in value
        ? (value as V3Position)
        : null;
    const found = await this.deps.cache.get(`position:${chain}:${tokenId}`, TTL_MS.chain, validate, async () => {
      const result = await readV3Position(this.deps.http.withContext(request), rpcUrl, chain, tokenId, this.deadline());
      return result.ok
        ? { ok: true, value: result.position, fetchedAt: this.deps.now() }
        : { ok: false, problem: result.reason };
    });
    if (found.state === 'unavailable') return { ok: false, reason: found.problem };
    const { pool, tickLower, tickUpper, liquidityRaw } = found.value;
    return {
      ok: true,
      target: { chain, type: 'address', address: pool as `0x${string}` },
      position: { tokenId, tickLower, tickUpper, liquidityRaw },
    };
  }

  /** Every provider that covers the pool, fallbacks only where their primary had no fresh answer; merged in table order. */
  async lookup(target: PoolTarget, request: RequestContext = {}): Promise<PoolLookup> {
    // EVM pools by address or by 32-byte id (Uniswap v4's PoolId) are read on chain; Solana ones are not.
    const rpc = target.type !== 'solana-address' ? await this.deps.rpcFor(target.chain) : { url: null };
    const running = new Map<string, Promise<ProviderAnswer>>();
    const context: ProviderContext = {
      http: this.deps.http.withContext(request),
      ...(request.signal ? { signal: request.signal } : {}),
      deadline: this.deadline(),
      now: this.deps.now,
      rpcUrl: rpc.url,
      peer: async (id) => {
        const answer = (await running.get(id))?.answer;
        return answer && answer.state !== 'unavailable' ? answer.value.figures : null;
      },
    };
    const covering = this.providers.filter((provider) => provider.covers?.(target, context) ?? true);
    const ask = (provider: PoolDataProvider) => {
      const answer = this.ask(provider, target, context).then((result) => ({ provider, answer: result }));
      running.set(provider.id, answer);
      return answer;
    };
    await Promise.all(covering.filter((provider) => !provider.fallbackFor).map(ask));
    for (const provider of covering.filter((p) => p.fallbackFor)) {
      if ((await running.get(provider.fallbackFor!))?.answer.state !== 'fresh') await ask(provider);
    }
    const inOrder = await Promise.all(covering.flatMap((provider) => running.get(provider.id) ?? []));
    // Earlier providers win a figure, and any fresh answer wins over a stale one.
    const snapshot = merge(target, [
      ...inOrder.filter(({ answer }) => answer.state === 'fresh'),
      ...inOrder.filter(({ answer }) => answer.state === 'stale'),
    ]);
    const notes = [...(rpc.note ? [rpc.note] : []), ...inOrder.flatMap((entry) => notesFor(entry, this.deps.now()))];
    if (Object.keys(snapshot.figures).length === 0) return { status: 'unavailable', notes };
    return { status: 'ok', snapshot, notes };
  }

  private deadline(): number {
    return this.deps.now() + LOOKUP_DEADLINE_MS;
  }

  private ask(
    provider: PoolDataProvider,
    target: PoolTarget,
    context: ProviderContext,
  ): Promise<CachedValue<StoredFigures>> {
    const load = async (): Promise<LoadResult<StoredFigures>> => {
      const result = await provider.load(target, context);
      if (!result.ok)
        return { ok: false, problem: result.reason, ...(context.signal?.aborted ? { superseded: true } : {}) };
      const { figures, dropped } = checkFigures(result.figures);
      if (Object.keys(figures).length === 0)
        return { ok: false, problem: lt('worker.problem.noUsableFigures', { figures: labelList(dropped) }) };
      const value: StoredFigures = {
        fetchedAt: result.fetchedAt,
        figures,
        dropped,
        ...(result.derivedFrom ? { derivedFrom: result.derivedFrom } : {}),
      };
      return { ok: true, value, fetchedAt: result.fetchedAt };
    };
    return this.deps.cache.get(
      `${provider.id}:${target.chain}:${target.address}`,
      provider.ttlMs,
      validateStored,
      load,
    );
  }
}

/** Each figure against its own schema entry: one out-of-range figure costs that figure, never the answer. */
export function checkFigures(figures: PoolFigures): { figures: PoolFigures; dropped: FigureName[] } {
  const kept: Record<string, unknown> = {};
  const dropped: FigureName[] = [];
  for (const [name, value] of Object.entries(figures) as [FigureName, unknown][]) {
    if (value === undefined || !Object.hasOwn(PoolFiguresSchema.entries, name)) continue;
    if (v.is(PoolFiguresSchema.entries[name], value)) kept[name] = value;
    else dropped.push(name);
  }
  return { figures: kept as PoolFigures, dropped };
}

const labelList = (names: FigureName[]) => names.map((name) => FIGURE_LABELS[name] ?? name).join(', ');

function merge(target: PoolTarget, answers: ProviderAnswer[]): PoolSnapshot {
  const figures: Record<string, unknown> = {};
  const sources: Partial<Record<FigureName, FigureSource>> = {};
  // Every provider reports in the pool contract's token order (token0 = lower address on EVM), which is
  // what lets figures from different providers sit side by side.
  for (const { provider, answer } of answers) {
    if (answer.state === 'unavailable') continue;
    for (const [name, value] of Object.entries(answer.value.figures) as [FigureName, unknown][]) {
      if (value === undefined || name in figures) continue;
      figures[name] = value;
      // The cache entry's time is the one that counts (it is what expires), so it is what the UI shows.
      // A figure worked out with another source's data names both (the API's price, the chain's token order).
      const helper = answer.value.derivedFrom?.[name];
      const sourceName = helper ? `${provider.name} and ${helper}` : provider.name;
      sources[name] = { provider: provider.id, name: sourceName, fetchedAt: answer.fetchedAt };
    }
  }
  return {
    chain: target.chain,
    address: target.address,
    figures: figures as PoolFigures,
    sources: sources as PoolSnapshot['sources'],
  };
}

function notesFor({ provider, answer }: ProviderAnswer, now: number): Said[] {
  // Provider names ("GeckoTerminal API") are proper names and stay as they are in every language.
  if (answer.state === 'unavailable')
    return [lt('worker.note.unavailable', { provider: provider.name, problem: answer.problem })];
  const notes: Said[] =
    answer.state === 'stale'
      ? [
          lt('worker.note.stale', {
            provider: provider.name,
            problem: answer.problem,
            age: ageOf(now - answer.fetchedAt),
          }),
        ]
      : [];
  if (answer.value.dropped.length > 0)
    notes.push(lt('worker.note.dropped', { provider: provider.name, figures: labelList(answer.value.dropped) }));
  return notes;
}
