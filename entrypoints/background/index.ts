/**
 * Service worker: answers pool lookups from the overlay and the popup with live data. It holds no state
 * a restart would lose (the cache is in extension storage) and talks only to the named API and RPC hosts.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { CHAIN_IDS, LpInputError, detectPoolPage, parseBytes32, parseEvmAddress, parseSolanaAddress, positive, type ChainId } from '../../core/index';
import { parseMessage } from '../../lib/messages/page';
import { LookupPoolRequestSchema, type LookupPoolRequest, type LookupPoolResponse, type Position } from '../../lib/messages/pool-data';
import { OverlayViewRequestSchema, type OverlayViewRequest, type OverlayViewResponse } from '../../lib/messages/overlay';
import { buildOverlayView, type LiveState } from '../../lib/present/overlay-model';
import { defaultDepositUsd } from '../../lib/settings/items';
import { rpcUrls, validRpcUrl } from '../../lib/settings/rpc';
import { HttpClient, type HostLimit } from './http';
import { LoadCache, storageCacheStore } from './cache';
import { PoolService, type PoolTarget } from './pool-service';
import { DEFAULT_RPC_URLS } from './providers/rpc';

/** Published limits: GeckoTerminal 30/min, DexScreener ~300/min; we stay below them. */
const HOST_LIMITS: Record<string, HostLimit> = {
  'api.geckoterminal.com': { burst: 5, perMinute: 25 },
  'api.dexscreener.com': { burst: 10, perMinute: 250 },
};
const RPC_LIMIT: HostLimit = { burst: 20, perMinute: 600 };

export default defineBackground(() => {
  const service = new PoolService({
    http: new HttpClient((host) => HOST_LIMITS[host] ?? RPC_LIMIT),
    cache: new LoadCache(storageCacheStore(browser.storage.local)),
    now: () => Date.now(),
    rpcUrlFor: async (chain) => validRpcUrl((await rpcUrls.getValue())[chain] ?? '') ?? DEFAULT_RPC_URLS[chain] ?? null,
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const lookup = parseMessage(LookupPoolRequestSchema, message);
    if (lookup) return answer(service, lookup);
    const overlay = parseMessage(OverlayViewRequestSchema, message);
    if (overlay) return overlayView(service, overlay);
    return undefined;
  });
});

/** The overlay for a page, worked out here so the content script on the DEX page carries no math. */
async function overlayView(service: PoolService, request: OverlayViewRequest): Promise<OverlayViewResponse> {
  const ref = detectPoolPage(request.url);
  if (!ref) return { type: 'lens:overlay-view', view: null };
  const live: LiveState = request.live ? liveState(await answer(service, { type: 'lens:lookup-pool', target: { url: request.url } })) : { state: 'loading' };
  const view = buildOverlayView(ref, request.facts, { live, depositUsd: await depositSetting(), now: Date.now() });
  return { type: 'lens:overlay-view', view };
}

function liveState(response: LookupPoolResponse): LiveState {
  if (response.status === 'ok') return { state: 'ok', snapshot: response.snapshot, notes: response.notes, ...(response.position ? { position: response.position } : {}) };
  if (response.status === 'unavailable') return { state: 'unavailable', notes: response.notes };
  return { state: 'unresolved', reason: response.reason };
}

/** The user's deposit size; a value storage should never hold falls back to $1,000 rather than breaking the view. */
async function depositSetting(): Promise<string> {
  try {
    return positive(await defaultDepositUsd.getValue(), 'deposit').toString();
  } catch (error) {
    if (error instanceof LpInputError) return '1000';
    throw error;
  }
}

async function answer(service: PoolService, request: LookupPoolRequest): Promise<LookupPoolResponse> {
  try {
    const resolved = await targetOf(service, request);
    if ('reason' in resolved) return { type: 'lens:pool-lookup', status: 'unresolved', reason: resolved.reason };
    const result = await service.lookup(resolved.target);
    return result.status === 'ok' && resolved.position
      ? { type: 'lens:pool-lookup', ...result, position: resolved.position }
      : { type: 'lens:pool-lookup', ...result };
  } catch (error) {
    // A bug must still end in a clear state for the UI, never a hanging request.
    console.error('pool lookup failed', error);
    return { type: 'lens:pool-lookup', status: 'unavailable', notes: ['The lookup failed unexpectedly.'] };
  }
}


async function targetOf(service: PoolService, request: LookupPoolRequest): Promise<{ target: PoolTarget; position?: Position } | { reason: string }> {
  if ('url' in request.target) {
    const ref = detectPoolPage(request.target.url);
    if (!ref) return { reason: 'That URL is not a pool, position or add-liquidity page on a supported DEX site.' };
    const resolved = await service.resolve(ref);
    return resolved.ok ? { target: resolved.target, ...(resolved.position ? { position: resolved.position } : {}) } : { reason: resolved.reason };
  }
  const { chain } = request.target;
  if (!(CHAIN_IDS as readonly string[]).includes(chain)) return { reason: 'Unknown chain.' };
  const text = request.target.address.trim();
  // The detectors' own id parsers: one definition of a well-formed address for URLs and typed input alike.
  if (chain === 'solana') {
    const address = parseSolanaAddress(text);
    return address ? { target: { chain, address } } : { reason: 'Not a Solana address.' };
  }
  const evm = parseEvmAddress(text) ?? parseBytes32(text);
  if (evm) return { target: { chain: chain as ChainId, address: evm } };
  return { reason: 'Not a pool address: expected 0x and 40 hex digits (or a 32-byte pool id).' };
}
