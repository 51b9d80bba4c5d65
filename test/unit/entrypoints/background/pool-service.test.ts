/** Resolution of pages to pools, provider order, fallback and merging, with a scripted fetch. */
import { say } from '../../../../lib/i18n/index';
import { said } from '../../said';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectPoolPage } from '../../../../core/index';
import { HttpClient, type HttpDeps } from '../../../../entrypoints/background/http';
import { LoadCache, type CacheEntry } from '../../../../entrypoints/background/cache';
import { PoolService } from '../../../../entrypoints/background/pool-service';
import { targetFromPage } from '../../../../entrypoints/background/pool-target';
import {
  PANCAKE_FACTORY,
  PANCAKE_MANAGER,
  PANCAKE_POOL,
  pancakeV3Position,
} from '../../../e2e/fakes/pancake-v3-position';
import { PROVIDERS } from '../../../../entrypoints/background/providers/index';

/** The pool-figure providers these tests script; the issue-11 ones (rewards, prices) have tests of their own. */
const CORE_PROVIDERS = PROVIDERS.filter((p) =>
  ['rpc', 'uniswap-v4', 'curve-api', 'geckoterminal', 'dexscreener', 'geckoterminal-candles'].includes(p.id),
);

const POOL = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
const fixture = (path: string) => readFileSync(new URL(`../../../fixtures/api/${path}`, import.meta.url), 'utf8');
const GECKO_POOL = fixture(`geckoterminal/pool-eth-${POOL}.json`);
const GECKO_OHLCV = fixture(`geckoterminal/ohlcv-day-eth-${POOL}.json`);
const DEXSCREENER = fixture(`dexscreener/pair-ethereum-${POOL}.json`);

type Route = (url: string, body: string) => Response;

function service(route: Route, { now = 1_700_000_000_000, rpcUrl = null as string | null } = {}) {
  const requests: string[] = [];
  const deps: HttpDeps = {
    now: () => now,
    sleep: async () => {},
    random: () => 0.5,
    fetch: async (url, init) => {
      requests.push(String(url));
      return route(String(url), String(init?.body ?? ''));
    },
  };
  const data = new Map<string, CacheEntry>();
  const cache = new LoadCache({ get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) }, () => now);
  const svc = new PoolService({
    http: new HttpClient(() => ({ burst: 100, perMinute: 6000 }), deps),
    cache,
    now: () => now,
    rpcFor: async () => ({ url: rpcUrl }),
    providers: CORE_PROVIDERS,
  });
  return { svc, requests };
}

const ok = (body: string) => new Response(body, { status: 200 });
const fail = (status: number) => new Response('x', { status });

describe('targetFromPage', () => {
  it.each([
    [
      `https://app.uniswap.org/explore/pools/ethereum/${POOL}`,
      { ok: true, target: { chain: 'ethereum', type: 'address', address: POOL } },
    ],
    [
      'https://balancer.fi/pools/ethereum/v2/0x5c6ee304399dbdb9c8ef030ab642b10820db8f56000200000000000000000014',
      {
        ok: true,
        target: { chain: 'ethereum', type: 'address', address: '0x5c6ee304399dbdb9c8ef030ab642b10820db8f56' },
      },
    ],
  ])('%s', (url, expected) => {
    expect(targetFromPage(detectPoolPage(url)!)).toEqual(expected);
  });
  it.each([
    ['https://curve.finance/dex/ethereum/pools/3pool/deposit', /Curve names pools/],
    [
      'https://aerodrome.finance/deposit?token0=0x4200000000000000000000000000000000000006&token1=0x833589fcd6edb6e08f4c7c32d4f71b54bda02913&type=-1',
      /names a token pair/,
    ],
    ['https://app.uniswap.org/positions/v3/ethereum/123456', /token id, not its pool/],
  ])('%s cannot be looked up, and says why', (url, reason) => {
    const result = targetFromPage(detectPoolPage(url)!);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : say(result.reason)).toMatch(reason);
  });
});

