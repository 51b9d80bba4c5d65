/** Who may ask the worker what (security review finding 8: neither listener checked the sender). */
import { describe, expect, it } from 'vitest';
import { createRouter, type Sender } from '../../../../entrypoints/background/router';
import type { PageLookup } from '../../../../entrypoints/background/pool-service';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const POOL_URL = 'https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';

function router() {
  const asked: string[] = [];
  const unavailable: PageLookup = { status: 'unavailable', notes: ['test'] };
  const route = createRouter({
    service: {
      lookupPage: async (ref, request) => {
        asked.push(`page:${ref.site}:${request?.priority}`);
        return unavailable;
      },
      lookup: async (target, request) => {
        asked.push(`target:${target.address}:${request?.priority}`);
        return unavailable;
      },
    },
    depositUsd: async () => '1000',
    now: () => 0,
    extensionId: ID,
    extensionOrigin: ORIGIN,
  });
  return { route, asked };
}

const lookup = { type: 'lens:lookup-pool', target: { url: POOL_URL } };
const overlay = { type: 'lens:overlay-view', url: POOL_URL, facts: {}, live: true };
const popup: Sender = { id: ID, url: `${ORIGIN}popup.html` };
const contentScript: Sender = { id: ID, url: POOL_URL, tab: { id: 1 } };

describe('message senders', () => {
  it('the popup may look pools up; the overlay view is only for content scripts', async () => {
    const { route, asked } = router();
    expect(await route(lookup, popup)).toMatchObject({ type: 'lens:pool-lookup', status: 'unavailable' });
    expect(route(overlay, popup)).toBeUndefined();
    expect(asked).toEqual(['page:uniswap:user']);
  });

  it('a content script on a DEX page gets the overlay for its own host only, and cannot use the lookup', async () => {
    const { route, asked } = router();
    expect(await route(overlay, contentScript)).toMatchObject({ type: 'lens:overlay-view', view: { site: 'Uniswap' } });
    expect(asked).toEqual(['page:uniswap:page']); // behind the user's own lookups in the request queues
    expect(route(lookup, contentScript)).toBeUndefined();
    expect(
      route({ ...overlay, url: 'https://curve.finance/dex/ethereum/pools/3pool/deposit' }, contentScript),
    ).toBeUndefined();
  });

  it('other extensions, non-DEX pages and plain http pages are ignored', () => {
    const { route, asked } = router();
    expect(route(lookup, { ...popup, id: 'another-extension' })).toBeUndefined();
    expect(route(overlay, { ...contentScript, id: 'another-extension' })).toBeUndefined();
    expect(
      route(
        { ...overlay, url: 'https://evil.example/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640' },
        { ...contentScript, url: 'https://evil.example/' },
      ),
    ).toBeUndefined();
    expect(route(overlay, { ...contentScript, url: POOL_URL.replace('https:', 'http:') })).toBeUndefined();
    expect(route(lookup, { id: ID, url: 'https://app.uniswap.org/', tab: { id: 2 } })).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('a typed address goes to the providers as a typed target, or is refused with a reason', async () => {
    const { route, asked } = router();
    expect(
      await route(
        {
          type: 'lens:lookup-pool',
          target: { chain: 'base', address: ' 0x88E6A0C2DDD26FEEB64F039A2C41296FCB3F5640 ' },
        },
        popup,
      ),
    ).toMatchObject({ status: 'unavailable' });
    expect(
      await route({ type: 'lens:lookup-pool', target: { chain: 'base', address: '../../tokens/x?y=1' } }, popup),
    ).toMatchObject({ status: 'unresolved', reason: expect.stringMatching(/Not a pool address/) });
    expect(asked).toEqual(['target:0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640:user']);
  });
});

describe('a tab that moves on cancels the lookup it left behind (finding 3)', () => {
  function recordingRouter() {
    const signals: { url: string; signal: AbortSignal | undefined }[] = [];
    const route = createRouter({
      service: {
        lookupPage: async (ref, request) => {
          signals.push({ url: ref.pool.type === 'address' ? ref.pool.address : '', signal: request?.signal });
          return { status: 'unavailable', notes: [] };
        },
        lookup: async () => ({ status: 'unavailable', notes: [] }),
      },
      depositUsd: async () => '1000',
      now: () => 0,
      extensionId: ID,
      extensionOrigin: ORIGIN,
    });
    return { route, signals };
  }
  const A = '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
  const B = '0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc';
  const live = (address: string) => ({ ...overlay, url: `https://app.uniswap.org/explore/pools/ethereum/${address}` });
  const tab = (id: number): Sender => ({ id: ID, url: POOL_URL, tab: { id }, frameId: 0 });

  it('the same tab on a new pool aborts its previous lookup; the same pool again, or another tab, does not', async () => {
    const { route, signals } = recordingRouter();
    await route(live(A), tab(1));
    await route(live(A), tab(1)); // the page read again (a typed range): same lookup, kept
    await route(live(A), tab(2));
    expect(signals.map((s) => s.signal?.aborted)).toEqual([false, false, false]);
    await route(live(B), tab(1));
    expect(signals.map((s) => s.signal?.aborted)).toEqual([true, true, false, false]);
  });

  it('a page pushing 150 pool URLs leaves one live lookup, the last', async () => {
    const { route, signals } = recordingRouter();
    for (let i = 0; i < 150; i++) await route(live(i % 2 ? A : B), tab(7));
    expect(signals.filter((s) => !s.signal?.aborted)).toHaveLength(1);
    expect(signals.at(-1)!.signal?.aborted).toBe(false);
  });
});
