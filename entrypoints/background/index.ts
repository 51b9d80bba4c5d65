/**
 * Service worker: answers pool lookups from the overlay and the popup with live data. It holds no state
 * a restart would lose (the cache is in extension storage) and talks only to the named API and RPC hosts.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { CHAIN_IDS, detectPoolPage, type ChainId } from '../../core/index';
import { LookupPoolRequestSchema, parseMessage, type LookupPoolRequest, type LookupPoolResponse } from '../../components/messages';
import { rpcUrls, validRpcUrl } from '../../components/settings-rpc';
import { HttpClient, type HostLimit } from './http';
import { LoadCache, storageCacheStore } from './cache';
import { PoolService, resolveTarget, type PoolTarget } from './pool-service';
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
    const request = parseMessage(LookupPoolRequestSchema, message);
    return request ? answer(service, request) : undefined;
  });
});

async function answer(service: PoolService, request: LookupPoolRequest): Promise<LookupPoolResponse> {
  const target = targetOf(request);
  if ('reason' in target) return { type: 'lens:pool-lookup', status: 'unresolved', reason: target.reason };
  try {
    return { type: 'lens:pool-lookup', ...(await service.lookup(target)) };
  } catch (error) {
    // A bug must still end in a clear state for the UI, never a hanging request.
    console.error('pool lookup failed', error);
    return { type: 'lens:pool-lookup', status: 'unavailable', notes: ['The lookup failed unexpectedly.'] };
  }
}

const EVM_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const POOL_ID = /^0x[0-9a-fA-F]{64}$/;
const SOLANA_ADDRESS = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;

function targetOf(request: LookupPoolRequest): PoolTarget | { reason: string } {
  if ('url' in request.target) {
    const ref = detectPoolPage(request.target.url);
    if (!ref) return { reason: 'That URL is not a pool, position or add-liquidity page on a supported DEX site.' };
    const resolved = resolveTarget(ref);
    return resolved.ok ? resolved.target : { reason: resolved.reason };
  }
  const { chain, address } = request.target;
  if (!(CHAIN_IDS as readonly string[]).includes(chain)) return { reason: 'Unknown chain.' };
  const text = address.trim();
  if (chain === 'solana') return SOLANA_ADDRESS.test(text) ? { chain, address: text } : { reason: 'Not a Solana address.' };
  if (EVM_ADDRESS.test(text) || POOL_ID.test(text)) return { chain: chain as ChainId, address: text.toLowerCase() };
  return { reason: 'Not a pool address: expected 0x and 40 hex digits (or a 32-byte pool id).' };
}