describe('PoolService', () => {
  const target = { chain: 'ethereum' as const, type: 'address' as const, address: POOL as `0x${string}` };

  it('GeckoTerminal answers: figures with their source, DexScreener untouched', async () => {
    const { svc, requests } = service((url) => ok(url.includes('/ohlcv/') ? GECKO_OHLCV : GECKO_POOL));
    const result = await svc.lookup(target);
    if (result.status !== 'ok') throw new Error('expected data');
    expect(result.snapshot.figures).toMatchObject({
      tvlUsd: '150000000.5',
      feeTier: '0.0005',
      price: '0.0004',
      symbol0: 'USDC',
      symbol1: 'WETH',
    });
    expect(result.snapshot.sources.tvlUsd).toEqual({
      provider: 'geckoterminal',
      name: 'GeckoTerminal API',
      fetchedAt: 1_700_000_000_000,
    });
    expect(result.snapshot.figures.volatilityDays).toBe(31);
    expect(result.notes).toEqual([]);
    expect(requests.some((u) => u.includes('dexscreener'))).toBe(false);
  });

  it('GeckoTerminal rate-limited: DexScreener fills in, and the note says why', async () => {
    const { svc } = service((url) => (url.includes('geckoterminal') ? fail(429) : ok(DEXSCREENER)));
    const result = await svc.lookup(target);
    if (result.status !== 'ok') throw new Error('expected data');
    expect(result.snapshot.sources.tvlUsd?.provider).toBe('dexscreener');
    expect(result.snapshot.figures.feeTier).toBeUndefined();
    expect(result.notes.map(say).join(' ')).toMatch(/GeckoTerminal API: rate limited \(HTTP 429\)/);
  });

  it('everything down and nothing cached: unavailable, with each reason', async () => {
    const { svc } = service(() => fail(503));
    const result = await svc.lookup(target);
    expect(result.status).toBe('unavailable');
    expect(result.notes.map(say).join(' ')).toMatch(/server error \(HTTP 503\)/);
  });

  it('rewards and prices alone do not make a pool: unavailable, with the notes', async () => {
    const extrasOnly = {
      id: 'extras',
      name: 'Extras',
      hosts: [],
      limit: { burst: 1, perMinute: 1, publishedPerMinute: null },
      ttlMs: 1,
      load: async () => ({
        ok: true as const,
        provider: 'extras',
        fetchedAt: 1,
        figures: { nativePriceUsd: '2500.1', nativeSymbol: 'ETH' },
      }),
    };
    const data = new Map<string, CacheEntry>();
    const svc = new PoolService({
      http: new HttpClient(() => ({ burst: 1, perMinute: 1 })),
      cache: new LoadCache({ get: async (k) => data.get(k), set: async (k, v) => void data.set(k, v) }),
      now: () => 1,
      rpcFor: async () => ({ url: null }),
      providers: [extrasOnly],
    });
    expect(await svc.lookup(target)).toEqual({ status: 'unavailable', notes: [] });
  });

  it('a second lookup within the TTL makes no request', async () => {
    const { svc, requests } = service((url) => ok(url.includes('/ohlcv/') ? GECKO_OHLCV : GECKO_POOL));
    await svc.lookup(target);
    const before = requests.length;
    await svc.lookup(target);
    expect(requests.length).toBe(before);
  });
});

describe("every source's figures pass the same per-figure check (security review finding 6)", () => {
  const RPC = 'https://rpc.test/';
  const USDC = '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48';
  const WETH = '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2';
  const word = (n: bigint) => `0x${n.toString(16).padStart(64, '0')}`;
  const addressWord = (a: string) => `0x${a.slice(2).padStart(64, '0')}`;
  /** A hostile pool contract: in-range liquidity of 2^256 - 1, otherwise a normal USDC/WETH v3 pool. */
  const reply = (to: string, data: string): string | null => {
    const selector = data.slice(0, 10);
    if (to === POOL) {
      if (selector === '0x3850c7bd') return word(20000n * 2n ** 96n) + '0'.repeat(64 * 6);
      if (selector === '0x1a686502') return word(2n ** 256n - 1n);
      if (selector === '0xddca3f43') return word(500n);
      if (selector === '0x0dfe1681') return addressWord(USDC);
      if (selector === '0xd21220a7') return addressWord(WETH);
    }
    if (selector === '0x313ce567') return word(to === USDC ? 6n : 18n);
    return null;
  };

  it('an out-of-range on-chain figure is dropped with a note; the rest is kept and cached', async () => {
    let rpcBatches = 0;
    const { svc } = service(
      (url, body) => {
        if (url !== RPC) return new Response('{"errors":[{"status":"404"}]}', { status: 404 });
        const calls = JSON.parse(body) as { id: number; method: string; params: [{ to: string; data: string }] }[];
        // The gas provider's batch (eth_feeHistory...) is not a pool read: it is answered "unsupported".
        if (calls.some((c) => c.method === 'eth_call' && c.params[0].to === POOL)) rpcBatches += 1;
        const answer = ({ id, method, params: [c] }: (typeof calls)[number]) => {
          if (method !== 'eth_call') return { jsonrpc: '2.0', id, error: { code: -32601, message: 'not supported' } };
          const result = reply(c.to, c.data);
          return { jsonrpc: '2.0', id, ...(result ? { result } : { error: { code: 3, message: 'reverted' } }) };
        };
        return ok(JSON.stringify(calls.map(answer)));
      },
      { rpcUrl: RPC },
    );
    const target = { chain: 'ethereum' as const, type: 'address' as const, address: POOL as `0x${string}` };
    const first = await svc.lookup(target);
    if (first.status !== 'ok') throw new Error('expected data');
    expect(first.snapshot.figures).toMatchObject({ price: '0.0004', feeTier: '0.0005', decimals0: 6, decimals1: 18 });
    expect(first.snapshot.figures.activeLiquidityRaw).toBeUndefined();
    expect(said(first.notes)).toContain(
      'on-chain (JSON-RPC): left out active liquidity (outside the range the extension accepts).',
    );
    const batches = rpcBatches;
    const second = await svc.lookup(target);
    expect(rpcBatches).toBe(batches); // cached: no refetch on every lookup
    expect(second.status === 'ok' && said(second.notes)).toContain(
      'on-chain (JSON-RPC): left out active liquidity (outside the range the extension accepts).',
    );
  });
});

