/**
 * Detected page or typed address -> live pool figures, each with its source and age. The provider table
 * (providers/index.ts) says who is asked, in which order of trust, and who only falls back; answers are
 * cached per provider, so a failing provider degrades to its last good answer. Every provider's figures pass
 * the same per-figure check: a bad figure is dropped with a note, the rest is kept and cached.
 */
import * as v from 'valibot';
import type { Bytes32, ChainId, HexAddress, PoolPageRef } from '../../core/index';
import {
  POSITION_PROTOCOLS,
  PoolFiguresSchema,
  PositionSchema,
  type FigureName,
  type FigureSource,
  type PoolFigures,
  type PoolSnapshot,
  type PoolLookupResult,
  type Position,
} from '../../lib/messages/pool-data';
import { POOL_EXTRA_FIGURES } from '../../lib/messages/pool-extras';
import { ageOf } from '../../lib/present/format';
import { FIGURE_LABELS } from '../../lib/present/labels';
import type { CachedValue, LoadCache, LoadResult } from './cache';
import type { HttpClient, RequestContext } from './http';
import { targetFromPage, type PoolTarget } from './pool-target';
import { PROVIDERS } from './providers/index';
import type { PoolDataProvider, ProviderContext } from './providers/provider';
import { findPairPool, pairPoolCall } from './providers/factory';
import { readPosition, supportsPositions, type ReadPosition } from './providers/position';
import { positionProtocolFor, type PositionProtocol } from './providers/position-deployments';
import {
  addressInIndex,
  curvePoolsUrl,
  fetchCurvePoolIndex,
  registriesForName,
  validCurvePoolIndex,
  type CurveRegistryId,
} from './providers/curve-api';
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

