/**
 * One tab's overlay: follows the page's route, reads the page, asks the service worker for the figures and
 * renders them in a closed shadow root. Everything it registers goes through `ctx`, so an extension update
 * leaves nothing behind.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { detectPoolPage, type PoolPageRef } from '../../core/sites/index';
import type { PageFacts } from '../../lib/messages/page';
import { parseMessage } from '../../lib/messages/parse';
import { OverlayViewResponseSchema, type OverlayView, type OverlayViewRequest } from '../../lib/messages/overlay';
import { overlayHeader, unavailableView } from '../../lib/present/overlay-header';
import { OverlayApp } from '../../components/OverlayApp';
import { depositSize, dismissedSites, isDismissed } from '../../lib/settings/items';
import type { TokenSide } from '../../lib/present/orientation';
import { readPageFacts } from './readers/index';
import { t } from '../../lib/i18n/index';

/** SPA pages render after the route changes: read again a few times, then stop (bounded work). */
const REREAD_DELAYS_MS = [300, 1000, 3000];
/** The service worker answers within its own 8 s deadline; this covers a worker that never answers. */
const ANSWER_TIMEOUT_MS = 10_000;

/** A view that says the figures could not be had, in the overlay's own words. */
function unreachableView(ref: PoolPageRef, facts: PageFacts): OverlayView {
  return unavailableView(
    overlayHeader(ref, facts),
    'The extension could not be reached (it may have just been updated: reload the page).',
  );
}

export class PoolPageSession {
  facts: PageFacts = {};
  private ref: PoolPageRef | null = null;
  private url = '';
  private view: OverlayView | null = null;
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private uiReady: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  private generation = 0;
  private asked = 0;
  private shown = 0;
  private inputListening = false;
  private watchingDismissals = false;
  private watchingDeposit = false;
  /** The quote token picked with the flip control, for this pool page; cleared on navigation. */
  private quote: TokenSide | undefined;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** Called on load and on every route change: show, update or remove the overlay for this URL. */
  async follow(url: string): Promise<void> {
    const generation = ++this.generation;
    const ref = detectPoolPage(url);
    if (ref) this.watchDismissals();
    if (!ref || (await isDismissed(location.host))) {
      if (generation !== this.generation) return;
      // Leaving a pool page: the worker answers "no view" for the new URL and clears the toolbar badge.
      if (this.ref && !ref)
        browser.runtime.sendMessage({ type: 'lens:overlay-view', url, facts: {}, live: false }).catch(() => undefined);
      this.remove();
      return;
    }
    if (generation !== this.generation) return; // a newer navigation won
    if (url !== this.url) this.quote = undefined;
    this.ref = ref;
    this.url = url;
    this.facts = readPageFacts(ref.site, document);
    this.view = null;
    // Both at once: the view without network answers first; the live one replaces it when it lands.
    const figures = Promise.all([this.ask(false), this.ask(true)]);
    await this.show();
    await figures;
    this.listenForTyping();
    this.watchDeposit();
    for (const delay of REREAD_DELAYS_MS) {
      this.ctx.setTimeout(() => generation === this.generation && this.reread(), delay);
    }
  }

  /**
   * Asks the service worker for the overlay. Answers are ranked by when they were asked, so an earlier
   * question answered late (the network-free view after the live one) never replaces a newer answer.
   */
  private async ask(live: boolean): Promise<void> {
    const ref = this.ref;
    if (!ref) return;
    const ticket = ++this.asked;
    const request: OverlayViewRequest = {
      type: 'lens:overlay-view',
      url: this.url,
      facts: this.facts,
      live,
      ...(this.quote ? { quote: this.quote } : {}),
    };
    let view: OverlayView | null;
    try {
      const answer = await Promise.race([
        browser.runtime.sendMessage(request),
        new Promise((resolve) => this.ctx.setTimeout(() => resolve(undefined), ANSWER_TIMEOUT_MS)),
      ]);
      view = parseMessage(OverlayViewResponseSchema, answer)?.view ?? unreachableView(ref, this.facts);
    } catch {
      view = unreachableView(ref, this.facts);
    }
    if (ticket < this.shown || this.ref !== ref) return;
    this.shown = ticket;
    this.view = view;
    this.renderApp(); // a no-op until the overlay is mounted; show() renders the latest state then
  }

  private reread(): void {
    if (!this.ref) return;
    const facts = readPageFacts(this.ref.site, document);
    if (JSON.stringify(facts) === JSON.stringify(this.facts)) return;
    this.facts = facts;
    this.renderApp();
    void this.ask(true); // live data is cached by now: this is quick
  }

  /** The popup can restore a dismissed overlay: follow the setting, from the first pool page on (not before). */
  private watchDismissals(): void {
    if (this.watchingDismissals) return;
    this.watchingDismissals = true;
    this.ctx.onInvalidated(dismissedSites.watch(() => void this.follow(location.href)));
  }

  /** A deposit changed in the overlay (or the popup) changes the figures: ask again (live data is cached). */
  private watchDeposit(): void {
    if (this.watchingDeposit) return;
    this.watchingDeposit = true;
    this.ctx.onInvalidated(depositSize.watch(() => void this.ask(true)));
  }

  /** The flip control: the other token becomes the quote. */
  private flip(): void {
    const shown = this.view?.live.orientation?.quote;
    if (!shown) return;
    this.quote = shown === 'token0' ? 'token1' : 'token0';
    void this.ask(true);
  }

  /** A range typed on an add-liquidity page changes the figures: re-read on input, debounced. */
  private listenForTyping(): void {
    if (this.inputListening) return;
    this.inputListening = true;
    let timer: number | undefined;
    this.ctx.addEventListener(
      document,
      'input',
      () => {
        if (!this.ref) return;
        if (timer !== undefined) clearTimeout(timer);
        timer = this.ctx.setTimeout(() => this.reread(), 250);
      },
      { capture: true },
    );
  }

  /** Mounts the overlay once, however many route changes race here; renders the latest state. */
  private async show(): Promise<void> {
    if (!this.uiReady) {
      this.uiReady = createShadowRootUi(this.ctx, {
        name: 'lp-risk-lens',
        // Closed: page scripts must neither read the overlay (the user's deposit) nor alter its figures and warnings.
        mode: 'closed',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        onMount: (container) => {
          container.lang = t('ext.lang');
          return container;
        },
        onRemove: (container) => container && render(null, container),
      });
    }
    const ui = await this.uiReady;
    if (!this.ref) return; // left the pool page while the UI was being created
    if (!this.ui) {
      this.ui = ui;
      ui.mount();
    }
    this.renderApp();
  }

  private renderApp(): void {
    const container = this.ui?.mounted;
    if (!container || !this.ref) return;
    render(
      <OverlayApp
        header={overlayHeader(this.ref, this.facts)}
        view={this.view}
        host={location.host}
        onDismissed={() => this.remove()}
        onFlip={() => this.flip()}
      />,
      container,
    );
  }

  private remove(): void {
    this.ref = null;
    this.facts = {};
    this.view = null;
    this.ui?.remove();
    this.ui = null;
    this.uiReady = null;
  }
}
