/**
 * Content script on the DEX sites named in core's detectors (exact https hosts, never all sites). It only
 * wires things: the page session (page-session.tsx) follows the route and shows the overlay on pool pages;
 * on other pages it does nothing but detect the URL: no storage read, no rendering, no request.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { SITE_HOSTS } from '../../core/sites/index';
import { GetPagePoolRequestSchema, type PagePoolResponse } from '../../lib/messages/page';
import { parseMessage } from '../../lib/messages/parse';
import { PoolPageSession } from './page-session';
import '../../components/lens.css';
import '../../components/overlay.css';

export default defineContentScript({
  matches: SITE_HOSTS.map((host) => `https://${host}/*`),
  cssInjectionMode: 'ui',
  // document_idle: the DEX page's own load comes first; the overlay follows once the page is idle
  // (npm run bench measures both: the page's load with and without the extension, and the time to the overlay).
  runAt: 'document_idle',
  main(ctx) {
    const page = new PoolPageSession(ctx);
    void page.follow(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', (event) => void page.follow(event.newUrl.href));

    // Only this extension's own pages (the popup) may ask which pool the tab shows.
    const onMessage = (message: unknown, sender: { id?: string }): Promise<PagePoolResponse> | undefined => {
      if (sender.id !== browser.runtime.id || !parseMessage(GetPagePoolRequestSchema, message)) return undefined;
      return Promise.resolve({ type: 'lens:page-pool', url: location.href, facts: page.facts });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