/** A cached position read: the message schema's fields plus its pool. */
const StoredPositionSchema = v.object({
  ...v.omit(PositionSchema, ['tokenId']).entries,
  // A pool address, or a Uniswap v4 / PancakeSwap Infinity CL PoolId.
  pool: v.pipe(v.string(), v.regex(/^0x(?:[0-9a-f]{40}|[0-9a-f]{64})$/)),
  protocol: v.picklist(POSITION_PROTOCOLS),
});

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
    const target =
      resolved.target.type === 'address' || resolved.target.type === 'pool-id'
        ? { ...resolved.target, site: ref.site }
        : resolved.target;
    const result = await this.lookup(target, request);
    return result.status === 'ok' && resolved.position ? { ...result, position: resolved.position } : result;
  }

  /** The pool behind a detected page: from the URL, or through the chain for a position or a pair page. */
  async resolve(ref: PoolPageRef, request: RequestContext = {}): Promise<PageResolution> {
    const { pool, chain } = ref;
    const protocol = pool.type === 'position' ? positionProtocolFor(ref.site, pool.protocolVersion) : null;
    if (pool.type === 'position' && protocol && chain && supportsPositions(protocol, chain)) {
      const resolved = await this.resolvePosition(protocol, chain, pool.tokenId, request);
      // A page that names the pool too (Sushi's /pool/v3/{pool}/{tokenId}) must agree with the chain.
      if (resolved.ok && pool.pool && resolved.target.address !== pool.pool.toLowerCase()) {
        return { ok: false, reason: lt('worker.reason.positionOtherPool', { id: pool.tokenId }) };
      }
      return resolved;
    }
    if (pool.type === 'pair' && chain) return this.resolvePair(ref, pool, chain, request);
    if (pool.type === 'curve-name' && chain) return this.resolveCurveName(chain, pool.name, request);
    if (pool.type === 'address' && ref.site === 'curve' && chain)
      return this.curvePoolByAddress(chain, pool.address, request);
    return targetFromPage(ref);
  }

  /**
   * A Curve page that names its pool by address: the main registry's index (the day-long cache the names use)
   * says whether Curve's API lists it there, so its figures are asked for too. Factory pools are not looked
   * for (their registry is not known from the address); a failing API costs only those figures.
   */
  private async curvePoolByAddress(
    chain: ChainId,
    address: HexAddress,
    request: RequestContext,
  ): Promise<PageResolution> {
    const plain: PageResolution = { ok: true, target: { chain, type: 'address', address } };
    if (!curvePoolsUrl(chain, 'main')) return plain;
    const index = await this.curveIndex(chain, 'main', request);
    const listed = index.state !== 'unavailable' && Object.values(index.value).includes(address.toLowerCase());
    return listed ? { ok: true, target: { chain, type: 'address', address, curveRegistry: 'main' } } : plain;
  }

  /** One registry's name index from Curve's API, cached a day (a name never moves to another pool). */
  private curveIndex(chain: ChainId, registry: CurveRegistryId, request: RequestContext) {
    return this.deps.cache.get(
      `curve-index:${chain}:${registry}`,
      TTL_MS.poolAddress,
      validCurvePoolIndex,
      async () => {
        const result = await fetchCurvePoolIndex(this.deps.http.withContext(request), chain, registry, this.deadline());
        return result.ok
          ? { ok: true as const, value: result.index, fetchedAt: this.deps.now() }
          : { ok: false as const, problem: result.reason };
      },
    );
  }

  /**
   * A Curve pool named on its page ("3pool"): its address from Curve's API, one registry's name index at a
   * time (cached a day: a name never moves to another pool). The registry travels with the target, so the
   * Curve API provider asks that registry for the pool's figures.
   */
  private async resolveCurveName(chain: ChainId, name: string, request: RequestContext): Promise<PageResolution> {
    if (!curvePoolsUrl(chain, 'main'))
      return { ok: false, reason: lt('worker.reason.curveChainNotCovered', { name, chain }) };
    const problems: Said[] = [];
    for (const registry of registriesForName(name)) {
      const found = await this.curveIndex(chain, registry, request);
      if (found.state === 'unavailable') {
        if (!problems.includes(found.problem)) problems.push(found.problem);
        continue;
      }
      const address = addressInIndex(found.value, name);
      if (address) return { ok: true, target: { chain, type: 'address', address, curveRegistry: registry } };
    }
    return {
      ok: false,
      reason:
        problems[0] !== undefined
          ? lt('worker.reason.curveNotFound', { name, problem: problems[0] })
          : lt('worker.reason.curveNoSuchName', { name, chain }),
    };
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

  /**
   * A v3-style position: its pool, range, liquidity and uncollected fees from the DEX's position manager and
   * the pool (cached a minute, like other chain state).
   */
  private async resolvePosition(
    protocol: PositionProtocol,
    chain: ChainId,
    tokenId: string,
    request: RequestContext,
  ): Promise<PageResolution> {
    const rpc = await this.deps.rpcFor(chain);
    if (!rpc.url) return { ok: false, reason: rpc.note ?? lt('worker.reason.noRpc', { chain }) };
    const rpcUrl = rpc.url;
    const validate = (value: unknown): ReadPosition | null => {
      const parsed = v.safeParse(StoredPositionSchema, value);
      return parsed.success ? (parsed.output as ReadPosition) : null;
    };
    const found = await this.deps.cache.get(
      `position:${protocol}:${chain}:${tokenId}`,
      TTL_MS.chain,
      validate,
      async () => {
        const result = await readPosition(
          this.deps.http.withContext(request),
          rpcUrl,
          protocol,
          chain,
          tokenId,
          this.deadline(),
          this.deps.now,
        );
        return result.ok
          ? { ok: true, value: result.position, fetchedAt: this.deps.now() }
          : { ok: false, problem: result.reason };
      },
    );
    if (found.state === 'unavailable') return { ok: false, reason: found.problem };
    const { pool, tickLower, tickUpper, liquidityRaw, uncollectedFees } = found.value;
    return {
      ok: true,
      target:
        pool.length === 66
          ? { chain, type: 'pool-id', address: pool as Bytes32 }
          : { chain, type: 'address', address: pool as `0x${string}` },
      position: {
        tokenId,
        tickLower,
        tickUpper,
        liquidityRaw,
        protocol,
        ...(uncollectedFees ? { uncollectedFees } : {}),
      },
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
      cache: this.deps.cache,
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
    // Rewards, reward-token prices or the gas coin's price alone do not describe the pool: without one figure of
    // the pool itself (price, TVL, fee, tokens...) the lookup is unavailable, with every note.
    if (!Object.keys(snapshot.figures).some((name) => !Object.hasOwn(POOL_EXTRA_FIGURES, name)))
      return { status: 'unavailable', notes };
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
