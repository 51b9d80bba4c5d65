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
        rpcBatches += 1;
        const calls = JSON.parse(body) as { id: number; params: [{ to: string; data: string }] }[];
        const answer = ({ id, params: [c] }: (typeof calls)[number]) => {
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
