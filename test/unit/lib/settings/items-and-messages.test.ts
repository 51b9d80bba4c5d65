import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  dismissedSites,
  isDismissed,
  overlayCorner,
  recentLookups,
  rememberLookup,
  setDismissed,
} from '../../../../lib/settings/items';
import { GetPagePoolRequestSchema, PageFactsSchema, PagePoolResponseSchema } from '../../../../lib/messages/page';
import { parseMessage } from '../../../../lib/messages/parse';

describe('settings in extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('dismissing is per host and can be undone', async () => {
    expect(await isDismissed('app.uniswap.org')).toBe(false);
    await setDismissed('app.uniswap.org', true);
    await setDismissed('curve.finance', true);
    expect(await dismissedSites.getValue()).toEqual(['app.uniswap.org', 'curve.finance']);
    await setDismissed('app.uniswap.org', false);
    expect(await isDismissed('app.uniswap.org')).toBe(false);
    expect(await isDismissed('curve.finance')).toBe(true);
  });
  it('recent lookups: newest first, one entry per pool, at most 10', async () => {
    for (let i = 0; i < 12; i++)
      await rememberLookup({ label: `pool ${i}`, target: { chain: 'ethereum', address: `0x${i}` } });
    await rememberLookup({ label: 'pool 5 again', target: { address: '0x5', chain: 'ethereum' } });
    const list = await recentLookups.getValue();
    expect(list).toHaveLength(10);
    expect(list.map((e) => e.label).slice(0, 3)).toEqual(['pool 5 again', 'pool 11', 'pool 10']);
    expect(list.filter((e) => e.label.startsWith('pool 5'))).toHaveLength(1);
  });
  it('the overlay corner defaults to bottom right', async () => {
    expect(await overlayCorner.getValue()).toBe('bottom-right');
  });
});

describe('message schemas reject what does not fit', () => {
  it('accepts the request and a well-formed response', () => {
    expect(parseMessage(GetPagePoolRequestSchema, { type: 'lens:get-page-pool' })).toEqual({
      type: 'lens:get-page-pool',
    });
    const response = {
      type: 'lens:page-pool',
      url: 'https://app.uniswap.org/',
      facts: { symbol0: 'WETH', feeTier: '0.0005', price: '2000.5' },
    };
    expect(parseMessage(PagePoolResponseSchema, response)).toEqual(response);
  });
  it.each([
    ['an unknown message', GetPagePoolRequestSchema, { type: 'lens:other' }],
    ['a symbol longer than 24 characters', PageFactsSchema, { symbol0: 'A'.repeat(25) }],
    ['a price with an exponent', PageFactsSchema, { price: '1e30' }],
    ['a negative price', PageFactsSchema, { priceLower: '-1' }],
    ['a fee tier of 1 or more', PageFactsSchema, { feeTier: '1.5' }],
    ['an unknown version', PageFactsSchema, { version: 'v9' }],
    ['a URL of 5000 characters', PagePoolResponseSchema, { type: 'lens:page-pool', url: 'x'.repeat(5000), facts: {} }],
    ['no object at all', PagePoolResponseSchema, 'hello'],
  ] as const)('%s', (_name, schema, message) => {
    expect(parseMessage(schema, message)).toBeNull();
  });
});
