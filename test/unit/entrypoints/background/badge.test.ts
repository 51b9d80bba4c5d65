/** The toolbar badge: "!" for a danger warning on the tab's pool, and the router telling it each tab's view. */
import { describe, expect, it } from 'vitest';
import { type ActionLike, NO_BADGE, badgeFor, showBadge } from '../../../../entrypoints/background/badge';
import { createRouter, type Sender } from '../../../../entrypoints/background/router';
import type { PageLookup } from '../../../../entrypoints/background/pool-service';
import type { OverlayView, OverlayWarning } from '../../../../lib/messages/overlay';

const warning = (severity: OverlayWarning['severity'], title = `a ${severity}`): OverlayWarning => ({
  id: `rule-${severity}`,
  title,
  severity,
  reason: 'why',
});
const viewWith = (...warnings: OverlayWarning[]) => ({ warnings }) as unknown as OverlayView;

describe('badgeFor', () => {
  it('is "!" with a title naming the danger warnings when there is one', () => {
    expect(badgeFor(viewWith(warning('danger', 'Fees do not cover the expected LVR'), warning('warning')))).toEqual({
      text: '!',
      title: 'LP Risk Lens: danger on this pool\n- Fees do not cover the expected LVR',
    });
  });

  it('is nothing for warnings and notes only, no warnings, or no pool view', () => {
    expect(badgeFor(viewWith(warning('warning'), warning('info')))).toEqual(NO_BADGE);
    expect(badgeFor(viewWith())).toEqual(NO_BADGE);
    expect(badgeFor(null)).toEqual({ text: '', title: 'LP Risk Lens' });
  });
});

function fakeAction(fail = false): ActionLike & { calls: string[] } {
  const calls: string[] = [];
  const call = (name: string) => async (details: object) => {
    if (fail) throw new Error('No tab with id: 7.');
    calls.push(`${name} ${JSON.stringify(details)}`);
  };
  return {
    calls,
    setBadgeText: call('text'),
    setBadgeBackgroundColor: call('colour'),
    setTitle: call('title'),
  };
}

describe('showBadge', () => {
  it('sets the tab’s text, colour and title, and clears text and title (no colour) for no badge', async () => {
    const action = fakeAction();
    await showBadge(action, 7, badgeFor(viewWith(warning('danger', 'X'))));
    await showBadge(action, 7, NO_BADGE);
    expect(action.calls).toEqual([
      'text {"tabId":7,"text":"!"}',
      'colour {"tabId":7,"color":"#b3261e"}',
      'title {"tabId":7,"title":"LP Risk Lens: danger on this pool\\n- X"}',
      'text {"tabId":7,"text":""}',
      'title {"tabId":7,"title":"LP Risk Lens"}',
    ]);
  });

  it('a closed tab or a browser without the API is not an error', async () => {
    await expect(showBadge(fakeAction(true), 7, NO_BADGE)).resolves.toBeUndefined();
    await expect(showBadge(undefined, 7, NO_BADGE)).resolves.toBeUndefined();
  });
});

describe('the router tells the badge each tab’s view', () => {
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  const POOL_URL = 'https://app.uniswap.org/explore/pools/ethereum/0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640';
  const OTHER_POOL = 'https://app.uniswap.org/explore/pools/ethereum/0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc';
  const tab = (id: number, frameId = 0): Sender => ({ id: ID, url: POOL_URL, tab: { id }, frameId });
  const ask = (url: string, live: boolean) => ({ type: 'lens:overlay-view', url, facts: {}, live });

  function router() {
    const told: string[] = [];
    const pending: Array<() => void> = [];
    const unavailable: PageLookup = { status: 'unavailable', notes: ['test'] };
    const route = createRouter({
      service: {
        // Each lookup waits until the test lets it answer, so answers can land out of order.
        lookupPage: () => new Promise((resolve) => pending.push(() => resolve(unavailable))),
        lookup: async () => unavailable,
      },
      depositUsd: async () => '1000',
      now: () => 0,
      extensionId: ID,
      extensionOrigin: `chrome-extension://${ID}/`,
      onTabView: (tabId, view) => told.push(`${tabId}:${view ? view.poolId : 'none'}`),
    });
    return { route, told, pending };
  }

  it('live views of a top frame, and views of pages that are no pool; not the network-free view or sub-frames', async () => {
    const { route, told, pending } = router();
    await route(ask(POOL_URL, false), tab(1));
    const live = route(ask(POOL_URL, true), tab(1));
    const frame = route(ask(POOL_URL, true), tab(1, 3));
    for (const answer of pending) answer();
    await Promise.all([live, frame]);
    await route(ask('https://app.uniswap.org/swap', false), tab(1));
    expect(told).toEqual(['1:pool 0x88e6…5640', '1:none']);
  });

  it('an earlier question answered after a newer one is not passed on', async () => {
    const { route, told, pending } = router();
    const first = route(ask(POOL_URL, true), tab(1));
    const second = route(ask(OTHER_POOL, true), tab(1));
    const otherTab = route(ask(POOL_URL, true), tab(2));
    pending[1]!();
    await second;
    pending[0]!();
    pending[2]!();
    await Promise.all([first, otherTab]);
    expect(told).toEqual(['1:pool 0xb4e1…c9dc', '2:pool 0x88e6…5640']);
  });
});