describe('position pages beyond Uniswap v3 (issue 12)', () => {
  // SushiSwap v3 on BSC (sushi-labs/sushi src/evm/config/features/sushiswap-v3.ts at d73cab24): answered here by
  // the same fake contracts as PancakeSwap's, to check which manager is asked and that the pools are compared.
  const SUSHI_BSC = {
    manager: '0xf70c086618dcf2b1a461311275e00d6b722ef914',
    factory: '0x126555dd55a39328f69400d6ae4f782bd4c34abb',
  };
  const chain = (to: string, data: string) =>
    to === SUSHI_BSC.manager
      ? pancakeV3Position(PANCAKE_MANAGER, data)
      : to === SUSHI_BSC.factory
        ? pancakeV3Position(PANCAKE_FACTORY, data)
        : pancakeV3Position(to, data);
  const rpc: Route = (url, body) => {
    if (url !== 'https://rpc.example') return fail(404);
    const calls = JSON.parse(body) as { id: number; params: [{ to: string; data: string }] }[];
    return ok(
      JSON.stringify(
        calls.map(({ id, params: [call] }) => {
          const result = chain(call.to.toLowerCase(), call.data);
          return result === null
            ? { jsonrpc: '2.0', id, error: { code: 3, message: 'execution reverted' } }
            : { jsonrpc: '2.0', id, result };
        }),
      ),
    );
  };

  it('a PancakeSwap v3 position page resolves to its pool, with its range and uncollected fees', async () => {
    const { svc } = service(rpc, { rpcUrl: 'https://rpc.example' });
    const resolved = await svc.resolve(detectPoolPage('https://pancakeswap.finance/liquidity/777001?chain=bsc')!);
    // The fees: 7e18 and 5e17 raw, worked by hand in position.test.ts.
    expect(resolved).toEqual({
      ok: true,
      target: { chain: 'bsc', type: 'address', address: PANCAKE_POOL },
      position: {
        tokenId: '777001',
        tickLower: -70_000,
        tickUpper: -60_000,
        liquidityRaw: '2000000000000000000',
        protocol: 'pancakeswap-v3',
        uncollectedFees: {
          amount0Raw: '7000000000000000000',
          amount1Raw: '500000000000000000',
          fetchedAt: 1_700_000_000_000,
        },
      },
    });
  });

  it("a Sushi position page is read through Sushi's manager, and must name the position's own pool", async () => {
    const { svc } = service(rpc, { rpcUrl: 'https://rpc.example' });
    const own = await svc.resolve(detectPoolPage(`https://www.sushi.com/bsc/pool/v3/${PANCAKE_POOL}/777001`)!);
    expect(own.ok && own.position?.protocol).toBe('sushiswap-v3');
    const other = await svc.resolve(detectPoolPage(`https://www.sushi.com/bsc/pool/v3/${POOL}/777001`)!);
    expect(other).toEqual({ ok: false, reason: 'Position #777001 is not in the pool this page names.' });
  });
});

