/**
 * Service worker: answers pool lookups from the overlay and the popup with live data. It holds no state
 * a restart would lose (the cache is in extension storage) and talks only to the named API and RPC hosts.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { depositUsdSetting } from '../../lib/settings/deposit';
import { rpcUrls } from '../../lib/settings/rpc';
import { type ActionLike, badgeFor, showBadge } from './badge';
import { LoadCache, storageCacheStore } from './cache';
import { HttpClient } from './http';
import { PoolService } from './pool-service';
import { hostLimitFor } from './providers/index';
import { RpcEndpoints } from './rpc-endpoints';
import { createRouter } from './router';
import { setNumberLocale } from '../../core/index';
import { uiLocale, textLocale } from '../../lib/i18n/index';

export default defineBackground(() => {
  // The worker writes the overlay's figures: in the browser's UI locale, like the popup's.
  setNumberLocale(uiLocale(), textLocale());
  const now = () => Date.now();
  const http = new HttpClient(hostLimitFor);
  const endpoints = new RpcEndpoints({ http, userUrls: () => rpcUrls.getValue(), now });
  const store = storageCacheStore(browser.storage.local);
  void store.prune(); // what earlier versions (or a long absence) left behind
  const service = new PoolService({
    http,
    cache: new LoadCache(store),
    now,
    rpcFor: (chain) => endpoints.rpcFor(chain),
  });
  // The toolbar button: `action` in the MV3 build, `browserAction` in Firefox's MV2 build.
  const action = (browser.action ?? browser.browserAction) as ActionLike | undefined;
  const route = createRouter({
    service,
    depositUsd: depositUsdSetting,
    now,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    onTabView: (tabId, view) => void showBadge(action, tabId, badgeFor(view)),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));
});