describe('a Curve pool named on its page, resolved through Curve API', () => {
  const CURVE_MAIN = fixture('curve/getpools-ethereum-main.json');
  const THREE_POOL = '0xbebc44782c7db0a1a60cb6fe97d0b483032ff1c7';
  const EMPTY = JSON.stringify({ success: true, data: { poolData: [] } });
  const curveRoute: Route = (url) =>
    url === 'https://api.curve.finance/v1/getPools/ethereum/main'
      ? ok(CURVE_MAIN)
      : url.startsWith('https://api.curve.finance/')
        ? ok(EMPTY)
        : fail(404);
  const page = (name: string) => detectPoolPage(`https://curve.finance/dex/ethereum/pools/${name}/deposit`)!;

  it('3pool: its address from the main registry, which travels with the target; a day in the cache', async () => {
    const { svc, requests } = service(curveRoute);
    expect(await svc.resolve(page('3pool'))).toEqual({
      ok: true,
      target: { chain: 'ethereum', type: 'address', address: THREE_POOL, curveRegistry: 'main' },
    });
    // The legacy name is found in main: crypto is not asked. A second page of the same pool asks nobody.
    expect(requests).toEqual(['https://api.curve.finance/v1/getPools/ethereum/main']);
    await svc.resolve(page('3pool'));
    expect(requests).toHaveLength(1);
  });

  it('the legacy hash URL (curve.fi/#/ethereum/pools/3pool/deposit) resolves the same way', async () => {
    const { svc } = service(curveRoute);
    const legacy = detectPoolPage('https://curve.fi/#/ethereum/pools/3pool/deposit')!;
    expect(await svc.resolve(legacy)).toMatchObject({ ok: true, target: { address: THREE_POOL } });
  });

  it('the page lookup then gets the Curve API figures for that pool, with their source', async () => {
    const { svc } = service(curveRoute);
    const result = await svc.lookupPage(page('3pool'));
    if (result.status !== 'ok') throw new Error(`expected data, got ${JSON.stringify(result)}`);
    expect(result.snapshot.address).toBe(THREE_POOL);
    expect(result.snapshot.figures).toMatchObject({
      tvlUsd: '499985000.5',
      amplification: '2000',
      coinCount: 3,
      balances: ['160000000', '170000000', '170000000'],
    });
    expect(result.snapshot.sources.tvlUsd?.name).toBe('Curve API');
  });

  it('a name neither registry lists, and an API that fails, are said plainly', async () => {
    const missing = await service(curveRoute).svc.resolve(page('nopool'));
    expect(missing).toEqual({ ok: false, reason: 'Curve\'s API lists no pool named "nopool" on ethereum.' });
    const { svc, requests } = service((url) => (url.startsWith('https://api.curve.finance/') ? fail(500) : fail(404)));
    expect(await svc.resolve(page('3pool'))).toEqual({
      ok: false,
      reason: 'The Curve pool "3pool" could not be found: Curve\'s API: server error (HTTP 500).',
    });
    // Three tries each (retries on 5xx), main then crypto.
    expect(requests.filter((url) => url.endsWith('/main'))).toHaveLength(3);
    expect(requests.filter((url) => url.endsWith('/crypto'))).toHaveLength(3);
  });

  it('a Curve page naming its pool by address: the main index says whether the API lists it', async () => {
    const listed = await service(curveRoute).svc.resolve(page(THREE_POOL));
    expect(listed).toEqual({
      ok: true,
      target: { chain: 'ethereum', type: 'address', address: THREE_POOL, curveRegistry: 'main' },
    });
    const other = `0x${'2'.repeat(40)}`;
    expect(await service(curveRoute).svc.resolve(page(other))).toEqual({
      ok: true,
      target: { chain: 'ethereum', type: 'address', address: other },
    });
    // A failing Curve API costs only its figures: the pool is still looked up by address.
    const failing = service((url) => (url.startsWith('https://api.curve.finance/') ? fail(500) : fail(404)));
    expect(await failing.svc.resolve(page(THREE_POOL))).toEqual({
      ok: true,
      target: { chain: 'ethereum', type: 'address', address: THREE_POOL },
    });
  });

  it('a factory pool id asks its own registry only', async () => {
    const { svc, requests } = service(curveRoute);
    await svc.resolve(page('factory-stable-ng-42'));
    expect(requests).toEqual(['https://api.curve.finance/v1/getPools/ethereum/factory-stable-ng']);
  });
});
